/// The formats newsconv writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// IPTC NewsML-G2 2.35 newsItem.
    case newsml
    /// newsconv's own JSON (see `schemas/newsconv-article.schema.json`).
    case json
    /// CommonMark with YAML front matter.
    case markdown
    /// IPTC ninjs 3.1 (or 2.2).
    case ninjs

    /// The usual file extension (ninjs gets `ninjs.json`, so that it does not clash with JSON).
    public var fileExtension: String {
        switch self {
        case .newsml: return "xml"
        case .json: return "json"
        case .markdown: return "md"
        case .ninjs: return "ninjs.json"
        }
    }

    /// Parses `newsml,json,markdown,ninjs` or `all`.
    public static func list(_ text: String) -> [OutputFormat]? {
        if text == "all" { return allCases }
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",") {
            guard let format = OutputFormat(rawValue: String(name).trimmingWhitespace().lowercased()) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? nil : formats
    }
}

/// The formats newsconv reads.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// Decide from the content, or from a file name ending in `.html`, `.htm`, `.xhtml` or `.shtml`.
    case auto
    /// Plain text (wire copy).
    case text
    /// An HTML page or fragment.
    case html
}
