/// A quotation found in a paragraph.
struct QuoteSpan: Equatable {
    /// The opening and closing marks.
    var open: Unicode.Scalar
    var close: Unicode.Scalar
    /// Offsets in Unicode scalars: the opening mark, and one past the closing mark.
    var start: Int
    var end: Int
    /// The quoted words, without the marks.
    var content: String
    /// The same bounds as indices of the text: the opening mark, and one past the closing mark.
    var startIndex: String.Index
    var endIndex: String.Index
}

/// Finds direct quotes: “…”, "…", «…», ‹…›, ‘…’, „…“, 「…」, 『…』. Works on Unicode scalars (every
/// quotation mark is one), which is much cheaper than grapheme clusters.
enum QuoteFinder {
    /// The closing mark of an opening mark, or nil when `s` opens no quotation.
    @inline(__always)
    static func closing(for s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x22: return "\""      // "…"
        case 0x201C: return "”"     // “…”
        case 0x201D: return "”"     // ”…” (Vietnamese and Swedish copy)
        case 0x00AB: return "»"     // «…»
        case 0x2039: return "›"     // ‹…›
        case 0x2018: return "’"     // ‘…’
        case 0x201E: return "“"     // „…“
        case 0x300C: return "」"
        case 0x300E: return "』"
        default: return nil
        }
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isBoundaryBefore(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        if s.properties.isWhitespace { return true }
        return "([{:;,—–-/«“".unicodeScalars.contains(s)
    }

    static func isBoundaryAfter(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return !isLetterOrDigit(s)
    }

    /// The quotes of `text`, outermost only, in order.
    static func find(in text: String) -> [QuoteSpan] {
        // Most paragraphs hold no quotation mark at all.
        let view = text.unicodeScalars
        guard view.contains(where: { $0.value >= 0x22 && closing(for: $0) != nil }) else { return [] }
        var spans: [QuoteSpan] = []
        var index = view.startIndex
        var i = 0
        var previous: Unicode.Scalar?
        while index < view.endIndex {
            let s = view[index]
            guard let close = closing(for: s), isBoundaryBefore(previous) else {
                previous = s
                index = view.index(after: index)
                i += 1
                continue
            }
            // Symmetric marks ("…", ”…”) and ‘…’ need care: an apostrophe is not a closing mark.
            var candidate = view.index(after: index)
            var j = i + 1
            var found: (index: String.Index, offset: Int)?
            let symmetric = close == s || close == "’"
            while candidate < view.endIndex {
                let c = view[candidate]
                if c == close {
                    let next = view.index(after: candidate)
                    if !symmetric || isBoundaryAfter(next < view.endIndex ? view[next] : nil) {
                        found = (candidate, j)
                        break
                    }
                }
                if (s == "\"" || s == "‘"), c == "\n" { break }
                candidate = view.index(after: candidate)
                j += 1
            }
            if let (closeIndex, j) = found, j > i + 1 {
                var content = Substring(view[view.index(after: index)..<closeIndex]).trimmingWhitespace()
                // English puts the comma that ends a quoted clause inside the marks.
                while content.last == "," { content = content.dropLast().trimmingWhitespace() }
                if !content.isEmpty, content.unicodeScalars.contains(where: isLetterOrDigit) {
                    let end = view.index(after: closeIndex)
                    spans.append(QuoteSpan(open: s, close: close, start: i, end: j + 1, content: String(content),
                                           startIndex: index, endIndex: end))
                    previous = close
                    index = end
                    i = j + 1
                    continue
                }
            }
            previous = s
            index = view.index(after: index)
            i += 1
        }
        return spans
    }

    /// `text` as inlines, each quote a ``Inline/quoted(open:close:content:)``.
    static func inlines(_ text: String, spans: [QuoteSpan]) -> [Inline] {
        guard !spans.isEmpty else { return text.isEmpty ? [] : [.text(text)] }
        let view = text.unicodeScalars
        func string(_ range: Range<String.Index>) -> String { String(view[range]) }
        var result: [Inline] = []
        var position = view.startIndex
        for span in spans {
            if span.startIndex > position { result.append(.text(string(position..<span.startIndex))) }
            let contentStart = view.index(after: span.startIndex), contentEnd = view.index(before: span.endIndex)
            result.append(.quoted(open: String(span.open), close: String(span.close), content: [.text(string(contentStart..<contentEnd))]))
            position = span.endIndex
        }
        if position < view.endIndex { result.append(.text(string(position..<view.endIndex))) }
        return result
    }

    /// When the whole paragraph is one quote (trailing punctuation and a dash attribution
    /// allowed), its content and attribution.
    static func wholeQuote(_ text: String, spans: [QuoteSpan]) -> (content: String, attribution: String?)? {
        guard spans.count == 1, let span = spans.first, span.start == 0 else { return nil }
        var tail = Substring(text.unicodeScalars[span.endIndex...]).trimmingWhitespace()
        while let f = tail.first, ".,;!?…".contains(f) { tail = tail.dropFirst() }
        tail = tail.trimmingWhitespace()
        if tail.isEmpty { return (span.content, nil) }
        if let f = tail.first, f == "-" || f == "–" || f == "—" {
            let name = tail.dropFirst().trimmingWhitespace()
            var cleaned = Substring(name)
            if cleaned.hasSuffix(".") { cleaned = cleaned.dropLast() }
            if !cleaned.isEmpty, cleaned.count <= 80, !cleaned.contains(where: { ".!?".contains($0) }) {
                return (span.content, String(cleaned))
            }
        }
        return nil
    }
}
