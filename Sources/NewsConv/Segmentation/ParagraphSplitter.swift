/// A paragraph-sized piece of plain text, before it is classified.
struct TextUnit: Equatable {
    /// The text, hard-wrapped lines joined by a space.
    var text: String
    /// How many source lines it was made of.
    var lineCount: Int
    /// Whether a blank line (or the start of the text) comes before it.
    var startsBlock: Bool
}

/// Splits normalised plain text into paragraphs.
///
/// Blank lines always separate paragraphs. Inside a run of non-blank lines, each line is its own
/// paragraph, unless the text is hard-wrapped at a fixed width: then a line that is full (the next
/// line's first word would not have fitted on it) continues on the next line and the two are joined.
/// Lines that open a list item or a Markdown heading always start a new paragraph.
enum ParagraphSplitter {
    static func split(_ text: String) -> [TextUnit] {
        let lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingWhitespace() }
        let width = wrapWidth(lines)
        var units: [TextUnit] = []
        var current: [Substring] = []
        var currentStartsBlock = true
        var afterBlank = true

        func flush() {
            guard !current.isEmpty else { return }
            let joined = current.map(String.init).joined(separator: " ")
            units.append(TextUnit(text: TextNormalization.collapseSpaces(joined), lineCount: current.count,
                                  startsBlock: currentStartsBlock))
            current.removeAll()
        }

        for line in lines {
            if line.isEmpty {
                flush()
                afterBlank = true
                continue
            }
            if let previous = current.last {
                let joins = width.map { continues(previous, into: line, width: $0) } ?? false
                if !joins {
                    flush()
                    currentStartsBlock = false
                }
            } else {
                currentStartsBlock = afterBlank
            }
            current.append(line)
            afterBlank = false
        }
        flush()
        return units
    }

    /// The width the text is wrapped at, or nil when it is not hard-wrapped.
    static func wrapWidth(_ lines: [Substring]) -> Int? {
        let lengths = lines.filter { !$0.isEmpty }.map(\.count)
        guard lengths.count >= 4 else { return nil }
        let sorted = lengths.sorted()
        let p90 = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
        guard p90 >= 30, p90 <= 120 else { return nil }
        // Hard-wrapped text has most of its lines close to the width.
        let full = lengths.filter { $0 >= p90 * 3 / 4 }.count
        guard full * 2 >= lengths.count else { return nil }
        // Wrapping breaks lines mid-sentence: most lines followed by another line do not end a
        // sentence. Text with one paragraph a line ends nearly all of them with punctuation.
        var continued = 0, closed = 0
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
            continued += 1
            if let last = line.last, ".!?:;\"”»)".contains(last) { closed += 1 }
        }
        guard continued > 0, closed * 2 < continued else { return nil }
        return p90
    }

    /// Whether `line` was broken only because it was full, so `next` continues it.
    static func continues(_ line: Substring, into next: Substring, width: Int) -> Bool {
        if startsOwnLine(next) { return false }
        let firstWord = next.prefix { $0 != " " }.count
        return line.count + 1 + firstWord > width - 2
    }

    /// Lines that start a paragraph whatever comes before: list items and Markdown headings.
    static func startsOwnLine(_ line: Substring) -> Bool {
        if line.hasPrefix("#") { return true }
        return ListItemSyntax.parse(String(line)) != nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
