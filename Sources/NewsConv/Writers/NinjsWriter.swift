import Foundation
import LibXML

/// The ninjs versions newsconv writes.
public enum NinjsVersion: String, Sendable, CaseIterable, Codable {
    /// ninjs 3.1 (camelCase names).
    case v3_1 = "3.1"
    /// ninjs 2.2 (lower-case names).
    case v2_2 = "2.2"
}

/// Settings of the ninjs writer that do not come from the article.
public struct NinjsOptions: Sendable, Equatable {
    /// The version to write.
    public var version: NinjsVersion
    /// The item's URI; by default the same URN as the NewsML-G2 guid, derived from the text.
    public var uri: String?
    /// The item's version.
    public var itemVersion: Int
    /// The date written as versionCreated when the article has none.
    public var fallbackDate: Date

    /// Creates options.
    public init(version: NinjsVersion = .v3_1, uri: String? = nil, itemVersion: Int = 1, fallbackDate: Date = Date()) {
        self.version = version
        self.uri = uri
        self.itemVersion = itemVersion
        self.fallbackDate = fallbackDate
    }
}

/// Writes IPTC ninjs 3.1 (or 2.2): headlines, the lead as summary, the body twice (the same XHTML
/// document as in NewsML-G2, and plain text) with word and character counts, byline, place, dates,
/// copyright, keywords as subjects, genre, people and places.
public struct NinjsWriter: Writer {
    /// The writer's settings.
    public var options: NinjsOptions

    /// Creates the writer.
    public init(options: NinjsOptions = NinjsOptions()) {
        self.options = options
    }

    public var format: OutputFormat { .ninjs }

    /// Serialises `article`.
    public func run(_ article: Article) throws(WriteError) -> [UInt8] {
        try value(of: article).serializedBytes(pretty: true)
    }

    /// The article as a ninjs JSON value.
    public func value(of article: Article) throws(WriteError) -> JSONValue {
        let v3 = options.version == .v3_1
        func key(_ camel: String) -> String { v3 ? camel : camel.lowercased() }
        let published = article.dates.published.flatMap(ISODate.normalize)
        let modified = article.dates.modified.flatMap(ISODate.normalize)
        let versionCreated = modified ?? published ?? ISODate.format(options.fallbackDate)

        var members: [JSONMember] = [
            JSONMember("standard", .object([
                JSONMember("name", .string("ninjs")),
                JSONMember("version", .string(options.version.rawValue)),
                JSONMember("schema", .string("http://www.iptc.org/std/ninjs/ninjs-schema_\(options.version.rawValue).json")),
            ])),
            JSONMember("uri", .string(options.uri ?? StableHash.articleURN(article))),
            JSONMember("type", .string("text")),
            JSONMember(key("representationType"), .string("full")),
            JSONMember("version", .string(String(options.itemVersion))),
        ]
        if let published { members.append(JSONMember(key("firstCreated"), .string(published))) }
        members.append(JSONMember(key("versionCreated"), .string(versionCreated)))
        if let published { members.append(JSONMember(key("contentCreated"), .string(published))) }
        members.append(JSONMember(key("pubStatus"), .string("usable")))
        if let language = article.language { members.append(JSONMember("language", .string(language))) }
        if let holder = article.copyright.holder { members.append(JSONMember(key("copyrightHolder"), .string(holder))) }
        if let notice = article.copyright.notice { members.append(JSONMember(key("copyrightNotice"), .string(notice))) }
        if let by = article.byline { members.append(JSONMember("by", .string(by))) }
        if let place = article.places.first { members.append(JSONMember("located", .string(place))) }

        func text(_ role: String, _ value: String) -> JSONValue {
            .object([JSONMember("role", .string(role)), JSONMember(key("contentType"), .string("text/plain")), JSONMember("value", .string(value))])
        }
        var headlines = [text("main", article.title)]
        if let subtitle = article.subtitle { headlines.append(text("subhead", subtitle)) }
        members.append(JSONMember("headlines", .array(headlines)))
        if let lead = article.lead { members.append(JSONMember("descriptions", .array([text("summary", lead)]))) }

        let words = TextStatistics.wordCount(of: article)
        let characters = TextStatistics.characterCount(of: article)
        func body(_ contentType: String, _ value: String) -> JSONValue {
            .object([
                JSONMember("role", .string("main")),
                JSONMember(key("contentType"), .string(contentType)),
                JSONMember(key("charCount"), .int(characters)),
                JSONMember(key("wordCount"), .int(words)),
                JSONMember("value", .string(value)),
            ])
        }
        let html: String
        do {
            let writer = try XMLTextWriter(indent: false)
            XHTMLBody.write(article, to: writer)
            // The writer's output starts and ends with markup, give or take ASCII white space:
            // trimmed as bytes (Foundation's trimming walked the whole body, a twentieth of a conversion).
            let bytes = try writer.finish()
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
            let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
            let end = bytes.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
            html = String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
        } catch {
            throw WriteError(format: "ninjs", reason: error.description)
        }
        members.append(JSONMember("bodies", .array([body("text/html", html), body("text/plain", PlainTextRendering.text(of: article))])))

        if !article.keywords.isEmpty {
            members.append(JSONMember("subjects", .array(article.keywords.map { .object([JSONMember("name", .string($0))]) })))
        }
        if let genre = article.genre { members.append(JSONMember("genres", .array([.object([JSONMember("name", .string(genre))])]))) }
        if !article.people.isEmpty {
            members.append(JSONMember("people", .array(article.people.map {
                .object([JSONMember("name", .string($0)), JSONMember("rel", .string("author"))])
            })))
        }
        if !article.places.isEmpty {
            members.append(JSONMember("places", .array(article.places.map {
                .object([JSONMember("name", .string($0)), JSONMember("rel", .string("located"))])
            })))
        }
        return .object(members)
    }
}

/// The body as plain text: headings and blocks separated by blank lines, the dateline in front of
/// the first paragraph as printed.
enum PlainTextRendering {
    static func text(of article: Article) -> String {
        var parts: [String] = []
        if let lead = article.lead { parts.append(lead) }
        var datelinePending = article.dateline
        for section in article.sections {
            if let heading = section.heading { parts.append(heading.text) }
            for block in section.blocks {
                var text = block.plainText
                if let dateline = datelinePending, case .paragraph = block {
                    text = dateline.raw + " – " + text
                }
                datelinePending = nil
                parts.append(text)
            }
        }
        return parts.joined(separator: "\n\n")
    }
}
