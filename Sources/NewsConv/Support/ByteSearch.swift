/// Substring search on UTF-8 bytes. Foundation's `contains` goes through `NSString` and a
/// locale-aware search on Linux, which profiling showed among the costliest calls of a page; the
/// text here is NFC already, so comparing bytes finds the same matches.
extension String {
    /// Whether `other` occurs in the string, compared byte for byte. An empty `other` is not
    /// found, as with Foundation.
    func contains(_ other: String) -> Bool {
        ByteSearch.firstOffset(of: other.utf8, in: utf8) != nil
    }
}

extension Substring {
    /// Whether `other` occurs in the substring, compared byte for byte.
    func contains(_ other: String) -> Bool {
        ByteSearch.firstOffset(of: other.utf8, in: utf8) != nil
    }

    /// The first occurrence of `other`, compared byte for byte (nil for an empty `other`).
    func range(of other: String) -> Range<String.Index>? {
        guard let offset = ByteSearch.firstOffset(of: other.utf8, in: utf8) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: other.utf8.count)
    }
}

extension String {
    /// The first occurrence of `other`, compared byte for byte (nil for an empty `other`).
    func range(of other: String) -> Range<String.Index>? {
        self[...].range(of: other)
    }

    /// The parts between occurrences of `separator`, empty ones included, as Foundation's
    /// `components(separatedBy:)` gives them.
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let r = rest.range(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

enum ByteSearch {
    /// `b` with an ASCII capital letter made small (other bytes as they are).
    @inline(__always)
    static func lowercasedASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

    /// The byte offset of the first occurrence of `needle` in `haystack`, if any.
    static func firstOffset<H: Collection<UInt8>, N: Collection<UInt8>>(of needle: N, in haystack: H) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        let rest = needle.dropFirst()
        var offset = 0
        var index = haystack.startIndex
        let lastStart = haystack.count - needle.count
        while offset <= lastStart {
            if haystack[index] == first {
                var h = haystack.index(after: index)
                var matched = true
                for byte in rest {
                    if haystack[h] != byte { matched = false; break }
                    h = haystack.index(after: h)
                }
                if matched { return offset }
            }
            index = haystack.index(after: index)
            offset += 1
        }
        return nil
    }
}
