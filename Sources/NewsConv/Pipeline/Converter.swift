import Foundation

/// The standard chain, ready to use: a reader chosen by the input format, the segmenter for it,
/// the transforms, and a writer per output format.
///
///     let converter = Converter()
///     let article = try converter.article(from: InputDocument(bytes: bytes, origin: "story.txt"))
///     let xml = try converter.write(article, as: .newsml)
public struct Converter: Sendable {
    /// Settings that shape the output.
    public struct Options: Sendable {
        /// The input format, or `.auto` to tell from the content.
        public var inputFormat: InputFormat = .auto
        /// The language to assume (BCP 47); nil to use what the source declares or to detect it.
        public var language: String?
        /// Markdown front matter.
        public var frontMatter: Bool = true
        /// NewsML-G2 settings.
        public var newsML = NewsMLG2Options()
        /// ninjs settings.
        public var ninjs = NinjsOptions()
        /// The provider's name, used where the source names no publisher.
        public var provider: String?
        /// Copyright holder and notice, used where the source gives none.
        public var copyright = Copyright()
        /// A fixed "now", for reproducible output; replaces the file's modification time too.
        public var fixedDate: Date?
        /// Inputs larger than this are refused.
        public var maximumInputSize = InputFiles.defaultMaximumSize
        /// HTML elements nested deeper than this are ignored.
        public var maximumDepth = HTMLReader.defaultMaximumDepth

        /// Default options.
        public init() {}
    }

    /// The options.
    public var options: Options
    /// Transforms run after segmentation, in order.
    public var transforms: [any Transform]

    /// Creates a converter. The default transforms detect the language, resolve the dateline's
    /// date, name places and people, and fill the provider's defaults.
    public init(options: Options = Options(), transforms: [any Transform]? = nil) {
        self.options = options
        self.transforms = transforms ?? [
            LanguageDetector(), DateResolver(), PlacesAndPeople(),
            ProviderDefaults(provider: options.provider, copyrightHolder: options.copyright.holder, copyrightNotice: options.copyright.notice),
        ]
    }

    /// Reads, segments and transforms `input`. A page's bytes are let go as soon as they are
    /// parsed when the caller hands over the only copy (`converter.article(from: document.takingBytes())`).
    public func article(from input: consuming InputDocument) throws(ConversionError) -> Article {
        guard input.bytes.count <= options.maximumInputSize else {
            throw .unreadable(origin: input.origin, reason: "larger than the \(InputFiles.describe(options.maximumInputSize)) limit (--max-input-size)")
        }
        let format = options.inputFormat == .auto ? FormatSniffer.sniff(input.bytes, origin: input.origin) : options.inputFormat
        var article: Article
        switch format {
        case .html:
            // Each stage takes what it is given, so that a large page is not held twice.
            var source: SourceDocument
            do { source = try HTMLReader(maximumDepth: options.maximumDepth).run(taking: &input) } catch { throw error.conversionError }
            do { article = try PageSegmenter().run(taking: &source) } catch { throw error.conversionError }
        case .text, .auto:
            article = try PlainTextReader().then(PlainTextSegmenter()).run(input)
        }
        if let language = options.language { article.language = language }
        for transform in transforms {
            do { article = try transform.run(article) } catch { throw error.conversionError }
        }
        return article
    }

    /// The date written where the input gives none: the fixed date, else the input's modification
    /// time, else now.
    func fallbackDate(for input: InputDocument?) -> Date {
        options.fixedDate ?? input?.modified ?? Date()
    }

    /// The writer for `format`, configured from the options.
    public func writer(for format: OutputFormat, input: InputDocument? = nil) -> any Writer {
        switch format {
        case .newsml:
            var newsML = options.newsML
            newsML.fallbackDate = fallbackDate(for: input)
            if newsML.provider == nil { newsML.provider = options.provider }
            return NewsMLG2Writer(options: newsML)
        case .json:
            return JSONArticleWriter()
        case .markdown:
            return MarkdownWriter(frontMatter: options.frontMatter)
        case .ninjs:
            var ninjs = options.ninjs
            ninjs.fallbackDate = fallbackDate(for: input)
            if ninjs.uri == nil { ninjs.uri = options.newsML.guid }
            ninjs.itemVersion = options.newsML.version
            return NinjsWriter(options: ninjs)
        }
    }

    /// Serialises `article` as `format`.
    public func write(_ article: Article, as format: OutputFormat, input: InputDocument? = nil) throws(ConversionError) -> [UInt8] {
        do { return try writer(for: format, input: input).run(article) } catch { throw error.conversionError }
    }
}
