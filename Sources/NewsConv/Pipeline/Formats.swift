/// The formats newsconv writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// IPTC NewsML-G2 2.35 newsItem.
    case newsml
    /// newsconv's own JSON (see `schemas/newsconv-article.schema.json`).
    case json
    /// CommonMark with YAML front matter.
    case markdown

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .newsml: return "xml"
        case .json: return "json"
        case .markdown: return "md"
        }
    }
}

/// The formats newsconv reads.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// Decide from the content.
    case auto
    /// Plain text (wire copy).
    case text
    /// An HTML page or fragment.
    case html
}
