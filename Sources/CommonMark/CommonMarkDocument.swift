import CCmark

/// The block structure of a CommonMark document, as libcmark (the reference parser) reads it.
public struct CommonMarkOutline: Sendable, Equatable {
    /// A heading: its level, its text, and the line it starts on.
    public struct Heading: Sendable, Equatable {
        public var level: Int
        public var text: String
        public var line: Int
    }

    /// Headings in order.
    public var headings: [Heading] = []
    /// Paragraphs (inside lists and quotes too).
    public var paragraphs = 0
    /// Block quotes.
    public var blockQuotes = 0
    /// List items.
    public var listItems = 0
    /// Raw HTML (blocks and inline), with the line each starts on.
    public var htmlLines: [Int] = []
}

/// Parses Markdown with libcmark.
public enum CommonMarkParser {
    /// The outline of `markdown`.
    public static func outline(_ markdown: String) -> CommonMarkOutline {
        var outline = CommonMarkOutline()
        let bytes = Array(markdown.utf8)
        guard let root = bytes.withUnsafeBufferPointer({ buf -> OpaquePointer? in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buf.count)) {
                cmark_parse_document($0, buf.count, CMARK_OPT_DEFAULT)
            }
        }) else { return outline }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { return outline }
        defer { cmark_iter_free(iterator) }
        var headingLevel: Int?
        var headingLine = 0
        var headingText = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_HEADING:
                    headingLevel = Int(cmark_node_get_heading_level(node))
                    headingLine = Int(cmark_node_get_start_line(node))
                    headingText = ""
                case CMARK_NODE_PARAGRAPH: outline.paragraphs += 1
                case CMARK_NODE_BLOCK_QUOTE: outline.blockQuotes += 1
                case CMARK_NODE_ITEM: outline.listItems += 1
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                    var line = Int(cmark_node_get_start_line(node))
                    if line == 0, let parent = cmark_node_parent(node) { line = Int(cmark_node_get_start_line(parent)) }
                    outline.htmlLines.append(line)
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    if headingLevel != nil, let literal = cmark_node_get_literal(node) { headingText += String(cString: literal) }
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    if headingLevel != nil { headingText += " " }
                default: break
                }
            } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_HEADING, let level = headingLevel {
                outline.headings.append(CommonMarkOutline.Heading(level: level, text: headingText, line: headingLine))
                headingLevel = nil
            }
        }
        return outline
    }
}
