/// A quotation found in a paragraph.
struct QuoteSpan: Equatable {
    /// The opening and closing marks.
    var open: Character
    var close: Character
    /// Offsets in characters: the opening mark, and one past the closing mark.
    var start: Int
    var end: Int
    /// The quoted words, without the marks.
    var content: String
}

/// Finds direct quotes: “…”, "…", «…», ‹…›, ‘…’, „…“, 「…」, 『…』.
enum QuoteFinder {
    static let pairs: [Character: Character] = [
        "“": "”", "\"": "\"", "«": "»", "‹": "›", "‘": "’", "„": "“", "「": "」", "『": "』", "”": "”",
    ]

    static func isBoundaryBefore(_ ch: Character?) -> Bool {
        guard let ch else { return true }
        return ch.isWhitespace || "([{:;,—–-/".contains(ch) || ch == "«" || ch == "“"
    }

    static func isBoundaryAfter(_ ch: Character?) -> Bool {
        guard let ch else { return true }
        return !(ch.isLetter || ch.isNumber)
    }

    /// The quotes of `text`, outermost only, in order.
    static func find(in text: String) -> [QuoteSpan] {
        let chars = Array(text)
        var spans: [QuoteSpan] = []
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            guard let close = pairs[ch], isBoundaryBefore(i > 0 ? chars[i - 1] : nil) else {
                i += 1
                continue
            }
            // Symmetric marks ("…", ”…”) and ‘…’ need care: an apostrophe is not a closing mark.
            var j = i + 1
            var found: Int?
            while j < chars.count {
                if chars[j] == close {
                    let after = j + 1 < chars.count ? chars[j + 1] : nil
                    let symmetric = close == ch || close == "’"
                    if !symmetric || isBoundaryAfter(after) {
                        found = j
                        break
                    }
                }
                if ch == "\"" || ch == "‘", chars[j] == "\n" { break }
                j += 1
            }
            if let j = found, j > i + 1 {
                var content = String(chars[(i + 1)..<j]).trimmingWhitespace()
                // English puts the comma that ends a quoted clause inside the marks.
                while content.last == "," { content = content.dropLast().trimmingWhitespace() }
                if !content.isEmpty, content.contains(where: \.isLetter) {
                    spans.append(QuoteSpan(open: ch, close: close, start: i, end: j + 1, content: String(content)))
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
        let chars = Array(text)
        var result: [Inline] = []
        var position = 0
        for span in spans {
            if span.start > position { result.append(.text(String(chars[position..<span.start]))) }
            let inner = String(chars[(span.start + 1)..<(span.end - 1)])
            result.append(.quoted(open: String(span.open), close: String(span.close), content: [.text(inner)]))
            position = span.end
        }
        if position < chars.count { result.append(.text(String(chars[position...]))) }
        return result
    }

    /// When the whole paragraph is one quote (trailing punctuation and a dash attribution
    /// allowed), its content and attribution.
    static func wholeQuote(_ text: String, spans: [QuoteSpan]) -> (content: String, attribution: String?)? {
        guard spans.count == 1, let span = spans.first, span.start == 0 else { return nil }
        let chars = Array(text)
        var tail = String(chars[span.end...]).trimmingWhitespace()
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
