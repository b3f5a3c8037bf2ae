import LibXML

/// Writes an article as one XHTML document (`<html xmlns="http://www.w3.org/1999/xhtml">`) into
/// an ``XMLTextWriter``: `h1`, the lead as `p class="lead"`, `h2`…`h6`, `p`, `blockquote`, `q`,
/// `ul`/`ol`, `figure`/`figcaption`, `table`. The NewsML-G2 and ninjs writers share it.
enum XHTMLBody {
    static let namespace = "http://www.w3.org/1999/xhtml"

    /// Writes the document; `written` is called after each block (a streaming caller drains the
    /// writer there).
    static func write(_ article: Article, to w: XMLTextWriter, written: () -> Void = {}) {
        let language = article.language ?? "und"
        w.startElement("html", defaultNamespace: namespace)
        w.attribute("lang", language)
        w.attribute("xml:lang", language)
        w.startElement("head")
        w.element("title", text: article.title)
        w.endElement()
        w.startElement("body")
        w.element("h1", text: article.title)
        if let subtitle = article.subtitle { paragraph([.text(subtitle)], className: "subtitle", to: w) }
        if let lead = article.lead { paragraph([.text(lead)], className: "lead", to: w) }
        var datelinePending = article.dateline
        for section in article.sections {
            if let heading = section.heading {
                w.element("h\(heading.level)", text: heading.text)
            }
            for block in section.blocks {
                if let dateline = datelinePending, case .paragraph(let inlines) = block {
                    datelinePending = nil
                    w.startMixedElement("p")
                    w.startElement("span")
                    w.attribute("class", "dateline")
                    w.text(dateline.raw)
                    w.endElement()
                    w.text(" – ")
                    write(inlines, to: w)
                    w.endMixedElement()
                    written()
                    continue
                }
                datelinePending = nil
                write(block, to: w)
                written()
            }
        }
        if let credit = article.credit { paragraph([.text(credit)], className: "credit", to: w) }
        w.endElement()  // body
        w.endElement()  // html
    }

    static func paragraph(_ inlines: [Inline], className: String? = nil, to w: XMLTextWriter) {
        w.startMixedElement("p")
        if let className { w.attribute("class", className) }
        write(inlines, to: w)
        w.endMixedElement()
    }

    static func write(_ block: Block, to w: XMLTextWriter) {
        switch block {
        case .paragraph(let inlines):
            paragraph(inlines, to: w)
        case .quote(let q):
            w.startElement("blockquote")
            for p in q.paragraphs { paragraph(p, to: w) }
            if let attribution = q.attribution {
                w.startElement("footer")
                w.element("cite", text: attribution)
                w.endElement()
            }
            w.endElement()
        case .list(let list):
            w.startElement(list.ordered ? "ol" : "ul")
            if list.ordered && list.start != 1 { w.attribute("start", String(list.start)) }
            for item in list.items {
                w.startMixedElement("li")
                write(item, to: w)
                w.endMixedElement()
            }
            w.endElement()
        case .figure(let figure):
            w.startElement("figure")
            if let src = figure.src {
                w.startElement("img")
                w.attribute("src", src)
                w.attribute("alt", figure.alt ?? "")
                w.endElement()
            }
            if !figure.caption.isEmpty || figure.credit != nil {
                w.startMixedElement("figcaption")
                write(figure.caption, to: w)
                if let credit = figure.credit {
                    if !figure.caption.isEmpty { w.text(" ") }
                    w.startElement("small")
                    w.text(credit)
                    w.endElement()
                }
                w.endMixedElement()
            }
            w.endElement()
        case .table(let table):
            w.startElement("table")
            if let caption = table.caption { w.element("caption", text: caption) }
            for (r, row) in table.rows.enumerated() {
                w.startElement("tr")
                for cell in row {
                    w.startMixedElement(table.hasHeader && r == 0 ? "th" : "td")
                    write(cell, to: w)
                    w.endMixedElement()
                }
                w.endElement()
            }
            w.endElement()
        }
    }

    static func write(_ inlines: [Inline], to w: XMLTextWriter) {
        for inline in inlines {
            switch inline {
            case .text(let s): w.text(s)
            case .quoted(_, _, let content):
                w.startElement("q")
                write(content, to: w)
                w.endElement()
            case .emphasis(let c):
                w.startElement("em")
                write(c, to: w)
                w.endElement()
            case .strong(let c):
                w.startElement("strong")
                write(c, to: w)
                w.endElement()
            case .link(let href, let c):
                w.startElement("a")
                w.attribute("href", href)
                write(c, to: w)
                w.endElement()
            case .lineBreak:
                w.startElement("br")
                w.endElement()
            }
        }
    }
}
