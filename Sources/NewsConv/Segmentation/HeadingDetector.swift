/// Recognises section headings in plain text: `## Heading`, numbered headings (`1. …`, `I. …`,
/// `1.2 …`), ALL-CAPS lines, and short lines without closing punctuation that introduce the
/// paragraphs after them.
enum HeadingDetector {
    /// How a candidate heading is marked.
    enum Kind: Equatable {
        case markdown(level: Int)
        case roman
        case numbered(depth: Int)
        case capitals
        case plain
    }

    struct Candidate: Equatable {
        var text: String
        var kind: Kind
    }

    static let closingPunctuation: Set<Character> = [".", "!", "?", "…", ";", ",", ":", "\"", "”", "’", "»", ")", "]", "。", "！", "？", "，", "；", "：", "）", "」", "』"]

    /// Whether `text` is short and unpunctuated enough to be a heading.
    static func isHeadingShaped(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        guard text.count <= 120, text.split(separator: " ").count <= 16 else { return false }
        guard first.isUppercase || first.isNumber else { return false }
        if closingPunctuation.contains(last) { return false }
        if let scalar = first.unicodeScalars.first, QuoteFinder.closing(for: scalar) != nil { return false }
        return text.contains(where: \.isLetter)
    }

    /// The heading `text` would be, judged on its own.
    static func candidate(_ text: String) -> Candidate? {
        if text.hasPrefix("#") {
            let hashes = text.prefix { $0 == "#" }.count
            let rest = text.dropFirst(hashes)
            guard hashes <= 6, rest.first == " " else { return nil }
            var title = rest.trimmingWhitespace()
            while title.hasSuffix("#") { title = title.dropLast() }
            title = title.trimmingWhitespace()
            guard !title.isEmpty else { return nil }
            return Candidate(text: String(title), kind: .markdown(level: hashes))
        }
        if let (marker, title) = numbering(text), isHeadingShaped(title) {
            return Candidate(text: text, kind: marker)
        }
        guard isHeadingShaped(text) else { return nil }
        if DatelineParser.isAllCaps(text), text.filter(\.isLetter).count >= 4 {
            return Candidate(text: text, kind: .capitals)
        }
        return Candidate(text: text, kind: .plain)
    }

    static let romanDigits: Set<Character> = ["I", "V", "X", "L", "C"]

    /// `I. Title`, `IV. Title`, `1. Title`, `1.2. Title`, `1.2 Title`.
    static func numbering(_ text: String) -> (Kind, String)? {
        guard let space = text.firstIndex(of: " ") else { return nil }
        var marker = text[..<space]
        let title = String(text[space...].trimmingWhitespace())
        guard !title.isEmpty else { return nil }
        if marker.hasSuffix(".") || marker.hasSuffix(")") { marker = marker.dropLast() }
        else if !marker.contains(".") { return nil }
        guard !marker.isEmpty else { return nil }
        if marker.allSatisfy({ romanDigits.contains($0) }), marker.count <= 5, text[text.index(before: space)] == "." {
            return (.roman, title)
        }
        let parts = marker.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }) else { return nil }
        guard text[text.index(before: space)] != ")" else { return nil }
        return (.numbered(depth: parts.count), title)
    }
}
