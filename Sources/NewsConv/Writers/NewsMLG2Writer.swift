import Foundation
import LibXML

/// Settings of the NewsML-G2 writer that do not come from the article.
public struct NewsMLG2Options: Sendable, Equatable {
    /// The item's guid; by default a URN derived from the article's text, so that the same
    /// story always gets the same guid.
    public var guid: String?
    /// The item's version (a positive integer).
    public var version: Int
    /// The provider's name; by default the article's source, else `unknown`.
    public var provider: String?
    /// The provider's URI, when it has one.
    public var providerURI: String?
    /// The date written as versionCreated when the article has none (the input file's
    /// modification time, or now).
    public var fallbackDate: Date

    /// Creates options.
    public init(guid: String? = nil, version: Int = 1, provider: String? = nil, fallbackDate: Date = Date()) {
        self.guid = guid
        self.version = max(1, version)
        self.provider = provider
        self.fallbackDate = fallbackDate
    }
}

/// Writes an IPTC NewsML-G2 2.35 newsItem (conformance "power") through libxml2's xmlTextWriter:
/// itemMeta, contentMeta and the body as one XHTML document in `contentSet/inlineXML`.
public struct NewsMLG2Writer: StreamingWriter {
    /// NewsML-G2's namespace.
    public static let namespace = "http://iptc.org/std/nar/2006-10-01/"
    /// The IPTC catalog referenced for the QCodes used (ninat, stat, drol).
    public static let catalog = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"

    /// The writer's settings.
    public var options: NewsMLG2Options

    /// Creates the writer.
    public init(options: NewsMLG2Options = NewsMLG2Options()) {
        self.options = options
    }

    public var format: OutputFormat { .newsml }

    /// Serialises `article`.
    public func run(_ article: Article) throws(WriteError) -> [UInt8] {
        do {
            let w = try XMLTextWriter(indent: true)
            write(article, to: w)
            return try w.finish()
        } catch {
            throw WriteError(format: "newsml", reason: error.description)
        }
    }

    /// Writes the item to `sink` about a megabyte at a time (the bytes of ``run(_:)``): the body's
    /// XHTML is drained from libxml2's buffer between blocks.
    public func write(_ article: Article, to sink: (ArraySlice<UInt8>) -> Void) throws(WriteError) {
        do {
            let w = try XMLTextWriter(indent: true)
            write(article, to: w) { w.drain(atLeast: Chunks.size, to: sink) }
            try w.finish(to: sink)
        } catch {
            throw WriteError(format: "newsml", reason: error.description)
        }
    }

    /// A property given by name only, without a controlled-vocabulary code: its `literal` and
    /// its `<name>`, on one line (the schema's names allow no line break or tab).
    static func namedProperty(_ element: String, _ value: String, uri: String? = nil, to w: XMLTextWriter) {
        let name = TextNormalization.collapseSpaces(value)
        w.startElement(element)
        if let uri { w.attribute("uri", uri) }
        w.attribute("literal", name)
        w.element("name", text: name)
        w.endElement()
    }

    func write(_ article: Article, to w: XMLTextWriter, written: () -> Void = {}) {
        let language = article.language ?? "und"
        let fallback = ISODate.format(options.fallbackDate)
        let published = article.dates.published.flatMap(ISODate.normalize)
        let modified = article.dates.modified.flatMap(ISODate.normalize)

        w.startDocument()
        w.startElement("newsItem", defaultNamespace: Self.namespace)
        w.attribute("guid", options.guid ?? StableHash.articleURN(article))
        w.attribute("version", String(options.version))
        w.attribute("standard", "NewsML-G2")
        w.attribute("standardversion", "2.35")
        w.attribute("conformance", "power")
        w.attribute("xml:lang", language)

        w.startElement("catalogRef")
        w.attribute("href", Self.catalog)
        w.endElement()

        if article.copyright.holder != nil || article.copyright.notice != nil {
            w.startElement("rightsInfo")
            if let holder = article.copyright.holder { Self.namedProperty("copyrightHolder", holder, to: w) }
            if let notice = article.copyright.notice { w.element("copyrightNotice", text: notice) }
            w.endElement()
        }

        w.startElement("itemMeta")
        w.startElement("itemClass")
        w.attribute("qcode", "ninat:text")
        w.endElement()
        let provider = options.provider ?? article.source.name ?? "unknown"
        Self.namedProperty("provider", provider, uri: options.providerURI.flatMap(XMLURI.sanitized), to: w)
        w.element("versionCreated", text: modified ?? published ?? fallback)
        if let published { w.element("firstCreated", text: published) }
        w.startElement("pubStatus")
        w.attribute("qcode", "stat:usable")
        w.endElement()
        w.startElement("generator")
        w.attribute("versioninfo", Version.current)
        w.text("newsconv")
        w.endElement()
        if let url = article.source.url.flatMap(XMLURI.sanitized) {
            w.startElement("link")
            w.attribute("rel", "irel:seeAlso")
            w.attribute("href", url)
            w.endElement()
        }
        w.endElement()  // itemMeta

        w.startElement("contentMeta")
        if let published { w.element("contentCreated", text: published) }
        for place in article.places { Self.namedProperty("located", place, to: w) }
        for person in article.people { Self.namedProperty("creator", person, to: w) }
        w.startElement("language")
        w.attribute("tag", language)
        w.endElement()
        if let genre = article.genre { Self.namedProperty("genre", genre, to: w) }
        for keyword in article.keywords { w.element("keyword", text: TextNormalization.collapseSpaces(keyword)) }
        // Keywords are subjects too, by name (they carry no controlled-vocabulary code).
        for keyword in article.keywords { Self.namedProperty("subject", keyword, to: w) }
        // One-line fields: the schema's names allow no line break or tab.
        w.element("headline", text: TextNormalization.collapseSpaces(article.title))
        if let dateline = article.dateline { w.element("dateline", text: TextNormalization.collapseSpaces(dateline.raw)) }
        if let byline = article.byline { w.element("by", text: TextNormalization.collapseSpaces(byline)) }
        if let credit = article.credit ?? article.source.name { w.element("creditline", text: TextNormalization.collapseSpaces(credit)) }
        if let lead = article.lead {
            w.startElement("description")
            w.attribute("role", "drol:summary")
            w.text(lead)
            w.endElement()
        }
        w.endElement()  // contentMeta

        w.startElement("contentSet")
        w.startElement("inlineXML")
        w.attribute("contenttype", "application/xhtml+xml")
        let counts = TextStatistics.counts(of: article)
        w.attribute("wordcount", String(counts.words))
        w.attribute("charcount", String(counts.characters))
        XHTMLBody.write(article, to: w, written: written)
        w.endElement()  // inlineXML
        w.endElement()  // contentSet
        w.endElement()  // newsItem
    }
}
