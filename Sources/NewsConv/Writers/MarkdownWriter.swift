/// Writes an article as CommonMark: YAML front matter with the metadata, `#` title, the lead as
/// its own paragraph, `##`… section headings at their levels, `>` quote blocks, lists.
///
/// Text that would otherwise read as Markdown syntax is escaped, so it stays text.
public struct MarkdownWriter: StreamingWriter {
    /// Whether to write the YAML front matter.
    public var frontMatter: Bool

    /// Creates the writer.
    public init(frontMatter: Bool = true) {
        self.frontMatter = frontMatter
    }

    public var format: OutputFormat { .markdown }

    /// Serialises `article`.
    public func run(_ article: Article) throws(WriteError) -> [UInt8] {
        var out: [UInt8] = []
        render(article) { out.append(contentsOf: $0.utf8) }
        return out
    }

    /// Writes the article to `sink` a megabyte at a time (the bytes of ``run(_:)``), block by
    /// block, without holding the whole text.
    public func write(_ article: Article, to sink: (ArraySlice<UInt8>) -> Void) {
        Chunks.write(to: sink) { out, written in
            render(article) { piece in
                out.append(contentsOf: piece.utf8)
                written(&out)
            }
        }
    }

    /// The Markdown text of `article`.
    public func render(_ article: Article) -> String {
        var out = ""
        render(article) { out += $0 }
        return out
    }

    /// Gives `emit` the Markdown of `article` in pieces, in order: the front matter, then the
    /// blocks with a blank line between them, then the final newline.
    func render(_ article: Article, emit: (String) -> Void) {
        var first = true
        func block(_ text: String) {
            if !first { emit("\n\n") }
            first = false
            emit(text)
        }
        if frontMatter { emit(Self.frontMatter(article)) }
        block("# " + Self.headingText(article.title))
        if let subtitle = article.subtitle { block("*" + MarkdownEscaping.escape(subtitle) + "*") }
        if let lead = article.lead { block(MarkdownEscaping.escape(lead)) }
        var datelinePending = article.dateline
        var outline = Outline()
        for section in article.sections {
            if let heading = section.heading {
                // Markdown outlines do not skip levels: an h4 right under the title becomes ##.
                let level = outline.level(heading.level)
                block(String(repeating: "#", count: level) + " " + Self.headingText(heading.text))
            }
            for item in section.blocks {
                var rendered = Self.block(item)
                if let dateline = datelinePending {
                    datelinePending = nil
                    if case .paragraph = item {
                        rendered = MarkdownEscaping.escape(dateline.raw) + " – " + rendered
                    }
                }
                block(rendered)
            }
        }
        if let credit = article.credit { block("*" + MarkdownEscaping.escape(credit) + "*") }
        emit("\n")
    }

    /// The levels headings take in an outline that does not skip levels: a heading goes one level
    /// under the closest heading before it of a higher rank on the page (the title is level 1), so
    /// that an h4 right under the title becomes `##`, and headings of one rank keep one level.
    public struct Outline {
        /// The open headings: their level on the page and in the outline.
        private var open: [(page: Int, outline: Int)] = []

        /// Creates an outline under the title.
        public init() {}

        /// The outline level of the next heading, whose level on the page is `pageLevel`.
        public mutating func level(_ pageLevel: Int) -> Int {
            while let last = open.last, last.page >= pageLevel { open.removeLast() }
            let outline = (open.last?.outline ?? 1) + 1
            open.append((pageLevel, outline))
            return outline
        }
    }

    static func headingText(_ text: String) -> String {
        var escaped = MarkdownEscaping.escape(text)
        // A heading's text never opens a block, but an escaped start is still correct CommonMark.
        if escaped.isEmpty { escaped = "\\-" }
        return escaped
    }

    static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines):
            return inline(inlines, atLineStart: true)
        case .quote(let q):
            var paragraphs = q.paragraphs.map { inline($0, atLineStart: true) }
            if let attribution = q.attribution { paragraphs.append("— " + MarkdownEscaping.escape(attribution)) }
            return paragraphs.map { p in
                p.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
            }.joined(separator: "\n>\n")
        case .list(let list):
            return list.items.enumerated().map { index, item in
                let marker = list.ordered ? "\(list.start + index). " : "- "
                let text = inline(item, atLineStart: true)
                let indent = String(repeating: " ", count: marker.count)
                return marker + text.split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated().map { $0.offset == 0 ? String($0.element) : indent + $0.element }
                    .joined(separator: "\n")
            }.joined(separator: "\n")
        case .figure(let figure):
            var parts: [String] = []
            if let src = figure.src {
                parts.append("![" + MarkdownEscaping.escape(figure.alt ?? "") + "](<" + destination(src) + ">)")
            }
            var caption = ""
            if !figure.caption.isEmpty {
                let text = inline(figure.caption, atLineStart: true)
                // Emphasis inside emphasis does not nest cleanly: a formatted caption stays as it is.
                let formatted = figure.caption.contains { if case .text = $0 { false } else { true } }
                caption = formatted ? text : "*" + text + "*"
            }
            if let credit = figure.credit {
                caption += (caption.isEmpty ? "" : " ") + "(" + MarkdownEscaping.escape(credit) + ")"
            }
            if !caption.isEmpty { parts.append(caption) }
            return parts.joined(separator: "\n\n")
        case .table(let table):
            return table.rows.map { row in
                "- " + row.map { inline($0, atLineStart: false) }.joined(separator: " · ")
            }.joined(separator: "\n")
        }
    }

    static func destination(_ url: String) -> String {
        var out = ""
        for ch in url {
            switch ch {
            case "<", ">", "\\": out.append("\\"); out.append(ch)
            case " ": out += "%20"
            case "\n": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Renders inlines; only the first run of text is escaped for line-start syntax.
    /// A link inside a link (which CommonMark cannot express) keeps only its text.
    static func inline(_ inlines: [Inline], atLineStart: Bool, insideLink: Bool = false) -> String {
        var out = ""
        var afterBreak = false
        for item in inlines {
            defer { if case .lineBreak = item { afterBreak = true } else { afterBreak = false } }
            switch item {
            case .text(let s):
                let escaped = MarkdownEscaping.escapeInline(s)
                // A line after a hard break must not open a block (a list, a setext underline).
                out += afterBreak ? MarkdownEscaping.escapeLineStart(String(escaped.drop { $0 == " " })) : escaped
            case .quoted(let open, let close, let content):
                // Quotation marks are not Markdown syntax (straight ones included).
                out += open + inline(content, atLineStart: false, insideLink: insideLink) + close
            case .emphasis(let c):
                let inner = inline(c, atLineStart: false, insideLink: insideLink).trimmingWhitespace()
                out += inner.isEmpty ? "" : "*" + inner + "*"
            case .strong(let c):
                let inner = inline(c, atLineStart: false, insideLink: insideLink).trimmingWhitespace()
                out += inner.isEmpty ? "" : "**" + inner + "**"
            case .link(let href, let c):
                if insideLink {
                    out += inline(c, atLineStart: false, insideLink: true)
                } else {
                    out += "[" + inline(c, atLineStart: false, insideLink: true) + "](<" + destination(href) + ">)"
                }
            case .lineBreak:
                out += "\\\n"
            }
        }
        return atLineStart ? MarkdownEscaping.escapeLineStart(out) : out
    }

    /// `value` as a YAML double-quoted scalar: characters YAML does not print raw (C0 and C1
    /// controls, DEL, BOM, noncharacters, line and paragraph separators) are escaped.
    static func yamlQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            let v = scalar.value
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let printable = (0x20...0x7E).contains(v) || v == 0x85 || (0xA0...0xD7FF).contains(v)
                    || (0xE000...0xFFFD).contains(v) && v != 0xFEFF || (0x10000...0x10FFFF).contains(v)
                if printable && v != 0x2028 && v != 0x2029 {
                    out.unicodeScalars.append(scalar)
                } else if v <= 0xFF {
                    out += String(format: "\\x%02X", v)
                } else if v <= 0xFFFF {
                    out += String(format: "\\u%04X", v)
                } else {
                    out += String(format: "\\U%08X", v)
                }
            }
        }
        return out + "\""
    }

    /// YAML front matter; every string double-quoted, so that YAML reads back the same string.
    static func frontMatter(_ a: Article) -> String {
        var lines = ["---"]
        func add(_ key: String, _ value: String?) {
            guard let value else { return }
            lines.append("\(key): \(yamlQuoted(value))")
        }
        add("title", a.title)
        add("subtitle", a.subtitle)
        add("date", a.dates.published)
        add("modified", a.dates.modified)
        add("byline", a.byline)
        if !a.authors.isEmpty {
            lines.append("authors:")
            for author in a.authors { lines.append("  - \(yamlQuoted(author))") }
        }
        add("language", a.language)
        add("source", a.source.name)
        add("url", a.source.url)
        add("dateline", a.dateline?.raw)
        add("located", a.places.first)
        add("credit", a.credit)
        add("section", a.section)
        add("genre", a.genre)
        if !a.keywords.isEmpty {
            lines.append("keywords:")
            for keyword in a.keywords { lines.append("  - \(yamlQuoted(keyword))") }
        }
        add("copyright", a.copyright.notice ?? a.copyright.holder)
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n"
    }
}
