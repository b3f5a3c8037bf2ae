/// Builds the ``Article`` from what the HTML reader found in a page, applying the conventions of
/// plain text where HTML marks no structure: a dateline opening the lead or the first paragraph,
/// quotes and their speakers, the VNA end mark, credit and byline lines at the end, and bold
/// paragraphs used as subheadings.
public struct PageSegmenter: Segmenter {
    /// Creates the segmenter.
    public init() {}

    /// Segments `document`, which must hold a page.
    public func run(_ document: SourceDocument) throws(SegmentationError) -> Article {
        var document = document
        return try run(taking: &document)
    }

    /// Segments `document`, taking its content: the page's blocks are let go one by one as the
    /// article's are made, so that a long page's text is not held twice. `document` is left
    /// without content.
    public func run(taking document: inout SourceDocument) throws(SegmentationError) -> Article {
        guard case .page(var page) = document.content else {
            throw SegmentationError(origin: document.origin, reason: "the page segmenter needs a page")
        }
        document.content = .plainText("")
        var items = page.blocks
        page.blocks = []
        var headline = page.headline
        if headline == nil || headline!.isEmpty, case .heading(let h)? = items.first {
            headline = h.text
            items.removeFirst()
        }
        let hasText = items.contains { if case .block(let b) = $0 { !b.plainText.isEmpty } else { false } }
        guard hasText || page.lead != nil else {
            throw SegmentationError(origin: document.origin, reason: "no article text in the page")
        }
        // A page with no title at all is named by the start of its text.
        let title = headline.flatMap { $0.isEmpty ? nil : $0 } ?? Self.openingWords(of: page.lead ?? items.lazy.compactMap {
            if case .block(let b) = $0, !b.plainText.isEmpty { return b.plainText }
            return nil
        }.first ?? "")
        let m = page.metadata
        var article = Article(title: title, language: m.language)
        article.dates = ArticleDates(published: m.published, modified: m.modified)
        article.source = ArticleSource(name: m.siteName, url: m.url, origin: document.origin)
        article.keywords = m.keywords
        article.section = m.section
        article.genre = m.genre
        if !m.authors.isEmpty {
            article.authors = m.authors
            article.byline = m.authors.joined(separator: ", ")
        } else if let byline = page.byline {
            article.byline = byline
            article.authors = EndMatter.authors(byline)
        }
        article.lead = page.lead
        TopOfBody.takeByline(&items, into: &article)

        // Dateline: at the start of the lead, or of the first paragraph.
        if let lead = article.lead, let (dateline, rest) = DatelineParser.parse(lead) {
            article.dateline = dateline
            article.lead = rest
        } else if let index = items.firstIndex(where: { if case .block(.paragraph) = $0 { true } else { false } }),
                  case .block(.paragraph(let inlines)) = items[index], let (dateline, rest) = Self.dateline(inlines) {
            article.dateline = dateline
            items[index] = .block(.paragraph(rest))
        }
        if article.source.name == nil { article.source.name = article.dateline?.source }

        TopOfBody.take(&items, into: &article, title: title)
        takeEndMatter(&items, into: &article)
        let headingLevelOfBold = items.contains { if case .heading(let h) = $0, h.level == 2 { true } else { false } } ? 3 : 2
        article.sections = Self.sections(consume items, boldLevel: headingLevelOfBold)
        article.quotes = QuoteCollector.collect(in: article.sections)
        return article
    }

    /// The first sentence of `text`, cut at a word boundary after at most 100 characters.
    static func openingWords(of text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        var sentence = Substring(line)
        if let end = line.firstIndex(where: { ".!?".contains($0) }), line.distance(from: line.startIndex, to: end) >= 20 {
            sentence = line[...end]
        }
        guard sentence.count > 100 else { return String(sentence) }
        var cut = sentence.prefix(100)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return String(cut) + "…"
    }

    /// A dateline that opens a paragraph's first text run.
    static func dateline(_ inlines: [Inline]) -> (Dateline, [Inline])? {
        let text = inlines.plainText
        guard let (dateline, _) = DatelineParser.parse(text) else { return nil }
        // Remove the dateline's characters (and the dash after it) from the front of the inlines.
        var toDrop = text.distance(from: text.startIndex, to: text.range(of: dateline.raw)!.upperBound)
        let afterRaw = text.dropFirst(toDrop)
        toDrop += afterRaw.prefix { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == ":" }.count
        var remaining = toDrop
        var result: [Inline] = []
        for inline in inlines {
            guard remaining > 0 else { result.append(inline); continue }
            let count = inline.plainText.count
            if count <= remaining {
                remaining -= count
                continue
            }
            if case .text(let t) = inline {
                result.append(.text(String(t.dropFirst(remaining))))
            } else {
                // The dateline ends inside a formatted run: keep the run's text, unformatted.
                result.append(.text(String(inline.plainText.dropFirst(remaining))))
            }
            remaining = 0
        }
        let trimmed = InlineBuilder.trimmed(result)
        return trimmed.isEmpty ? nil : (dateline, trimmed)
    }

    /// Trailing credit and byline paragraphs, and the end mark.
    func takeEndMatter(_ items: inout [PageBlock], into article: inout Article) {
        var examined = 0
        while let index = items.lastIndex(where: { if case .block(.paragraph) = $0 { true } else { false } }),
              index == items.count - 1, examined < 6 {
            examined += 1
            guard case .block(.paragraph(let inlines)) = items[index] else { break }
            let text = inlines.plainText
            let stripped = EndMatter.removingEndMark(text)
            if !stripped.contains(where: { $0.isLetter || $0.isNumber }) {
                items.removeLast()
                continue
            }
            if stripped != text {
                items[index] = .block(.paragraph(Self.replacingText(inlines, with: stripped)))
                break
            }
            if let credit = EndMatter.credit(text) {
                article.credit = article.credit.map { credit + "; " + $0 } ?? credit
                items.removeLast()
                continue
            }
            if let notice = EndMatter.copyrightNotice(text) {
                if article.copyright.notice == nil { article.copyright.notice = notice }
                items.removeLast()
                continue
            }
            // After the story, not of it: a note about the author ("Evan Halper writes about…"; the
            // byline already names them), the press office's e-mail and telephone, an invitation to
            // subscribe, download the app or follow.
            if items.count > 3, EndMatter.isAuthorNote(text, authors: article.authors) || EndMatter.isContactLine(text)
                || EndMatter.isCallToAction(text, holdsLink: inlines.contains(where: \.holdsLink)) {
                items.removeLast()
                continue
            }
            // A short name set in bold or italics closing the story is its byline.
            if text.count <= 60, inlines.count == 1, Self.isFormatted(inlines[0]),
               let (byline, agency) = EndMatter.byline(text, strictName: true) {
                if article.byline == nil {
                    article.byline = byline
                    article.authors = EndMatter.authors(byline)
                }
                if article.source.name == nil, let agency { article.source.name = agency }
                items.removeLast()
                continue
            }
            // Short lines without closing punctuation after the story (tags, labels, dates, buttons).
            if text.count < 40, let last = text.last, !".!?…\"”»)。！？）」』".contains(last), items.count > 3 {
                items.removeLast()
                continue
            }
            break
        }
    }

    static func isFormatted(_ inline: Inline) -> Bool {
        switch inline {
        case .strong, .emphasis: return true
        default: return false
        }
    }

    static func replacingText(_ inlines: [Inline], with text: String) -> [Inline] {
        // Only the end of the text changed: keep the inlines when they still match.
        if inlines.count == 1, case .text = inlines[0] { return [.text(text)] }
        var result = inlines
        if case .text(let last)? = result.last {
            let cut = inlines.plainText.count - text.count
            result[result.count - 1] = .text(String(last.dropLast(max(0, cut))))
            if result.plainText == text { return result }
        }
        return [.text(text)]
    }

    /// A paragraph that is a bold line without closing punctuation is a subheading.
    static func boldHeading(_ inlines: [Inline]) -> String? {
        guard inlines.count == 1, case .strong(let content) = inlines[0] else { return nil }
        let text = content.plainText.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 150, let last = text.last, !".,;…\"”’»)。，；）」』".contains(last) else { return nil }
        guard text.first?.isLowercase != true else { return nil }
        return String(text.hasSuffix(":") ? text.dropLast() : text)
    }

    static func sections(_ items: consuming [PageBlock], boldLevel: Int) -> [Section] {
        var sections: [Section] = []
        var current = Section()
        func startSection(_ heading: Heading) {
            if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
            current = Section(heading: heading)
        }
        for index in items.indices {
            let item = items[index]
            // Let the page's copy go as the article's is made.
            items[index] = .block(.paragraph([]))
            switch item {
            case .heading(let h):
                startSection(h)
            case .block(.paragraph(let inlines)):
                if let heading = boldHeading(inlines) {
                    // A bold line of page furniture ("Möchten Sie den Artikel teilen?") heads nothing.
                    if !BoilerplateRules.isFurnitureHeading(heading) { startSection(Heading(text: heading, level: boldLevel)) }
                    continue
                }
                let marked = inlines.flatMap { inline -> [Inline] in
                    if case .text(let t) = inline { return QuoteFinder.inlines(t, spans: QuoteFinder.find(in: t)) }
                    return [inline]
                }
                // A paragraph that opens with its only quotation may be a quote block.
                let opensWithQuote: Bool = { if case .quoted? = marked.first { true } else { false } }()
                let quoteCount = marked.filter { if case .quoted = $0 { true } else { false } }.count
                if opensWithQuote && quoteCount == 1, case let text = marked.plainText,
                   let (content, attribution) = QuoteFinder.wholeQuote(text, spans: QuoteFinder.find(in: text)) {
                    current.blocks.append(.quote(QuoteBlock(paragraphs: [[.text(content)]], attribution: attribution)))
                } else {
                    current.blocks.append(.paragraph(marked))
                }
            case .block(let block):
                current.blocks.append(block)
            }
        }
        if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
        // A heading with nothing under it, followed by a heading of the same or a higher rank (or by
        // nothing), introduces nothing: page furniture. Working from the end lets an empty outer
        // heading go once the empty headings under it have gone.
        var index = sections.count - 1
        while index >= 0 {
            let section = sections[index]
            if section.blocks.isEmpty, let level = section.heading?.level {
                let next = index + 1 < sections.count ? sections[index + 1].heading?.level : nil
                if next == nil || next! <= level {
                    sections.remove(at: index)
                }
            }
            index -= 1
        }
        // A closing section about the author or the press contact is about the page, not the story.
        while let last = sections.last, let heading = last.heading, sections.count > 1,
              BoilerplateRules.isClosingSectionHeading(heading.text), wordCount(last) < 150 {
            sections.removeLast()
        }
        // A short closing section under a call to action ("Sign up for our newsletter", "Do you
        // have a story to tell? Email: …") is not part of the story.
        if let last = sections.last, let heading = last.heading, sections.count > 1,
           BoilerplateRules.isCallToAction(heading.text), wordCount(last) < 80 {
            sections.removeLast()
        }
        return sections
    }

    /// The words of a section's blocks (split at spaces).
    static func wordCount(_ section: Section) -> Int {
        section.blocks.reduce(0) { $0 + $1.plainText.split(separator: " ").count }
    }
}
