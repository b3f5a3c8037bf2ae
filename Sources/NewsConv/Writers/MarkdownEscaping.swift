/// Escapes text so that CommonMark reads it back as the same text, never as syntax.
enum MarkdownEscaping {
    /// Characters escaped wherever they stand.
    static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~"]

    /// Escapes inline syntax, and block syntax at the start of the text.
    static func escape(_ text: String) -> String {
        escapeLineStart(escapeInline(text))
    }

    /// Escapes inline syntax. A newline becomes a space (a block's text is one line), and control
    /// characters and noncharacters are dropped.
    static func escapeInline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\t" {
                out.append(" ")
                continue
            }
            if ch.unicodeScalars.count == 1, let s = ch.unicodeScalars.first, TextNormalization.isDropped(s) { continue }
            if inlineSpecial.contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Escapes what would open a block at the start of a line: `-`, `+`, `=`, `1.`, `1)`.
    /// (`#`, `>`, `*`, `` ` `` and `~` are escaped everywhere already.)
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "-" || first == "+" || first == "=" {
            return "\\" + text
        }
        if first.isASCII, first.isNumber {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let rest = text.dropFirst(digits.count)
            if digits.count <= 9, let marker = rest.first, marker == "." || marker == ")" {
                return String(digits) + "\\" + String(rest)
            }
        }
        return text
    }
}
