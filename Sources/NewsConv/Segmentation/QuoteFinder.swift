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
        guard text.unicodeScalars.contains(where: { $0.value >= 0x22 && closing(for: $0) != nil }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var spans: [QuoteSpan] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard let close = closing(for: s), isBoundaryBefore(i > 0 ? scalars[i - 1] : nil) else {
                i += 1
                continue
            }
            // Symmetric marks ("…", ”…”) and ‘…’ need care: an apostrophe is not a closing mark.
            var j = i + 1
            var found: Int?
            let symmetric = close == s || close == "’"
            while j < scalars.count {
                if scalars[j] == close {
                    if !symmetric || isBoundaryAfter(j + 1 < scalars.count ? scalars[j + 1] : nil) {
                        found = j
                        break
                    }
                }
                if (s == "\"" || s == "‘"), scalars[j] == "\n" { break }
                j += 1
            }
            if let j = found, j > i + 1 {
                var content = Substring(String(scalars: scalars[(i + 1)..<j])).trimmingWhitespace()
                // English puts the comma that ends a quoted clause inside the marks.
                while content.last == "," { content = content.dropLast().trimmingWhitespace() }
                if !content.isEmpty, content.unicodeScalars.contains(where: isLetterOrDigit) {
                    spans.append(QuoteSpan(open: s, close: close, start: i, end: j + 1, content: String(content)))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return spans
    }

    /// `text` as inlines, each quote a ``Inline/quoted(open:close:content:)``.
    static func inlines(_ text: String, spans: [QuoteSpan]) -> [Inline] {
        guard !spans.isEmpty else { return text.isEmpty ? [] : [.text(text)] }
        let scalars = Array(text.unicodeScalars)
        func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
        var result: [Inline] = []
        var position = 0
        for span in spans {
            if span.start > position { result.append(.text(string(position..<span.start))) }
            result.append(.quoted(open: String(span.open), close: String(span.close), content: [.text(string((span.start + 1)..<(span.end - 1)))]))
            position = span.end
        }
        if position < scalars.count { result.append(.text(string(position..<scalars.count))) }
        return result
    }

    /// When the whole paragraph is one quote (trailing punctuation and a dash attribution
    /// allowed), its content and attribution.
    static func wholeQuote(_ text: String, spans: [QuoteSpan]) -> (content: String, attribution: String?)? {
        guard spans.count == 1, let span = spans.first, span.start == 0 else { return nil }
        let scalars = Array(text.unicodeScalars)
        var tail = Substring(String(scalars: scalars[span.end...])).trimmingWhitespace()
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
