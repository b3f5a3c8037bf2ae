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
