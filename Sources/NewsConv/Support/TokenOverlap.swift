/// Word-overlap similarity of two texts: the F1 of their bags of words (letters and digits,
/// case-folded). 1 when they hold the same words.
enum TokenOverlap {
    static func tokens(_ text: String) -> [String: Int] {
        var bag: [String: Int] = [:]
        ScalarClass.forEachWord(in: text.lowercased()) { bag[String($0), default: 0] += 1 }
        return bag
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
