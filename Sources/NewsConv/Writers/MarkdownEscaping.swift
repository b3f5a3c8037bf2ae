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
        // Over scalars, a character being its first scalar and the scalars that join it: walking
        // grapheme clusters and hashing each one cost a tenth of a conversion to Markdown.
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let s = next {
            next = scalars.next()
            let joined = next.map(ScalarClass.continuesCharacter) ?? false
            switch s.value {
            case 0x0A, 0x09:
                out.append(" ")
                continue
            case 0x0D:
                // CR LF is one character, one space; a lone CR is a control, dropped.
                if next == "\n" {
                    out.append(" ")
                    next = scalars.next()
                }
                continue
            default:
                break
            }
            // Controls stand alone; a noncharacter with marks on it is kept, as a whole character.
            if TextNormalization.isDropped(s), !(joined && TextNormalization.isNoncharacter(s)) { continue }
            if !joined, isInlineSpecial(s.value) { out.append("\\") }
            out.append(s)
        }
        return String(out)
    }

    /// Whether `v` is one of `inlineSpecial` (all ASCII), looked up in a table made from it.
    @inline(__always)
    static func isInlineSpecial(_ v: UInt32) -> Bool {
        v < 0x80 && inlineSpecialASCII[Int(v)]
    }

    private static let inlineSpecialASCII: [Bool] = (0..<0x80).map { v in
        inlineSpecial.contains(Character(Unicode.Scalar(UInt8(v))))
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
