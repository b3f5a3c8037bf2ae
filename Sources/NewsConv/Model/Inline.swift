/// Text inside a block: plain runs, quotations, emphasis, links.
public indirect enum Inline: Sendable, Equatable, Codable {
    /// Plain text.
    case text(String)
    /// A quotation inside running text, with the marks that enclosed it (`“` and `”`).
    case quoted(open: String, close: String, content: [Inline])
    /// Emphasis (italics).
    case emphasis([Inline])
    /// Strong importance (bold).
    case strong([Inline])
    /// A hyperlink.
    case link(href: String, content: [Inline])
    /// A line break inside a block.
    case lineBreak

    /// The text as printed, quotation marks included.
    public var plainText: String {
        switch self {
        case .text(let s): return s
        case .quoted(let open, let close, let content): return open + content.plainText + close
        case .emphasis(let c), .strong(let c), .link(_, let c): return c.plainText
        case .lineBreak: return "\n"
        }
    }

    /// Whether this inline is a link or holds one.
    public var holdsLink: Bool {
        switch self {
        case .link: return true
        case .quoted(_, _, let c), .emphasis(let c), .strong(let c): return c.contains(where: \.holdsLink)
        case .text, .lineBreak: return false
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated plain text of the inlines.
    public var plainText: String {
        var out = ""
        for inline in self { out += inline.plainText }
        return out
    }
}
