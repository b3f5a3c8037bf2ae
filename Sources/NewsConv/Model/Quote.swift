/// A direct quote found in the body.
public struct Quote: Sendable, Equatable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    /// Who said it, when the sentence names them.
    public var speaker: String?
    /// Where the quote is.
    public var location: QuoteLocation

    /// Creates a quote.
    public init(text: String, speaker: String? = nil, location: QuoteLocation) {
        self.text = text
        self.speaker = speaker
        self.location = location
    }
}

/// Where a quote occurs: a block of a section, and an offset in the block's plain text.
public struct QuoteLocation: Sendable, Equatable, Codable {
    /// Index into ``Article/sections``.
    public var section: Int
    /// Index into that section's blocks.
    public var block: Int
    /// Offset of the opening mark in the block's plain text, in Unicode scalars.
    public var offset: Int

    /// Creates a location.
    public init(section: Int, block: Int, offset: Int) {
        self.section = section
        self.block = block
        self.offset = offset
    }
}
