import Foundation
import LibXML

/// What a page says about itself: `<title>`, OpenGraph, `article:*`, `twitter:*`, `<meta name>`,
/// JSON-LD, `<html lang>` and the canonical link.
public struct PageMetadata: Sendable, Equatable {
    /// `<title>`.
    public var htmlTitle: String?
    /// `og:title`.
    public var ogTitle: String?
    /// `twitter:title`.
    public var twitterTitle: String?
    /// JSON-LD `headline`.
    public var jsonLDHeadline: String?
    /// schema.org's headline given as microdata or a meta tag (`<meta itemprop="headline">`,
    /// `<meta name="headline">`), for pages without JSON-LD.
    public var microdataHeadline: String?
    /// JSON-LD, OpenGraph, Twitter or `<meta name=description>` description.
    public var description: String?
    /// Every description the page gives (JSON-LD, OpenGraph, `<meta name=description>`, Twitter).
    public var descriptions: [String] = []
    /// Authors, from JSON-LD, `meta name=author`, `article:author`.
    public var authors: [String] = []
    /// Publication date (ISO 8601 with offset).
    public var published: String?
    /// Modification date (ISO 8601 with offset).
    public var modified: String?
    /// Language (BCP 47).
    public var language: String?
    /// `og:site_name` or the JSON-LD publisher.
    public var siteName: String?
    /// The canonical URL.
    public var url: String?
    /// Keywords.
    public var keywords: [String] = []
    /// The section (`article:section`, JSON-LD `articleSection`).
    public var section: String?
    /// The genre JSON-LD's type names (`OpinionNewsArticle` gives `Opinion`).
    public var genre: String?
    /// The article's text as JSON-LD gives it (`articleBody`), used when the page renders
    /// its text with scripts.
    public var articleBody: String?

    /// Creates empty metadata.
    public init() {}
}

/// Collects ``PageMetadata`` from the elements the page scan hands it.
struct MetadataCollector {
    var metadata = PageMetadata()
    private var jsonLD: [String] = []
    private var metaDescription: String?
    private var ogDescription: String?
    private var twitterDescription: String?
    private var metaAuthors: [String] = []
    private var metaDates: [String] = []

    /// What a `<meta>` tag is read for.
    private enum MetaField {
        case ogTitle, twitterTitle, headline, description, ogDescription, twitterDescription, author, published, modified
        case siteName, url, keywords, section, language
    }

    /// The `<meta>` names and properties read, by what they give (the others are not even normalised).
    private static let metaFields: [String: MetaField] = {
        var table: [String: MetaField] = [
            "og:title": .ogTitle, "twitter:title": .twitterTitle, "headline": .headline, "description": .description,
            "og:description": .ogDescription, "twitter:description": .twitterDescription, "og:url": .url,
            "og:locale": .language, "article:section": .section,
        ]
        let groups: [([String], MetaField)] = [
            (["author", "article:author", "dc.creator", "sailthru.author", "parsely-author"], .author),
            (["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
              "og:article:published_time", "sailthru.date", "parsely-pub-date", "article.published"], .published),
            (["article:modified_time", "datemodified", "og:updated_time", "last-modified", "article.updated"], .modified),
            (["og:site_name", "application-name"], .siteName),
            (["keywords", "news_keywords", "article:tag"], .keywords),
            (["content-language", "language", "dc.language"], .language),
        ]
        for (keys, field) in groups { for key in keys { table[key] = field } }
        return table
    }()

    mutating func meta(name: String?, property: String?, itemprop: String?, content: String?) {
        guard let field = Self.metaFields[(property ?? name ?? itemprop ?? "").lowercased()] else { return }
        guard let content = content.map({ TextNormalization.collapseSpaces(TextNormalization.normalize($0)) }), !content.isEmpty else { return }
        switch field {
        case .ogTitle: metadata.ogTitle = metadata.ogTitle ?? content
        case .twitterTitle: metadata.twitterTitle = metadata.twitterTitle ?? content
        case .headline: metadata.microdataHeadline = metadata.microdataHeadline ?? content
        case .description: metaDescription = metaDescription ?? content
        case .ogDescription: ogDescription = ogDescription ?? content
        case .twitterDescription: twitterDescription = twitterDescription ?? content
        case .author:
            if !content.hasPrefix("http") { metaAuthors.append(content) }
        case .published:
            metaDates.insert(content, at: 0)
            if metadata.published == nil { metadata.published = ISODate.normalize(content) }
        case .modified:
            if metadata.modified == nil { metadata.modified = ISODate.normalize(content) }
        case .siteName: metadata.siteName = metadata.siteName ?? content
        case .url: metadata.url = metadata.url ?? content
        case .keywords:
            metadata.keywords += content.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        case .section: metadata.section = metadata.section ?? content
        case .language: if metadata.language == nil { metadata.language = Self.languageTag(content) }
        }
    }

    mutating func title(_ text: String) {
        let t = TextNormalization.collapseSpaces(TextNormalization.normalize(text))
        if metadata.htmlTitle == nil, !t.isEmpty { metadata.htmlTitle = t }
    }

    mutating func htmlLanguage(_ lang: String) {
        if let tag = Self.languageTag(lang) { metadata.language = tag }
    }

    mutating func canonical(_ href: String) {
        if metadata.url == nil || !href.isEmpty { metadata.url = href }
    }

    mutating func jsonLDScript(_ text: String) {
        if jsonLD.count < 20 { jsonLD.append(text) }
    }

    /// `vi_VN` gives `vi-VN`; anything that is not a BCP 47 tag gives nil.
    static func languageTag(_ raw: String) -> String? {
        let tag = String(raw.trimmingWhitespace().map { $0 == "_" ? "-" : $0 })
        let primary = tag.split(separator: ",").first.map { String($0.trimmingWhitespace()) } ?? ""
        guard BCP47.isWellFormed(primary) else { return nil }
        let parts = primary.split(separator: "-")
        var result = parts[0].lowercased()
        for part in parts.dropFirst() {
            result += "-" + (part.count == 2 ? part.uppercased() : part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased() : part.lowercased())
        }
        return result
    }

    /// Finishes: reads JSON-LD (which wins over meta tags) and reconciles the descriptions.
    mutating func finish() -> PageMetadata {
        for script in jsonLD { readJSONLD(script) }
        metadata.description = metadata.description ?? ogDescription ?? metaDescription ?? twitterDescription
        for d in [metadata.description, ogDescription, metaDescription, twitterDescription].compactMap({ $0 })
        where !metadata.descriptions.contains(d) {
            metadata.descriptions.append(d)
        }
        if metadata.authors.isEmpty {
            var seen = Set<String>()
            metadata.authors = metaAuthors.flatMap { $0.split(separator: ",").map { String($0.trimmingWhitespace()) } }
                .filter { !$0.isEmpty && seen.insert($0).inserted }
        }
        var seen = Set<String>()
        metadata.keywords = metadata.keywords.filter { seen.insert($0.lowercased()).inserted }
        return metadata
    }

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "TechArticle", "Report", "ScholarlyArticle",
        "AskPublicNewsArticle", "SatiricalArticle", "WebPage",
    ]

    private mutating func readJSONLD(_ script: String) {
        var text = script.trimmingWhitespace()
        if text.hasPrefix("<!--") { text = text.dropFirst(4) }
        if text.hasSuffix("-->") { text = text.dropLast(3) }
        guard let data = String(text).data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        var objects: [[String: Any]] = []
        func collect(_ value: Any, depth: Int) {
            guard depth < 6 else { return }
            if let array = value as? [Any] {
                for item in array { collect(item, depth: depth + 1) }
            } else if let object = value as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { collect(graph, depth: depth + 1) }
                if let main = object["mainEntity"] { collect(main, depth: depth + 1) }
            }
        }
        collect(json, depth: 0)
        // Articles first; WebPage only when no article is described.
        let ranked = objects.filter { Self.types($0).contains { Self.articleTypes.contains($0) && $0 != "WebPage" } }
            + objects.filter { Self.types($0).contains("WebPage") }
        for object in ranked {
            if metadata.jsonLDHeadline == nil, let h = Self.string(object["headline"]) ?? Self.string(object["name"]),
               Self.types(object).contains(where: { $0 != "WebPage" }) {
                metadata.jsonLDHeadline = h
            }
            if metadata.description == nil, let d = Self.string(object["description"]), Self.types(object).contains(where: { $0 != "WebPage" }) {
                metadata.description = d
            }
            if let p = Self.string(object["datePublished"]).flatMap(ISODate.normalize) { metadata.published = p }
            if let m = Self.string(object["dateModified"]).flatMap(ISODate.normalize) { metadata.modified = m }
            if metadata.authors.isEmpty { metadata.authors = Self.names(object["author"]) }
            if let publisher = Self.names(object["publisher"]).first, metadata.siteName == nil { metadata.siteName = publisher }
            if let lang = Self.string(object["inLanguage"]).flatMap(Self.languageTag), metadata.language == nil {
                metadata.language = lang
            }
            if metadata.section == nil { metadata.section = Self.string(object["articleSection"]) ?? (object["articleSection"] as? [Any])?.compactMap(Self.string).first }
            if let k = object["keywords"] {
                if let s = k as? String { metadata.keywords += s.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty } }
                if let a = k as? [Any] { metadata.keywords += a.compactMap(Self.string) }
            }
            if metadata.url == nil, let u = Self.string(object["url"]) { metadata.url = u }
            if metadata.genre == nil {
                let genres = ["OpinionNewsArticle": "Opinion", "AnalysisNewsArticle": "Analysis", "ReviewNewsArticle": "Review",
                              "BackgroundNewsArticle": "Background", "ReportageNewsArticle": "Reportage", "LiveBlogPosting": "Live blog",
                              "SatiricalArticle": "Satire", "AskPublicNewsArticle": "Ask the public"]
                metadata.genre = Self.types(object).compactMap { genres[$0] }.first
            }
            if metadata.articleBody == nil, let body = object["articleBody"] as? String, !body.isEmpty {
                metadata.articleBody = TextNormalization.normalize(Self.decodeEntities(body))
            }
        }
    }

    static func types(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t] }
        return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        let clean = TextNormalization.collapseSpaces(TextNormalization.normalize(decodeEntities(s)))
        return clean.isEmpty ? nil : clean
    }

    static func names(_ value: Any?) -> [String] {
        if let s = string(value) { return s.hasPrefix("http") ? [] : [s] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }


    /// JSON-LD strings sometimes carry HTML entities (`&amp;`, `&#8217;`, `&#x27;`), and some
    /// CMSs escape them twice (`Chi&amp;#7871;n`): a second pass decodes what the first one left.
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let once = decodeEntitiesOnce(s)
        return once != s && once.contains("&") ? decodeEntitiesOnce(once) : once
    }

    static func decodeEntitiesOnce(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    // libxml2's table is HTML 4's, which lacks XML's `&apos;`.
                    decoded = name == "apos" ? "'" : LibXML.htmlEntity(named: String(name))
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}
