/// A news article: the one model every reader's segmenter produces and every writer consumes.
///
/// Plain values, independent of any input or output format.
public struct Article: Sendable, Equatable, Codable {
    /// The headline.
    public var title: String
    /// A secondary headline (kicker or deck) when the story has one.
    public var subtitle: String?
    /// The lead (standfirst, sapo): the summary paragraph before the body.
    public var lead: String?
    /// The dateline, parsed; its text is no longer part of the first paragraph.
    public var dateline: Dateline?
    /// The byline as printed (`Minh Anh`, `By Jane Doe`), without the `By`.
    public var byline: String?
    /// The people named in the byline.
    public var authors: [String]
    /// A credit line: `Theo TTXVN`, `Reporting by …`.
    public var credit: String?
    /// The language as a BCP 47 tag (`vi`, `en-GB`), or nil when unknown.
    public var language: String?
    /// Publication and modification dates.
    public var dates: ArticleDates
    /// Who published the story, and where it came from.
    public var source: ArticleSource
    /// The body: an untitled opening section, then one per heading.
    public var sections: [Section]
    /// Every direct quote in the body, in reading order.
    public var quotes: [Quote]
    /// Keywords (tags) the source gives.
    public var keywords: [String] = []
    /// The section or desk the source files the story under (`Thời sự`, `Politics`).
    public var section: String?
    /// The genre, when the source says (`Opinion`, `Analysis`, `Interview`…).
    public var genre: String?
    /// Places the story is located at or names in its dateline, normalised for display (`Hà Nội`).
    public var places: [String] = []
    /// People credited in the byline.
    public var people: [String] = []
    /// Copyright holder and notice, when known.
    public var copyright: Copyright = Copyright()

    /// Creates an article.
    public init(
        title: String,
        subtitle: String? = nil,
        lead: String? = nil,
        dateline: Dateline? = nil,
        byline: String? = nil,
        authors: [String] = [],
        credit: String? = nil,
        language: String? = nil,
        dates: ArticleDates = ArticleDates(),
        source: ArticleSource = ArticleSource(),
        sections: [Section] = [],
        quotes: [Quote] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.lead = lead
        self.dateline = dateline
        self.byline = byline
        self.authors = authors
        self.credit = credit
        self.language = language
        self.dates = dates
        self.source = source
        self.sections = sections
        self.quotes = quotes
    }

    /// Every block of the body, in reading order.
    public var allBlocks: [Block] { sections.flatMap(\.blocks) }

    /// The plain text of the body, one block a paragraph.
    public var bodyText: String {
        allBlocks.map(\.plainText).joined(separator: "\n\n")
    }
}

/// The dates of an article, as ISO 8601 text with an offset (`2023-01-13T09:30:00+07:00`).
public struct ArticleDates: Sendable, Equatable, Codable {
    /// When the story was first published.
    public var published: String?
    /// When it was last changed.
    public var modified: String?
    /// The dateline's day as a calendar date (`2023-01-13`), when its year is known from the
    /// document's own date; nil when it cannot be resolved without guessing.
    public var dateline: String?

    /// Creates the dates.
    public init(published: String? = nil, modified: String? = nil, dateline: String? = nil) {
        self.published = published
        self.modified = modified
        self.dateline = dateline
    }
}

/// Who holds the rights to an article.
public struct Copyright: Sendable, Equatable, Codable {
    /// The person or organisation holding the copyright.
    public var holder: String?
    /// The notice to print (`© 2025 Báo Ví Dụ`).
    public var notice: String?

    /// Creates a copyright statement.
    public init(holder: String? = nil, notice: String? = nil) {
        self.holder = holder
        self.notice = notice
    }
}

/// Where an article comes from.
public struct ArticleSource: Sendable, Equatable, Codable {
    /// The publisher or agency (`TTXVN`, `Reuters`).
    public var name: String?
    /// The article's URL, when known.
    public var url: String?
    /// The input it was read from: a path, or `-` for standard input.
    public var origin: String?

    /// Creates a source.
    public init(name: String? = nil, url: String? = nil, origin: String? = nil) {
        self.name = name
        self.url = url
        self.origin = origin
    }
}
