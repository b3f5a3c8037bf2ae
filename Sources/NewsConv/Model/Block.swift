/// A block of the body.
public enum Block: Sendable, Equatable, Codable {
    /// A paragraph of running text.
    case paragraph([Inline])
    /// A quotation set off from the text.
    case quote(QuoteBlock)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A picture or other media, with its caption.
    case figure(Figure)
    /// A table.
    case table(Table)

    /// The block's text without markup. A list's items and a table's rows are joined by newlines.
    public var plainText: String {
        switch self {
        case .paragraph(let inlines): return inlines.plainText
        case .quote(let q): return q.plainText
        case .list(let l): return l.items.map(\.plainText).joined(separator: "\n")
        case .figure(let f): return f.plainText
        case .table(let t): return t.rows.map { $0.map(\.plainText).joined(separator: "\t") }.joined(separator: "\n")
        }
    }

    /// The block's type name, as the JSON output writes it.
    public var typeName: String {
        switch self {
        case .paragraph: return "paragraph"
        case .quote: return "quote"
        case .list: return "list"
        case .figure: return "figure"
        case .table: return "table"
        }
    }
}

/// A quotation block, with who said it when the text names them.
public struct QuoteBlock: Sendable, Equatable, Codable {
    /// The quoted paragraphs, without the quotation marks that enclosed them.
    public var paragraphs: [[Inline]]
    /// Who is quoted, as printed.
    public var attribution: String?

    /// Creates a quote block.
    public init(paragraphs: [[Inline]], attribution: String? = nil) {
        self.paragraphs = paragraphs
        self.attribution = attribution
    }

    /// The quote's text, paragraphs joined by a blank line.
    public var plainText: String { paragraphs.map(\.plainText).joined(separator: "\n\n") }
}

/// A list.
public struct ListBlock: Sendable, Equatable, Codable {
    /// Whether the items are numbered.
    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// The items.
    public var items: [[Inline]]

    /// Creates a list.
    public init(ordered: Bool, start: Int = 1, items: [[Inline]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// A figure: an image (when its address is known) and its caption and credit.
public struct Figure: Sendable, Equatable, Codable {
    /// The image's address, when the source gives one.
    public var src: String?
    /// Alternative text.
    public var alt: String?
    /// The caption.
    public var caption: [Inline]
    /// The photographer or agency: `TTXVN`, `Reuters`.
    public var credit: String?

    /// Creates a figure.
    public init(src: String? = nil, alt: String? = nil, caption: [Inline] = [], credit: String? = nil) {
        self.src = src
        self.alt = alt
        self.caption = caption
        self.credit = credit
    }

    /// Caption and credit as one line of text.
    public var plainText: String {
        let caption = self.caption.plainText
        switch (caption.isEmpty, credit) {
        case (false, let credit?): return "\(caption) (\(credit))"
        case (true, let credit?): return credit
        default: return caption
        }
    }
}

/// A table of text cells. The first row is the header when `hasHeader`.
public struct Table: Sendable, Equatable, Codable {
    /// The rows, each a list of cells.
    public var rows: [[[Inline]]]
    /// Whether the first row is a header row.
    public var hasHeader: Bool
    /// The caption.
    public var caption: String?

    /// Creates a table.
    public init(rows: [[[Inline]]], hasHeader: Bool = false, caption: String? = nil) {
        self.rows = rows
        self.hasHeader = hasHeader
        self.caption = caption
    }
}
