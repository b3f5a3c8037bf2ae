/// Picks the headline: the page's `h1` when it agrees with what the metadata says, otherwise the
/// metadata title (JSON-LD, OpenGraph, Twitter, `<title>`) without the site name.
enum TitleChooser {
    /// Separators between a title and the site's name; U+3163 (ㅣ, a Hangul vowel letter that never
    /// stands alone in words) is the bar of Korean sites.
    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / ", " ‹ ", " • ", " ~ ", " ㅣ ", "ㅣ", ": "]

    static func words(_ s: String) -> Set<String> {
        var result = Set<String>()
        ScalarClass.forEachWord(in: s) { result.insert(TokenOverlap.lowercased($0)) }
        return result
    }

    /// Share of words of `a` found in `b`, over the larger of the two sets (0…1).
    static func similarity(_ a: String, _ b: String) -> Double {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return 0 }
        return Double(wa.intersection(wb).count) / Double(max(wa.count, wb.count))
    }

    /// A title without the site's name: `Story title | Site` gives `Story title`. Only parts that
    /// name the site (or, in `<title>`, a short part at an edge after a separator) are removed.
    static func strippingSiteName(_ title: String, siteName: String?, aggressive: Bool = false) -> String {
        var t = title
        for separator in separators.dropLast() {
            // Most titles hold one separator or none: looked for in the bytes before splitting.
            guard ByteSearch.firstOffset(of: separator.utf8, in: t.utf8) != nil else { continue }
            let parts = t.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if let site = siteName?.lowercased(), !site.isEmpty {
                let siteWords = words(site)
                let kept = parts.filter { part in
                    let p = part.lowercased().trimmingWhitespace()
                    if p == site || (p.contains(site) && Double(site.count) >= Double(p.count) * 0.5) { return false }
                    if site.contains(p) && p.count >= 3 { return false }
                    // "NTV Haber" for site "ntv.com.tr", "VnExpress" for "vnexpress.net".
                    let w = words(String(p))
                    if !w.isEmpty, w.count <= 4, w.allSatisfy({ word in siteWords.contains(word) || siteWords.contains { $0.hasPrefix(word) || word.hasPrefix($0) } }) {
                        return false
                    }
                    return true
                }
                if !kept.isEmpty && kept.count < parts.count {
                    t = kept.joined(separator: separator)
                    continue
                }
            }
            guard aggressive else { continue }
            // The site name is the short part at an edge: keep the longest part.
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= t.count / 2 {
                let first = parts.first!, last = parts.last!
                if last.count <= 30 && longest == first || first.count <= 30 && longest == last {
                    t = longest
                }
            }
        }
        return String(t.trimmingWhitespace())
    }

    /// The headline, and the index of the h1 it came from (which then stays out of the body).
    ///
    /// JSON-LD's headline is what the publisher declares the story's headline to be, so it comes
    /// first; then OpenGraph's title, the page's `h1`, Twitter's title and `<title>`, each without
    /// the site's name.
    static func choose(h1s: [(node: HTMLNodeKey, text: String)], metadata: PageMetadata) -> (String?, HTMLNodeKey?) {
        let site = metadata.siteName ?? metadata.url.flatMap(host)
        // schema.org's headline: JSON-LD's, else the microdata's. A microdata headline may belong to
        // another item of the page (a teaser's), so it counts only when another source agrees.
        let microdata = metadata.microdataHeadline.flatMap { headline in
            let others = [metadata.ogTitle, metadata.twitterTitle, metadata.htmlTitle].compactMap { $0 } + h1s.map(\.text)
            return others.contains { similarity($0, headline) >= 0.5 } ? headline : nil
        }
        var meta = [metadata.jsonLDHeadline ?? microdata, metadata.ogTitle].compactMap { $0 }.map { strippingSiteName($0, siteName: site) }
        // A headline cut short ("… to food ...", or cut inside a word) gives way to the whole one.
        if meta.count == 2, isTruncation(meta[0], of: meta[1]) { meta.swapAt(0, 1) }
        // One source adds a part the other leaves off: a section or site after the title ("Story |
        // Sport" and "Story"), or a kicker before it ("Neue Leipziger Schule: Story" and "Story").
        // The shorter is the headline.
        if meta.count == 2, meta[1].count < meta[0].count, !meta[1].isEmpty {
            let longer = meta[0], shorter = meta[1]
            let addsAfter = longer.hasPrefix(shorter) && separators.dropLast().contains { longer.dropFirst(shorter.count).hasPrefix($0) }
            let addsBefore = longer.hasSuffix(shorter) && separators.contains { longer.dropLast(shorter.count).hasSuffix($0) }
            // Unless the page's own h1 shows the longer one.
            if addsAfter || addsBefore, !h1s.contains(where: { $0.text == longer }) { meta.swapAt(0, 1) }
        }
        let cleanedHTMLTitle = metadata.htmlTitle.map { strippingSiteName($0, siteName: site, aggressive: true) }
        let references = meta + [metadata.twitterTitle, cleanedHTMLTitle].compactMap { $0 }
        // The h1 that the metadata confirms (a logo in an h1 does not count).
        let referenceWords = references.map(words)
        var best: (HTMLNodeKey, String, Double)?
        for (node, text) in h1s where !text.isEmpty && text.count <= 400 {
            // The h1 agrees with a reference when they share most words, or when it holds every
            // word of a short reference (`<title>Escapes</title>` and `<h1>Escapes in a title</h1>`).
            let textWords = words(text)
            let score = referenceWords.map { refWords -> Double in
                guard !refWords.isEmpty, !textWords.isEmpty else { return 0 }
                let common = refWords.intersection(textWords).count
                let similarity = Double(common) / Double(max(refWords.count, textWords.count))
                return max(similarity, common == refWords.count ? 0.75 : 0)
            }.max() ?? 0.5
            if best == nil || score > best!.2 { best = (node, text, score) }
        }
        let h1 = best.flatMap { $0.2 >= 0.5 || references.isEmpty ? $0 : nil }
        if let title = meta.first(where: { !$0.isEmpty }) {
            // The h1 that says the same stays out of the body.
            let same = h1.flatMap { similarity($0.1, title) >= 0.5 ? $0.0 : nil }
            return (title, same ?? h1?.0)
        }
        if let h1 {
            // A logo's link inside the headline's h1 runs the site's name on ("…la InfantaUltima
            // Hora Mallorca"): a reference that the h1 begins with, followed only by words of the
            // site's name in `<title>`, is the headline.
            if let rawTitle = metadata.htmlTitle?.lowercased(),
               let reference = references.first(where: { $0.count >= 10 && h1.1.count > $0.count && h1.1.hasPrefix($0) }) {
                let rest = h1.1.dropFirst(reference.count).trimmingWhitespace()
                if !rest.isEmpty, rest.count <= 40, !rawTitle.hasPrefix(rest.lowercased()), rawTitle.hasSuffix(rest.lowercased()) {
                    return (reference, h1.0)
                }
            }
            return (h1.1, h1.0)
        }
        if let twitter = metadata.twitterTitle.map({ strippingSiteName($0, siteName: site) }), !twitter.isEmpty { return (twitter, nil) }
        if let cleanedHTMLTitle, !cleanedHTMLTitle.isEmpty { return (cleanedHTMLTitle, nil) }
        if let (node, text, _) = best { return (text, node) }
        return (nil, nil)
    }

    /// Whether `short` is `long` cut short: `long` goes on after it, and `short` ends in an
    /// ellipsis or stops inside a word.
    static func isTruncation(_ short: String, of long: String) -> Bool {
        var cut = Substring(short)
        var ellipsis = false
        for mark in ["…", "..."] where cut.hasSuffix(mark) {
            cut = cut.dropLast(mark.count)
            ellipsis = true
        }
        cut = Substring(cut.trimmingWhitespace())
        guard !cut.isEmpty, long.count > cut.count, long.hasPrefix(cut) else { return false }
        if ellipsis { return true }
        let next = long[long.index(long.startIndex, offsetBy: cut.count)]
        return next.isLetter && cut.last!.isLetter
    }

    /// `www.vnexpress.net` gives `vnexpress.net`.
    static func host(_ url: String) -> String? {
        guard let start = url.range(of: "://")?.upperBound else { return nil }
        var h = url[start...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if h.hasPrefix("www.") { h = h.dropFirst(4) }
        return h.isEmpty ? nil : String(h)
    }
}

/// An opaque key for an element, so that choosers outside the reader stay free of libxml2 types.
typealias HTMLNodeKey = Int
