import Foundation

/// Unicode clean-up shared by every reader: NFC, line ends, odd spaces, invisible and
/// control characters.
public enum TextNormalization {
    /// Spaces that are folded into U+0020: NBSP, the U+2000 family, narrow NBSP, ideographic space.
    static func isOddSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Characters dropped: zero-width space, BOM, soft hyphen, C0/C1 controls, noncharacters.
    static func isDropped(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xAD, 0x200B, 0xFEFF, 0x2060: return true
        default: return isNoncharacter(s)
        }
    }

    /// U+FDD0–U+FDEF, and U+nFFFE and U+nFFFF in every plane.
    static func isNoncharacter(_ s: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(s.value) || s.value & 0xFFFE == 0xFFFE
    }

    /// Whether NFC could change `text`: it holds a combining diacritic (U+0300–U+036F), conjoining
    /// Hangul jamo, a combining kana voicing mark, or one of the few characters NFC replaces
    /// (CJK compatibility ideographs, Greek extended, Ω K Å signs). Text without them is NFC already.
    static func mayNeedComposition(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 {
                if byte == 0xCC || byte == 0xCD { return true }
                if previous == 0xE1, (0x84...0x87).contains(byte) || (0xBD...0xBF).contains(byte) { return true }
                if beforePrevious == 0xE3, previous == 0x82, byte == 0x99 || byte == 0x9A { return true }
                if previous == 0xEF, (0xA4...0xAB).contains(byte) { return true }
                if beforePrevious == 0xE2, previous == 0x84, byte == 0xA6 || byte == 0xAA || byte == 0xAB { return true }
                if previous == 0xF0, byte == 0xAF { return true }  // CJK compatibility supplement
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Whether `text` has nothing that ``normalize(_:)`` would change: no control character but
    /// line feed, no odd space, no invisible or noncharacter, nothing NFC would compose.
    static func isClean(_ text: String) -> Bool {
        var b1: UInt8 = 0, b2: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x80 {
                // Most text is ASCII: one test, and nothing below starts with an ASCII byte.
                if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
                b2 = b1
                b1 = byte
                continue
            }
            if byte >= 0xF0 || byte == 0xCC || byte == 0xCD { return false }
            switch (b2, b1, byte) {
            case (_, 0xC2, 0x80...0xA0), (_, 0xC2, 0xAD): return false              // C1 controls, NBSP, soft hyphen
            case (0xE1, 0x9A, 0x80): return false                                  // U+1680
            case (0xE2, 0x80, 0x80...0x8F), (0xE2, 0x80, 0xA8...0xAF): return false // spaces, ZWSP, U+2028/9, U+202F
            case (0xE2, 0x81, 0x9F...0xA0): return false                           // U+205F, U+2060
            case (0xE3, 0x80, 0x80): return false                                  // ideographic space
            case (0xEF, 0xBB, 0xBF), (0xEF, 0xBF, 0xBE...0xBF), (0xEF, 0xB7, 0x90...0xAF): return false
            default: break
            }
            // What NFC might compose (as in `mayNeedComposition`, in the same pass).
            if b1 == 0xE1, (0x84...0x87).contains(byte) || (0xBD...0xBF).contains(byte) { return false }
            if b2 == 0xE3, b1 == 0x82, byte == 0x99 || byte == 0x9A { return false }
            if b1 == 0xEF, (0xA4...0xAB).contains(byte) { return false }
            if b2 == 0xE2, b1 == 0x84, byte == 0xA6 || byte == 0xAA || byte == 0xAB { return false }
            b2 = b1
            b1 = byte
        }
        return true
    }

    /// Normalises text: CRLF and CR become LF, odd spaces become spaces, invisible and
    /// control characters go, and the result is NFC.
    public static func normalize(_ text: String) -> String {
        if isClean(text) { return text }
        // Into bytes: appending to a String scalar by scalar cost twice the walk.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\r" {
                out.append(0x0A)
                previousCR = true
                continue
            }
            if s == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            if s == "\u{2028}" || s == "\u{2029}" {
                out.append(0x0A)
            } else if isOddSpace(s) {
                out.append(0x20)
            } else if s.isASCII {
                if !isDropped(s) { out.append(UInt8(truncatingIfNeeded: s.value)) }
            } else if !isDropped(s) {
                UTF8.encode(s) { out.append($0) }
            }
        }
        let cleaned = String(decoding: out, as: UTF8.self)
        return mayNeedComposition(cleaned) ? cleaned.precomposedStringWithCanonicalMapping : cleaned
    }

    /// Collapses runs of spaces (space, tab, line feed) into one and trims the ends.
    public static func collapseSpaces(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
