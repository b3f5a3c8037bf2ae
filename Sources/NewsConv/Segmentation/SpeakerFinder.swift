/// Names the speaker of a quote when its sentence does: `“…”, ông X cho biết`, `X nói: “…”`,
/// `"…," said X`, `"…," X said`, `X said: "…"`.
enum SpeakerFinder {
    /// Speech verbs, Vietnamese and English, as word sequences (lower case).
    static let verbs: [[String]] = [
        "cho biết", "nói", "khẳng định", "nhấn mạnh", "chia sẻ", "phát biểu", "nêu rõ", "cho rằng",
        "tuyên bố", "bày tỏ", "kể", "kể lại", "nhận định", "nhận xét", "giải thích", "trả lời", "lưu ý",
        "cảnh báo", "thừa nhận", "tâm sự", "hỏi", "viết", "khuyến cáo", "bình luận", "thông báo",
        "nhắc lại", "tiết lộ", "đánh giá", "phân tích", "khẳng định rằng", "nói rằng", "cho biết rằng",
        "said", "says", "say", "added", "adds", "told", "tells", "explained", "noted", "stated", "declared",
        "wrote", "writes", "asked", "argued", "insisted", "warned", "recalled", "remarked", "replied",
        "continued", "acknowledged", "admitted", "claimed", "stressed", "emphasised", "emphasized",
        "disse", "dit", "sagte", "dijo", "ha detto", "a déclaré", "erklärte",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Words before a name that belong to it: honorifics and titles written in lower case.
    static let honorifics: Set<String> = [
        "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "thầy", "cụ", "chàng", "nàng",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame",
    ]

    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "who", "ông", "bà", "anh", "chị", "họ", "tôi", "em", "cô",
    ]

    /// The speaker of the quote `span` in `text`, or nil.
    static func speaker(of span: QuoteSpan, in text: String) -> String? {
        let chars = Array(text.unicodeScalars)
        let before = sentenceBefore(chars, upTo: span.start)
        let after = sentenceAfter(chars, from: span.end)
        if let s = speakerAfter(after) { return s }
        if let s = speakerBefore(before) { return s }
        // "…," she said: the person named last before the quote in the paragraph.
        if pronounSpeaks(after) {
            return lastNamedPerson(in: String(scalars: chars[..<span.start]))
        }
        return nil
    }

    /// `, she said`, `he added`, `bà nói`.
    static func pronounSpeaks(_ after: String) -> Bool {
        var words = tokenize(after)
        while let first = words.first, first == "," || first == "–" || first == "-" || first == "—" { words.removeFirst() }
        guard let first = words.first, pronouns.contains(first.lowercased()) else { return false }
        return verbMatch(atStartOf: words.dropFirst()) != nil
    }

    /// The last run of two or more capitalised words (not opening a sentence alone) in `text`.
    static func lastNamedPerson(in text: String) -> String? {
        let words = tokenize(text)
        var index = words.count
        while index > 0 {
            index -= 1
            guard isCapitalised(words[index]) else { continue }
            var start = index
            while start > 0, isCapitalised(words[start - 1]) { start -= 1 }
            if index - start + 1 >= 2 {
                // The first word of a sentence is capitalised anyway: drop it when it starts the run.
                if start == 0 || words[start - 1] == "." {
                    if index - start + 1 >= 3 { start += 1 } else { index = start; continue }
                }
                return clean(words[start...index].joined(separator: " "))
            }
            index = start
        }
        return nil
    }

    /// A name followed by a speech verb that ends `before`: `Ông X nói:`, `Bà X, một hành khách, nói:`.
    static func speakerBefore(_ before: String) -> String? {
        var words = tokenize(before)
        while let last = words.last, last == ":" || last == "," || last == "rằng" || last == "that" || last == "–" || last == "-" {
            words.removeLast()
        }
        guard let verbLength = verbMatch(atEndOf: words) else { return nil }
        return subject(of: Array(words[..<(words.count - verbLength)]))
    }

    /// After the quote: `, ông X cho biết`, `, said X`, `, X said`, `, ông X, Giám đốc Sở Y, cho biết`.
    static func speakerAfter(_ after: String) -> String? {
        var words = tokenize(after)
        while let first = words.first, first == "," || first == "–" || first == "-" || first == "—" {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        // "said X" / "according to X"
        if let v = verbMatch(atStartOf: words) {
            return name(startingAt: v, in: words)
        }
        if words.count >= 2, words[0].lowercased() == "according", words[1] == "to" {
            return name(startingAt: 2, in: words)
        }
        // "X said", "ông X cho biết", "X, the minister, said": the verb within a few words.
        for end in 1..<min(25, words.count) where words[end - 1] != "." {
            if verbMatch(atStartOf: words[end...]) != nil {
                return subject(of: Array(words[..<end]))
            }
        }
        return nil
    }

    /// The speaker in the words before a speech verb: the name just before it (`analyst Tom Baker`
    /// gives `Tom Baker`), or, when an apposition stands between (`X, a passenger, said`), the
    /// name that makes up a whole earlier clause.
    static func subject(of words: [String]) -> String? {
        var words = words
        while let last = words.last, last == "," { words.removeLast() }
        let chunks = words.split(separator: ",", omittingEmptySubsequences: true).map(Array.init)
        guard let last = chunks.last else { return nil }
        if let n = name(endingAt: last.count, in: last, allowTitle: chunks.count == 1),
           last.count - n.split(separator: " ").count <= 3 {
            return n
        }
        for chunk in chunks.dropLast() {
            if let n = name(endingAt: chunk.count, in: chunk, allowTitle: false),
               n.split(separator: " ").count == chunk.count {
                return n
            }
        }
        return nil
    }

    static func tokenize(_ s: String) -> [String] {
        // On scalars, not characters (finding grapheme boundaries was most of the cost): a space or
        // a mark of punctuation splits unless a combining scalar joins it into a larger character.
        let scalars = Array(s.unicodeScalars)
        var words: [String] = []
        var current: [UInt8] = []
        var currentCharacters = 0
        // Whether each scalar joins the one before it, worked out once (for it and for the one before).
        var continues = scalars.first.map(ScalarClass.continuesCharacter) ?? false
        for (i, c) in scalars.enumerated() {
            let thisContinues = continues
            continues = i + 1 < scalars.count && ScalarClass.continuesCharacter(scalars[i + 1])
            let standsAlone = !continues
            let splits = standsAlone && (c == " " || c == "," || c == ":" || c == ";" || c == "." && currentCharacters > 3)
            if splits {
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                    currentCharacters = 0
                }
                if c != " " { words.append(String(c)) }
            } else {
                if c.isASCII { current.append(UInt8(truncatingIfNeeded: c.value)) } else { UTF8.encode(c) { current.append($0) } }
                if !thisContinues { currentCharacters += 1 }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The verbs by their first word, lower case, longest first.
    static let verbsByFirstWord: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for verb in verbs { table[verb[0], default: []].append(verb) }
        return table.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// The verbs by their last word, lower case, longest first.
    static let verbsByLastWord: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for verb in verbs { table[verb[verb.count - 1], default: []].append(verb) }
        return table.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    static func verbMatch(atEndOf words: [String]) -> Int? {
        guard let last = words.last, let candidates = verbsByLastWord[last.lowercased()] else { return nil }
        for verb in candidates where words.count >= verb.count {
            if zip(words.suffix(verb.count), verb).allSatisfy({ $0.lowercased() == $1 }) { return verb.count }
        }
        return nil
    }

    static func verbMatch(atStartOf words: some Collection<String>) -> Int? {
        guard let first = words.first, let candidates = verbsByFirstWord[first.lowercased()] else { return nil }
        for verb in candidates where words.count >= verb.count {
            if zip(words.prefix(verb.count), verb).allSatisfy({ $0.lowercased() == $1 }) { return verb.count }
        }
        return nil
    }

    static func isCapitalised(_ w: String) -> Bool { w.first?.isUppercase == true }

    /// A short lower-case Vietnamese syllable, as in the titles `Bộ trưởng`, `Thủ tướng`.
    static func isSyllable(_ w: String) -> Bool {
        w.count <= 6 && w.allSatisfy(\.isLetter) && w.contains(where: { LanguageDetector.vietnameseLetters.contains($0) })
    }

    /// The name that ends just before `end`: a run of capitalised words (with connectors such as
    /// `von der`), and the honorific before it (`ông`, `Mr.`). With `allowTitle`, a lone title whose
    /// last syllable is lower case (`Bộ trưởng`) counts too.
    static func name(endingAt end: Int, in words: [String], allowTitle: Bool = true) -> String? {
        guard end > 0 else { return nil }
        if !isCapitalised(words[end - 1]) {
            // "Bộ trưởng nhấn mạnh": a title alone, as the whole subject.
            if allowTitle, end == 2, isCapitalised(words[0]), isSyllable(words[1]) {
                return words[0] + " " + words[1]
            }
            return nil
        }
        var start = end - 1
        while start > 0, end - start < 8 {
            let w = words[start - 1]
            if honorifics.contains(w.lowercased()) { start -= 1; break }
            if isCapitalised(w) && w != "," { start -= 1; continue }
            if connectors.contains(w) {
                // "von der": connectors count when a capitalised word comes before them.
                var k = start - 1
                while k > 0, connectors.contains(words[k - 1]) { k -= 1 }
                if k > 0, isCapitalised(words[k - 1]) { start = k; continue }
            }
            break
        }
        let picked = words[start..<end]
        if picked.count == 1, pronouns.contains(picked.first!.lowercased()) { return nil }
        return clean(picked.joined(separator: " "))
    }

    static let connectors: Set<String> = ["von", "van", "der", "de", "da", "di", "du", "la", "le", "bin", "al", "ibn", "dos", "das", "del"]

    /// The name that starts at `start`: an optional honorific, then capitalised words.
    static func name(startingAt start: Int, in words: [String]) -> String? {
        var start = start
        // "said the party's leader Jana Peters": skip a short lower-case description.
        var skipped = 0
        while start < words.count, skipped < 3, !isCapitalised(words[start]), !honorifics.contains(words[start].lowercased()),
              words[start] != ",", words[start] != "." {
            start += 1
            skipped += 1
        }
        if start < words.count, !isCapitalised(words[start]), !honorifics.contains(words[start].lowercased()) { return nil }
        var end = start
        if end < words.count, honorifics.contains(words[end].lowercased()) { end += 1 }
        while end < words.count, end - start < 8 {
            let w = words[end]
            if isCapitalised(w) { end += 1; continue }
            if (w == "of" || w == "de" || w == "van" || w == "von"), end + 1 < words.count, isCapitalised(words[end + 1]) {
                end += 1
                continue
            }
            break
        }
        guard end > start else { return nil }
        let picked = words[start..<end]
        guard picked.contains(where: isCapitalised) else { return nil }
        if picked.count == 1, pronouns.contains(picked.first!.lowercased()) { return nil }
        return clean(picked.joined(separator: " "))
    }

    static func clean(_ s: String) -> String? {
        var t = Substring(s).trimmingWhitespace()
        while let l = t.last, ".,;:!?”\"’".contains(l) { t = t.dropLast() }
        return t.isEmpty ? nil : String(t)
    }

    static func isSentenceEnd(_ chars: [Unicode.Scalar], _ i: Int) -> Bool {
        let c = chars[i]
        guard c == "." || c == "!" || c == "?" else { return false }
        return i + 1 >= chars.count || chars[i + 1] == " "
    }

    /// The text from the start of the sentence holding `index` up to `index`.
    static func sentenceBefore(_ chars: [Unicode.Scalar], upTo index: Int) -> String {
        var i = index - 1
        while i >= 0 {
            if isSentenceEnd(chars, i) { break }
            i -= 1
        }
        return String(scalars: chars[(i + 1)..<index])
    }

    /// The text from `index` to the end of its sentence.
    static func sentenceAfter(_ chars: [Unicode.Scalar], from index: Int) -> String {
        var i = index
        while i < chars.count {
            if isSentenceEnd(chars, i) { break }
            i += 1
        }
        return String(scalars: chars[index..<min(i, chars.count)])
    }
}
