import LibXML

/// Turns the chosen containers of a page into blocks: headings at their levels, paragraphs
/// (split at `<br><br>` too), quote blocks, lists, figures with captions and tables, with
/// emphasis, strong, links and `<q>` kept inline. Boilerplate inside the containers is dropped.
struct BlockExtractor {
    let scan: PageScan
    /// Elements already used elsewhere (the title's h1, the lead), left out of the body.
    /// (An array: a few elements, compared by address without hashing.)
    var excluded: [HTMLNode]
    private(set) var blocks: [PageBlock] = []
    private var inline = InlineBuilder()
    /// Whether the current run of inline content holds a link styled as a button ("Jetzt
    /// unterstützen", "Subscribe"): a call to action, not the story's text.
    private var runHoldsButton = false
    /// Whether each block directly inside a container is freed from the tree once its blocks are
    /// made: a large page's tree and its text are then not held in full at once. Only for a
    /// reader that reads no node of the containers afterwards.
    var freesBlocksRead = false
    /// The container being read.
    private var container: HTMLNode?
    /// Whether a heading's text is being read: the button of an accordion's heading is its text.
    private var readingHeading = false
    /// How many links around blocks (a card: another story's picture, label and title) the
    /// walk is inside: their short lines are the card's, not the story's.
    private var insideBlockLink = 0

    init(scan: PageScan, excluded: some Sequence<HTMLNode>) {
        self.scan = scan
        self.excluded = Array(excluded)
    }

    mutating func extract(_ containers: [HTMLNode]) -> [PageBlock] {
        for container in containers {
            self.container = container
            if isBlock(container) {
                handleBlock(container, depth: 0)
            } else {
                inlineNode(container, depth: 0)
            }
            flush()
        }
        container = nil
        return blocks
    }

    /// The blocks inside `node` (not `node` itself, which may be a blockquote being read).
    mutating func extractContents(of node: HTMLNode, depth: Int) -> [PageBlock] {
        children(of: node, depth: depth)
        flush()
        return blocks
    }

    private func isBlock(_ node: HTMLNode) -> Bool {
        BoilerplateRules.blockTags.contains(node.name) || scan.hasBlock(node)
    }

    private func isDropped(_ node: HTMLNode) -> Bool {
        if excluded.contains(node) { return true }
        let name = node.name
        if name == "button" && readingHeading { return scan.isSkipped(node) || scan.isHidden(node) }
        if BoilerplateRules.skippedTags.contains(name) { return true }
        if BoilerplateRules.chromeTags.contains(name) && !isPullQuote(node) && !isProseHeader(node) { return true }
        // A wrapper the scan did not read (too deep) is left out as the scan would have.
        if BoilerplateRules.isWrapperTag(name) && scan.stat(node) == nil { return true }
        return scan.isSkipped(node) || scan.isHidden(node) || isSummaryBox(node)
    }

    /// A `<header>` that holds paragraphs of prose (a section of the story whose text a layout
    /// set in the section's header), not a page's or story's heading and byline.
    private func isProseHeader(_ node: HTMLNode) -> Bool {
        guard node.name == "header", let s = scan.stat(node) else { return false }
        return s.text >= 400 && s.score >= 10 && scan.linkDensity(node) < 0.2
    }

    /// A box beside the story that sums it up or lists facts ("In brief", "Key points", a fact
    /// box): a container whose class names a fact box or info box, or names a summary and holds a
    /// list. What it says, the story says at length.
    private func isSummaryBox(_ node: HTMLNode) -> Bool {
        guard let info = scan.classInfo(node) else { return false }
        if info.names.contains(.factBox) { return true }
        guard info.names.contains(.summary), node.name != "p" else { return false }
        return Self.firstElement(under: node, maximumDepth: 6) { $0.name == "ul" || $0.name == "ol" } != nil
    }

    /// The first element under `node` (depth first, in document order), at most `maximumDepth`
    /// levels down, for which `test` holds.
    static func firstElement(under node: HTMLNode, maximumDepth: Int, depth: Int = 0,
                             where test: (HTMLNode) -> Bool) -> HTMLNode? {
        guard depth < maximumDepth else { return nil }
        for child in node.children where child.isElement {
            if test(child) { return child }
            if let found = firstElement(under: child, maximumDepth: maximumDepth, depth: depth + 1, where: test) { return found }
        }
        return nil
    }

    private func isPullQuote(_ node: HTMLNode) -> Bool {
        let words = scan.classInfo(node)?.words ?? []
        return words.contains("pullquote") || words.contains("quote") || (words.contains("pull") && words.contains("quote"))
    }

    // MARK: Blocks

    /// Walks the children of a block element: inline runs become paragraphs, block children are handled.
    private mutating func children(of node: HTMLNode, depth: Int) {
        guard depth < scan.maximumDepth else { return }
        for child in node.children {
            switch child.kind {
            case .text, .cdata:
                inline.text(child.text)
            case .element:
                if child.name == "br" {
                    inline.lineBreak()
                } else if isDropped(child) {
                    continue
                } else if isBlock(child) {
                    flush()
                    handleBlock(child, depth: depth + 1)
                    flush()
                    // The children iterator has already moved past `child`.
                    if freesBlocksRead, node == container { child.removeAndFree() }
                } else {
                    inlineNode(child, depth: depth + 1)
                }
            default:
                continue
            }
        }
    }

    private mutating func handleBlock(_ node: HTMLNode, depth: Int) {
        guard !isDropped(node) || depth == 0 else { return }
        let name = node.name
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            // The heading's text as a reader sees it: not the script or hidden label inside it.
            readingHeading = true
            let text = TextNormalization.collapseSpaces(inlineParagraphs(node, depth: depth).map(\.plainText).joined(separator: " "))
            readingHeading = false
            guard text.unicodeScalars.contains(where: ScalarClass.isWordScalar) else { return }
            // Teasers for other stories: a heading that is a link, or inside one. A link to the
            // heading's own anchor (`<a href="#setting-up">`, a permalink "¶") leads nowhere else.
            if scan.linkDensity(node) > 0.5 && Self.linkedShare(node) > 0.5 || Self.isInsideLink(node) || isInLinkedCard(node) { return }
            // A paragraph set in a heading's type (an opening paragraph as an h3) is a paragraph.
            guard text.hasAtMostCharacters(300) else {
                children(of: node, depth: depth)
                flush()
                return
            }
            if BoilerplateRules.isReadMoreLine(text) || BoilerplateRules.isFurnitureHeading(text) { return }
            let level = name == "h1" ? 2 : Int(String(name.last!))!
            blocks.append(.heading(Heading(text: text, level: level)))
        case "ul", "ol":
            list(node, ordered: name == "ol", depth: depth)
        case "blockquote":
            quote(node, depth: depth)
        case "figure":
            figure(node)
        case "table":
            table(node, depth: depth)
        case "pre":
            inline.text(node.textContent)
            flush()
        case "hr":
            flush()
        case "aside":
            if isPullQuote(node) {
                let text = TextNormalization.collapseSpaces(TextNormalization.normalize(node.textContent))
                if !text.isEmpty { blocks.append(.block(.quote(QuoteBlock(paragraphs: [[.text(text)]])))) }
            }
        case "p":
            if let figure = imageOnly(node) {
                blocks.append(.block(.figure(figure)))
                return
            }
            children(of: node, depth: depth)
            flush()
        case "div" where scan.textLength(node) <= 400 && isCaptionedImage(node):
            figure(node)
        case "a" where depth > 0 && Self.isTarget(node.attribute("href")):
            flush()
            insideBlockLink += 1
            children(of: node, depth: depth)
            flush()
            insideBlockLink -= 1
        default:
            if depth > 0, Self.boxTags.contains(name), Self.isLabelledTeaserBox(node, scan) { return }
            children(of: node, depth: depth)
            flush()
        }
    }

    static let boxTags: Set<String> = ["div", "section", "aside", "li"]

    /// A small box inside the body that opens with a "read more" label ("Czytaj więcej", "Lesen Sie
    /// auch", "Related:") and then shows another story's title and teaser: the label speaks for
    /// the whole box.
    static func isLabelledTeaserBox(_ node: HTMLNode, _ scan: PageScan) -> Bool {
        let letters = scan.textLength(node)
        guard letters > 0, letters <= 500, let label = firstText(in: node, depth: 0), label.count < 60 else { return false }
        guard BoilerplateRules.isReadMoreLine(label) else { return false }
        // An ad label ("Advertisement", "Anzeige") stands over an ad slot, not over the box's text.
        return !BoilerplateRules.isAdLabel(label)
    }

    /// Whether `node` is inside a labelled teaser box (within four levels).
    static func isInLabelledTeaserBox(_ node: HTMLNode, _ scan: PageScan) -> Bool {
        var current = node.parent
        var steps = 0
        while let n = current, steps < 4, n.name != "body" {
            if boxTags.contains(n.name), isLabelledTeaserBox(n, scan) { return true }
            current = n.parent
            steps += 1
        }
        return false
    }

    /// The first run of text inside `node` (in document order, scripts and styles left out), trimmed.
    static func firstText(in node: HTMLNode, depth: Int) -> String? {
        guard depth < 12 else { return nil }
        for child in node.children {
            if child.kind == .text || child.kind == .cdata {
                let t = TextNormalization.collapseSpaces(child.text)
                if !t.isEmpty { return t }
            } else if child.isElement, !BoilerplateRules.skippedTags.contains(child.name) {
                if let t = firstText(in: child, depth: depth + 1) { return t }
            }
        }
        return nil
    }

    /// A box that holds an image and, in an element whose class names a caption, nearly all its
    /// text: a figure without `<figure>` markup (`div.img-box > img + div.caption`).
    private func isCaptionedImage(_ node: HTMLNode) -> Bool {
        // The caption first: its test reads the scan's class words, where the image's walks the box.
        guard let caption = captionElement(in: node), Self.firstImage(node) != nil else { return false }
        // Not a teaser for another story (a linked picture and title) nor a box with a heading.
        let holdsHeading = Self.firstElement(under: node, maximumDepth: 6) { Self.headingTags.contains($0.name) } != nil
        guard scan.linkDensity(node) < 0.5, !holdsHeading else { return false }
        return scan.textLength(caption) * 5 >= scan.textLength(node) * 4
    }

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The first element under `node`, at most six levels down, whose class names a caption (the
    /// scan's class words where it has them, worked out once per class on the page).
    private func captionElement(in node: HTMLNode) -> HTMLNode? {
        Self.firstElement(under: node, maximumDepth: 6) { child in
            // Hidden and skipped elements have no figures in the scan: their words are worked out here.
            scan.stat(child) != nil ? scan.classInfo(child)?.names.contains(.caption) == true
                : BoilerplateRules.words(child.attribute("class") ?? "").contains { $0 == "caption" || $0 == "figcaption" }
        }
    }

    /// Ends the current run of inline content: each non-empty paragraph becomes a block.
    private mutating func flush() {
        defer { runHoldsButton = false }
        guard !inline.isEmpty else { return }
        if runHoldsButton {
            _ = inline.take()
            return
        }
        for paragraph in inline.take() {
            let text = paragraph.plainText
            if BoilerplateRules.isFurnitureLine(text) || BoilerplateRules.isCreditLine(text)
                || BoilerplateRules.isTemplatePlaceholder(text) { continue }
            if text.hasFewerCharacters(than: 200) && (insideBlockLink > 0 || Self.linkShare(paragraph) > 0.8) { continue }
            blocks.append(.block(.paragraph(paragraph)))
        }
    }

    /// Whether a link is styled as a button (`class="button"`, `btn-primary`, `cta-button`,
    /// `role="button"`): the scan's class words, worked out once per class on the page.
    private func isButton(_ link: HTMLNode) -> Bool {
        if let words = scan.classInfo(link)?.words, words.contains(where: { $0 == "button" || $0 == "btn" }) { return true }
        return link.attribute("role") == "button"
    }

    /// The share of a paragraph's text that is inside links.
    static func linkShare(_ inlines: [Inline]) -> Double {
        var linked = 0, total = 0
        func walk(_ items: [Inline], inLink: Bool) {
            for item in items {
                switch item {
                case .text(let t):
                    // Bytes other than ASCII spaces: a cheap measure of the text's length.
                    var n = 0
                    for byte in t.utf8 where byte != 0x20 && byte != 0x0A { n += 1 }
                    total += n
                    if inLink { linked += n }
                case .link(_, let c): walk(c, inLink: true)
                case .emphasis(let c), .strong(let c), .quoted(_, _, let c): walk(c, inLink: inLink)
                case .lineBreak: break
                }
            }
        }
        walk(inlines, inLink: false)
        return total == 0 ? 0 : Double(linked) / Double(total)
    }

    /// Whether `node` is in a teaser card for another story: a small box (a few hundred letters)
    /// that a link without text or picture of its own covers whole (the stretched link of card
    /// layouts).
    private func isInLinkedCard(_ node: HTMLNode) -> Bool {
        var current = node.parent
        var steps = 0
        while let n = current, steps < 4, n != container, scan.textLength(n) <= 400 {
            for child in n.children where child.isElement && child.name == "a" && Self.isTarget(child.attribute("href")) {
                if child.textContent.allSatisfy(\.isWhitespace), Self.firstImage(child) == nil { return true }
            }
            current = n.parent
            steps += 1
        }
        return false
    }

    /// Whether an `href` leads somewhere: not empty, not an anchor on the page, not a script.
    static func isTarget(_ href: String?) -> Bool {
        guard let href = href?.trimmingWhitespace(), !href.isEmpty else { return false }
        return !href.hasPrefix("#") && !href.lowercased().hasPrefix("javascript:")
    }

    /// The share of an element's text inside links that lead somewhere (not to an anchor of the page).
    static func linkedShare(_ node: HTMLNode) -> Double {
        func visible(_ text: String) -> Int { text.reduce(0) { $1.isWhitespace ? $0 : $0 + 1 } }
        let total = visible(node.textContent)
        guard total > 0 else { return 0 }
        var linked = 0
        _ = firstElement(under: node, maximumDepth: 6) { element in
            if element.name == "a", isTarget(element.attribute("href")) { linked += visible(element.textContent) }
            return false
        }
        return Double(linked) / Double(total)
    }

    static func isInsideLink(_ node: HTMLNode) -> Bool {
        var current = node.parent
        var steps = 0
        while let n = current, steps < 6 {
            if n.name == "a" { return isTarget(n.attribute("href")) }
            if n.name == "article" || n.name == "main" || n.name == "body" { return false }
            current = n.parent
            steps += 1
        }
        return false
    }

    // MARK: Inline

    private mutating func inlineNode(_ node: HTMLNode, depth: Int) {
        guard depth < scan.maximumDepth else { return }
        switch node.kind {
        case .text, .cdata:
            inline.text(node.text)
            return
        case .element:
            break
        default:
            return
        }
        if isDropped(node) { return }
        switch node.name {
        case "br":
            inline.lineBreak()
        case "em", "i", "cite", "dfn", "var":
            inline.open()
            inlineChildren(node, depth: depth)
            inline.close { .emphasis($0) }
        case "strong", "b":
            inline.open()
            inlineChildren(node, depth: depth)
            inline.close { .strong($0) }
        case "a":
            if isButton(node) { runHoldsButton = true }
            let href = node.attribute("href")?.trimmingWhitespace() ?? ""
            // A heading's permalink ("¶", "#", "§" linking to the heading's own anchor) is no text.
            if readingHeading, href.hasPrefix("#"), !node.textContent.contains(where: { $0.isLetter || $0.isNumber }) { return }
            // A link inside a link (broken markup the parser kept) is only text of the outer one.
            if !Self.isTarget(String(href)) || Self.isInsideLink(node) {
                inlineChildren(node, depth: depth)
            } else {
                inline.open()
                inlineChildren(node, depth: depth)
                let target = String(href)
                inline.close { .link(href: target, content: $0) }
            }
        case "q":
            inline.open()
            inlineChildren(node, depth: depth)
            inline.close { .quoted(open: "“", close: "”", content: $0) }
        case "img", "picture", "source", "wbr":
            return
        case "rt" where !(node.parent.map(Self.rubyHasFallback) ?? false):
            // A ruby's reading, set above its word, runs into the word in plain text: without
            // the <rp> parentheses the page gives for such text, only the word is kept.
            return
        default:
            let atStart = inline.isEmpty
            inlineChildren(node, depth: depth)
            // A drop cap ("N" then " a endlich!") opening a paragraph: the rest of its word
            // follows without a space.
            if atStart, isDropCap(node) { inline.glue() }
        }
    }

    /// Whether a `<ruby>` gives the parentheses (`<rp>`) to show its reading in plain text.
    static func rubyHasFallback(_ ruby: HTMLNode) -> Bool {
        ruby.name == "ruby" && ruby.children.contains { $0.isElement && $0.name == "rp" }
    }

    /// An element styled as a drop cap (class `dropcap`, `drop-cap`, `initial-letter`,
    /// `lettrine`) that holds one letter.
    private func isDropCap(_ node: HTMLNode) -> Bool {
        guard let words = scan.classInfo(node)?.words, !words.isEmpty else { return false }
        let named = words.contains("dropcap") || words.contains("lettrine") || words.contains("initial")
            || words.contains("drop") && words.contains("cap")
        guard named else { return false }
        let letters = node.textContent.filter { !$0.isWhitespace }
        return letters.count == 1 && letters.first!.isLetter
    }

    private mutating func inlineChildren(_ node: HTMLNode, depth: Int) {
        for child in node.children { inlineNode(child, depth: depth + 1) }
    }

    /// The inline content of `node` as paragraphs, without touching the current run.
    private mutating func inlineParagraphs(_ node: HTMLNode, depth: Int) -> [[Inline]] {
        let saved = inline
        inline = InlineBuilder()
        inlineChildren(node, depth: depth)
        let result = inline.take()
        inline = saved
        return result
    }

    // MARK: Lists, quotes, figures, tables

    private mutating func list(_ node: HTMLNode, ordered: Bool, depth: Int) {
        // Lists of links are navigation or related stories, and so is a heading right over one
        // ("Exklusive Politik-Hintergründe – für Sie recherchiert", "More on this story").
        if scan.linkDensity(node) > 0.5 {
            if inline.isEmpty, case .heading? = blocks.last { blocks.removeLast() }
            return
        }
        var items: [[Inline]] = []
        var nested: [HTMLNode] = []
        for child in node.children where child.isElement && !isDropped(child) {
            guard child.name == "li" else { continue }
            let saved = inline
            inline = InlineBuilder()
            for grandchild in child.children {
                if grandchild.isElement, grandchild.name == "ul" || grandchild.name == "ol" {
                    nested.append(grandchild)
                } else if grandchild.isElement, isBlock(grandchild), !isDropped(grandchild) {
                    inlineChildren(grandchild, depth: depth + 2)
                    inline.text(" ")
                } else {
                    inlineNode(grandchild, depth: depth + 2)
                }
            }
            let paragraphs = inline.take()
            inline = saved
            let item = paragraphs.reduce(into: [Inline]()) { acc, p in
                if !acc.isEmpty { acc.append(.lineBreak) }
                acc += p
            }
            // An item that is only a date stamp or a note about the page (a story's "10 April
            // 2020" in a list of its details) is furniture, as it is in a paragraph.
            if !item.isEmpty, !paragraphs.contains(where: { BoilerplateRules.isFurnitureLine($0.plainText) }) {
                items.append(item)
            }
        }
        guard !items.isEmpty else { return }
        let start = Int(node.attribute("start") ?? "") ?? 1
        blocks.append(.block(.list(ListBlock(ordered: ordered, start: start, items: items))))
        for list in nested { handleBlock(list, depth: depth + 1) }
    }

    private mutating func quote(_ node: HTMLNode, depth: Int) {
        let words = BoilerplateRules.classAndIDWords(of: node)
        if words.contains(where: { ["twitter", "tweet", "instagram", "tiktok", "embed", "facebook", "reddit"].contains($0) }) { return }
        var attribution: String?
        var sub = BlockExtractor(scan: scan, excluded: excluded)
        for child in node.children where child.isElement && (child.name == "cite" || child.name == "footer") {
            attribution = TextNormalization.collapseSpaces(TextNormalization.normalize(child.textContent))
            sub.excluded.append(child)
        }
        let inner = sub.extractContents(of: node, depth: depth + 1)
        var paragraphs: [[Inline]] = inner.compactMap {
            if case .block(.paragraph(let p)) = $0 { return p }
            return nil
        }
        if attribution == nil, let last = paragraphs.last, let first = last.plainText.first, "—–-".contains(first),
           paragraphs.count > 1 {
            attribution = String(last.plainText.dropFirst().trimmingWhitespace())
            paragraphs.removeLast()
        }
        guard !paragraphs.isEmpty else { return }
        if var a = attribution {
            while let f = a.first, "—–- ".contains(f) { a.removeFirst() }
            attribution = a.isEmpty ? nil : a
        }
        blocks.append(.block(.quote(QuoteBlock(paragraphs: paragraphs, attribution: attribution))))
    }

    static func imageSource(_ img: HTMLNode) -> String? {
        for name in ["src", "data-src", "data-original", "data-lazy-src", "data-srcset", "srcset"] {
            guard var value = img.attribute(name)?.trimmingWhitespace(), !value.isEmpty else { continue }
            if name.hasSuffix("srcset") { value = value.split(separator: ",").first?.split(separator: " ").first ?? value }
            if value.hasPrefix("data:") { continue }
            return String(value)
        }
        return nil
    }

    /// The first `img` under `node`.
    static func firstImage(_ node: HTMLNode) -> HTMLNode? {
        firstElement(under: node, maximumDepth: 12) { $0.name == "img" }
    }

    /// A paragraph that holds only an image (and a short caption) is a figure.
    private func imageOnly(_ node: HTMLNode) -> Figure? {
        guard let img = Self.firstImage(node), scan.textLength(node) <= 30 else { return nil }
        let caption = TextNormalization.collapseSpaces(TextNormalization.normalize(node.textContent))
        let alt = img.attribute("alt").map { TextNormalization.collapseSpaces($0) }
        return Figure(src: Self.imageSource(img), alt: alt?.isEmpty == false ? alt : nil,
                      caption: caption.isEmpty ? [] : [.text(caption)])
    }

    private mutating func figure(_ node: HTMLNode) {
        let img = Self.firstImage(node)
        var credit: String?
        var captionNode: HTMLNode?
        func find(_ n: HTMLNode, depth: Int) {
            guard depth < 10 else { return }
            for child in n.children where child.isElement {
                if child.name == "figcaption" { captionNode = captionNode ?? child }
                let words = BoilerplateRules.words(child.attribute("class") ?? "")
                if words.contains(where: { ["credit", "copyright", "photographer", "source", "byline", "author"].contains($0) }) {
                    let t = TextNormalization.collapseSpaces(TextNormalization.normalize(child.textContent))
                    if !t.isEmpty, credit == nil { credit = t }
                }
                find(child, depth: depth + 1)
            }
        }
        find(node, depth: 0)
        // Without a figcaption, an element whose class names a caption.
        if captionNode == nil { captionNode = captionElement(in: node) }
        var caption: [Inline] = []
        if let captionNode {
            var sub = BlockExtractor(scan: scan, excluded: excluded)
            caption = sub.inlineParagraphsIgnoringCredit(captionNode, credit: credit)
        }
        // "Caption. Ảnh: Văn Dũng/TTXVN", "Caption (Photo: Reuters)": the credit inside the caption.
        if credit == nil, let parsed = FigureCaption.parse(caption.plainText), parsed.credit != nil {
            credit = parsed.credit
            caption = parsed.caption
        }
        // A caption that ends with a credit after "©", or that is only a short credit
        // ("© Name/Getty Images", "Foto: dpa").
        if credit == nil, !caption.isEmpty {
            let text = caption.plainText
            if let mark = text.lastIndex(of: "©"), mark > text.startIndex, text.distance(from: mark, to: text.endIndex) <= 80,
               case let head = text[..<mark].trimmingWhitespace(), !head.isEmpty, !text[mark...].contains(". ") {
                credit = String(text[mark...].trimmingWhitespace())
                caption = [.text(String(head))]
            } else if BoilerplateRules.isCreditLine(text), !text.hasSuffix("."), text.split(separator: " ").count <= 6 {
                credit = text
                caption = []
            }
        }
        // A caption that is an ad label, a call to action or a note about the page ("Reklama",
        // "Besuchen Sie unseren Fan-Shop!", an affiliate disclosure) says nothing of the picture.
        if !caption.isEmpty, case let text = caption.plainText,
           BoilerplateRules.isReadMoreLine(text) || BoilerplateRules.isPageNote(text) || EndMatter.isCallToAction(text, holdsLink: false) {
            caption = []
        }
        let alt = img?.attribute("alt").map { TextNormalization.collapseSpaces($0) }
        let src = img.flatMap(Self.imageSource)
        guard src != nil || !caption.isEmpty else { return }
        blocks.append(.block(.figure(Figure(src: src, alt: alt?.isEmpty == false ? alt : nil, caption: caption, credit: credit))))
    }

    /// A caption's inlines, without its credit element.
    private mutating func inlineParagraphsIgnoringCredit(_ node: HTMLNode, credit: String?) -> [Inline] {
        let paragraphs = inlineParagraphs(node, depth: 0)
        var joined: [Inline] = paragraphs.reduce(into: []) { acc, p in
            if !acc.isEmpty { acc.append(.text(" ")) }
            acc += p
        }
        if let credit, joined.plainText.hasSuffix(credit) {
            let text = String(joined.plainText.dropLast(credit.count).trimmingWhitespace())
            joined = text.isEmpty ? [] : [.text(text)]
        }
        return joined
    }

    private mutating func table(_ node: HTMLNode, depth: Int) {
        // A table holding an image and a short text is a captioned photo (Vietnamese CMSs).
        if let img = Self.firstImage(node), scan.textLength(node) < 400 {
            let text = TextNormalization.collapseSpaces(TextNormalization.normalize(node.textContent))
            let alt = img.attribute("alt").map { TextNormalization.collapseSpaces($0) }
            var figure = Figure(src: Self.imageSource(img), alt: alt?.isEmpty == false ? alt : nil,
                                caption: text.isEmpty ? [] : [.text(text)])
            if let parsed = FigureCaption.parse(text), parsed.credit != nil {
                figure.caption = parsed.caption
                figure.credit = parsed.credit
            }
            blocks.append(.block(.figure(figure)))
            return
        }
        var rows: [HTMLNode] = []
        var layout = false
        func collectRows(_ n: HTMLNode, depth: Int) {
            guard depth < 4 else { return }
            for child in n.children where child.isElement {
                switch child.name {
                case "tr": rows.append(child)
                case "thead", "tbody", "tfoot": collectRows(child, depth: depth + 1)
                case "table": layout = true
                default: break
                }
            }
        }
        collectRows(node, depth: 0)
        for row in rows {
            for cell in row.children where cell.isElement && (cell.name == "td" || cell.name == "th") {
                if scan.hasBlock(cell) && scan.textLength(cell) > 200 { layout = true }
            }
        }
        if layout || rows.isEmpty {
            children(of: node, depth: depth)
            flush()
            return
        }
        var cells: [[[Inline]]] = []
        var header = false
        for (index, row) in rows.enumerated() {
            var rowCells: [[Inline]] = []
            var allTH = true
            for cell in row.children where cell.isElement && (cell.name == "td" || cell.name == "th") {
                if cell.name != "th" { allTH = false }
                let paragraphs = inlineParagraphs(cell, depth: depth + 1)
                rowCells.append(paragraphs.reduce(into: []) { acc, p in
                    if !acc.isEmpty { acc.append(.lineBreak) }
                    acc += p
                })
            }
            if index == 0 && allTH && !rowCells.isEmpty { header = true }
            if rowCells.contains(where: { !$0.isEmpty }) { cells.append(rowCells) } else if index == 0 { header = false }
        }
        guard cells.contains(where: { $0.contains { !$0.isEmpty } }) else { return }
        var caption: String?
        for child in node.children where child.isElement && child.name == "caption" {
            caption = TextNormalization.collapseSpaces(TextNormalization.normalize(child.textContent))
        }
        blocks.append(.block(.table(Table(rows: cells, hasHeader: header, caption: caption))))
    }
}
