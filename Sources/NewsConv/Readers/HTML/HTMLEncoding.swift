import LibXML

/// Decides which encoding to read an HTML page in: its BOM, then the charset its `<meta>`
/// declares (unless the bytes contradict it), then detection among UTF-8, windows-1258
/// (Vietnamese, with combining tone marks) and windows-1252.
enum HTMLEncoding {
    /// The encoding name to hand libxml2, and the bytes without a BOM.
    static func detect(_ bytes: [UInt8]) -> (encoding: String, body: ArraySlice<UInt8>) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", bytes.dropFirst(2)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", bytes.dropFirst(2)) }
        let validUTF8 = UTF8Validation.isValid(bytes)
        if let declared = declaredCharset(bytes) {
            let normalized = canonicalName(declared)
            if normalized == "UTF-8" {
                if validUTF8 { return ("UTF-8", bytes[...]) }
                if let repaired = repairedUTF8(bytes) { return ("UTF-8", repaired[...]) }
                // Mislabelled: fall through to detection.
            } else if normalized == "UTF-16LE" || normalized == "UTF-16BE" || normalized == "UTF-16" {
                // A page that could read its own <meta> in ASCII is not UTF-16.
                return (validUTF8 ? "UTF-8" : guessLegacy(bytes), bytes[...])
            } else if normalized == "windows-1252", !validUTF8, looksVietnamese1258(bytes) {
                return ("windows-1258", bytes[...])
            } else if validUTF8 && !bytes.contains(where: { $0 >= 0x80 }) {
                return (normalized, bytes[...])
            } else if validUTF8 && normalized != "windows-1258" && normalized != "VISCII" && hasMultibyteUTF8(bytes) {
                // Declared a legacy charset, but the bytes are UTF-8 with real multi-byte characters.
                return ("UTF-8", bytes[...])
            } else if normalized == "windows-1252" {
                return (guessLegacy(bytes) == "ISO-8859-1" ? "ISO-8859-1" : "windows-1252", bytes[...])
            } else {
                return (normalized, bytes[...])
            }
        }
        if validUTF8 { return ("UTF-8", bytes[...]) }
        if let repaired = repairedUTF8(bytes) { return ("UTF-8", repaired[...]) }
        return (guessLegacy(bytes), bytes[...])
    }

    /// UTF-8 with a few broken sequences (a character cut in two by a truncating CMS): the broken
    /// bytes become U+FFFD and the rest stays UTF-8. Nil when the text is not mostly UTF-8.
    static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        var valid = 0, invalid = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0
            if length > 0, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        guard valid >= 20, invalid * 50 <= valid else { return nil }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` declares in
    /// the first 16 KiB.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        // Compared in place, ASCII letters folded to lower case (no lower-cased copy of the head).
        let head = bytes.prefix(16384)
        let lower = ByteSearch.lowercasedASCII
        let needle = Array("charset".utf8)
        func matchesNeedle(at i: Int) -> Bool {
            for k in 0..<needle.count where lower(head[i + k]) != needle[k] { return false }
            return true
        }
        var i = 0
        while i + needle.count < head.count {
            if lower(head[i]) == needle[0] && matchesNeedle(at: i) {
                // Only inside a <meta …> tag.
                var back = i
                while back > 0, head[back] != UInt8(ascii: "<"), head[back] != UInt8(ascii: ">") { back -= 1 }
                let tagStart = head[back..<min(back + 5, head.count)].map(lower)
                var j = i + needle.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                if tagStart == Array("<meta".utf8), j < head.count, head[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                    var value: [UInt8] = []
                    while j < head.count, value.count < 40 {
                        let c = lower(head[j])
                        if c == 0x22 || c == 0x27 || c == 0x20 || c == 0x3B || c == 0x3E || c == 0x2F && value.isEmpty { break }
                        value.append(c)
                        j += 1
                    }
                    if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    static func canonicalName(_ label: String) -> String {
        let l = label.lowercased().trimmingWhitespace()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso8859-1": return "windows-1252"
        case "windows-1258", "cp1258", "x-cp1258": return "windows-1258"
        case "viscii", "csviscii": return "VISCII"
        case "tcvn", "tcvn-5712", "tcvn5712-1", "tcvn5712-1:1993": return "TCVN5712-1"
        case "gb2312", "gbk", "x-gbk": return "GBK"
        case "shift_jis", "shift-jis", "sjis", "x-sjis": return "SHIFT_JIS"
        case "euc-kr": return "EUC-KR"
        case "euc-jp": return "EUC-JP"
        default: return String(l)
        }
    }

    static func hasMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0xC2 && $0 <= 0xF4 }
    }

    /// Windows-1258 writes Vietnamese with ă â đ ê ô ơ ư as single bytes and the tone marks as
    /// combining characters 0xCC 0xD2 0xDE 0xEC 0xF2.
    static func looksVietnamese1258(_ bytes: [UInt8]) -> Bool {
        var high = 0, vietnamese = 0
        for b in bytes where b >= 0x80 {
            high += 1
            switch b {
            case 0xCC, 0xD2, 0xDE, 0xEC, 0xF2, 0xE3, 0xF0, 0xF5, 0xFD, 0xC3, 0xD0, 0xD5, 0xDD: vietnamese += 1
            default: break
            }
        }
        return high >= 8 && vietnamese * 2 >= high
    }

    static func guessLegacy(_ bytes: [UInt8]) -> String {
        if looksVietnamese1258(bytes) { return "windows-1258" }
        // Bytes that windows-1252 leaves undefined would stop the decoder: Latin-1 maps every byte.
        return bytes.contains { $0 == 0x81 || $0 == 0x8D || $0 == 0x8F || $0 == 0x90 || $0 == 0x9D } ? "ISO-8859-1" : "windows-1252"
    }
}
