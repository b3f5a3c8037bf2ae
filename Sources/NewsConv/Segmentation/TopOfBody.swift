/// What a heading at the top of a page's body, before its first real paragraph, may be: the
/// headline again (with its kicker), or the article's deck (its lead, set as a heading), not the
/// title of a section; and a heading anywhere that only repeats the headline.
enum TopOfBody {
    /// Body text, in characters, that may come before such a heading (a date line, a kicker).
    static let reach = 250

    /// Drops the headings (and bold-paragraph headings) that open `items` restating `title`, and
    /// headings anywhere that repeat it; takes the deck out of the top into `article` when it has
    /// no lead.
    static func take(_ items: inout [PageBlock], into article: inout Article, title: String) {
        // Headings at the top that restate the headline (kicker + title blocks).
        while let first = items.first {
            var text: String?
            if case .heading(let h) = first { text = h.text }
            if case .block(.paragraph(let inlines)) = first { text = PageSegmenter.boldHeading(inlines) }
            guard let t = text, TitleChooser.similarity(t, title) >= 0.5 || title.contains(t) || t.contains(title) else { break }
            items.removeFirst()
        }
        items.removeAll { item in
            if case .heading(let h) = item { return TitleChooser.similarity(h.text, title) >= 0.9 }
            return false
        }
        var textBefore = 0
        var index = 0
        while index < items.count, textBefore < reach {
            guard case .heading(let heading) = items[index] else {
                if case .block(let block) = items[index] { textBefore += block.plainText.count }
                index += 1
                continue
            }
            // Only a heading that something follows, and not another heading.
            guard index + 1 < items.count, case .block = items[index + 1] else { return }
            if article.lead == nil, isDeck(heading.text) {
                article.lead = heading.text
                items.remove(at: index)
                continue
            }
            return
        }
    }

    /// A byline set as one of the first paragraphs ("Von Nina Magoley", "By Jane Doe", "Von: Simone
    /// Jung"): an opener and names, nothing else. It leaves the body, and is the article's byline
    /// when the page's metadata named no author.
    static func takeByline(_ items: inout [PageBlock], into article: inout Article) {
        for index in items.indices.prefix(4) {
            guard case .block(.paragraph(let inlines)) = items[index] else { continue }
            let text = inlines.plainText.trimmingWhitespace()
            guard text.utf8.count <= 320, text.count <= 80,
                  let (byline, _) = EndMatter.openingByline(String(text), strictName: true) else { continue }
            if article.byline == nil {
                article.byline = byline
                article.authors = EndMatter.authors(byline)
            }
            items.remove(at: index)
            return
        }
    }

    /// A sentence or more: sixty characters and eight words at least, or ten words (Korean, say,
    /// says as much in fewer characters).
    static func isDeck(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        return words >= 10 || text.count >= 60 && words >= 8
    }
}
