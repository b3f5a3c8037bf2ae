import Foundation

/// What a reader is given: the raw bytes and where they came from.
public struct InputDocument: Sendable {
    /// The bytes as read.
    public var bytes: [UInt8]
    /// A path, or `-` for standard input; used in messages.
    public var origin: String
    /// The file's modification time, when it has one.
    public var modified: Date?

    /// Creates an input.
    public init(bytes: [UInt8], origin: String, modified: Date? = nil) {
        self.bytes = bytes
        self.origin = origin
        self.modified = modified
    }

    /// A copy of the input that holds its bytes, leaving this one without them: hands the only
    /// reference to the bytes on, so that whoever takes it can let them go early.
    public mutating func takingBytes() -> InputDocument {
        defer { bytes = [] }
        return self
    }
}

/// What a reader produces and a segmenter consumes: decoded, normalised content and whatever
/// metadata the source declared.
public struct SourceDocument: Sendable, Equatable {
    /// The content, in a form that no longer depends on the input's encoding or parser.
    public enum Content: Sendable, Equatable {
        /// Plain text: NFC, LF line ends, odd spaces folded.
        case plainText(String)
        /// A web page, already reduced to its article: metadata and blocks.
        indirect case page(PageContent)
    }

    /// A path, or `-`.
    public var origin: String
    /// The content.
    public var content: Content
    /// The input's modification time, when known.
    public var modified: Date?
    /// The language the source declares (BCP 47), if any.
    public var declaredLanguage: String?

    /// Creates a source document.
    public init(origin: String, content: Content, modified: Date? = nil, declaredLanguage: String? = nil) {
        self.origin = origin
        self.content = content
        self.modified = modified
        self.declaredLanguage = declaredLanguage
    }
}

/// What the HTML reader finds in a page: its metadata and the article's blocks, in reading order.
public struct PageContent: Sendable, Equatable {
    /// What the page says about itself.
    public var metadata: PageMetadata
    /// The headline shown on the page (its `h1`), or the best title its metadata gives.
    public var headline: String?
    /// The lead (standfirst, sapo), when the page marks one.
    public var lead: String?
    /// A byline printed on the page, when the metadata names no author.
    public var byline: String?
    /// The body.
    public var blocks: [PageBlock]

    /// Creates page content.
    public init(metadata: PageMetadata = PageMetadata(), headline: String? = nil, lead: String? = nil,
                byline: String? = nil, blocks: [PageBlock] = []) {
        self.metadata = metadata
        self.headline = headline
        self.lead = lead
        self.byline = byline
        self.blocks = blocks
    }
}

/// A block of a page: a heading or a body block.
public enum PageBlock: Sendable, Equatable {
    /// A heading, with its level as the page has it.
    case heading(Heading)
    /// Any other block.
    case block(Block)
}
