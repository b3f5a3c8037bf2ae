import Foundation
import LibXML
import Testing
@testable import NewsConv

@Suite struct HTMLEncodingTests {
    @Test func boms() {
        #expect(HTMLEncoding.detect([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8)).encoding == "UTF-8")
        #expect(HTMLEncoding.detect([0xFF, 0xFE, 0x3C, 0x00]).encoding == "UTF-16LE")
        #expect(HTMLEncoding.detect([0xFE, 0xFF, 0x00, 0x3C]).encoding == "UTF-16BE")
    }

    @Test func declaredCharsets() {
        #expect(HTMLEncoding.declaredCharset(Array("<html><head><meta charset=\"windows-1258\">".utf8)) == "windows-1258")
        #expect(HTMLEncoding.declaredCharset(Array("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">".utf8)) == "iso-8859-1")
        #expect(HTMLEncoding.declaredCharset(Array("<p>the charset of this page</p>".utf8)) == nil)
    }

    @Test func detection() {
        // Declared Latin-1 but written in UTF-8: the bytes win.
        let mislabelled = Array("<meta charset=\"iso-8859-1\"><p>récord</p>".utf8)
        #expect(HTMLEncoding.detect(mislabelled).encoding == "UTF-8")
        // Windows-1258 without a declaration: Vietnamese letters and combining tone marks.
        let vietnamese: [UInt8] = Array("<p>".utf8) + [0x4E, 0xF4, 0x6E, 0x67, 0x20, 0x64, 0xE2, 0x6E, 0x20, 0x42, 0xEA, 0xCC, 0x6E, 0x20,
                                                        0x54, 0x72, 0x65, 0x20, 0x74, 0x72, 0xF4, 0xF2, 0x6E, 0x67, 0x20, 0x64, 0xFD, 0xEC, 0x61,
                                                        0x20, 0xF0, 0x61, 0xEC, 0x74]
        #expect(HTMLEncoding.detect(vietnamese).encoding == "windows-1258")
        #expect(HTMLEncoding.detect(Array("<p>caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8, 0x6D, 0x65]).encoding == "windows-1252")
    }

    @Test func windows1258IsDecodedAndComposed() throws {
        let page: [UInt8] = Array("<html><head><meta charset=\"windows-1258\"><title>T</title></head><body><p>".utf8)
            + [0x42, 0xEA, 0xEC, 0x6E, 0x20, 0x54, 0x72, 0x65]  // "Bến Tre": ê, then the combining acute accent
            + Array(" is a coconut province in the Mekong delta, with long paragraphs of text.</p></body></html>".utf8)
        let article = try Converter().article(from: InputDocument(bytes: page, origin: "p.html"))
        #expect(article.bodyText.hasPrefix("Bến Tre"))
        #expect(article.bodyText.unicodeScalars.first { $0.value == 0x0301 } == nil, "tone marks composed (NFC)")
    }
}

@Suite struct HTMLReadingTests {
    func article(_ html: String) throws -> Article {
        try Converter().article(from: InputDocument(bytes: Array(html.utf8), origin: "page.html"))
    }

    /// libxml2 stops reading at a NUL byte: NULs are dropped, and the text after them is read.
    @Test func nulBytesDoNotEndThePage() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it, and commas, to count as article text, and then some more.</p>"
        let page = Array("<html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)<img src=\"a.gif\">".utf8)
            + [0, 0, 0] + Array("\(paragraph)<p>The last paragraph, after the NUL bytes, is read as well, with its words and commas.</p></article></body></html>".utf8)
        let a = try Converter().article(from: InputDocument(bytes: page, origin: "page.html"))
        #expect(a.bodyText.contains("The last paragraph"))
        #expect(!a.bodyText.unicodeScalars.contains { $0.value == 0 })
    }

    /// A page that shows a teaser of its story (the rest behind a paywall or written by scripts)
    /// and carries the whole of it in JSON-LD's articleBody: the article is the JSON-LD's.
    @Test func aTeaserGivesWayToTheJSONLDArticleBody() throws {
        let sentence = "The council voted on the new harbour plan after a long debate, and the mayor said work would start in spring. "
        let body = (1...8).map { "Paragraph \($0). " + String(repeating: sentence, count: 2) }.joined(separator: "\\n")
        let html = """
            <html><head><title>Harbour</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour","articleBody":"\(body)"}</script></head>
            <body><article><h1>Harbour</h1><p>\(String(repeating: sentence, count: 3))</p><p><a href="/subscribe">READ FULL ARTICLE</a></p></article></body></html>
            """
        let a = try article(html)
        #expect(a.bodyText.contains("Paragraph 8."))
        #expect(!a.bodyText.contains("READ FULL"))
    }

    /// A drop cap set apart in its own element, with white space after it, still begins its word;
    /// a letter in the middle of a paragraph keeps its spaces.
    @Test func dropCapsBeginTheirWord() throws {
        let rest = "<p>A second paragraph of the story, with enough words in it, and commas, to count as article text.</p>"
        let a = try article("""
            <html><head><title>T</title></head><body><article><h1>T</h1>
            <p><span class="initial-letter-outer"><span class="initial-letter">N</span></span> <span>a endlich! The first paragraph goes on, with enough words, and commas.</span></p>\(rest)
            <p><span class="dropcap">T</span>he third paragraph, whose drop cap has no space after it, and some more words.</p>
            <p>Section <span class="initial">B</span> is where the rules apply, with a space that stays where it is.</p></article></body></html>
            """)
        #expect(a.bodyText.contains("Na endlich!"))
        #expect(a.bodyText.contains("The third paragraph"))
        #expect(a.bodyText.contains("Section B is where"))
    }

    /// The space between two inline elements is the space between two words; the white space
    /// between two line breaks still makes them a paragraph break.
    @Test func theSpaceBetweenTwoInlineElementsStays() throws {
        let a = try article("""
            <html><head><title>T</title></head><body><article><h1>T</h1>
            <p>The gentle slopes of the <strong>Rust</strong> <strong>hills</strong> surround the town, said the <a href="/a">New York Times</a> <em>yesterday</em>, and more words.<br> <br>A second paragraph of the story, after two line breaks, with commas, and words.</p></article></body></html>
            """)
        #expect(a.bodyText.contains("the Rust hills surround"))
        #expect(a.bodyText.contains("New York Times yesterday"))
        #expect(a.allBlocks.count == 2)
    }

    /// A heading's text is what a reader sees: not the style or script inside it, but the button
    /// of an accordion's heading. A paragraph set as a heading is a paragraph; the heading of a
    /// teaser card that a bare link covers is not the story's. An id made of the heading's own words
    /// says nothing of its role.
    @Test func headingsAsAReaderSeesThem() throws {
        let sentence = "The council voted on the new harbour plan after a long debate, and the mayor said work would start in spring. "
        let p = "<p>\(sentence)\(sentence)</p>"
        let a = try article("""
            <html><head><title>T</title></head><body><article><h1>T</h1>
            <h3>\(String(repeating: "An opening paragraph set in a heading's type, long as a paragraph is, and more. ", count: 4))</h3>\(p)\(p)
            <h2>The cost<style>.x{color:red}</style><script>var x = "\(String(repeating: "y", count: 400))";</script></h2>\(p)\(p)
            <h3 class="accordion__title"><button type="button" class="accordion__button"><span>Questions and answers</span></button></h3>\(p)\(p)
            <div class="card"><a href="/other-story"></a><h3>Another story</h3><span>A teaser</span></div>\(p)
            <h3 id="nav_the_road_ahead__1">The road ahead</h3>\(p)\(p)<h2 id="comments">No comments yet</h2>
            </article></body></html>
            """)
        #expect(a.sections.compactMap(\.heading?.text) == ["The cost", "Questions and answers", "The road ahead"])
        #expect(a.bodyText.hasPrefix("An opening paragraph"))
        #expect(!a.bodyText.contains("Another story"))
    }

    /// A paragraph of prose set under the headline, in the headline's box and above the body, is
    /// the lead, whatever its class; a date line there is not.
    @Test func aStandfirstUnderTheHeadlineIsTheLead() throws {
        let p = "<p>Der Reporter hat die Redaktion in eine schwere Krise gestürzt, und die Aufklärung dauert an, sagen viele.</p>"
        let standfirst = "Die Nachfrage nach erneuerbaren Energien steigt; wir geben Ihnen einen Überblick über eine Energie der Zukunft."
        let a = try article("""
            <html><head><title>Dimethylether als Alternative</title></head><body><section class="head-post"><div class="container"><div class="row">
            <div class="col-9"><h1>Dimethylether als Alternative</h1><div class="post-text">\(standfirst)</div><span>12.03.2022</span></div></div></div></section>
            <section class="post-bottom"><div class="col-8">\(p)\(p)\(p)\(p)</div></section></body></html>
            """)
        #expect(a.lead == standfirst)
        #expect(!a.bodyText.contains("Die Nachfrage"))
    }

    /// The lead's class names in other languages (German `vorspann`, Spanish `entradilla`) and
    /// more of them: `preface`, `sub-title` (two words that name a dek together).
    @Test func leadsNamedByTheirClass() throws {
        let p = "<p>Der Reporter hat die Redaktion in eine schwere Krise gestürzt, und die Aufklärung dauert an, sagen viele.</p>"
        for (tag, name) in [("div", "dig-vorspann"), ("div", "entradilla"), ("p", "preface"), ("p", "article-sub-title")] {
            let a = try article("""
                <html><head><title>T</title></head><body><div class="artikel"><h2>Ein Albtraum</h2>
                <\(tag) class="\(name)">Wie konnte es dazu kommen? Und wie hat die Redaktion die Affäre aufgedeckt?</\(tag)>
                <div class="text">\(p)\(p)\(p)\(p)</div></div></body></html>
                """)
            #expect(a.lead == "Wie konnte es dazu kommen? Und wie hat die Redaktion die Affäre aufgedeckt?", "\(name)")
        }
    }

    /// A lead set in several paragraphs of the lead's class is one lead; another story's headline in
    /// the same style (a link) is not part of it, and a box that holds headings is no lead.
    @Test func aLeadInSeveralParagraphs() throws {
        let p = "<p>Der Reporter hat die Redaktion in eine schwere Krise gestürzt, und die Aufklärung dauert an, sagen viele.</p>"
        let a = try article("""
            <html><head><title>T</title></head><body><article><header><h1>Ein Albtraum</h1>
            <p class="lead bold">Rekordmånga missiler avfyras mot Ukraina.</p><p class="lead bold">Zelenskyj medger att Kiev inte kan försvara sig.</p>
            <p class="lead bold"><a href="/other">Ein anderer Artikel über etwas ganz anderes, mit Link</a></p></header>
            <section class="body">\(p)\(p)\(p)\(p)</section></article></body></html>
            """)
        #expect(a.lead == "Rekordmånga missiler avfyras mot Ukraina. Zelenskyj medger att Kiev inte kan försvara sig.")
        #expect(!a.bodyText.contains("Zelenskyj"))
        let boxed = try article("""
            <html><head><title>T</title></head><body><div class="preface group"><h2>Conversations</h2><h3>By someone</h3>
            <p>Summary: the man was over a century old, and there had to be more to it than that.</p></div>
            <div class="text">\(p)\(p)\(p)\(p)</div></body></html>
            """)
        #expect(boxed.lead?.contains("Conversations") != true)
        // A preamble made of paragraphs reads with a space between them.
        let preamble = try article("""
            <html><head><title>T</title></head><body><article><h1>Ein Albtraum</h1>
            <div class="article__preamble"><p>Eleverna trängde på natten in, enligt åtalet.</p><p>Nu åtalas fem elever för misshandel.</p></div>
            <section class="body">\(String(repeating: p, count: 10))</section></article></body></html>
            """)
        #expect(preamble.lead == "Eleverna trängde på natten in, enligt åtalet. Nu åtalas fem elever för misshandel.")
    }

    /// A standfirst set as the first paragraph, all in bold (after a photo, with a dateline outside
    /// the bold), is the lead; a bold paragraph among bold ones is not.
    @Test func aBoldFirstParagraphIsTheLead() throws {
        let p = "<p>Twice a year, it releases forecasts on the state of the economy and the public finances, and more.</p>"
        let standfirst = "The Office for Budget Responsibility (OBR) monitors the UK government's spending plans and performance."
        let a = try article("""
            <html><head><title>What is the OBR?</title></head><body><article><h1>What is the OBR?</h1><figure><img src="a.jpg"></figure>
            <p><i>London</i> · <b>\(standfirst)</b></p>\(p)\(p)\(p)</article></body></html>
            """)
        #expect(a.lead == "London · " + standfirst)
        #expect(!a.bodyText.contains("monitors"))
        let allBold = try article("""
            <html><head><title>What is the OBR?</title></head><body><article><h1>What is the OBR?</h1>
            <p><b>\(standfirst)</b></p><p><b>\(standfirst) Again.</b></p>\(p)\(p)</article></body></html>
            """)
        #expect(allBold.lead == nil)
    }

    /// A heading that links to its own anchor (a table of contents' target, a permalink) is the
    /// story's, without its "¶"; a heading that links to another page is another story's teaser.
    @Test func headingsLinkedToTheirOwnAnchor() throws {
        let p = "<p>Der Reporter hat die Redaktion in eine schwere Krise gestürzt, und die Aufklärung dauert an, sagen viele.</p>"
        let a = try article("""
            <html><head><title>T</title></head><body><article><h1>T</h1>\(p)
            <h2 id="setting-up"><a class="toc-backref" href="#id7">Setting up</a><a class="headerlink" href="#setting-up">¶</a></h2>\(p)\(p)
            <h3><a href="#use-median">Use Median</a> <a href="#use-median">#</a></h3>\(p)
            <h3><a href="/other-story.html">Another story entirely</a></h3>\(p)</article></body></html>
            """)
        #expect(a.sections.compactMap(\.heading?.text) == ["Setting up", "Use Median"])
    }

    /// A class that hides an element on small screens only (`hidden lg:flex`, `d-none d-md-block`)
    /// does not hide it: the page shows it on a desktop.
    @Test func responsiveClassesDoNotHide() throws {
        let p = "<p>A paragraph of the story with enough words in it, and commas, to count as article text, and more.</p>"
        let a = try article("""
            <html><head><title>T</title></head><body><h1>T</h1><div class="hidden lg:flex"><article>\(p)\(p)
            <div class="d-none d-md-block"><p>The desktop paragraph, with enough words in it, and commas, to count as text.</p></div>
            <div class="hidden"><p>The hidden paragraph, with enough words in it, and commas, to count as article text.</p></div>
            <div class="d-none"><p>Another hidden paragraph, with enough words in it, and commas, to count as text.</p></div>
            </article></div></body></html>
            """)
        #expect(a.bodyText.contains("A paragraph of the story"))
        #expect(a.bodyText.contains("The desktop paragraph"))
        #expect(!a.bodyText.contains("hidden paragraph"))
        #expect(BoilerplateRules.showsAtBreakpoint("md:inline-block") && BoilerplateRules.showsAtBreakpoint("d-xl-flex"))
        #expect(!BoilerplateRules.showsAtBreakpoint("lg:hidden") && !BoilerplateRules.showsAtBreakpoint("d-none"))
    }

    /// A ruby's reading runs into its word in plain text: it is left out, unless the page gives
    /// the parentheses (`<rp>`) that show it beside the word where ruby is not drawn.
    @Test func rubyReadings() throws {
        let rest = "<p>武汉“封城”27天后，湖北以外地区新冠肺炎每日确诊病例迎来15连降，湖北神农架林区确诊病例全部治愈。</p>"
        let a = try article("""
            <html><head><title>T</title></head><body><article><h1>T</h1>
            <p><ruby>災害<rt>さいがい</rt></ruby>に<ruby>気<rt>き</rt></ruby>をつけてください。韓国の<ruby>尹錫悦<rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>大統領は３日夜、緊急談話を出した。</p>\(rest)\(rest)
            </article></body></html>
            """)
        #expect(a.bodyText.hasPrefix("災害に気をつけてください。韓国の尹錫悦（ユンソンニョル）大統領は"))
    }

    /// Chinese and Japanese sentences end in full-width punctuation: a short closing sentence is
    /// text, not a label after the story, and a bold sentence is not a subheading.
    @Test func fullWidthPunctuationEndsASentence() throws {
        let p = (1...4).map { "<p>武汉“封城”27天后，湖北以外地区新冠肺炎每日确诊病例迎来15连降，湖北神农架林区确诊病例全部治愈。疫情虽在持续，但希望就在继续努力之中。第\($0)段。</p>" }
        let a = try article("""
            <html><head><title>T</title></head><body><article><h1>T</h1>\(p[0])<p><strong>越是到疫情防控最为吃劲的时候，越是需要汇聚信心。</strong></p>\(p[1])\(p[2])\(p[3])
            <p>正是有了英勇的你们，才有这座英雄的城！（评论员 罗博）</p><p>标签 新闻</p></article></body></html>
            """)
        #expect(a.bodyText.hasSuffix("才有这座英雄的城！（评论员 罗博）"))
        #expect(a.sections.allSatisfy { $0.heading == nil })
    }

    /// A byline set as one of the first paragraphs leaves the body for the byline; a sentence
    /// that starts with "By" stays.
    @Test func aBylineParagraphAtTheTopIsTheByline() throws {
        let rest = "<p>HAMBURG – The first paragraph of the story, with enough words in it, and commas, to count as article text.</p>"
        let a = try article("""
            <html><head><title>T</title></head><body><article><h1>T</h1><p>Von: Simone Jung</p>\(rest)
            <p>By the time the council met, the harbour plan had changed twice, and nobody knew why.</p></article></body></html>
            """)
        #expect(a.byline == "Simone Jung")
        #expect(a.authors == ["Simone Jung"])
        #expect(!a.bodyText.contains("Von:"))
        #expect(a.dateline?.place == "HAMBURG")
        #expect(a.bodyText.contains("By the time the council met"))
    }

    @Test func autoDetectionTellsHTMLFromText() {
        #expect(FormatSniffer.sniff(Array("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(FormatSniffer.sniff(Array("  \n<p>Fragment</p>".utf8)) == .html)
        #expect(FormatSniffer.sniff(Array("Hà Nội (TTXVN) - <b> is not a page".utf8)) == .text)
        // Pages that open with a script or a style before <html>.
        #expect(FormatSniffer.sniff(Array("<script src=\"/a.js\"></script><style>p {}</style><!DOCTYPE html>".utf8)) == .html)
        #expect(FormatSniffer.sniff(Array("<style>\n.a{}</style><html>".utf8)) == .html)
        #expect(FormatSniffer.sniff(Array("<Reuters> - Markets fell".utf8)) == .text)
        #expect(FormatSniffer.sniff(Array("<1> First point".utf8)) == .text)
        // The file's name decides when the content does not.
        #expect(FormatSniffer.sniff(Array("Just a sentence, <b>bold</b>.".utf8), origin: "saved/page.HTML") == .html)
        #expect(FormatSniffer.sniff(Array("Hà Nội (TTXVN) - text".utf8), origin: "wire.txt") == .text)
    }

    @Test func metadataFromEverySource() throws {
        let a = try article("""
            <html lang="vi-VN"><head><title>Tiêu đề bài | Báo Mẫu</title>
            <meta property="og:site_name" content="Báo Mẫu"><meta name="keywords" content="giao thông, Hà Nội">
            <meta property="article:published_time" content="2025-01-13T09:30:00+0700">
            <link rel="canonical" href="https://bao.example/bai-1.html"></head>
            <body><article><h1>Tiêu đề bài</h1><p>Đoạn văn đầu tiên của bài báo, đủ dài để được coi là nội dung chính của trang này.</p>
            <p>Đoạn văn thứ hai cũng có nội dung thật sự, với nhiều chữ, dấu phẩy, và một dấu chấm ở cuối câu.</p></article></body></html>
            """)
        #expect(a.title == "Tiêu đề bài")
        #expect(a.language == "vi-VN")
        #expect(a.source == ArticleSource(name: "Báo Mẫu", url: "https://bao.example/bai-1.html", origin: "page.html"))
        #expect(a.dates.published == "2025-01-13T09:30:00+07:00")
    }

    /// Paragraph scoring counts commas in every script that has its own: 、 and ， in Chinese and
    /// Japanese, ، in Arabic script, as well as ASCII's.
    @Test func commasOfOtherScriptsCount() throws {
        let document = try HTMLDocument(bytes: Array("<p>東京、大阪，京都 اليوم، غدا a, b 、</p>".utf8), encoding: "UTF-8")
        let root = try #require(document.root)
        let body = try #require(root.children.first { (n: HTMLNode) -> Bool in n.name == "body" })
        let p = try #require(body.children.first { (n: HTMLNode) -> Bool in n.name == "p" })
        let text = try #require(p.children.first { (n: HTMLNode) -> Bool in n.kind == .text })
        #expect(text.letterAndCommaCount.commas == 5)
        #expect(text.letterAndCommaCount.letters == "東京、大阪，京都اليوم،غداa,b、".count)
    }

    @Test func titleLosesTheSiteName() {
        #expect(TitleChooser.strippingSiteName("Story title | Coastline Herald", siteName: "Coastline Herald") == "Story title")
        #expect(TitleChooser.strippingSiteName("Story title - VnExpress", siteName: "vnexpress.net") == "Story title")
        #expect(TitleChooser.strippingSiteName("Brand in Betrieb – Starke Rauchentwicklung", siteName: "Morgenpost") == "Brand in Betrieb – Starke Rauchentwicklung")
        #expect(TitleChooser.strippingSiteName("A long story title here - Site", siteName: nil, aggressive: true) == "A long story title here")
        // A Korean site's bar.
        #expect(TitleChooser.strippingSiteName("Tiêu đề bàiㅣ한국일보", siteName: "한국일보") == "Tiêu đề bài")
        // JSON-LD adds the section that OpenGraph leaves off.
        var metadata = PageMetadata()
        metadata.jsonLDHeadline = "Bubi-Bomber wieder da: Thioune fordert Geduld | Sport"
        metadata.ogTitle = "Bubi-Bomber wieder da: Thioune fordert Geduld"
        #expect(TitleChooser.choose(h1s: [], metadata: metadata).0 == "Bubi-Bomber wieder da: Thioune fordert Geduld")
        metadata.ogTitle = "Bubi-Bomber wieder da"
        #expect(TitleChooser.choose(h1s: [], metadata: metadata).0 == "Bubi-Bomber wieder da: Thioune fordert Geduld | Sport")
        // A kicker before the title in one source only: the title without it, unless the page's h1 has it.
        metadata.jsonLDHeadline = "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig"
        metadata.ogTitle = "Judy Lybke, ganz und gar nicht eigenartig"
        #expect(TitleChooser.choose(h1s: [], metadata: metadata).0 == "Judy Lybke, ganz und gar nicht eigenartig")
        #expect(TitleChooser.choose(h1s: [(node: 0, text: "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig")],
                                    metadata: metadata).0 == "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig")
    }

    @Test func scriptsStylesAndNavigationNeverReachTheBody() throws {
        let a = try article("""
            <html><body><nav><a href="/">Home</a> <a href="/x">World news today</a></nav>
            <div class="article-body"><h1>Headline</h1><p>Real paragraph one, long enough to count as text in the article body here.</p>
            <script>document.write("script text")</script><style>p { color: red }</style>
            <p>Real paragraph two, also long enough, with commas, and a full stop at its end.</p>
            <div class="social-share">Share this on Facebook</div></div><footer>Copyright footer text</footer></body></html>
            """)
        #expect(a.allBlocks.map(\.plainText) == ["Real paragraph one, long enough to count as text in the article body here.",
                                                 "Real paragraph two, also long enough, with commas, and a full stop at its end."])
    }

    @Test func aPageWithoutTextHasNoArticle() {
        #expect(throws: ConversionError.self) {
            try article("<html><head><title>Only scripts</title><script>var a = 1;</script></head><body><script>b()</script></body></html>")
        }
    }

    @Test func deepNestingIsBounded() throws {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "<p>Deep text, far down in the tree, long enough to be a paragraph.</p>"
            + String(repeating: "</div>", count: depth)
        // No crash, no unbounded recursion: the text below the depth limit is ignored or found.
        _ = try? article("<html><body>" + html + "</body></html>")
    }
}
