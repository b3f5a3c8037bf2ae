/// Finds the parts of a plain-text story (wire copy): title, subtitle, lead, dateline, byline,
/// credit, sections with headings, paragraphs, quote blocks, lists, figure captions, and quotes
/// with their speakers.
///
/// The conventions it follows are those of agency copy (VNA/TTXVN, Reuters, AP) and of the
/// plain text that newsrooms paste from their systems:
/// - the first non-empty line is the title;
/// - a dateline opens the first body paragraph; what stands between title and dateline is the lead
///   (and, before it, a short subtitle);
/// - trailing credits (`Theo TTXVN`), bylines (`Minh Anh`, `PV`) and photo credits close the story,
///   after the VNA end mark `./.`.
public struct PlainTextSegmenter: Segmenter {
    /// Creates the segmenter.
    public init() {}

    /// Segments `document`, which must hold plain text.
    public func run(_ document: SourceDocument) throws(SegmentationError) -> Article {
        guard case .plainText(let text) = document.content else {
            throw SegmentationError(origin: document.origin, reason: "the plain-text segmenter needs plain text")
        }
        var units = ParagraphSplitter.split(text)
        guard !units.isEmpty else {
            throw SegmentationError(origin: document.origin, reason: "the input is empty")
        }
        let title = Self.titleText(units.removeFirst().text)
        guard title.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw SegmentationError(origin: document.origin, reason: "the first line holds no words")
        }
        var article = Article(title: title, language: document.declaredLanguage)
        article.source.origin = document.origin

        var trailingFigures: [Figure] = []
        takeEndMatter(&units, into: &article, figures: &trailingFigures)
        takeFrontMatter(&units, into: &article)
        guard !units.isEmpty || article.lead != nil else {
            throw SegmentationError(origin: document.origin, reason: "only a title, no story text")
        }
        var blocksAndHeadings = classify(units)
        blocksAndHeadings += trailingFigures.map { BodyItem.figure($0) }
        article.sections = buildSections(blocksAndHeadings)
        article.quotes = QuoteCollector.collect(in: article.sections)
        if article.source.name == nil {
            article.source.name = article.dateline?.source ?? article.credit.flatMap(EndMatter.creditedSource)
        }
        return article
    }

    static func titleText(_ text: String) -> String {
        if let heading = HeadingDetector.candidate(text), case .markdown = heading.kind { return heading.text }
        return text
    }

    // MARK: End matter

    /// Removes the end mark and the trailing credit, byline and photo-credit lines.
    func takeEndMatter(_ units: inout [TextUnit], into article: inout Article, figures: inout [Figure]) {
        var credits: [String] = []
        var examined = 0
        while let last = units.last, examined < 5 {
            examined += 1
            let text = EndMatter.removingEndMark(last.text)
            if !text.contains(where: { $0.isLetter || $0.isNumber }) {
                units.removeLast()
                continue
            }
            if text != last.text {
                // The end mark closes the story: what precedes it is body.
                units[units.count - 1].text = text
                break
            }
            if let credit = EndMatter.credit(text) {
                credits.insert(credit, at: 0)
                units.removeLast()
                continue
            }
            if let figure = FigureCaption.parse(text), figure.caption.isEmpty || units.count > 1 {
                if figure.caption.isEmpty {
                    // A bare photo credit at the end.
                    figures.insert(figure, at: 0)
                    units.removeLast()
                    continue
                }
                break
            }
            if article.byline == nil, units.count > 1, let (byline, agency) = EndMatter.byline(text, strictName: false),
               byline.split(separator: " ").count <= 6 {
                article.byline = byline
                article.authors = EndMatter.authors(byline)
                if let agency, article.source.name == nil { article.source.name = agency }
                units.removeLast()
                continue
            }
            break
        }
        if !credits.isEmpty { article.credit = credits.joined(separator: "; ") }
    }

    // MARK: Front matter

    /// Takes the byline, subtitle, lead and dateline from the first units.
    func takeFrontMatter(_ units: inout [TextUnit], into article: inout Article) {
        // "By Jane Doe" under the title.
        if let first = units.first, Self.explicitByline(first.text),
           let (byline, agency) = EndMatter.byline(first.text, strictName: true) {
            if article.byline == nil {
                article.byline = byline
                article.authors = EndMatter.authors(byline)
            }
            if let agency { article.source.name = agency }
            units.removeFirst()
        }
        for index in 0..<min(4, units.count) {
            guard let (dateline, rest) = DatelineParser.parse(units[index].text) else { continue }
            let front = units[..<index].map(\.text)
            if front.contains(where: { HeadingDetector.candidate($0).map { if case .markdown = $0.kind { true } else { false } } ?? false }) {
                break
            }
            article.dateline = dateline
            units[index].text = rest
            switch front.count {
            case 0: break
            case 1: article.lead = front[0]
            default:
                if HeadingDetector.isHeadingShaped(front[0]), front.count == 2 {
                    article.subtitle = front[0]
                    article.lead = front[1]
                } else {
                    article.lead = front.joined(separator: " ")
                }
            }
            units.removeFirst(index)
            return
        }
    }

    static func explicitByline(_ text: String) -> Bool {
        let lower = text.lowercased()
        return EndMatter.bylineOpeners.contains { lower.hasPrefix($0) }
    }

    // MARK: Body

    enum BodyItem {
        case heading(Heading)
        case paragraph(String)
        case listItem(ListItemSyntax)
        case quote(content: String, attribution: String?)
        case figure(Figure)
    }

    func classify(_ units: [TextUnit]) -> [BodyItem] {
        let candidates = units.map { HeadingDetector.candidate($0.text) }
        let hasMarkdown = candidates.contains { if case .markdown = $0?.kind { true } else { false } }
        let hasRoman = candidates.contains { $0?.kind == .roman }
        var items: [BodyItem] = []

        func isProse(_ index: Int) -> Bool {
            guard index < units.count else { return false }
            let text = units[index].text
            if ListItemSyntax.parse(text) != nil { return false }
            if candidates[index] != nil && text.count < 60 { return false }
            return true
        }

        for (index, unit) in units.enumerated() {
            let text = unit.text
            if let figure = FigureCaption.parse(text) {
                items.append(.figure(figure))
                continue
            }
            if let candidate = candidates[index] {
                let previousIsHeading: Bool = { if case .heading = items.last { true } else { false } }()
                let previousOpensList = index > 0 && units[index - 1].text.hasSuffix(":")
                var level: Int?
                switch candidate.kind {
                case .markdown(let l): level = l
                case .roman: if isProse(index + 1) || candidates[safe: index + 1] != nil { level = 2 }
                case .numbered(let depth):
                    if isProse(index + 1) && !previousOpensList { level = (hasRoman ? 2 : 1) + depth }
                case .capitals: if !hasMarkdown && index + 1 < units.count && !previousOpensList { level = hasRoman ? 3 : 2 }
                case .plain:
                    if !hasMarkdown && isProse(index + 1) && !previousOpensList && !previousIsHeading
                        && units[index + 1].text.count > text.count {
                        level = hasRoman ? 3 : 2
                    }
                }
                if let level {
                    items.append(.heading(Heading(text: candidate.text, level: level)))
                    continue
                }
            }
            if let item = ListItemSyntax.parse(text) {
                items.append(.listItem(item))
                continue
            }
            let spans = QuoteFinder.find(in: text)
            if let (content, attribution) = QuoteFinder.wholeQuote(text, spans: spans) {
                items.append(.quote(content: content, attribution: attribution))
                continue
            }
            items.append(.paragraph(text))
        }
        return items
    }

    func buildSections(_ items: [BodyItem]) -> [Section] {
        var sections: [Section] = []
        var current = Section()
        var pendingList: ListBlock?

        func flushList() {
            if let list = pendingList { current.blocks.append(.list(list)) }
            pendingList = nil
        }

        for item in items {
            if case .listItem(let li) = item {
                let inline = Self.inlines(li.text)
                if var list = pendingList, list.ordered == li.ordered {
                    list.items.append(inline)
                    pendingList = list
                } else {
                    flushList()
                    pendingList = ListBlock(ordered: li.ordered, start: li.ordered ? li.number : 1, items: [inline])
                }
                continue
            }
            flushList()
            switch item {
            case .heading(let heading):
                if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
                current = Section(heading: heading)
            case .paragraph(let text):
                current.blocks.append(.paragraph(Self.inlines(text)))
            case .quote(let content, var attribution):
                if attribution == nil, case .paragraph(let previous)? = current.blocks.last,
                   previous.plainText.hasSuffix(":") {
                    attribution = SpeakerFinder.speakerBefore(previous.plainText)
                }
                current.blocks.append(.quote(QuoteBlock(paragraphs: [[.text(content)]], attribution: attribution)))
            case .figure(let figure):
                current.blocks.append(.figure(figure))
            case .listItem:
                break
            }
        }
        flushList()
        if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
        return sections
    }

    static func inlines(_ text: String) -> [Inline] {
        QuoteFinder.inlines(text, spans: QuoteFinder.find(in: text))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
