/// Writes the native JSON of an article, as described by `schemas/newsconv-article.schema.json`.
///
/// Every block carries its plain `text` (a figure's is its caption; the credit has its own field);
/// blocks whose text has markup (quotations, emphasis, links) also carry `inlines`.
public struct JSONArticleWriter: StreamingWriter {
    /// The schema version written in `schemaVersion`.
    public static let schemaVersion = 1

    /// Whether to pretty-print.
    public var pretty: Bool

    /// Creates the writer.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public var format: OutputFormat { .json }

    /// Serialises `article`.
    public func run(_ article: Article) throws(WriteError) -> [UInt8] {
        Self.bytes(of: article, pretty: pretty)
    }

    /// Writes the article to `sink` a megabyte at a time (the bytes of ``run(_:)``).
    public func write(_ article: Article, to sink: (ArraySlice<UInt8>) -> Void) {
        JSONValue.streamObject(Self.members(of: article, arrays: false), streaming: Self.streamedArrays(of: article).map(\.member),
                               pretty: pretty, to: sink)
    }

    /// The serialised article. The sections and quotes are made and written one at a time: the
    /// bytes are those of ``value(of:)``, without holding the whole value (a second copy of the
    /// text) at once.
    public static func bytes(of article: Article, pretty: Bool = true) -> [UInt8] {
        JSONValue.serializedObject(members(of: article, arrays: false), streaming: streamedArrays(of: article), pretty: pretty)
    }

    /// The article's long arrays (sections, quotes), made one element at a time.
    static func streamedArrays(of article: Article) -> [JSONValue.StreamedArray] {
        [JSONValue.StreamedArray(key: "sections", count: article.sections.count, element: { section(article.sections[$0]) }),
         JSONValue.StreamedArray(key: "quotes", count: article.quotes.count, element: { quote(article.quotes[$0]) })]
    }

    /// The article as a JSON value.
    public static func value(of article: Article) -> JSONValue {
        .object(members(of: article, arrays: true))
    }

    /// The members of the article's object; with `arrays` false, the sections and quotes members
    /// are empty arrays (for the caller to fill in).
    static func members(of article: Article, arrays: Bool) -> [JSONMember] {
        var members: [JSONMember] = [
            JSONMember("schemaVersion", .int(schemaVersion)),
            JSONMember("title", .string(article.title)),
            JSONMember("subtitle", .optional(article.subtitle)),
            JSONMember("lead", .optional(article.lead)),
        ]
        if let d = article.dateline {
            members.append(JSONMember("dateline", .object([
                JSONMember("raw", .string(d.raw)),
                JSONMember("place", .optional(d.place)),
                JSONMember("date", .optional(d.date)),
                JSONMember("source", .optional(d.source)),
            ])))
        } else {
            members.append(JSONMember("dateline", .null))
        }
        members += [
            JSONMember("byline", .optional(article.byline)),
            JSONMember("authors", .array(article.authors.map(JSONValue.string))),
            JSONMember("credit", .optional(article.credit)),
            JSONMember("language", .optional(article.language)),
            JSONMember("dates", .object([
                JSONMember("published", .optional(article.dates.published)),
                JSONMember("modified", .optional(article.dates.modified)),
                JSONMember("dateline", .optional(article.dates.dateline)),
            ])),
            JSONMember("source", .object([
                JSONMember("name", .optional(article.source.name)),
                JSONMember("url", .optional(article.source.url)),
                JSONMember("origin", .optional(article.source.origin)),
            ])),
            JSONMember("keywords", .array(article.keywords.map(JSONValue.string))),
            JSONMember("section", .optional(article.section)),
            JSONMember("genre", .optional(article.genre)),
            JSONMember("places", .array(article.places.map(JSONValue.string))),
            JSONMember("people", .array(article.people.map(JSONValue.string))),
            JSONMember("copyright", .object([
                JSONMember("holder", .optional(article.copyright.holder)),
                JSONMember("notice", .optional(article.copyright.notice)),
            ])),
            JSONMember("sections", .array(arrays ? article.sections.map(section) : [])),
            JSONMember("quotes", .array(arrays ? article.quotes.map(quote) : [])),
        ]
        return members
    }

    static func section(_ s: Section) -> JSONValue {
        .object([
            JSONMember("heading", .optional(s.heading?.text)),
            JSONMember("level", .int(s.heading?.level ?? 1)),
            JSONMember("blocks", .array(s.blocks.map(block))),
        ])
    }

    static func block(_ b: Block) -> JSONValue {
        // A figure's text is its caption: the credit has a field of its own and is not article text.
        let text: String
        if case .figure(let f) = b { text = f.caption.plainText } else { text = b.plainText }
        var members = [JSONMember("type", .string(b.typeName)), JSONMember("text", .string(text))]
        switch b {
        case .paragraph(let inlines):
            if hasMarkup(inlines) { members.append(JSONMember("inlines", .array(inlines.map(inline)))) }
        case .quote(let q):
            members.append(JSONMember("attribution", .optional(q.attribution)))
        case .list(let l):
            members.append(JSONMember("ordered", .bool(l.ordered)))
            if l.ordered { members.append(JSONMember("start", .int(l.start))) }
            members.append(JSONMember("items", .array(l.items.map { .string($0.plainText) })))
        case .figure(let f):
            members += [
                JSONMember("caption", .string(f.caption.plainText)),
                JSONMember("credit", .optional(f.credit)),
                JSONMember("src", .optional(f.src)),
                JSONMember("alt", .optional(f.alt)),
            ]
        case .table(let t):
            members += [
                JSONMember("header", .bool(t.hasHeader)),
                JSONMember("caption", .optional(t.caption)),
                JSONMember("rows", .array(t.rows.map { .array($0.map { .string($0.plainText) }) })),
            ]
        }
        return .object(members)
    }

    static func hasMarkup(_ inlines: [Inline]) -> Bool {
        inlines.contains { if case .text = $0 { false } else { true } }
    }

    static func inline(_ i: Inline) -> JSONValue {
        switch i {
        case .text(let s):
            return .object([JSONMember("type", .string("text")), JSONMember("text", .string(s))])
        case .quoted(let open, let close, let content):
            return .object([JSONMember("type", .string("quote")), JSONMember("open", .string(open)),
                            JSONMember("close", .string(close)), JSONMember("children", .array(content.map(inline)))])
        case .emphasis(let c):
            return .object([JSONMember("type", .string("emphasis")), JSONMember("children", .array(c.map(inline)))])
        case .strong(let c):
            return .object([JSONMember("type", .string("strong")), JSONMember("children", .array(c.map(inline)))])
        case .link(let href, let c):
            return .object([JSONMember("type", .string("link")), JSONMember("href", .string(href)),
                            JSONMember("children", .array(c.map(inline)))])
        case .lineBreak:
            return .object([JSONMember("type", .string("break"))])
        }
    }

    static func quote(_ q: Quote) -> JSONValue {
        .object([
            JSONMember("text", .string(q.text)),
            JSONMember("speaker", .optional(q.speaker)),
            JSONMember("section", .int(q.location.section)),
            JSONMember("block", .int(q.location.block)),
            JSONMember("offset", .int(q.location.offset)),
        ])
    }
}
