/// A part of the body: an optional heading, then its blocks.
public struct Section: Sendable, Equatable, Codable {
    /// The heading, or nil for the untitled opening section.
    public var heading: Heading?
    /// The blocks under the heading.
    public var blocks: [Block]

    /// Creates a section.
    public init(heading: Heading? = nil, blocks: [Block] = []) {
        self.heading = heading
        self.blocks = blocks
    }
}

/// A section heading. Level 1 is the title's; section headings start at 2.
public struct Heading: Sendable, Equatable, Codable {
    /// The heading's text.
    public var text: String
    /// 2 to 6.
    public var level: Int

    /// Creates a heading; the level is clamped to 2...6.
    public init(text: String, level: Int = 2) {
        self.text = text
        self.level = min(max(level, 2), 6)
    }
}
