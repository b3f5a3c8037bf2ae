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
        case 0xFFFE, 0xFFFF, 0xFDD0...0xFDEF: return true
        default:
            return s.value & 0xFFFE == 0xFFFE  // U+nFFFE and U+nFFFF in every plane
        }
    }

    /// Normalises text: CRLF and CR become LF, odd spaces become spaces, invisible and
    /// control characters go, and the result is NFC.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.utf8.count)
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\r" {
                scalars.append("\n")
                previousCR = true
                continue
            }
            if s == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            if s == "\u{2028}" || s == "\u{2029}" {
                scalars.append("\n")
            } else if isOddSpace(s) {
                scalars.append(" ")
            } else if !isDropped(s) {
                scalars.append(s)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Collapses runs of spaces into one and trims the ends.
    public static func collapseSpaces(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text {
            if ch == " " || ch == "\t" || ch == "\n" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }
}
