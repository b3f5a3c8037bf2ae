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
        /// A fixed "now", for reproducible output; replaces the file's modification time too.
        public var fixedDate: Date?

        /// Default options.
        public init() {}
    }

    /// The options.
    public var options: Options
    /// Transforms run after segmentation, in order. Language detection by default.
    public var transforms: [any Transform]

    /// Creates a converter.
    public init(options: Options = Options(), transforms: [any Transform] = [LanguageDetector()]) {
        self.options = options
        self.transforms = transforms
    }

    /// Reads, segments and transforms `input`.
    public func article(from input: InputDocument) throws(ConversionError) -> Article {
        let format = options.inputFormat == .auto ? FormatSniffer.sniff(input.bytes) : options.inputFormat
        var article: Article
        switch format {
        case .html:
            article = try HTMLReader().then(PageSegmenter()).run(input)
        case .text, .auto:
            article = try PlainTextReader().then(PlainTextSegmenter()).run(input)
        }
        if let language = options.language { article.language = language }
        for transform in transforms {
            do { article = try transform.run(article) } catch { throw error.conversionError }
        }
        return article
    }

    /// The writer for `format`, configured from the options.
    public func writer(for format: OutputFormat, input: InputDocument? = nil) -> any Writer {
        switch format {
        case .newsml:
            var newsML = options.newsML
            newsML.fallbackDate = options.fixedDate ?? input?.modified ?? newsML.fallbackDate
            return NewsMLG2Writer(options: newsML)
        case .json:
            return JSONArticleWriter()
        case .markdown:
            return MarkdownWriter(frontMatter: options.frontMatter)
        }
    }

    /// Serialises `article` as `format`.
    public func write(_ article: Article, as format: OutputFormat, input: InputDocument? = nil) throws(ConversionError) -> [UInt8] {
        do { return try writer(for: format, input: input).run(article) } catch { throw error.conversionError }
    }
}
