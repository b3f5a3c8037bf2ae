/// Word and character counts of an article's body (figure captions excluded, as ninjs defines them).
///
/// Words are runs separated by white space that hold a letter or a digit. Vietnamese is written with
/// spaces between syllables, so for Vietnamese this counts syllables (the usual measure of Vietnamese
/// copy). Chinese and Japanese characters (Han, kana) count one word each. Thai, written without
/// spaces, counts one word per space-separated phrase. Characters are grapheme clusters of the NFC
/// text, white space included.
public enum TextStatistics {
    static func isCJK(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FA1F).contains(v)
    }

    /// The number of words in `text`. Works on scalars (a character's first scalar decides what
    /// it is), with ASCII tested directly: walking grapheme clusters cost a twelfth of converting
    /// a page to ninjs.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var hasAlnum = false
        for s in text.unicodeScalars {
            let v = s.value
            let isSpace: Bool
            var isAlnum = false, isIdeograph = false
            if v < 0x80 {
                isSpace = v == 0x20 || (0x09...0x0D).contains(v)
                isAlnum = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            } else {
                if ScalarClass.continuesCharacter(s) { continue }
                isSpace = s.properties.isWhitespace
                isIdeograph = isCJK(v)
                if !isSpace && !isIdeograph { isAlnum = s.properties.isAlphabetic || s.properties.numericType != nil }
            }
            if isSpace {
                if inWord && hasAlnum { count += 1 }
                inWord = false
                hasAlnum = false
            } else if isIdeograph {
                if inWord && hasAlnum { count += 1 }
                count += 1
                inWord = false
                hasAlnum = false
            } else {
                inWord = true
                if isAlnum { hasAlnum = true }
            }
        }
        if inWord && hasAlnum { count += 1 }
        return count
    }

    /// The text the counts are taken over: lead, headings and blocks other than figures, one a line.
    public static func countedText(_ article: Article) -> String {
        var parts: [String] = []
        forEachCountedPart(of: article) { parts.append($0) }
        return parts.joined(separator: "\n")
    }

    /// Calls `body` with each line of ``countedText(_:)`` in turn (without building it).
    static func forEachCountedPart(of article: Article, _ body: (String) -> Void) {
        if let lead = article.lead { body(lead) }
        for section in article.sections {
            if let h = section.heading { body(h.text) }
            for block in section.blocks {
                if case .figure = block { continue }
                body(block.plainText)
            }
        }
    }

    /// Words and characters (grapheme clusters, white space included) of the article's body, in
    /// one walk over its lines, each line's text made once. Words are summed over the lines (a line
    /// break ends a word); the characters are the lines' and the line breaks between them (a line
    /// break is a character of its own, but for a carriage return before it, with which it makes one).
    public static func counts(of article: Article) -> (words: Int, characters: Int) {
        var words = 0, characters = 0
        var first = true
        var endsWithCarriageReturn = false
        forEachCountedPart(of: article) { part in
            words += wordCount(part)
            if !first && !endsWithCarriageReturn { characters += 1 }
            characters += part.count
            endsWithCarriageReturn = part.unicodeScalars.last == "\r"
            first = false
        }
        return (words, characters)
    }

    /// Words of the article's body.
    public static func wordCount(of article: Article) -> Int { counts(of: article).words }

    /// Characters (grapheme clusters) of the article's body, white space included.
    public static func characterCount(of article: Article) -> Int { counts(of: article).characters }
}
