/// List item markers of plain text: `- `, `• `, `* `, `– `, `1) `, `a) `, and `1. `.
struct ListItemSyntax: Equatable {
    /// Whether the marker is a number or letter.
    var ordered: Bool
    /// The item's number, for ordered items.
    var number: Int
    /// Whether the marker was `1.` (which can also open a numbered heading).
    var dotted: Bool
    /// The text after the marker.
    var text: String

    static let bullets: Set<Character> = ["-", "•", "*", "–", "·", "▪", "◦", "+", "●", "○", "■", "►", "✓"]

    static func parse(_ line: String) -> ListItemSyntax? {
        guard let first = line.first else { return nil }
        if bullets.contains(first) {
            let rest = line.dropFirst()
            guard let space = rest.first, space == " " else { return nil }
            let text = rest.trimmingWhitespace()
            guard !text.isEmpty, !(first == "-" && text.hasPrefix("-")) else { return nil }
            return ListItemSyntax(ordered: false, number: 0, dotted: false, text: String(text))
        }
        // 1) 12. a)
        var index = line.startIndex
        var digits = ""
        while index < line.endIndex, line[index].isASCII, line[index].isNumber, digits.count < 3 {
            digits.append(line[index])
            index = line.index(after: index)
        }
        var number: Int
        if !digits.isEmpty {
            number = Int(digits) ?? 1
        } else if let ch = line.first, ch.isASCII, ch.isLowercase, ch.isLetter {
            number = Int(ch.asciiValue! - 96)
            index = line.index(after: index)
            // letters only with ')'
            guard index < line.endIndex, line[index] == ")" else { return nil }
        } else {
            return nil
        }
        guard index < line.endIndex else { return nil }
        let marker = line[index]
        guard marker == ")" || marker == "." else { return nil }
        let after = line.index(after: index)
        guard after < line.endIndex, line[after] == " " else { return nil }
        let text = line[after...].trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        if number == 0 { number = 0 }
        return ListItemSyntax(ordered: true, number: number, dotted: marker == ".", text: String(text))
    }
}
