/// Length tests that avoid counting characters (an O(n) walk over grapheme clusters) when the
/// UTF-8 length already answers: a character takes one to four bytes in the common scripts, and
/// a grapheme cluster at least one byte.
extension StringProtocol {
    /// Whether the text has at most `limit` characters.
    @inline(__always)
    func hasAtMostCharacters(_ limit: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= limit { return true }
        // Every character takes at least one byte, but may take many (combining marks): count.
        return count <= limit
    }

    /// Whether the text has fewer than `limit` characters.
    @inline(__always)
    func hasFewerCharacters(than limit: Int) -> Bool { hasAtMostCharacters(limit - 1) }
}
