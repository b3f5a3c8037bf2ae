/// Photo captions and credits of wire copy: `Ảnh: TTXVN`, `Quang cảnh hội nghị. Ảnh: Văn Điệp/TTXVN`,
/// `(Ảnh minh họa)`, `Photo: Reuters`.
enum FigureCaption {
    static let labels = ["ảnh minh họa", "ảnh minh hoạ", "nguồn ảnh", "ảnh", "photo", "photograph", "image", "picture", "foto", "video"]

    /// The figure a caption line describes, or nil when the line is not a caption.
    static func parse(_ text: String) -> Figure? {
        guard text.count <= 400 else { return nil }
        let lower = text.lowercased()
        // Find the last "<label>:" or "(<label>" occurrence that starts a word.
        var best: (range: Range<String.Index>, label: String)?
        for label in labels {
            var searchStart = lower.startIndex
            while let r = lower[searchStart...].range(of: label) {
                let before = r.lowerBound == lower.startIndex ? nil : lower[lower.index(before: r.lowerBound)]
                let startsWord = before == nil || before == " " || before == "(" || before == "["
                var afterIndex = r.upperBound
                while afterIndex < lower.endIndex, lower[afterIndex] == " " { afterIndex = lower.index(after: afterIndex) }
                let colon = afterIndex < lower.endIndex && lower[afterIndex] == ":"
                let wholeParen = before == "(" && afterIndex < lower.endIndex && lower[afterIndex] == ")"
                if startsWord && (colon || (wholeParen && label.hasPrefix("ảnh minh"))) {
                    if best == nil || r.lowerBound > best!.range.lowerBound { best = (r, label) }
                }
                searchStart = r.upperBound
            }
        }
        guard let (range, label) = best else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
        let labelStart = text.index(text.startIndex, offsetBy: offset)
        var captionPart = text[..<labelStart].trimmingWhitespace()
        var creditPart = text[labelStart...].dropFirst(label.count).trimmingWhitespace()
        let parenthesised = captionPart.hasSuffix("(") || captionPart.hasSuffix("[")
        if parenthesised { captionPart = captionPart.dropLast().trimmingWhitespace() }
        if creditPart.hasPrefix(":") { creditPart = creditPart.dropFirst().trimmingWhitespace() }
        if parenthesised, creditPart.hasSuffix(")") || creditPart.hasSuffix("]") { creditPart = creditPart.dropLast().trimmingWhitespace() }
        if label.hasPrefix("ảnh minh") { creditPart = Substring(text[labelStart...].prefix(label.count)) }
        // The credit is short; a long text after "Ảnh:" is a sentence, not a credit.
        guard creditPart.count <= 100, !creditPart.contains(". ") else { return nil }
        // A caption line is mostly caption: refuse body paragraphs that mention a photo.
        if captionPart.count > 300 { return nil }
        let credit = creditPart.isEmpty ? nil : String(creditPart)
        return Figure(caption: captionPart.isEmpty ? [] : [.text(String(captionPart))], credit: credit)
    }
}
