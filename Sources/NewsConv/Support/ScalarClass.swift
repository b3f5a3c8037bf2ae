/// Character classes on scalars, cheaper than `Character.isLetter` (which looks at whole
/// grapheme clusters).
enum ScalarClass {
    /// Letters, digits and the marks that combine with them: what a word is made of.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let p = scalar.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether `s` joins the character before it instead of starting one (a combining or spacing
    /// mark, a zero-width joiner or non-joiner, a variation selector, an emoji modifier, a tag):
    /// lets a walk over scalars treat a character as its first scalar, as `Character`'s
    /// properties do, without finding grapheme boundaries.
    static func continuesCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        switch v {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0xFF9E...0xFF9F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0xE0100...0xE01EF: return true
        default: break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Calls `body` with each word of `text` (a run of word scalars), in order, as a slice of it.
    static func forEachWord(in text: String, _ body: (Substring) -> Void) {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let s = start {
                body(Substring(scalars[s..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { body(Substring(scalars[s...])) }
    }
}
