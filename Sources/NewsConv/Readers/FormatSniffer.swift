/// Tells HTML from plain text by looking at the start of the content.
public enum FormatSniffer {
    /// `.html` when the first non-blank characters open an HTML document, a comment or an HTML
    /// element (`<script>` and `<style>` before `<html>` included: some pages start so), or when
    /// the file's name ends in `.html`, `.htm`, `.xhtml` or `.shtml`; `.text` otherwise.
    public static func sniff(_ bytes: [UInt8], origin: String? = nil) -> InputFormat {
        if let name = origin?.lowercased(), Self.htmlExtensions.contains(where: name.hasSuffix) { return .html }
        var start = bytes.prefix(2048)
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        // Only the first characters after the blanks are compared: lower-casing all 2 KB cost
        // more than a small page's whole segmentation.
        let trimmed = String(String(decoding: start, as: UTF8.self).drop { $0.isWhitespace }.prefix(32)).lowercased()
        guard trimmed.hasPrefix("<") else { return .text }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<!--") || trimmed.hasPrefix("<?xml") { return .html }
        // A tag: its name, then `>`, `/` or a blank.
        let name = trimmed.dropFirst().prefix { $0.isLetter || $0.isNumber }
        guard let after = trimmed.dropFirst(1 + name.count).first, after == ">" || after == "/" || after.isWhitespace else { return .text }
        return Self.elementNames.contains(String(name)) ? .html : .text
    }

    static let htmlExtensions = [".html", ".htm", ".xhtml", ".shtml"]

    /// Names of HTML elements a page or a fragment may start with.
    static let elementNames: Set<String> = [
        "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript", "template",
        "article", "section", "main", "header", "footer", "nav", "aside", "div", "span", "p", "h1", "h2", "h3",
        "h4", "h5", "h6", "hgroup", "table", "ul", "ol", "dl", "li", "blockquote", "figure", "img", "picture",
        "a", "b", "i", "em", "strong", "br", "hr", "pre", "center", "font", "form", "iframe", "svg", "address",
        "time", "small", "u", "sup", "sub", "q", "cite", "abbr", "details", "summary",
    ]
}
