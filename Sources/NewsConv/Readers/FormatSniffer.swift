/// Tells HTML from plain text by looking at the start of the content.
public enum FormatSniffer {
    /// `.html` when the first non-blank characters open an HTML document or a tag that pages and
    /// fragments start with; `.text` otherwise.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        var start = bytes.prefix(2048)
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        // Only the first characters after the blanks are compared: lower-casing all 2 KB cost
        // more than a small page's whole segmentation.
        let trimmed = String(String(decoding: start, as: UTF8.self).drop { $0.isWhitespace }.prefix(32)).lowercased()
        let openers = ["<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<section",
                       "<main", "<meta", "<h1", "<h2", "<!--", "<?xml", "<table", "<span", "<header", "<title"]
        if openers.contains(where: { trimmed.hasPrefix($0) }) { return .html }
        return .text
    }
}
