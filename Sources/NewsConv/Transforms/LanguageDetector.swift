/// Identifies the language of an article that declares none, from its script and its most
/// common words. Vietnamese is recognised from a single paragraph by its letters.
public struct LanguageDetector: Transform {
    /// Creates the transform.
    public init() {}

    /// Sets ``Article/language`` when it is nil and the text says clearly which language it is.
    public func run(_ article: Article) throws(TransformError) -> Article {
        guard article.language == nil else { return article }
        var copy = article
        var sample = article.title + "\n" + (article.lead ?? "")
        for block in article.allBlocks.prefix(12) where sample.count < 4000 {
            sample += "\n" + block.plainText
        }
        copy.language = Self.detect(sample)
        return copy
    }

    static let vietnameseLetters: Set<Character> = Set(
        "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ")

    static let stopwords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "it", "as", "by", "he", "she", "are", "from", "at"]),
        ("fr", ["le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "pour", "que", "qui", "sur", "au", "pas", "avec", "a", "ce", "sont"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "sich", "auf", "für", "im", "dem", "auch", "es", "wird"]),
        ("es", ["el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "por", "con", "para", "es", "del", "se", "no", "al", "lo", "como"]),
        ("pt", ["o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "por", "se", "mais"]),
        ("it", ["il", "la", "di", "che", "e", "un", "una", "per", "non", "del", "della", "con", "sono", "gli", "le", "nel", "si", "è", "da", "al"]),
        ("id", ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "ada", "bisa", "oleh", "mereka", "sudah"]),
    ]

    /// The BCP 47 tag of `text`'s language, or nil when unsure.
    public static func detect(_ text: String) -> String? {
        var latin = 0, vietnamese = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0, thai = 0, arabic = 0, greek = 0, hebrew = 0
        for ch in text.prefix(6000) {
            guard ch.isLetter, let scalar = ch.unicodeScalars.first else { continue }
            switch scalar.value {
            case 0x41...0x24F, 0x1E00...0x1EFF:
                latin += 1
                if vietnameseLetters.contains(ch) { vietnamese += 1 }
            case 0x370...0x3FF: greek += 1
            case 0x400...0x4FF: cyrillic += 1
            case 0x590...0x5FF: hebrew += 1
            case 0x600...0x6FF: arabic += 1
            case 0xE00...0xE7F: thai += 1
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            default: break
            }
        }
        let total = latin + han + kana + hangul + cyrillic + thai + arabic + greek + hebrew
        // Vietnamese letters are unmistakable: a short sentence is enough.
        if latin * 2 > total, latin >= 4, vietnamese >= 2, vietnamese * 8 >= latin { return "vi" }
        guard total >= 10 else { return nil }
        if kana * 20 > total { return "ja" }
        if hangul * 2 > total { return "ko" }
        if han * 2 > total { return "zh" }
        if cyrillic * 2 > total { return "ru" }
        if thai * 2 > total { return "th" }
        if arabic * 2 > total { return "ar" }
        if greek * 2 > total { return "el" }
        if hebrew * 2 > total { return "he" }
        guard latin * 2 > total else { return nil }
        if vietnamese * 25 > latin { return "vi" }
        var counts: [String: Int] = [:]
        var words = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(1500) {
            words += 1
            for (tag, list) in stopwords where list.contains(String(word)) { counts[tag, default: 0] += 1 }
        }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first, best.value >= 3, best.value * 20 >= words else { return nil }
        if ranked.count > 1, ranked[1].value * 10 > best.value * 9 { return nil }
        return best.key
    }
}
