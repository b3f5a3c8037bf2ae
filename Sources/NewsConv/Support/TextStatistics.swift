/// Word and character counts of an article's body.
public enum TextStatistics {
    /// Words: runs separated by white space that hold a letter or a digit. Vietnamese is
    /// written with spaces between syllables, so for Vietnamese this counts syllables.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var hasAlnum = false
        for ch in text {
            if ch.isWhitespace {
                if inWord && hasAlnum { count += 1 }
                inWord = false
                hasAlnum = false
            } else {
                inWord = true
                if ch.isLetter || ch.isNumber { hasAlnum = true }
            }
        }
        if inWord && hasAlnum { count += 1 }
        return count
    }

    /// The text the counts are taken over: lead, headings and blocks.
    public static func countedText(_ article: Article) -> String {
        var parts: [String] = []
        if let lead = article.lead { parts.append(lead) }
        for section in article.sections {
            if let h = section.heading { parts.append(h.text) }
            parts += section.blocks.map(\.plainText)
        }
        return parts.joined(separator: "\n")
    }

    /// Words of the article's body.
    public static func wordCount(of article: Article) -> Int { wordCount(countedText(article)) }

    /// Characters (grapheme clusters) of the article's body, white space included.
    public static func characterCount(of article: Article) -> Int { countedText(article).count }
}
