/// Accumulates the inline content of a block from HTML: collapses white space as a browser does,
/// nests emphasis, strong, links and quotations, and splits paragraphs at `<br><br>`.
struct InlineBuilder {
    private var stack: [[Inline]] = [[]]
    /// Whether the last thing written ends in white space (or nothing was written yet).
    private var atSpace = true

    var isEmpty: Bool { stack.count == 1 && stack[0].isEmpty }

    /// Appends text, collapsing runs of white space into one space.
    mutating func text(_ raw: String) {
        guard !raw.isEmpty else { return }
        // White space is ASCII, so the runs collapse byte by byte.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        for byte in TextNormalization.normalize(raw).utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if !atSpace { bytes.append(0x20); atSpace = true }
            } else {
                bytes.append(byte)
                atSpace = false
            }
        }
        guard !bytes.isEmpty else { return }
        let out = String(decoding: bytes, as: UTF8.self)
        let top = stack.count - 1
        if case .text(var previous)? = stack[top].last {
            stack[top].removeLast()
            previous += out
            stack[top].append(.text(previous))
        } else {
            stack[top].append(.text(out))
        }
    }

    /// Joins what comes next to what was written: the white space that follows is dropped (the
    /// space between a drop cap and the rest of its word).
    mutating func glue() { atSpace = true }

    mutating func lineBreak() {
        stack[stack.count - 1].append(.lineBreak)
        atSpace = true
    }

    /// Starts a nested run (emphasis, strong, link, quotation).
    mutating func open() { stack.append([]) }

    /// Ends the nested run and wraps it.
    mutating func close(_ wrap: ([Inline]) -> Inline) {
        guard stack.count > 1 else { return }
        let content = stack.removeLast()
        guard content.contains(where: { $0.plainText.contains(where: { !$0.isWhitespace }) }) else {
            // An empty wrapper keeps its spaces only.
            for item in content { if case .text = item { stack[stack.count - 1].append(item) } }
            return
        }
        stack[stack.count - 1].append(wrap(content))
    }

    /// The paragraphs written so far (split at two or more line breaks), trimmed; resets the builder.
    mutating func take() -> [[Inline]] {
        while stack.count > 1 { close { .emphasis($0) } }
        let all = stack[0]
        stack = [[]]
        atSpace = true
        var paragraphs: [[Inline]] = []
        var current: [Inline] = []
        var breaks = 0
        for item in all {
            if case .lineBreak = item {
                breaks += 1
                continue
            }
            // White space between line breaks does not end the run of breaks (`<br> <br>`); between
            // two inline elements it is the space between two words.
            if case .text(let t) = item, t.allSatisfy({ $0 == " " }), breaks > 0 || current.isEmpty {
                continue
            }
            if breaks >= 2 {
                paragraphs.append(current)
                current = []
            } else if breaks == 1, !current.isEmpty {
                current.append(.lineBreak)
            }
            breaks = 0
            current.append(item)
        }
        paragraphs.append(current)
        return paragraphs.map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// Removes white space at the ends and around line breaks, and merges adjacent text.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        var items = inlines
        while let first = items.first, case .lineBreak = first { items.removeFirst() }
        while let last = items.last, case .lineBreak = last { items.removeLast() }
        guard !items.isEmpty else { return [] }
        items[0] = trimEdge(items[0], leading: true)
        items[items.count - 1] = trimEdge(items[items.count - 1], leading: false)
        for i in items.indices {
            if case .lineBreak = items[i] {
                if i > 0 { items[i - 1] = trimEdge(items[i - 1], leading: false) }
                if i + 1 < items.count { items[i + 1] = trimEdge(items[i + 1], leading: true) }
            }
        }
        let cleaned = items.filter { if case .text(let t) = $0 { !t.isEmpty } else { true } }
        return cleaned.contains(where: { $0.plainText.contains(where: { !$0.isWhitespace }) }) ? cleaned : []
    }

    static func trimEdge(_ inline: Inline, leading: Bool) -> Inline {
        switch inline {
        case .text(let t):
            var s = Substring(t)
            if leading {
                while s.first == " " { s = s.dropFirst() }
            } else {
                while s.last == " " { s = s.dropLast() }
            }
            return .text(String(s))
        case .emphasis(let c): return .emphasis(trimChildren(c, leading: leading))
        case .strong(let c): return .strong(trimChildren(c, leading: leading))
        case .link(let h, let c): return .link(href: h, content: trimChildren(c, leading: leading))
        case .quoted(let o, let cl, let c): return .quoted(open: o, close: cl, content: c)
        case .lineBreak: return .lineBreak
        }
    }

    static func trimChildren(_ c: [Inline], leading: Bool) -> [Inline] {
        guard !c.isEmpty else { return c }
        var copy = c
        if leading { copy[0] = trimEdge(copy[0], leading: true) } else { copy[copy.count - 1] = trimEdge(copy[copy.count - 1], leading: false) }
        return copy
    }
}
