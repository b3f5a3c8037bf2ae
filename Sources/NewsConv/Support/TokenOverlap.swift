/// Word-overlap similarity of two texts: the F1 of their bags of words (letters and digits,
/// case-folded). 1 when they hold the same words.
enum TokenOverlap {
    static func tokens(_ text: String) -> [String: Int] {
        var bag: [String: Int] = [:]
        // Word by word, ASCII words without Unicode case mapping (lower-casing whole texts was 2%
        // of reading a page). Lower-casing changes no word boundary: letters stay letters.
        ScalarClass.forEachWord(in: text) { bag[lowercased($0), default: 0] += 1 }
        return bag
    }

    static func lowercased(_ word: Substring) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased() }
        return String(decoding: word.utf8.map(ByteSearch.lowercasedASCII), as: UTF8.self)
    }

    static func f1(_ a: String, _ b: String) -> Double {
        f1(tokens(a), tokens(b))
    }

    /// F1 of two bags already counted.
    static func f1(_ ta: [String: Int], _ tb: [String: Int]) -> Double {
        let na = ta.values.reduce(0, +), nb = tb.values.reduce(0, +)
        guard na > 0, nb > 0 else { return 0 }
        var common = 0
        for (word, count) in ta { common += min(count, tb[word] ?? 0) }
        guard common > 0 else { return 0 }
        let p = Double(common) / Double(nb), r = Double(common) / Double(na)
        return 2 * p * r / (p + r)
    }
}
