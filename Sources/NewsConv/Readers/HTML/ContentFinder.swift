import LibXML

/// Chooses the elements that hold the article's body: readability's paragraph scoring, checked
/// against the page's own markup (`itemprop=articleBody`, body class names), plus the top
/// candidate's siblings that score nearly as well.
enum ContentFinder {
    static func baseScore(_ name: String) -> Double {
        switch name {
        case "article": return 8
        case "div": return 5
        case "section", "main": return 3
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        case "body": return -15
        case "html": return -25
        default: return 0
        }
    }

    static func finalScore(_ node: HTMLNode, _ scan: PageScan) -> Double {
        guard let s = scan.stat(node) else { return 0 }
        // A class name counts fully only for elements that hold real paragraphs.
        let weight = (scan.classInfo(node)?.weight ?? 0) * min(1, s.score / 15)
        return (s.score + baseScore(node.name) + weight) * (1 - scan.linkDensity(node))
    }

    /// `div.box`; for an element without a class, its name under its parent's signature
    /// (`div/section.story`). Boxes of one story share it.
    static func signatures(_ node: HTMLNode) -> Set<String> {
        var prefix = ""
        var current: HTMLNode? = node
        var level = 0
        while let n = current, level < 3 {
            if let cls = n.attribute("class")?.trimmingWhitespace(), !cls.isEmpty {
                return [prefix + n.name + "." + cls]
            }
            prefix += n.name + "/"
            current = n.parent
            level += 1
        }
        return []
    }

    static func isAncestor(_ a: HTMLNode, of b: HTMLNode) -> Bool {
        var current = b.parent
        while let n = current {
            if n == a { return true }
            current = n.parent
        }
        return false
    }

    /// Whether `node` is `container` or inside it.
    static func isWithin(_ node: HTMLNode, _ container: HTMLNode) -> Bool {
        node == container || isAncestor(container, of: node)
    }

    /// On a page that holds several stories, each an `<article>` with its own `h1` (the next
    /// stories of an endless page, appended below the first), the story `node` is part of: its
    /// closest such `<article>`, itself included. Nil on a page with one `h1` or none.
    static func story(of node: HTMLNode, h1s: [HTMLNode]) -> HTMLNode? {
        guard h1s.count >= 2 else { return nil }
        var current: HTMLNode? = node
        while let n = current {
            if n.name == "article", h1s.contains(where: { isAncestor(n, of: $0) }) { return n }
            current = n.parent
        }
        return nil
    }

    /// The containers of the body, in document order; empty when the page has no text.
    /// `titleH1` is the `h1` chosen as the page's headline, if one was.
    static func containers(_ scan: PageScan, titleH1: HTMLNode? = nil) -> [HTMLNode] {
        // Every element that received paragraph points, with its final score, in document order.
        let scored = scan.scoredElements.map { (node: $0.node, score: finalScore($0.node, scan)) }
        var top: HTMLNode?
        var topScore = -Double.infinity
        for (node, score) in scored {
            if score > topScore || (score == topScore && (top.map { scan.textLength(node) > scan.textLength($0) } ?? true)) {
                top = node
                topScore = score
            }
        }
        // A page of several stories is about the one whose h1 is its headline: when the best
        // candidate is part of another story, the best one of the headline's story is taken.
        var topStory = top.flatMap { story(of: $0, h1s: scan.h1s) }
        if let titleH1, let titleStory = story(of: titleH1, h1s: scan.h1s), let current = topStory, current != titleStory {
            let own = scored.filter { isWithin($0.node, titleStory) }
            if let best = own.max(by: { $0.score < $1.score }), best.score >= topScore * 0.25 {
                top = best.node
                topScore = best.score
                topStory = titleStory
            }
        }
        // Stories whose paragraphs sit in separate boxes (live blogs, card layouts, a story in
        // parts): when several of the best candidates share a close ancestor, that ancestor holds
        // the story. Boxes of another story of the page are not the story's.
        if let best = top {
            let bestSignatures = signatures(best)
            let independent = scored
                .filter { $0.score >= topScore * 0.3 || isStoryPart($0.node, score: $0.score, scan) }
                .filter { $0.node != best && !isAncestor($0.node, of: best) && !isAncestor(best, of: $0.node) }
                .map(\.node)
                .filter { !signatures($0).isDisjoint(with: bestSignatures) }
                .filter { node in topStory.map { isWithin(node, $0) } ?? true }
            if !independent.isEmpty && independent.count <= 60 {
                var ancestor = best.parent
                var steps = 0
                while let a = ancestor, a.name != "body", a.name != "html", steps < 6 {
                    let inside = independent.filter { isAncestor(a, of: $0) }.count
                    if inside * 2 >= independent.count && inside >= 1 {
                        if scan.linkDensity(a) < 0.35 {
                            top = a
                            topScore = max(topScore, finalScore(a, scan))
                        }
                        break
                    }
                    ancestor = a.parent
                    steps += 1
                }
            }
        }
        // The article holds most of the page's prose: when the top candidate holds little of it,
        // a close ancestor that holds most of it (and is not a link farm) is the article.
        if let best = top {
            let own = scan.coverage(best)
            if own < 0.6 {
                var ancestor = best.parent
                var steps = 0
                while let a = ancestor, a.name != "html", steps < 5, topStory.map({ isWithin(a, $0) }) ?? true {
                    let c = scan.coverage(a)
                    if c >= max(0.7, own + 0.3) {
                        if scan.linkDensity(a) < 0.3, a.name != "body" { top = a }
                        break
                    }
                    ancestor = a.parent
                    steps += 1
                }
            }
        }
        let hints = (scan.articleBodies + scan.bodyHints).filter { scan.textLength($0) >= 150 && scan.linkDensity($0) < 0.5 }
            .filter { hint in topStory.map { isWithin(hint, $0) } ?? true }
        guard var chosen = top ?? hints.first ?? scan.body else { return [] }
        let topText = scan.textLength(chosen)

        // The page's own markup wins when it holds most of the text the scoring found.
        var bestHint: HTMLNode?
        for hint in hints {
            let t = scan.textLength(hint)
            let acceptable: Bool
            if hint == chosen || isAncestor(hint, of: chosen) {
                acceptable = scan.linkDensity(hint) < 0.3 && Double(t) <= Double(topText) * 3 + 2000
            } else if isAncestor(chosen, of: hint) {
                acceptable = Double(t) >= Double(topText) * 0.6
            } else {
                acceptable = Double(t) >= Double(topText) * 0.7
            }
            if acceptable, bestHint.map({ scan.textLength($0) < t }) ?? true { bestHint = hint }
        }
        if let hint = bestHint {
            // A marked body around the top candidate, or beside it, is the article as it is.
            guard hint == chosen || isAncestor(chosen, of: hint) else { return [hint] }
            // A marked body inside it or the top candidate itself still takes the paragraphs left
            // beside it (the first paragraph before a paywall wrapper) when they are dressed like
            // the paragraphs inside.
            guard let parent = hint.parent else { return [hint] }
            let classes = Set(hint.children.compactMap { $0.isElement && $0.name == "p" ? $0.attribute("class") : nil })
            return parent.children.filter { sibling in
                if sibling == hint { return true }
                guard sibling.isElement, let c = sibling.attribute("class"), classes.contains(c) else { return false }
                return isLooseParagraph(sibling, scan) && !scan.isSkipped(sibling) && !scan.leadCandidates.contains(sibling)
            }
        }

        // Siblings that belong with the top candidate.
        guard let parent = chosen.parent, chosen.name != "body" else { return [chosen] }
        let threshold = max(10, topScore * 0.2)
        var result: [HTMLNode] = []
        for sibling in parent.children where sibling.isElement {
            if sibling == chosen { result.append(sibling); continue }
            if BoilerplateRules.skippedTags.contains(sibling.name) || scan.isSkipped(sibling) { continue }
            if scan.stat(sibling)?.score ?? 0 > 0, finalScore(sibling, scan) >= threshold {
                result.append(sibling)
            } else if isLooseParagraph(sibling, scan) {
                result.append(sibling)
            }
        }
        if result.isEmpty { chosen = parent; result = [chosen] }
        return result
    }

    /// A box that can be a part of a story whatever the size of the first part (the short last part
    /// after a figure): some paragraphs of prose, few of them links. A teaser of a line or two is not.
    static func isStoryPart(_ node: HTMLNode, score: Double, _ scan: PageScan) -> Bool {
        score >= 20 && scan.textLength(node) >= 500 && scan.linkDensity(node) < 0.2
    }

    /// A `<p>` of prose beside the article's container (more than 80 letters, few of them links).
    static func isLooseParagraph(_ node: HTMLNode, _ scan: PageScan) -> Bool {
        node.name == "p" && scan.textLength(node) > 80 && scan.linkDensity(node) < 0.25
    }
}
