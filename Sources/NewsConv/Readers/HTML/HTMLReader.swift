import Foundation
import LibXML

/// Reads an HTML page or fragment with libxml2's HTML parser and reduces it to the article:
/// metadata from JSON-LD, OpenGraph, `<meta>` and `<title>`; the body's container found by the
/// page's markup and by paragraph scoring; and the body's blocks, boilerplate removed.
///
/// The libxml2 tree never leaves this reader: what it returns is plain values.
public struct HTMLReader: Reader {
    /// The default nesting limit (400).
    public static let defaultMaximumDepth = 400
    /// Elements nested deeper than this are ignored.
    public var maximumDepth: Int

    /// Creates the reader.
    public init(maximumDepth: Int = HTMLReader.defaultMaximumDepth) {
        self.maximumDepth = maximumDepth
    }

    /// Reads `input`.
    public func run(_ input: InputDocument) throws(ReadError) -> SourceDocument {
        var input = input
        return try run(taking: &input)
    }

    /// Reads `input`, taking its bytes: they are let go as soon as libxml2 has its copy, so that
    /// a large page's bytes are not held while its article is made. `input` is left without bytes.
    public func run(taking input: inout InputDocument) throws(ReadError) -> SourceDocument {
        let bytes = input.bytes
        input.bytes = []
        // What is parsed: the bytes, or without their BOM, or repaired (a copy).
        let (encoding, body) = HTMLEncoding.detect(bytes)
        _ = consume bytes
        let document: HTMLDocument
        do {
            document = try HTMLDocument(taking: consume body, encoding: encoding)
        } catch {
            throw ReadError(origin: input.origin, reason: error.description)
        }
        return try read(document, input)
    }

    private func read(_ document: HTMLDocument, _ input: InputDocument) throws(ReadError) -> SourceDocument {
        guard let root = document.root else {
            throw ReadError(origin: input.origin, reason: "the HTML holds no elements")
        }
        let page = Self.content(of: root, maximumDepth: maximumDepth)
        return SourceDocument(origin: input.origin, content: .page(page), modified: input.modified,
                              declaredLanguage: page.metadata.language)
    }

    /// Debugging output on standard error (`NEWSCONV_DEBUG`, `NEWSCONV_DEBUG_TITLES`), read once:
    /// the environment is copied into a new dictionary at every look.
    static let debug = ProcessInfo.processInfo.environment["NEWSCONV_DEBUG"] != nil
    static let debugTitles = ProcessInfo.processInfo.environment["NEWSCONV_DEBUG_TITLES"] != nil

    static func text(_ node: HTMLNode) -> String {
        TextNormalization.collapseSpaces(TextNormalization.normalize(node.textContent))
    }

    /// The text of an element made of paragraphs (`<div class="preamble"><p>…</p><p>…</p></div>`),
    /// with a space between them where `textContent` would run them together.
    static func paragraphsText(_ node: HTMLNode) -> String {
        let children = node.children.filter { $0.isElement || !$0.text.allSatisfy(\.isWhitespace) }
        guard children.count >= 2, children.allSatisfy({ $0.isElement && BoilerplateRules.blockTags.contains($0.name) }) else {
            return text(node)
        }
        return joinedParagraphs(children.map(text))
    }

    /// Paragraphs of a lead as one text: a space between them, none after a full-width stop
    /// (Chinese and Japanese text has none between sentences).
    static func joinedParagraphs(_ paragraphs: [String]) -> String {
        paragraphs.filter { !$0.isEmpty }.reduce(into: "") { result, next in
            if let last = result.unicodeScalars.last, !"。！？」』）".unicodeScalars.contains(last) { result += " " }
            result += next
        }
    }

    /// A lead's text with the paragraphs that go on it, which stay out of the body.
    static func leadText(_ first: String, of node: HTMLNode, excluding excluded: inout Set<HTMLNode>) -> String {
        let continuation = leadContinuation(of: node)
        excluded.formUnion(continuation)
        return joinedParagraphs([first] + continuation.map(text))
    }

    /// The page's content. With `freeingBlocksRead`, the containers' blocks are freed from the
    /// tree as they are read (the tree must not be read again). With `readsFlightData`, a page
    /// whose HTML has no article text is read from its Next.js flight data when it has some.
    static func content(of root: HTMLNode, maximumDepth: Int, freeingBlocksRead: Bool = true, readsFlightData: Bool = true) -> PageContent {
        var scan = PageScan(root: root, maximumDepth: maximumDepth)
        var exempt = Set<HTMLNode>()
        while let misled = scan.largeSkipped(), exempt.count < 3 {
            exempt.insert(misled)
            scan = PageScan(root: root, exempt: exempt, maximumDepth: maximumDepth)
        }
        let metadata = scan.metadata.finish()
        var excluded = Set<HTMLNode>()

        // Title.
        let h1s = scan.h1s.enumerated().map { (node: $0.offset, text: text($0.element)) }
        let (headline, h1Index) = TitleChooser.choose(h1s: h1s, metadata: metadata)
        if Self.debugTitles {
            let candidates: [String: Any] = ["h1": h1s.map(\.text), "og": metadata.ogTitle ?? "", "ld": metadata.jsonLDHeadline ?? "", "md": metadata.microdataHeadline ?? "",
                                             "tw": metadata.twitterTitle ?? "", "title": metadata.htmlTitle ?? "", "site": metadata.siteName ?? ""]
            if let data = try? JSONSerialization.data(withJSONObject: candidates) { FileHandle.standardError.write(data + Data("\n".utf8)) }
        }
        if let h1Index { excluded.insert(scan.h1s[h1Index]) }

        let containers = ContentFinder.containers(scan, titleH1: h1Index.map { scan.h1s[$0] })
        if Self.debug {
            for node in exempt { FileHandle.standardError.write(Data("exempt: \(node.name).\(node.attribute("class") ?? "")#\(node.attribute("id") ?? "")\n".utf8)) }
            FileHandle.standardError.write(Data("containers: \(containers.map { "\($0.name).\($0.attribute("class") ?? "")#\($0.attribute("id") ?? "") text=\(scan.textLength($0))" }) scored=\(scan.scoredElements.count) h1s=\(scan.h1s.count)\n".utf8))
            let ranked = scan.scoredElements.map { ($0.node, ContentFinder.finalScore($0.node, scan)) }.sorted { $0.1 > $1.1 }.prefix(6)
            for (node, score) in ranked {
                FileHandle.standardError.write(Data("candidate \(Int(score)) raw=\(Int(scan.stat(node)?.score ?? 0)) \(node.name).\((node.attribute("class") ?? "").prefix(60)) text=\(scan.textLength(node)) ld=\(scan.linkDensity(node))\n".utf8))
            }
            for node in scan.skipped.keys where node.textContent.count > 300 {
                FileHandle.standardError.write(Data("skipped: \(node.name).\(node.attribute("class") ?? "")#\(node.attribute("id") ?? "") \(node.textContent.count)\n".utf8))
            }
        }

        // Lead: the text block that repeats the page's description, else an element the page marks
        // as its lead, near the body and before it.
        var lead: String?
        if let container = containers.first {
            let bodyStart = scan.position(container) ?? 0
            let descriptions = metadata.descriptions.map { (length: $0.count, bag: TokenOverlap.tokens($0)) }
            for node in scan.shortBlocks where !descriptions.isEmpty && !excluded.contains(node) {
                // Token overlap of 0.75 needs lengths within a factor of about two.
                let letters = scan.textLength(node)
                guard descriptions.contains(where: { letters * 5 >= $0.length * 2 && letters <= $0.length * 3 }) else { continue }
                let t = text(node)
                let bag = TokenOverlap.tokens(t)
                guard descriptions.contains(where: { TokenOverlap.f1($0.bag, bag) >= 0.75 }), !scan.isInsideSkipped(node) else { continue }
                guard t != headline, isNear(node, container) || (scan.position(node) ?? 0) < bodyStart else { continue }
                // Inside the body, only a paragraph set apart (a lead class, bold, another class than
                // the paragraphs after it) at the top is a lead; otherwise it is the first paragraph.
                if containers.contains(where: { ContentFinder.isWithin(node, $0) }) {
                    if scan.textBefore(node, in: container) > 400 || !Self.isSetApart(node) { continue }
                }
                lead = leadText(t, of: node, excluding: &excluded)
                excluded.insert(node)
                break
            }
            if lead == nil {
                for candidate in scan.leadCandidates where !excluded.contains(candidate) && !scan.isInsideSkipped(candidate) {
                    let t = paragraphsText(candidate)
                    guard t.count >= 40, t.count <= 1200, scan.linkDensity(candidate) < 0.3 else { continue }
                    guard t != headline else { continue }
                    // A lead box taken as the first part of the story (it scored beside the body):
                    // the lead still, when a part after it holds three times its text.
                    if containers.contains(candidate) {
                        let position = scan.position(candidate) ?? 0, length = scan.textLength(candidate)
                        guard containers.contains(where: { part in
                            (scan.position(part) ?? 0) > position && scan.textLength(part) >= 3 * length
                        }) else { continue }
                    }
                    if containers.contains(where: { ContentFinder.isAncestor(candidate, of: $0) }) { continue }
                    guard Self.isLeadShaped(candidate), isNear(candidate, container) else { continue }
                    // The lead of another story's teaser ("Read more: …") is not this story's.
                    if BlockExtractor.isInLabelledTeaserBox(candidate, scan) { continue }
                    if containers.contains(where: { ContentFinder.isAncestor($0, of: candidate) }) {
                        if scan.textBefore(candidate, in: container) > 400 { continue }
                    } else if (scan.position(candidate) ?? 0) > bodyStart {
                        continue
                    }
                    lead = leadText(t, of: candidate, excluding: &excluded)
                    excluded.insert(candidate)
                    break
                }
            }
        }

        // A standfirst set under the headline, above the body: a paragraph of prose in the
        // headline's own box (an ancestor of the h1 within three levels), before the body starts.
        if lead == nil, let container = containers.first, let h1 = h1Index.map({ scan.h1s[$0] }),
           let h1Position = scan.position(h1), let bodyStart = scan.position(container), h1Position < bodyStart {
            var box: [HTMLNode] = []
            var current = h1.parent
            while let n = current, box.count < 3, n.name != "body" {
                box.append(n)
                current = n.parent
            }
            let standfirst = scan.shortBlocks
                .filter { node in
                    guard let p = scan.position(node), p > h1Position, p < bodyStart, !excluded.contains(node) else { return false }
                    return box.contains { ContentFinder.isAncestor($0, of: node) }
                        && !containers.contains { ContentFinder.isAncestor(node, of: $0) }
                }
                .min { (scan.position($0) ?? 0) < (scan.position($1) ?? 0) }
            if let node = standfirst, !scan.isInsideSkipped(node), scan.linkDensity(node) < 0.2, Self.isLeadShaped(node) {
                let t = text(node)
                // Prose, not the byline, the date or a note about the page set under the headline.
                let isProse = t.count >= 80 && t.count <= 800 && t.last.map { ".!?…\"”»".contains($0) } == true
                let isFurniture = BoilerplateRules.isPageNote(t) || BoilerplateRules.isReadMoreLine(t)
                    || EndMatter.openingByline(t, strictName: false) != nil
                if isProse, !isFurniture, t != headline {
                    lead = t
                    excluded.insert(node)
                }
            }
        }

        // A Next.js page may carry its article only in its flight data. Looked for (while the tree
        // is whole: the extractor frees the containers' blocks) when the containers hold little text.
        let flightFragment = readsFlightData && containers.reduce(0, { $0 + scan.textLength($1) }) < 400
            ? NextFlightData.htmlFragments(in: root).first : nil

        var extractor = BlockExtractor(scan: scan, excluded: excluded)
        // Nothing below reads the containers' nodes again (only strings the scan kept).
        extractor.freesBlocksRead = freeingBlocksRead
        // A paragraph beside the body that turned out to be the lead is not extracted again.
        var blocks = extractor.extract(containers.filter { !excluded.contains($0) })
        // The headline repeated at the top of the body.
        if let headline, case .heading(let h)? = blocks.first, h.text == headline { blocks.removeFirst() }

        // Pages that render their text with scripts often carry it in JSON-LD: taken when the page
        // gave next to nothing, or a small part of what the JSON-LD says (a teaser).
        let extracted = Self.textLength(of: blocks, upTo: 1500)
        if let articleBody = metadata.articleBody, extracted < 200 && articleBody.count > extracted * 2
            || extracted < 1500 && articleBody.count > extracted * 4 {
            blocks = articleBody.split(whereSeparator: \.isNewline)
                .map { TextNormalization.collapseSpaces($0) }
                .filter { !$0.isEmpty }
                .map { .block(.paragraph([.text($0)])) }
        }

        // The flight data's article HTML, read as a fragment, when the page's own gave next to nothing.
        if extracted < 200, let fragment = flightFragment,
           let document = try? HTMLDocument(bytes: fragment, encoding: "UTF-8"), let fragmentRoot = document.root {
            let inner = content(of: fragmentRoot, maximumDepth: maximumDepth, freeingBlocksRead: freeingBlocksRead, readsFlightData: false)
            if Self.textLength(of: inner.blocks, upTo: 400) > extracted * 2 {
                blocks = inner.blocks
                if lead == nil { lead = inner.lead }
            }
        }

        // A page with no lead element may set its standfirst as the first paragraph, all in bold,
        // before paragraphs that are not.
        // (A photo may come first, and a dateline outside the bold: "*Neuss* · **Was kann …**".)
        let firstTextBlock = blocks.prefix(3).firstIndex { if case .block(.figure) = $0 { return false } else { return true } }
        if lead == nil, let i = firstTextBlock, blocks.count >= i + 3, case .block(.paragraph(let first)) = blocks[i],
           case .block(.paragraph(let second)) = blocks[i + 1], Self.isAllStrong(first, allowingLead: 30), !Self.isAllStrong(second) {
            let text = first.plainText
            if text.count >= 80, text.count <= 800, let last = text.last, ".!?…\"”»“".contains(last) {
                lead = text
                blocks.remove(at: i)
            }
        }

        var byline: String?
        if metadata.authors.isEmpty, let raw = scan.bylineTexts.first {
            byline = EndMatter.byline(raw, strictName: false)?.byline ?? (raw.count <= 80 ? raw : nil)
        }
        return PageContent(metadata: metadata, headline: headline, lead: lead, byline: byline, blocks: blocks)
    }

    /// Whether every letter of a paragraph is in bold (white space and punctuation may be outside),
    /// but for up to `allowingLead` characters before the bold starts (a dateline).
    static func isAllStrong(_ inlines: [Inline], allowingLead: Int = 0) -> Bool {
        var sawStrong = false
        var before = 0
        for inline in inlines {
            switch inline {
            case .strong: sawStrong = true
            case .lineBreak: continue
            case .text, .link, .emphasis, .quoted:
                if case .link(_, let content) = inline, isAllStrong(content) { sawStrong = true; continue }
                let text = inline.plainText
                guard text.contains(where: \.isLetter) else { continue }
                before += text.count
                if sawStrong || before > allowingLead { return false }
            }
        }
        return sawStrong
    }

    /// The characters of the blocks' text, counted only up to about `limit`.
    static func textLength(of blocks: [PageBlock], upTo limit: Int) -> Int {
        var length = 0
        // Scalars, not characters: no grapheme breaking, and the same count for NFC text.
        for case .block(let block) in blocks where length < limit { length += min(block.plainText.unicodeScalars.count, limit) }
        return length
    }

    /// Words of class names that a lead element never has (images, captions, comments, bios).
    static let notLeadWords: Set<String> = [
        "image", "img", "photo", "picture", "media", "figure", "caption", "video", "gallery", "author", "comment",
        "comments", "login", "bio", "profile", "credit", "copyright", "newsletter", "promo", "related", "teaser",
    ]

    /// An element that can be a lead: no images inside, no class word of an image, caption or comment.
    static func isLeadShaped(_ node: HTMLNode) -> Bool {
        let words = BoilerplateRules.classAndIDWords(of: node)
        if words.contains(where: notLeadWords.contains) { return false }
        if BlockExtractor.firstImage(node) != nil { return false }
        // A box that holds headings (a work's preface with its title and notes) is more than a lead.
        if BlockExtractor.firstElement(under: node, maximumDepth: 4, where: { BlockExtractor.headingTags.contains($0.name) }) != nil {
            return false
        }
        let t = node.textContent
        return !(t.contains("=>") || t.contains("function(") || t.contains("{\""))
    }

    /// Whether a block is styled unlike body text: a lead class word, all bold, or a class that the
    /// next paragraph does not share.
    static func isSetApart(_ node: HTMLNode) -> Bool {
        let cls = node.attribute("class") ?? ""
        if BoilerplateRules.words(cls).contains(where: BoilerplateRules.leadWords.contains) { return true }
        let elements = node.children.filter(\.isElement)
        let texts = node.children.filter { $0.kind == .text && !$0.text.allSatisfy(\.isWhitespace) }
        if texts.isEmpty, elements.count == 1, ["strong", "b"].contains(elements[0].name) { return true }
        var next = node.nextSibling
        while let n = next, !n.isElement { next = n.nextSibling }
        if let n = next, n.name == node.name, (n.attribute("class") ?? "") != cls, !cls.isEmpty { return true }
        if let n = next, n.name != node.name, node.name != "p" { return true }
        return false
    }

    /// The paragraphs that go on a lead set in several (`<p class="lead">` three times in a row):
    /// the next siblings of the same element and class, while the class names a lead.
    static func leadContinuation(of node: HTMLNode) -> [HTMLNode] {
        guard let cls = node.attribute("class"), !cls.isEmpty,
              BoilerplateRules.words(cls).contains(where: BoilerplateRules.leadWords.contains) else { return [] }
        var result: [HTMLNode] = []
        var next = node.nextSibling
        while let n = next, result.count < 5 {
            if !n.isElement {
                guard n.kind != .text || n.text.allSatisfy(\.isWhitespace) else { break }
                next = n.nextSibling
                continue
            }
            guard n.name == node.name, n.attribute("class") == cls, isLeadShaped(n) else { break }
            let length = n.textContent.count
            // Another story's headline in the same style is a link.
            guard length > 0, length <= 1200, BlockExtractor.linkedShare(n) < 0.5 else { break }
            result.append(n)
            next = n.nextSibling
        }
        return result
    }

    /// Whether `candidate` is inside `container` or close to it: their nearest common ancestor is
    /// at most three levels above the container.
    static func isNear(_ candidate: HTMLNode, _ container: HTMLNode) -> Bool {
        var ancestors: [HTMLNode] = []
        var current: HTMLNode? = container
        while let n = current, ancestors.count < 5 {
            ancestors.append(n)
            current = n.parent
        }
        var c: HTMLNode? = candidate
        var steps = 0
        while let n = c, steps < 40 {
            if ancestors.contains(n) { return true }
            c = n.parent
            steps += 1
        }
        return false
    }
}
