import Foundation
import Testing
import LibXML
@testable import NewsConv

@Suite struct WriterTests {
    /// Markdown outlines skip no level, and headings of one rank on the page share one level.
    @Test func markdownHeadingLevelsFollowThePageOutline() {
        var outline = MarkdownWriter.Outline()
        #expect([3, 3, 4, 2, 5, 3].map { outline.level($0) } == [2, 2, 3, 2, 3, 3])
        let article = Article(title: "T", sections: [Section(heading: Heading(text: "A", level: 3), blocks: [.paragraph([.text("a")])]),
                                                     Section(heading: Heading(text: "B", level: 3), blocks: [.paragraph([.text("b")])])])
        let markdown = MarkdownWriter(frontMatter: false).render(article)
        #expect(markdown.contains("\n## A\n") && markdown.contains("\n## B\n"))
    }

    /// An article whose every text looks like markup.
    static let hostile = Article(
        title: "A <script>alert(1)</script> & *bold* title #1",
        subtitle: "_under_ `code`",
        lead: "# Not a heading, ]]> and -- inside",
        dateline: Dateline(raw: "HÀ NỘI (TTXVN)", place: "HÀ NỘI", source: "TTXVN"),
        byline: "Jane \"JD\" Doe",
        authors: ["Jane \"JD\" Doe"],
        credit: "Theo TTXVN",
        language: "vi",
        sections: [
            Section(blocks: [
                .paragraph([.text("1. Not a list, and <b>not bold</b> either")]),
                .paragraph([.text("- not a bullet [link](x) ![img](y)")]),
                .paragraph([.text("> not a quote \u{0001}\u{FFFE}\u{FFFF} control characters")]),
                .paragraph([.text("+ plus and = equals\nsecond line")]),
                .paragraph([.text("before a break"), .lineBreak, .text("- after it"), .lineBreak, .text("=== underline")]),
            ]),
            Section(heading: Heading(text: "Heading with trailing #", level: 3), blocks: [
                .quote(QuoteBlock(paragraphs: [[.text("Quoted *words*")]], attribution: "Nguyễn Văn A")),
                .list(ListBlock(ordered: true, start: 3, items: [[.text("# item")], [.text("2. item")]])),
                .figure(Figure(src: "https://example.com/a b.jpg", alt: "alt [x]", caption: [.text("Caption <i>")], credit: "TTXVN")),
                .paragraph([.text("She said "), .quoted(open: "“", close: "”", content: [.text("hi *there*")]),
                            .text(" and "), .emphasis([.text("meant")]), .text(" it, see "),
                            .link(href: "https://example.com/?a=1&b=<2>", content: [.text("this")]), .text(".")]),
            ]),
        ],
        quotes: [Quote(text: "hi *there*", speaker: "She", location: QuoteLocation(section: 1, block: 3, offset: 8))]
    )

    @Test func hostileTextStaysTextInEveryFormat() throws {
        try OutputChecks.checkAll(Self.hostile, "hostile")
        let out = try OutputChecks.outputs(Self.hostile)
        let xml = String(decoding: out[.newsml]!, as: UTF8.self)
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("&lt;script&gt;"))
        #expect(!xml.contains("\u{0001}") && !xml.contains("\u{FFFE}") && !xml.contains("\u{FFFF}"))
        let json = try JSONSerialization.jsonObject(with: Data(out[.json]!)) as! [String: Any]
        #expect(json["title"] as? String == Self.hostile.title)
    }

    @Test func markdownEscapesEverySyntaxCharacter() throws {
        let markdown = String(decoding: try MarkdownWriter(frontMatter: false).run(Self.hostile), as: UTF8.self)
        #expect(markdown.contains("# A \\<script\\>alert(1)\\</script\\> \\& \\*bold\\* title \\#1"))
        #expect(markdown.contains("\n\\# Not a heading, \\]\\]\\> and -- inside\n"))
        #expect(markdown.contains("\nHÀ NỘI (TTXVN) – 1\\. Not a list"))
        #expect(markdown.contains("\n\\+ plus and = equals second line\n"))
        #expect(!markdown.contains("\u{FFFE}") && !markdown.contains("\u{0001}"))
        #expect(markdown.contains("\n\\- not a bullet \\[link\\](x) !\\[img\\](y)"))
        #expect(markdown.contains("\n\\> not a quote"))
        #expect(markdown.contains("\n3. \\# item\n4. 2\\. item"))
        #expect(markdown.hasPrefix("# "))
        guard TestSupport.runsWithTool(TestSupport.hasCmark, "cmark") else { return }
        let html = try TestSupport.run(TestSupport.tool("cmark")!, [], input: Data(markdown.utf8))
        let rendered = String(decoding: html.stdout, as: UTF8.self)
        #expect(!rendered.contains("<script>") && !rendered.contains("<b>") && !rendered.contains("<a href=\"x\""))
        #expect(rendered.contains("<blockquote>\n<p>Quoted *words*</p>"))
        #expect(rendered.contains("<ol start=\"3\">"))
    }

    @Test func aLinkInsideALinkKeepsOnlyItsText() throws {
        // CommonMark has no nested links: the inner one would end the outer and leave `(</b>)` raw HTML.
        let article = Article(title: "Links", sections: [Section(blocks: [
            .paragraph([.link(href: "/a", content: [.text("outer "), .link(href: "/b", content: [.text("inner")]), .text(" end")])]),
        ])])
        let markdown = String(decoding: try MarkdownWriter(frontMatter: false).run(article), as: UTF8.self)
        #expect(markdown.contains("[outer inner end](</a>)"))
        #expect(!markdown.contains("/b"))
        #expect(DocumentValidator(catalog: SchemaCatalog(paths: [], environment: [:])).checkMarkdown(markdown).isEmpty)
    }

    @Test func frontMatterCanBeLeftOut() throws {
        let with = String(decoding: try MarkdownWriter().run(Self.hostile), as: UTF8.self)
        let without = String(decoding: try MarkdownWriter(frontMatter: false).run(Self.hostile), as: UTF8.self)
        #expect(with.hasPrefix("---\ntitle: "))
        #expect(with.contains("byline: \"Jane \\\"JD\\\" Doe\""))
        #expect(without.hasPrefix("# "))
    }

    @Test func newsMLCarriesTheMetadata() throws {
        let bytes = try NewsMLG2Writer(options: NewsMLG2Options(guid: "urn:x:1", version: 3, provider: "Agency X",
                                                                fallbackDate: OutputChecks.fixedDate)).run(Self.hostile)
        let xml = String(decoding: bytes, as: UTF8.self)
        for fragment in [
            "guid=\"urn:x:1\"", "version=\"3\"", "standardversion=\"2.35\"", "conformance=\"power\"", "xml:lang=\"vi\"",
            "catalog.IPTC-G2-Standards_41.xml", "<itemClass qcode=\"ninat:text\"/>", "<name>Agency X</name>",
            "<versionCreated>2025-01-01T00:00:00+00:00</versionCreated>", "<pubStatus qcode=\"stat:usable\"/>",
            "<language tag=\"vi\"/>", "<dateline>HÀ NỘI (TTXVN)</dateline>", "<by>Jane &quot;JD&quot; Doe</by>",
            "<creditline>Theo TTXVN</creditline>", "<description role=\"drol:summary\">",
            "contenttype=\"application/xhtml+xml\"", "wordcount=\"", "<html lang=\"vi\" xml:lang=\"vi\" xmlns=\"http://www.w3.org/1999/xhtml\">",
            "<h3>Heading with trailing #</h3>", "<blockquote>", "<cite>Nguyễn Văn A</cite>", "<ol start=\"3\">",
            "<figure>", "<figcaption>Caption &lt;i&gt; <small>TTXVN</small></figcaption>", "<q>hi *there*</q>",
            "<em>meant</em>", "<a href=\"https://example.com/?a=1&amp;b=&lt;2&gt;\">this</a>",
        ] {
            #expect(xml.contains(fragment), "missing \(fragment)")
        }
        OutputChecks.checkNewsML(bytes, "hostile newsml")
    }

    /// Names, headline, dateline, byline and credit are one line in NewsML-G2 (the schema's name
    /// type allows no line break or tab), whatever line breaks the page put in them.
    @Test func newsMLNamesAreOneLine() throws {
        var article = Self.hostile
        article.title = "Two\nlines"
        article.dateline = Dateline(raw: "DALLA NOSTRA CORRISPONDENTE\nNEW YORK", place: "DALLA NOSTRA\nNEW YORK")
        article.places = ["New\nYork"]
        article.people = ["Jane\tDoe"]
        article.byline = "By Jane\r\nDoe"
        article.keywords = ["climate\nchange"]
        let bytes = try NewsMLG2Writer(options: NewsMLG2Options(fallbackDate: OutputChecks.fixedDate)).run(article)
        let xml = String(decoding: bytes, as: UTF8.self)
        for fragment in ["<name>New York</name>", "<name>Jane Doe</name>", "<headline>Two lines</headline>",
                         "<dateline>DALLA NOSTRA CORRISPONDENTE NEW YORK</dateline>", "<by>By Jane Doe</by>", "<keyword>climate change</keyword>"] {
            #expect(xml.contains(fragment), "missing \(fragment)")
        }
        OutputChecks.checkNewsML(bytes, "newsml with line breaks in names")
        // A dateline's place is its last line.
        let parsed = try #require(DatelineParser.parse("DALLA NOSTRA CORRISPONDENTE\nNEW YORK - Giorgia Meloni è arrivata a Mar-a-Lago alle 19:29."))
        #expect(parsed.dateline.place == "NEW YORK")
    }

    @Test func guidIsStableAndFollowsTheText() throws {
        let a = try NewsMLG2Writer().run(Self.hostile)
        let b = try NewsMLG2Writer().run(Self.hostile)
        var changed = Self.hostile
        changed.title += "!"
        let c = try NewsMLG2Writer().run(changed)
        func guid(_ bytes: [UInt8]) -> Substring {
            let s = String(decoding: bytes, as: UTF8.self)
            return s[s.range(of: "guid=\"")!.upperBound...].prefix { $0 != "\"" }
        }
        #expect(guid(a) == guid(b))
        #expect(guid(a) != guid(c))
        #expect(guid(a).hasPrefix("urn:newsconv:"))
    }

    @Test func datesCarryAnOffset() {
        #expect(ISODate.normalize("2023-01-13T09:30:00+0700") == "2023-01-13T09:30:00+07:00")
        #expect(ISODate.normalize("2023-01-13T02:30:00Z") == "2023-01-13T02:30:00+00:00")
        #expect(ISODate.normalize("2023-01-13") == "2023-01-13T00:00:00+00:00")
        #expect(ISODate.normalize("13/1/2023") == nil)
    }

    @Test func jsonEscapesControlCharacters() {
        let value = JSONValue.object([JSONMember("a", .string("x\"y\\z\n\u{0001}\u{2028}ệ"))])
        #expect(value.serialized(pretty: false) == "{\"a\":\"x\\\"y\\\\z\\n\\u0001\\u2028ệ\"}")
    }

    @Test func xmlWriterDropsIllegalCharacters() throws {
        let w = try XMLTextWriter(indent: false)
        w.startDocument()
        w.startElement("p")
        w.attribute("a", "x\u{0}y\u{B}")
        w.text("ok\u{0008}\u{FFFE} ]]> --")
        w.endElement()
        let xml = String(decoding: try w.finish(), as: UTF8.self)
        #expect(xml.contains("<p a=\"xy\">ok ]]&gt; --</p>"))
    }
}

@Suite struct PipelineTests {
    /// A library user's own stage: upper-cases headings.
    struct ShoutingHeadings: Transform {
        func run(_ article: Article) throws(TransformError) -> Article {
            var copy = article
            copy.sections = article.sections.map { section in
                var s = section
                if let heading = section.heading { s.heading = Heading(text: heading.text.uppercased(), level: heading.level) }
                return s
            }
            return copy
        }
    }

    struct Refuse: Transform {
        func run(_ article: Article) throws(TransformError) -> Article {
            throw TransformError(transform: "refuse", reason: "no thanks")
        }
    }

    let input = InputDocument(bytes: Array("Title\n\nTTXVN - First paragraph of the story here.\n\nA heading\n\nA longer paragraph follows the heading, with more words in it.".utf8), origin: "in")

    @Test func aCustomStageCanBeChainedIn() throws {
        let chain = PlainTextReader().then(PlainTextSegmenter()).then(ShoutingHeadings()).then(JSONArticleWriter(pretty: false))
        let json = String(decoding: try chain.run(input), as: UTF8.self)
        #expect(json.contains("\"heading\":\"A HEADING\""))
        #expect(json.contains("\"source\":\"TTXVN\""))
    }

    @Test func aConverterRunsCustomTransforms() throws {
        let converter = Converter(transforms: [LanguageDetector(), ShoutingHeadings()])
        let article = try converter.article(from: input)
        #expect(article.sections.compactMap(\.heading?.text) == ["A HEADING"])
        #expect(article.language == "en")
    }

    @Test func errorsSayWhichStageFailed() {
        let chain = PlainTextReader().then(PlainTextSegmenter()).then(Refuse())
        #expect(throws: ConversionError.stage(name: "refuse", reason: "no thanks")) { try chain.run(input) }
        let closure = ClosureStage<Article, Article> { _ throws(ConversionError) in throw .stage(name: "mine", reason: "bad") }
        #expect(throws: ConversionError.stage(name: "mine", reason: "bad")) {
            try PlainTextReader().then(PlainTextSegmenter()).then(closure).run(input)
        }
    }
}

@Suite struct LanguageTests {
    @Test(arguments: [
        ("Hôm nay trời mưa rất to ở Hà Nội, người dân đi làm muộn.", "vi"),
        ("The government said on Monday that it would raise taxes for the richest households.", "en"),
        ("Le gouvernement a annoncé lundi une hausse des impôts pour les ménages les plus riches.", "fr"),
        ("Die Regierung hat am Montag angekündigt, dass sie die Steuern für die reichsten Haushalte erhöhen wird.", "de"),
        ("El gobierno anunció el lunes que subirá los impuestos a los hogares más ricos del país.", "es"),
        ("Правительство объявило в понедельник о повышении налогов.", "ru"),
        ("政府は月曜日、最も裕福な世帯への増税を発表した。", "ja"),
        ("정부는 월요일 가장 부유한 가구에 대한 세금 인상을 발표했다.", "ko"),
    ])
    func detects(_ text: String, _ tag: String) {
        #expect(LanguageDetector.detect(text) == tag)
    }
}
