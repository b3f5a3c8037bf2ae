/// Word-overlap similarity of two texts: the F1 of their bags of words (letters and digits,
/// case-folded). 1 when they hold the same words.
enum TokenOverlap {
    /// A text's words as a bag: each word (lower-cased) as a 64-bit hash (FNV-1a), sorted, so that two bags
    /// are compared by one merge, with no string made for a word.
    struct Bag: Equatable {
        /// The words' hashes, in ascending order, a word as many times as it occurs.
        var hashes: [UInt64]
        /// How many words.
        var count: Int { hashes.count }
    }

    /// The bag of `text`'s words (runs of letters, digits and their marks, as
    /// ``ScalarClass/forEachWord(in:_:)`` finds them), each lower-cased scalar by scalar as
    /// `String.lowercased()` does. The text is NFC, as every reader makes it: the hashes are of
    /// scalars, so a decomposed word differs from its composed form.
    static func tokens(_ text: String) -> Bag {
        var hashes: [UInt64] = []
        var h = StableHash.fnvOffset
        var inWord = false
        for s in text.unicodeScalars {
            if ScalarClass.isWordScalar(s) {
                if !inWord { h = StableHash.fnvOffset; inWord = true }
                if s.isASCII {
                    h = StableHash.fnv1a(h, ByteSearch.lowercasedASCII(UInt8(truncatingIfNeeded: s.value)))
                } else if !s.properties.changesWhenLowercased {
                    for b in s.utf8 { h = StableHash.fnv1a(h, b) }
                } else {
                    for b in s.properties.lowercaseMapping.utf8 { h = StableHash.fnv1a(h, b) }
                }
            } else if inWord {
                hashes.append(h)
                inWord = false
            }
        }
        if inWord { hashes.append(h) }
        hashes.sort()
        return Bag(hashes: hashes)
    }

    /// The hash ``tokens(_:)`` gives `word` (one word, any case).
    static func hash(ofWord word: String) -> UInt64 {
        tokens(word).hashes.first ?? StableHash.fnvOffset
    }

    static func lowercased(_ word: Substring) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased() }
        return String(decoding: word.utf8.map(ByteSearch.lowercasedASCII), as: UTF8.self)
    }

    static func f1(_ a: String, _ b: String) -> Double {
        f1(tokens(a), tokens(b))
    }

    /// F1 of two bags already counted: the words they share (as many times as both have them)
    /// over each bag's size.
    static func f1(_ ta: Bag, _ tb: Bag) -> Double {
        let na = ta.count, nb = tb.count
        guard na > 0, nb > 0 else { return 0 }
        var common = 0
        var i = 0, j = 0
        let a = ta.hashes, b = tb.hashes
        while i < na && j < nb {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        guard common > 0 else { return 0 }
        let p = Double(common) / Double(nb), r = Double(common) / Double(na)
        return 2 * p * r / (p + r)
    }
}
