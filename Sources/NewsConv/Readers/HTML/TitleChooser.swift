/// Picks the headline: the page's `h1` when it agrees with what the metadata says, otherwise the
/// metadata title (JSON-LD, OpenGraph, Twitter, `<title>`) without the site name.
enum TitleChooser {
    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / ", " ‹ ", " • ", " ~ ", ": "]

    static func words(_ s: String) -> Set<String> {
        Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    /// Share of words of `a` found in `b`, over the larger of the two sets (0…1).
    static func similarity(_ a: String, _ b: String) -> Double {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return 0 }
        return Double(wa.intersection(wb).count) / Double(max(wa.count, wb.count))
    }

    /// `<title>` without the site's name: `Story title | Site` gives `Story title`.
    static func strippingSiteName(_ title: String, siteName: String?) -> String {
        var t = title
        for separator in separators.dropLast() {
            let parts = t.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if let site = siteName?.lowercased(), !site.isEmpty {
                let kept = parts.filter { part in
                    let p = part.lowercased().trimmingWhitespace()
                    return !(p == site || site.contains(p) && p.count >= 3 || p.contains(site) && Double(site.count) >= Double(p.count) * 0.6)
                }
                if !kept.isEmpty && kept.count < parts.count {
                    t = kept.joined(separator: separator)
                    continue
                }
            }
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

    /// The headline, and the h1 it came from (which then stays out of the body).
    static func choose(h1s: [(node: HTMLNodeKey, text: String)], metadata: PageMetadata) -> (String?, HTMLNodeKey?) {
        let metaTitle = metadata.jsonLDHeadline ?? metadata.ogTitle ?? metadata.twitterTitle
        let cleanedHTMLTitle = metadata.htmlTitle.map { strippingSiteName($0, siteName: metadata.siteName) }
        let references = [metaTitle, cleanedHTMLTitle].compactMap { $0 }
        var best: (HTMLNodeKey, String, Double)?
        for (node, text) in h1s where !text.isEmpty && text.count <= 400 {
            let score = references.map { similarity(text, $0) }.max() ?? 0.5
            if best == nil || score > best!.2 { best = (node, text, score) }
        }
        if let (node, text, score) = best, score >= 0.5 || references.isEmpty { return (text, node) }
        if let metaTitle { return (strippingSiteName(metaTitle, siteName: metadata.siteName), nil) }
        if let cleanedHTMLTitle, !cleanedHTMLTitle.isEmpty { return (cleanedHTMLTitle, nil) }
        if let (node, text, _) = best { return (text, node) }
        return (nil, nil)
    }
}

/// An opaque key for an element, so that choosers outside the reader stay free of libxml2 types.
typealias HTMLNodeKey = Int
