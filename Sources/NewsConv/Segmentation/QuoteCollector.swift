/// Lists every direct quote of a body, with its speaker and where it occurs.
public enum QuoteCollector {
    /// The quotes of `sections`, in reading order: quote blocks, and the quotations inside
    /// paragraphs, list items and captions.
    public static func collect(in sections: [Section]) -> [Quote] {
        var quotes: [Quote] = []
        for (s, section) in sections.enumerated() {
            for (b, block) in section.blocks.enumerated() {
                switch block {
                case .quote(let q):
                    quotes.append(Quote(text: q.plainText, speaker: q.attribution,
                                        location: QuoteLocation(section: s, block: b, offset: 0)))
                case .paragraph(let inlines):
                    quotes += inlineQuotes(inlines, section: s, block: b, baseOffset: 0)
                case .list(let list):
                    var offset = 0
                    for item in list.items {
                        quotes += inlineQuotes(item, section: s, block: b, baseOffset: offset)
                        offset += item.plainText.unicodeScalars.count + 1
                    }
                case .figure, .table:
                    break
                }
            }
        }
        return quotes
    }

    static func inlineQuotes(_ inlines: [Inline], section: Int, block: Int, baseOffset: Int) -> [Quote] {
        guard inlines.contains(where: { if case .quoted = $0 { true } else { false } }) else { return [] }
        let text = inlines.plainText
        let spans = QuoteFinder.find(in: text)
        var quotes: [Quote] = []
        var previousSpeaker: String?
        for span in spans {
            let offset = span.start
            // A quote that continues the previous one in the same paragraph has the same speaker.
            let speaker = SpeakerFinder.speaker(of: span, in: text) ?? previousSpeaker
            quotes.append(Quote(text: span.content, speaker: speaker,
                                location: QuoteLocation(section: section, block: block, offset: baseOffset + offset)))
            previousSpeaker = speaker
        }
        return quotes
    }
}
