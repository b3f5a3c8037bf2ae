import LibXML

/// One walk over a parsed page: metadata, the elements worth a look (h1s, body hints, lead
/// candidates, `<article>`s), and for every element its visible text, link text and the
/// readability-style score its paragraphs give it.
final class PageScan {
    struct Stats {
        // Counts are stored in 32 bits, and the class information as an index sharing a word with
        // the flags: a large page has a hundred thousand elements, and these figures were a sixth
        // of its peak memory.
        private var textCount: Int32 = 0
        private var linkTextCount: Int32 = 0
        private var paragraphTextCount: Int32 = 0
        private var bits: UInt32 = 0
        /// Paragraph score received from the paragraphs inside it.
        var score = 0.0

        private static let hasBlockBit: UInt32 = 1 << 31, isSetBit: UInt32 = 1 << 30, isSkippedBit: UInt32 = 1 << 29
        private static let isHiddenBit: UInt32 = 1 << 28, indexMask: UInt32 = (1 << 28) - 1

        private func flag(_ bit: UInt32) -> Bool { bits & bit != 0 }
        private mutating func setFlag(_ bit: UInt32, _ on: Bool) { bits = on ? bits | bit : bits & ~bit }

        /// Where this element's class information is in the scan's `classInfos` (0: none).
        var infoIndex: Int {
            get { Int(bits & Self.indexMask) }
            set { bits = bits & ~Self.indexMask | UInt32(newValue) & Self.indexMask }
        }
        /// Whether a block-level element is inside it.
        var hasBlock: Bool { get { flag(Self.hasBlockBit) } set { setFlag(Self.hasBlockBit, newValue) } }
        /// Whether the element has figures (was visited and not skipped or hidden).
        var isSet: Bool { get { flag(Self.isSetBit) } set { setFlag(Self.isSetBit, newValue) } }
        /// Whether the element was skipped as boilerplate by its class or id.
        var isSkipped: Bool { get { flag(Self.isSkippedBit) } set { setFlag(Self.isSkippedBit, newValue) } }
        /// Whether the element is hidden from readers.
        var isHidden: Bool { get { flag(Self.isHiddenBit) } set { setFlag(Self.isHiddenBit, newValue) } }

        /// Visible letters (non-space characters) under the element, skipped parts excluded.
        var text: Int {
            get { Int(textCount) }
            set { textCount = Int32(clamping: newValue) }
        }
        /// The part of `text` inside links.
        var linkText: Int {
            get { Int(linkTextCount) }
            set { linkTextCount = Int32(clamping: newValue) }
        }
        /// Letters of the paragraphs inside it (prose, as opposed to menus and link lists).
        var paragraphText: Int {
            get { Int(paragraphTextCount) }
            set { paragraphTextCount = Int32(clamping: newValue) }
        }
    }

    /// Class and id values already worked out on this page, as indexes into `classInfos`.
    private var classCache: [ClassKey: Int] = [:]
    /// A class and id pair, hashed as two strings (no joined string is made).
    private struct ClassKey: Hashable {
        var classes: String
        var id: String
    }
    /// What each distinct class and id value of the page says (index 0 holds nothing).
    private var classInfos: [BoilerplateRules.ClassInfo] = [BoilerplateRules.ClassInfo(words: [], isBoilerplate: false, weight: 0, isLead: false,
                                                                                       isBodyHint: false, isByline: false, isHiddenClass: false)]
    private let tokenCache = BoilerplateRules.TokenCache()

    /// Letters of all paragraphs of the page.
    var totalParagraphText = 0

    /// The default nesting limit: deeper elements are ignored, which bounds the recursion whatever
    /// the page (`--max-depth` changes it).
    static let defaultMaximumDepth = HTMLReader.defaultMaximumDepth
    /// The nesting limit of this scan.
    let maximumDepth: Int

    /// The elements visited, by position in document order (from 1; 0 holds nothing). Each
    /// element's position is also its `mark`, so that the tables below are indexed, not hashed.
    private var elements: [HTMLNode?] = [nil]
    /// The figures of each visited element, by position.
    private var statsByPosition: [Stats] = [Stats()]
    var metadata = MetadataCollector()
    var h1s: [HTMLNode] = []
    var bodyHints: [HTMLNode] = []
    var articleBodies: [HTMLNode] = []
    var articles: [HTMLNode] = []
    var leadCandidates: [HTMLNode] = []
    var bylineTexts: [String] = []
    /// Wrapper tags (`nav`, `form`, `menu`, `noscript`) skipped whole, with their depth.
    private var wrappers: [(node: HTMLNode, depth: Int)] = []
    var timeValues: [String] = []
    /// Short text blocks (40 to 1200 letters, no blocks inside), in document order: where a lead
    /// that repeats the page's description is looked for.
    var shortBlocks: [HTMLNode] = []
    var body: HTMLNode?
    /// Paragraph scores waiting to be given: they are given only if no skipped element holds the paragraph.
    private var pendingScores: [(node: HTMLNode, points: Double, startingAtSelf: Bool, letters: Int)] = []

    /// The elements skipped as boilerplate by their class or id, with the text each held, in all
    /// and outside links.
    var skipped: [HTMLNode: (text: Int, prose: Int)] = [:]
    /// Elements never skipped by class (a page wrapper named like an ad slot, say).
    let exempt: Set<HTMLNode>

    init(root: HTMLNode, exempt: Set<HTMLNode> = [], maximumDepth: Int = PageScan.defaultMaximumDepth) {
        self.exempt = exempt
        self.maximumDepth = maximumDepth
        // Sized up front: grown by doubling, the tables of a large page were half empty.
        let capacity = root.elementCount + 1
        elements.reserveCapacity(capacity)
        statsByPosition.reserveCapacity(capacity)
        if let lang = root.attribute("lang") ?? root.attribute("xml:lang") { metadata.htmlLanguage(lang) }
        _ = visit(root, depth: 0)
        for pending in pendingScores where !isInsideSkipped(pending.node) {
            addScore(pending.points, from: pending.node, startingAtSelf: pending.startingAtSelf)
            // Prose counts where its links are few.
            if linkDensity(pending.node) < 0.5 {
                totalParagraphText += pending.letters
                var current: HTMLNode? = pending.node
                while let n = current {
                    update(n) { $0.paragraphText += pending.letters }
                    current = n.parent
                }
            }
        }
        pendingScores = []
    }

    /// A skipped element that held much of the page's text: its class misled the rules.
    func largeSkipped() -> HTMLNode? {
        let kept = body.map { textLength($0) } ?? 0
        // Skipped elements' text leaves out what was skipped inside them: no letter counts twice.
        let total = kept + skipped.values.reduce(0) { $0 + $1.text }
        // A page that kept little text may be inside a wrapper tag: broken markup that left the
        // story inside a <nav> (it holds an <article> and more text than was kept), an ASP.NET
        // page's <form> or the <noscript> copy of a page that scripts write (most of the page;
        // "Please enable JavaScript" alone is no page).
        if kept < 1000, !wrappers.isEmpty {
            let measured = wrappers.map { wrapper -> (node: HTMLNode, text: Int, signal: Bool) in
                var text = 0, signal = false
                for child in wrapper.node.children { measureWrapped(child, depth: wrapper.depth + 1, text: &text, signal: &signal) }
                return (wrapper.node, text, signal)
            }
            if let misled = measured.first(where: { $0.signal && $0.text > kept }) { return misled.node }
            let all = total + measured.reduce(0) { $0 + $1.text }
            if let page = measured.filter({ $0.text >= 200 && Double($0.text) >= Double(all) * 0.6 }).max(by: { $0.text < $1.text }) {
                return page.node
            }
        }
        guard total > 0 else { return nil }
        if let misled = skipped.filter({ Double($0.value.text) >= Double(total) * 0.4 && !namesComments($0.key) })
            .max(by: { $0.value.text < $1.value.text })?.key {
            return misled
        }
        // A page that kept little may have most of its text in menus, which hide a misnamed
        // wrapper by sheer length ("zen-one-sidebar-second", a layout's name): the text outside
        // links tells the story from the menus.
        guard kept < 1000 else { return nil }
        let keptProse = body.map { textLength($0) - (stat($0)?.linkText ?? 0) } ?? 0
        let totalProse = keptProse + skipped.values.reduce(0) { $0 + $1.prose }
        return skipped.filter { $0.value.prose >= 500 && Double($0.value.prose) >= Double(totalProse) * 0.5 && !namesComments($0.key) }
            .max { $0.value.prose < $1.value.prose }?.key
    }

    /// Whether an element's class or id names reader comments: a page wrapper may be misnamed
    /// after an ad slot, never after comments, however long the discussion.
    private func namesComments(_ node: HTMLNode) -> Bool {
        classInfo(node)?.names.contains(.comments) ?? false
    }

    /// Whether `node` or one of its ancestors was skipped as boilerplate.
    func isInsideSkipped(_ node: HTMLNode) -> Bool {
        guard !skipped.isEmpty else { return false }
        var current: HTMLNode? = node
        while let n = current {
            if isSkipped(n) { return true }
            current = n.parent
        }
        return false
    }

    /// Returns (text, linkText, inlineText, commas, whether a body signal is inside) of the subtree.
    private func visit(_ node: HTMLNode, depth: Int) -> (text: Int, link: Int, inline: Int, commas: Int, signal: Bool) {
        switch node.kind {
        case .text, .cdata:
            let m = node.letterAndCommaCount
            return (m.letters, 0, m.letters, m.commas, false)
        case .element:
            break
        default:
            return (0, 0, 0, 0, false)
        }
        guard depth < maximumDepth else { return (0, 0, 0, 0, false) }
        let name = node.name
        switch name {
        case "head":
            collectHead(node, depth: depth)
            return (0, 0, 0, 0, false)
        case "meta":
            metadata.meta(name: node.attribute("name"), property: node.attribute("property"),
                          itemprop: node.attribute("itemprop"), content: node.attribute("content"))
            return (0, 0, 0, 0, false)
        case "link":
            if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") { metadata.canonical(href) }
            return (0, 0, 0, 0, false)
        case "script":
            if node.attribute("type")?.lowercased().contains("ld+json") == true { metadata.jsonLDScript(node.textContent) }
            return (0, 0, 0, 0, false)
        case "title":
            if body == nil { metadata.title(node.textContent) }
            return (0, 0, 0, 0, false)
        case "time":
            if let dt = node.attribute("datetime"), timeValues.count < 5 { timeValues.append(dt) }
        case "body":
            body = node
        default:
            break
        }
        if BoilerplateRules.skippedTags.contains(name) { return (0, 0, 0, 0, false) }
        let attributes = node.commonAttributes
        var info: BoilerplateRules.ClassInfo?
        var infoIndex = 0
        var id = attributes.id ?? ""
        if !id.isEmpty, BlockExtractor.headingTags.contains(name), BoilerplateRules.isAnchorSlug(id, of: node.textContent) { id = "" }
        if attributes.classes != nil || !id.isEmpty {
            let classes = attributes.classes ?? ""
            let key = ClassKey(classes: classes, id: id)
            if let cached = classCache[key] {
                infoIndex = cached
            } else {
                classInfos.append(BoilerplateRules.classInfo(classes: classes, id: id, tokens: tokenCache))
                infoIndex = classInfos.count - 1
                classCache[key] = infoIndex
            }
            info = classInfos[infoIndex]
        }
        let position = elements.count
        node.mark = position
        elements.append(node)
        statsByPosition.append(Stats())
        if BoilerplateRules.isHidden(attributes, info: info, isParagraph: name == "p") {
            statsByPosition[position].isHidden = true
            statsByPosition[position].infoIndex = infoIndex
            return (0, 0, 0, 0, false)
        }

        // A wrapper tag is skipped whole (looked into only when the page kept little text).
        if BoilerplateRules.isWrapperTag(name) && !exempt.contains(node) {
            wrappers.append((node, depth))
            statsByPosition[position].isSkipped = true
            statsByPosition[position].infoIndex = infoIndex
            return (0, 0, 0, 0, false)
        }

        // Elements worth a look later, recorded whether or not they are boilerplate.
        var signal = false
        if let info {
            if info.isLead, leadCandidates.count < 50 { leadCandidates.append(node) }
            if info.isBodyHint { bodyHints.append(node); signal = true }
            if info.isByline, bylineTexts.count < 5 {
                let t = TextNormalization.collapseSpaces(node.textContent)
                if !t.isEmpty && t.count < 200 { bylineTexts.append(t) }
            }
        }
        if attributes.itemprop == "articleBody" { articleBodies.append(node); signal = true }
        if name == "h1" { h1s.append(node) }
        if name == "article" {
            articles.append(node)
            // A reader's comment marked up as an <article> is no sign of the story.
            if info?.names.contains(.comments) != true { signal = true }
        }

        var text = 0, link = 0, inline = 0, commas = 0
        var hasBlock = false
        for child in node.children {
            let r = visit(child, depth: depth + 1)
            if r.signal { signal = true }
            text += r.text
            link += r.link
            commas += r.commas
            if child.isElement {
                let childIsBlock = BoilerplateRules.blockTags.contains(child.name)
                if childIsBlock || stat(child)?.hasBlock == true { hasBlock = true }
                if !childIsBlock { inline += r.inline }
            } else {
                inline += r.inline
            }
        }
        // Boilerplate by class or id, unless the article's body is inside it (some sites put the
        // story in a "sidebar" column).
        if !signal, name != "body", name != "html", name != "main", !exempt.contains(node), info?.isBoilerplate == true {
            statsByPosition[position].isSkipped = true
            statsByPosition[position].infoIndex = infoIndex
            skipped[node] = (text, text - link)
            return (0, 0, 0, 0, false)
        }
        if name == "a" { link = text }
        let isBlockTag = BoilerplateRules.blockTags.contains(name)
        if !hasBlock, text >= 40, text <= 1200, shortBlocks.count < 400, isBlockTag || name == "span" {
            shortBlocks.append(node)
        }
        statsByPosition[position].isSet = true
        statsByPosition[position].infoIndex = infoIndex
        statsByPosition[position].text = text
        statsByPosition[position].linkText = link
        statsByPosition[position].hasBlock = hasBlock

        // Paragraph scoring: a paragraph gives its score to its ancestors; a block holding text
        // directly (div soup, <br>-separated text) gives it to itself first.
        if inline >= 25 {
            let points = 1.0 + Double(commas) + min(Double(inline) / 100.0, 3.0)
            if ["p", "pre", "td", "blockquote", "dd", "li"].contains(name) {
                if name != "li" { pendingScores.append((node, points, false, inline)) }
            } else if ["div", "section", "article", "main", "center"].contains(name) {
                pendingScores.append((node, points, true, inline))
            }
        }
        return (text, link, isBlockTag ? 0 : inline, commas, signal)
    }

    /// Inside a skipped wrapper tag: counts the letters and notes an `<article>` (not a
    /// comment's) or an `articleBody`.
    private func measureWrapped(_ node: HTMLNode, depth: Int, text: inout Int, signal: inout Bool) {
        switch node.kind {
        case .text, .cdata:
            text += node.letterAndCommaCount.letters
            return
        case .element:
            break
        default:
            return
        }
        guard depth < maximumDepth else { return }
        let name = node.name
        switch name {
        case "article":
            // As in the scan: a reader's comment marked up as an <article> is no sign of the story.
            if !signal, !BoilerplateRules.classInfo(classes: node.attribute("class") ?? "", id: node.attribute("id") ?? "",
                                                    tokens: tokenCache).names.contains(.comments) { signal = true }
        default:
            if BoilerplateRules.skippedTags.contains(name) { return }
            if !signal, node.attribute("itemprop") == "articleBody" { signal = true }
        }
        for child in node.children { measureWrapped(child, depth: depth + 1, text: &text, signal: &signal) }
    }

    private func addScore(_ points: Double, from node: HTMLNode, startingAtSelf: Bool) {
        var current: HTMLNode? = startingAtSelf ? node : node.parent
        var level = 0
        while let n = current, level < 4 {
            let share = level == 0 ? points : level == 1 ? points / 2 : points / Double(level * 3)
            update(n) { $0.score += share }
            current = n.parent
            level += 1
            if n.name == "body" { break }
        }
    }

    private func collectHead(_ node: HTMLNode, depth: Int) {
        guard depth < maximumDepth else { return }
        for child in node.children where child.isElement {
            switch child.name {
            case "meta":
                metadata.meta(name: child.attribute("name"), property: child.attribute("property"),
                              itemprop: child.attribute("itemprop"), content: child.attribute("content"))
                if let equiv = child.attribute("http-equiv")?.lowercased(), equiv == "content-language",
                   let content = child.attribute("content") {
                    metadata.meta(name: "content-language", property: nil, itemprop: nil, content: content)
                }
            case "title": metadata.title(child.textContent)
            case "link":
                if child.attribute("rel")?.lowercased() == "canonical", let href = child.attribute("href") { metadata.canonical(href) }
            case "script":
                if child.attribute("type")?.lowercased().contains("ld+json") == true { metadata.jsonLDScript(child.textContent) }
            default:
                collectHead(child, depth: depth + 1)
            }
        }
    }

    /// Link text over text, 0 when there is no text.
    func linkDensity(_ node: HTMLNode) -> Double {
        guard let s = stat(node), s.text > 0 else { return 0 }
        return Double(s.linkText) / Double(s.text)
    }

    func textLength(_ node: HTMLNode) -> Int { stat(node)?.text ?? 0 }

    /// The share of the page's prose inside `node` (0…1).
    func coverage(_ node: HTMLNode) -> Double {
        guard totalParagraphText > 0 else { return 0 }
        return Double(stat(node)?.paragraphText ?? 0) / Double(totalParagraphText)
    }

    /// Letters of `container`'s text that come before `node` (which is inside it), in document order.
    func textBefore(_ node: HTMLNode, in container: HTMLNode) -> Int {
        guard let target = position(node) else { return 0 }
        var total = 0
        func walk(_ n: HTMLNode, depth: Int) -> Bool {
            guard depth < maximumDepth else { return true }
            for child in n.children {
                if child == node { return true }
                if child.isElement {
                    if let o = position(child), o > target { return true }
                    if let o = position(child), let s = stat(child), o < target, !ContentFinder.isAncestor(child, of: node) {
                        total += s.text
                        continue
                    }
                    if walk(child, depth: depth + 1) { return true }
                } else if child.kind == .text {
                    total += child.text.count
                }
            }
            return false
        }
        _ = walk(container, depth: 0)
        return total
    }

    /// Whether block-level elements are inside `node`.
    func hasBlock(_ node: HTMLNode) -> Bool { stat(node)?.hasBlock ?? false }

    /// The element's position in document order (from 1), if this scan visited it.
    func position(_ node: HTMLNode) -> Int? {
        let mark = node.mark
        guard mark > 0, mark < elements.count, elements[mark] == node else { return nil }
        return mark
    }

    /// The figures of a visited element (nil for one skipped whole, hidden, or never reached).
    func stat(_ node: HTMLNode) -> Stats? {
        guard let p = position(node), statsByPosition[p].isSet else { return nil }
        return statsByPosition[p]
    }

    /// Whether `node` was skipped as boilerplate by its class or id (a table lookup, not a hash).
    func isSkipped(_ node: HTMLNode) -> Bool {
        guard let p = position(node) else { return false }
        return statsByPosition[p].isSkipped
    }

    /// Whether `node` is hidden from readers.
    func isHidden(_ node: HTMLNode) -> Bool {
        guard let p = position(node) else { return false }
        return statsByPosition[p].isHidden
    }

    /// What the class and id of a visited element say (nil when it has neither).
    func classInfo(_ node: HTMLNode) -> BoilerplateRules.ClassInfo? {
        // Skipped and hidden elements keep their class information too.
        guard let p = position(node), statsByPosition[p].infoIndex > 0 else { return nil }
        return classInfos[statsByPosition[p].infoIndex]
    }

    /// Changes the figures of a visited element, starting from empty ones.
    private func update(_ node: HTMLNode, _ change: (inout Stats) -> Void) {
        guard let p = position(node) else { return }
        statsByPosition[p].isSet = true
        change(&statsByPosition[p])
    }

    /// The elements with a paragraph score, in document order.
    var scoredElements: [(node: HTMLNode, stats: Stats)] {
        var result: [(node: HTMLNode, stats: Stats)] = []
        for p in statsByPosition.indices where statsByPosition[p].isSet && statsByPosition[p].score > 0 {
            if let element = elements[p] { result.append((element, statsByPosition[p])) }
        }
        return result
    }
}
