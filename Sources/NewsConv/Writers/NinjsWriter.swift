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
public struct NinjsWriter: StreamingWriter {
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

    /// Writes the item to `sink` about a megabyte at a time (the bytes of ``run(_:)``): the two
    /// bodies, which hold the article's text twice, are written as they are made, never held whole.
    public func write(_ article: Article, to sink: (ArraySlice<UInt8>) -> Void) throws(WriteError) {
        let xhtml = try Self.xhtmlWriter()
        let counts = TextStatistics.counts(of: article)
        var failure: XMLTextWriter.Failure?
        let bodies = JSONValue.StreamedMember(key: "bodies") { out, indent, written in
            let inner = indent.map { $0 + 1 }
            out.append(0x5B)
            for contentType in ["text/html", "text/plain"] {
                if contentType != "text/html" { out.append(0x2C) }
                JSONValue.newline(&out, inner)
                let value = JSONValue.StreamedMember(key: "value") { out, _, written in
                    JSONValue.writeString(into: &out, written: written) { piece in
                        if contentType == "text/html" {
                            failure = Self.xhtml(of: article, with: xhtml, to: piece)
                        } else {
                            PlainTextRendering.write(article, to: piece)
                        }
                    }
                }
                JSONValue.writeObject(bodyMembers(counts, contentType: contentType, value: ""), streaming: [value],
                                      indent: inner, into: &out, written: written)
            }
            JSONValue.newline(&out, indent)
            out.append(0x5D)
        }
        JSONValue.streamObject(members(of: article, bodies: nil), streaming: [bodies], pretty: true, to: sink)
        if let failure { throw WriteError(format: "ninjs", reason: failure.description) }
    }

    /// The article as a ninjs JSON value.
    public func value(of article: Article) throws(WriteError) -> JSONValue {
        let xhtml = try Self.xhtmlWriter()
        var bytes: [UInt8] = []
        if let failure = Self.xhtml(of: article, with: xhtml, to: { bytes += $0 }) {
            throw WriteError(format: "ninjs", reason: failure.description)
        }
        let html = String(decoding: bytes, as: UTF8.self)
        bytes = []
        return .object(members(of: article, bodies: (html, PlainTextRendering.text(of: article))))
    }

    /// The item's members, in order; with no `bodies` (HTML and plain text), `bodies` is an empty
    /// array for the caller to fill in.
    private func members(of article: Article, bodies: (html: String, plain: String)?) -> [JSONMember] {
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

        members.append(JSONMember("bodies", .array(bodies.map { bodies in
            let counts = TextStatistics.counts(of: article)
            return [.object(bodyMembers(counts, contentType: "text/html", value: bodies.html)),
                    .object(bodyMembers(counts, contentType: "text/plain", value: bodies.plain))]
        } ?? [])))

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
        return members
    }

    /// The members of a body object: the main body as `contentType`, with its counts and `value`.
    private func bodyMembers(_ counts: (words: Int, characters: Int), contentType: String, value: String) -> [JSONMember] {
        let v3 = options.version == .v3_1
        return [
            JSONMember("role", .string("main")),
            JSONMember(v3 ? "contentType" : "contenttype", .string(contentType)),
            JSONMember(v3 ? "charCount" : "charcount", .int(counts.characters)),
            JSONMember(v3 ? "wordCount" : "wordcount", .int(counts.words)),
            JSONMember("value", .string(value)),
        ]
    }

    private static func xhtmlWriter() throws(WriteError) -> XMLTextWriter {
        do { return try XMLTextWriter(indent: false) } catch { throw WriteError(format: "ninjs", reason: error.description) }
    }

    /// Writes the body's XHTML document with `writer`, giving `sink` its bytes without the white
    /// space around the document, a megabyte or so at a time; the failure, if libxml2 failed.
    private static func xhtml(of article: Article, with writer: XMLTextWriter,
                              to sink: (ArraySlice<UInt8>) -> Void) -> XMLTextWriter.Failure? {
        // The writer's output starts and ends with markup, give or take ASCII white space, which
        // is trimmed as the pieces pass: white space at a piece's end is held until more follows.
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        var started = false
        var held: [UInt8] = []
        func pass(_ piece: ArraySlice<UInt8>) {
            var piece = piece
            if !started {
                piece = piece.drop(while: isSpace)
                if piece.isEmpty { return }
                started = true
            }
            let end = piece.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? piece.startIndex
            if end > piece.startIndex {
                if !held.isEmpty { sink(held[...]); held = [] }
                sink(piece[..<end])
            }
            held += piece[end...]
        }
        XHTMLBody.write(article, to: writer) { writer.drain(atLeast: Chunks.size, to: pass) }
        do { try writer.finish(to: pass) } catch { return error }
        return nil
    }
}

/// The body as plain text: headings and blocks separated by blank lines, the dateline in front of
/// the first paragraph as printed.
enum PlainTextRendering {
    static func text(of article: Article) -> String {
        var bytes: [UInt8] = []
        write(article) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The blank line between parts.
    static let separator = Array("\n\n".utf8)

    /// Gives `sink` the text's UTF-8 bytes, a part (heading or block) at a time.
    static func write(_ article: Article, to sink: (ArraySlice<UInt8>) -> Void) {
        var first = true
        func part(_ text: String) {
            if !first { sink(separator[...]) }
            sink(Array(text.utf8)[...])
            first = false
        }
        if let lead = article.lead { part(lead) }
        var datelinePending = article.dateline
        for section in article.sections {
            if let heading = section.heading { part(heading.text) }
            for block in section.blocks {
                var text = block.plainText
                if let dateline = datelinePending, case .paragraph = block {
                    text = dateline.raw + " – " + text
                }
                datelinePending = nil
                part(text)
            }
        }
    }
}
