/// Characters that XML 1.0 allows, and removal of the others.
public enum XMLCharacters {
    /// Whether `scalar` is a legal XML 1.0 character
    /// (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`).
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF: return true
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` without the characters XML 1.0 forbids. Returns `text` itself when it is clean.
    public static func sanitized(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(isAllowed) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}

import CLibXML2

/// URI references, as XML Schema's `xs:anyURI` reads them.
public enum XMLURI {
    /// `text` made fit for an `xs:anyURI` value: characters outside the URI syntax (spaces,
    /// non-ASCII letters…) percent-encoded; nil when even that gives no URI libxml2 can parse.
    public static func sanitized(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.count <= 8192 else { return nil }
        var escaped = ""
        for byte in trimmed.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"), UInt8(ascii: "/"),
                 UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"),
                 UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","),
                 UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "%"):
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                escaped += "%"
                escaped.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                escaped.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
            }
        }
        // A stray % that does not start an escape, or a URI libxml2 cannot parse, is refused.
        guard let uri = escaped.withCString({ xmlParseURI($0) }) else { return nil }
        xmlFreeURI(uri)
        return escaped
    }
}
