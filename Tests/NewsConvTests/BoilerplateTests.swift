import Foundation
import LibXML
import Testing
@testable import NewsConv

@Suite struct BoilerplateLineTests {
    /// A page read as `p.html`.
    static func read(_ html: String) throws -> Article {
        try Converter().article(from: InputDocument(bytes: Array(html.utf8), origin: "p.html"))
    }

    /// `count` numbered paragraphs of a story's prose.
    static func story(_ count: Int) -> String {
        (1...count).map { "<p>Paragraph \($0) of the story, with enough words in it, and commas, to count as article text, and then some more.</p>" }.joined()
    }

    @Test func dateStampsAreMetadataNotText() {
        for line in ["Stand: 28.04.2023 17:23 Uhr", "Freitag, 28.04.2023, 19:25", "Publisert 06.01.2026 - 17:29",
                     "Updated 2024-05-02 10:15 GMT", "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten", "Cập nhật lúc 13/01/2025 09:30",
                     "02:57 Min. Verfügbar bis 06.05.2024", "Video verfügbar bis 28.02.2021"] {
            #expect(BoilerplateRules.isDateStampLine(line), "\(line)")
        }
        for line in ["11 Jan 2019", "March 3, 2022 3:59 PM", "3. Februar 2022", "05 de mayo de 2022", "2 mars 2020"] {
            #expect(BoilerplateRules.isDateStampLine(line), "\(line)")
        }
        #expect(EndMatter.isContactLine("Felix Losada\nE-Mail: flosada@example.com\nTelefon: +49 - (40) - 300 30 - 1141"))
        #expect(!EndMatter.isContactLine("The minister said she would answer every e-mail: all 40 of them."))
        for line in ["Am 28.04.2023 stürzte die Brücke ein.", "Die Wahl findet am 12.05.2024 statt", "Stand: heute", "12:30 Uhr",
                     "May 2022 was warm", "März und April 2022 im Überblick",
                     "Trump won 2024-11-05 with 312 electoral votes"] {
            #expect(!BoilerplateRules.isDateStampLine(line), "\(line)")
        }
    }

    @Test func callsToActionAsHeadings() {
        #expect(BoilerplateRules.isCallToAction("Get your need-to-know latest news, sign up to our newsletter"))
        #expect(BoilerplateRules.isCallToAction("Do you have a story to tell? Email: news@example.com"))
        #expect(BoilerplateRules.isCallToAction("More Science and Technology"))
        #expect(!BoilerplateRules.isCallToAction("More than a sports venue: the Coliseum at 100"))
        #expect(!BoilerplateRules.isCallToAction("What the minister said"))
    }

    /// Notes about the page, not the story: affiliate disclosures, embeds waiting for consent,
    /// reading times, box labels. A sentence that mentions a commission or consent is not one.
    @Test func pageNotes() {
        for line in ["We may receive compensation when you click on links to those products.",
                     "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler, z.B. für solche mit -Symbol.",
                     "Die mit Sternchen (*) gekennzeichneten Links sind sogenannte »Affiliate-Links«.",
                     "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.",
                     "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.",
                     "Externer Inhalt", "4 Min Read", "Lesezeit: 2 Minuten", "Inhaltsverzeichnis",
                     "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
                     "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
                     "Greenpeace wird zu 100% von Privatpersonen finanziert. Bitte unterstützen Sie uns mit Ihrer Spende.",
                     "Kontakt:", "Über den Autor", "Gefällt mir Wird geladen...",
                     "Category : Press Releases", "Schlagwörter: Wintersport Olympia 2022 Mikaela Shiffrin Peking",
                     "Tags: Haute Couture, Paris, SS14", "Filed under: Politics", "Release Date:"] {
            #expect(BoilerplateRules.isPageNote(line), "\(line)")
        }
        #expect(BoilerplateRules.isReadMoreLine("Nächster Eintrag „Red levens“ - Leben retten") && BoilerplateRules.isReadMoreLine("Veja Também:"))
        for line in ["The arrest was a US operation and is not linked to the Commission of Inquiry report.",
                     "\"I just hit the wall,\" Watson told affiliate KFSM.",
                     "Facebook often argues \"consent\" — that it uses data with the consent of the users involved.",
                     "Read the 4 reports before the vote.", "The commission met for 4 minutes.",
                     "Unterschreiben Sie die Petition und unterstützen Sie unsere Forderung nach einem Ministerium.",
                     "Tags: the shop sold out in a day. Then the queue came back for more, and the owner smiled.",
                     "Kategorie: In dieser Kategorie starten Läuferinnen über 40. Die Strecke ist neu."] {
            #expect(!BoilerplateRules.isPageNote(line), "\(line)")
        }
    }

    /// A caption that is an ad label or a note about the page leaves the figure without caption.
    @Test func captionsOfAdLabelsAndNotes() throws {
        let p = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(p)
            <figure><img src="a.jpg"><figcaption>ANZEIGE</figcaption></figure>\(p)
            <figure><img src="b.jpg"><figcaption>Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.</figcaption></figure>\(p)
            <figure><img src="c.jpg"><figcaption>The harbour at dawn.</figcaption></figure></article></body></html>
            """
        let article = try Self.read(html)
        let captions = article.allBlocks.compactMap { block -> String? in
            if case .figure(let f) = block { return f.caption.plainText } else { return nil }
        }
        #expect(captions == ["", "", "The harbour at dawn."])
    }

    @Test func furnitureHeadings() {
        for heading in ["Empfohlene Beiträge", "Dieser Artikel gefällt Ihnen?", "COMPARTIR NOTA", "Related Posts", "Zum Weiterlesen:",
                        "Mehr zu Klima und Konsum", "More on coronavirus"] {
            #expect(BoilerplateRules.isFurnitureHeading(heading), "\(heading)")
        }
        for heading in ["Further reading", "Why the council changed its mind", "Recommended dose?", "More About This Recipe",
                        "Mehr Zeit für die Familie"] {
            #expect(!BoilerplateRules.isFurnitureHeading(heading), "\(heading)")
        }
    }

    @Test func youMayAlsoLikeLines() {
        for line in ["Das könnte Sie auch interessieren:", "Explore further", "Síguenos en Telegram, Instagram y Twitter",
                     "Có thể bạn quan tâm", "Weiterführender Link", "You may also like", "Lade weitere Inhalte ...",
                     "Empfehlungen aus der Redaktion"] {
            #expect(BoilerplateRules.isReadMoreLine(line), "\(line)")
        }
        for line in ["Most popular among young voters was the promise of cheaper rents.", "Explorers found the wreck in 1985."] {
            #expect(!BoilerplateRules.isReadMoreLine(line), "\(line)")
        }
    }

    @Test func compoundClassNames() {
        let tokens = BoilerplateRules.TokenCache()
        #expect(BoilerplateRules.classInfo(classes: "commentarea jsb_", id: "", tokens: tokens).isBoilerplate)
        #expect(BoilerplateRules.classInfo(classes: "newsletterbox", id: "", tokens: tokens).isBoilerplate)
        #expect(BoilerplateRules.classInfo(classes: "singlepostmeta", id: "", tokens: tokens).isBoilerplate)
        #expect(BoilerplateRules.classInfo(classes: "postmetadata alt", id: "", tokens: tokens).isBoilerplate)
        // Classes that say what is absent, and a WordPress post's topic classes, name no box.
        #expect(!BoilerplateRules.classInfo(classes: "no-share layout", id: "", tokens: tokens).isBoilerplate)
        // Nor do layout modifiers that say what an element holds.
        #expect(!BoilerplateRules.classInfo(classes: "clearfix with-navigation", id: "main", tokens: tokens).isBoilerplate)
        #expect(!BoilerplateRules.classInfo(classes: "layout has-sidebar", id: "", tokens: tokens).isBoilerplate)
        #expect(!BoilerplateRules.classInfo(classes: "post type-post hentry category-social-issues", id: "", tokens: tokens).isBoilerplate)
        #expect(BoilerplateRules.classInfo(classes: "share-bar", id: "", tokens: tokens).isBoilerplate)
        #expect(!BoilerplateRules.classInfo(classes: "article-body", id: "", tokens: tokens).isBoilerplate)
        #expect(BoilerplateRules.classInfo(classes: "teaserbox hide", id: "", tokens: tokens).isHiddenClass)
    }

    @Test func closingFurnitureLeavesTheStory() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)\(paragraph)
            <p>Stand: 28.04.2023 17:23 Uhr</p>
            <h2>A real section</h2>\(paragraph)
            <h2>Kommentar</h2><h4>Bitte füllen Sie die Felder aus</h4>
            <h2>___</h2>
            </article><div class="commentarea"><p>A reader's comment that should never be part of the article text at all.</p></div>
            </body></html>
            """
        let article = try Self.read(html)
        #expect(article.sections.compactMap(\.heading?.text) == ["A real section"])
        #expect(!article.bodyText.contains("Stand:"))
        #expect(!article.bodyText.contains("comment"))
    }

    @Test func callToActionSectionAtTheEndIsDropped() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)
            <h2>What happened next</h2>\(paragraph)\(paragraph)
            <h2>Get the news you need in your inbox: sign up</h2><p>Get the best stories in your inbox every Friday.</p>
            </article></body></html>
            """
        let article = try Self.read(html)
        #expect(article.sections.compactMap(\.heading?.text) == ["What happened next"])
        #expect(!article.bodyText.contains("inbox"))
    }

    /// The paragraphs after the story that ask the reader to subscribe or download the app leave
    /// it; a closing copyright line is the copyright notice; the story's last sentence stays.
    @Test func closingCallsToActionAndCopyrightLeaveTheStory() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)\(paragraph)\(paragraph)
            <p>The council said the newsletter of the harbour board would close in May, after forty years.</p>
            <p>For the latest stories and breaking news updates download the Example News apps for iOS and Android.</p>
            <p>Lust auf mehr? Melde dich hier für unseren <a href="/nl">Newsletter</a> an.</p>
            <p>© 2022, Example News. This article is the copyrighted property of Example News.</p>
            </article></body></html>
            """
        let article = try Self.read(html)
        #expect(article.bodyText.hasSuffix("after forty years."))
        #expect(article.copyright.notice == "© 2022, Example News. This article is the copyrighted property of Example News.")
        try OutputChecks.checkAll(article, "closing copyright")
    }

    /// A note about the story's author after the story leaves it; a closing sentence that names
    /// someone else stays.
    @Test func aClosingNoteAboutTheAuthorLeavesTheStory() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title><meta name="author" content="Evan Halper"></head><body><article><h1>Story</h1>
            \(paragraph)\(paragraph)\(paragraph)<p>Jane Doe is the mayor, and she said the work would start in spring.</p>
            <p>Evan Halper writes about a broad range of policy issues out of Washington D.C.</p></article></body></html>
            """
        let article = try Self.read(html)
        #expect(article.authors == ["Evan Halper"])
        #expect(article.bodyText.hasSuffix("would start in spring."))
        #expect(EndMatter.isAuthorNote("Georg Kasch, Jahrgang 1979, ist Redakteur von nachtkritik.de.", authors: ["Georg Kasch"]))
        #expect(!EndMatter.isAuthorNote("Georg said the work would start.", authors: ["Georg"]))
    }

    /// A small box in the body that opens with a "read more" label is another story's teaser, title
    /// and lead together; a box that opens with an ad label is not judged by it.
    @Test func aBoxLabelledReadMoreIsATeaser() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)\(paragraph)
            <div class="content--excerpt"><div><p class="subtitle">Czytaj więcej</p></div><div class="article">
            <a href="/other">Niemiecki parlament poparł stałe kontrole na granicach</a>
            <p class="lead">Niemiecki parlament przyjął wniosek o zaostrzenie przepisów migracyjnych po ataku.</p></div></div>
            \(paragraph)<div class="slide"><span>ADVERTISEMENT</span><p>The singer started her career at twelve, and looks mattered from the start, she said.</p></div>
            \(paragraph)</article></body></html>
            """
        let article = try Self.read(html)
        #expect(!article.bodyText.contains("Niemiecki") && article.lead == nil)
        #expect(article.bodyText.contains("The singer started"))
    }

    /// A closing section about the author or the press contact is about the page, not the story.
    @Test func aClosingAboutTheAuthorSectionLeavesTheStory() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)<h2>What happened next</h2>\(paragraph)\(paragraph)
            <h2>About the Author</h2><p>Sarah Archer is the author of The Midcentury Kitchen, and writes on design.</p></article></body></html>
            """
        let article = try Self.read(html)
        #expect(article.sections.compactMap(\.heading?.text) == ["What happened next"])
        #expect(!article.bodyText.contains("Sarah Archer"))
    }

    /// An endless page: the next story is appended below the first, in its own `<article>` with
    /// its own `h1`, and is longer. The page is about the story its title names, and only that one.
    @Test func theNextStoryOfAnEndlessPageIsNotTheStory() throws {
        func story(_ topic: String, paragraphs: Int) -> String {
            let p = "<div class=\"bodytext\">" + (0..<paragraphs).map {
                "<p>Paragraph \($0) about \(topic), with enough words in it, and commas, to count as the prose of an article.</p>"
            }.joined() + "</div>"
            return "<article class=\"article-entity\"><h1>The \(topic) story</h1>\(p)</article>"
        }
        let html = """
            <html><head><title>The harbour story | Daily Example</title><meta property="og:title" content="The harbour story"></head>
            <body><main>\(story("harbour", paragraphs: 4))\(story("railway", paragraphs: 9))</main></body></html>
            """
        let article = try Self.read(html)
        #expect(article.title == "The harbour story")
        #expect(article.bodyText.contains("about harbour"))
        #expect(!article.bodyText.contains("railway"))
    }

    /// A story set in several boxes of one class (a long first part, then a short one after a
    /// figure, each in its own row) is one story, however short its last part; a teaser that
    /// shares the class but holds a line or two is not part of it.
    @Test func aShortLastPartOfAStoryInBoxesIsTheStory() throws {
        func box(_ part: String, paragraphs: Int) -> String {
            "<div class=\"row\"><div class=\"col-8 columns\">" + (0..<paragraphs).map {
                "<p>Part \(part), paragraph \($0), with enough words in it, and commas, to count as the prose of an article, and more of them.</p>"
            }.joined() + "</div></div>"
        }
        let html = """
            <html><head><title>Story</title></head><body><nav><a href="/">Home</a></nav>
            <article class="content"><h1>Story</h1>\(box("one", paragraphs: 40))
            <figure><img src="a.jpg"><figcaption>A picture of the harbour.</figcaption></figure>\(box("two", paragraphs: 7))</article>
            <div class="row"><div class="col-8 columns"><p>Another story, a teaser with a few words, and a comma.</p></div></div></body></html>
            """
        let article = try Self.read(html)
        #expect(article.bodyText.contains("Part one, paragraph 39"))
        #expect(article.bodyText.contains("Part two, paragraph 6"))
        #expect(!article.bodyText.contains("Another story"))
    }

    /// A layout that sets the story's paragraphs in the `<header>` of each of its sections: such a
    /// header is the story; a header with the kicker and the byline is not.
    @Test func aHeaderOfProseIsTheStory() throws {
        func p(_ n: Int) -> String {
            "<p>Paragraph \(n) of the story, with enough words in it, and commas, to count as article text, and more.</p>"
        }
        let html = """
            <html><head><title>Story</title></head><body><main><article class="story"><header><h1>Story</h1><span>Sport</span> <a href="/author">By Ann Author</a></header>
            <section class="ImageText"><header class="ImageText_Description"><div>\(p(1))\(p(2))\(p(3))\(p(1))\(p(2))\(p(3))</div></header><img src="a.jpg"></section>
            <section class="ImageText"><header class="ImageText_Description"><div>\(p(4))\(p(5))\(p(6))\(p(4))\(p(5))\(p(6))</div></header><img src="b.jpg"></section>
            <section class="ImageText"><header class="ImageText_Description"><div>\(p(7))\(p(8))\(p(9))\(p(7))\(p(8))\(p(9))</div></header><img src="c.jpg"></section>
            </article></main></body></html>
            """
        let article = try Self.read(html)
        #expect(article.bodyText.contains("Paragraph 1 "))
        #expect(article.bodyText.contains("Paragraph 9 "))
        #expect(!article.bodyText.contains("Ann Author"))
    }

    /// A deck set as a heading at the top of the body is the lead; a heading that repeats the
    /// headline is not a section; a heading after the opening paragraphs is one.
    @Test func aDeckAtTheTopIsTheLeadNotASection() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more of it.</p>"
        let deck = "Thousands of troops launched joint exercises yesterday, days after the drills in the strait ended"
        let html = """
            <html><head><title>War games begin</title></head><body><article><h1>War games begin</h1>
            <p>By the desk | 5 November 2024</p><h2>\(deck)</h2>\(paragraph)\(paragraph)\(paragraph)
            <h2>War games begin</h2>\(paragraph)<h2>What comes next</h2>\(paragraph)
            </article></body></html>
            """
        let article = try Self.read(html)
        #expect(article.lead == deck)
        #expect(article.sections.compactMap(\.heading?.text) == ["What comes next"])
        #expect(!article.bodyText.contains("Thousands of troops"))
    }

    /// A summary box ("In brief" over a list) and a fact box stay out; a box of an image and its
    /// caption is a figure, but a linked teaser box is not.
    @Test func summaryAndFactBoxesStayOutCaptionBoxesAreFigures() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more of it.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>
            <div class="SummaryList"><strong>In brief</strong><ul><li>One point of the summary.</li><li>Another point.</li></ul></div>
            \(paragraph)<div class="img-box"><img src="/a.jpg"><div class="caption"><p>The harbour at dawn. Photo: Jane Roe</p></div></div>
            \(paragraph)<div class="factbox"><h2>Facts about harbours</h2><p>Harbours are old.</p></div>\(paragraph)
            <div class="teaser"><a href="/other"><img src="/b.jpg"><span class="caption">Another story entirely</span></a></div>
            </article></body></html>
            """
        let article = try Self.read(html)
        let text = article.bodyText
        #expect(!text.contains("summary") && !text.contains("Harbours are old") && !text.contains("Another story"))
        #expect(article.sections.compactMap(\.heading?.text).isEmpty)
        let figures = article.allBlocks.compactMap { if case .figure(let f) = $0 { f } else { nil } }
        #expect(figures.count == 1)
        #expect(figures.first?.src == "/a.jpg")
        #expect(figures.first?.caption.plainText.hasPrefix("The harbour at dawn") == true)
    }

    /// A long discussion under the story, each comment an `<article class="comment-body">`, is
    /// not the story, however much of the page's text it holds.
    @Test func longCommentThreadsStayOut() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it, and commas, to count as article text, and then some more of it.</p>"
        let comment = "<li class=\"comment\"><article class=\"comment-body\"><div class=\"comment-content\"><p>A reader writes at length, with commas, about the story, and disagrees with most of it, again and again, at great length.</p></div></article></li>"
        let html = """
            <html><head><title>Story</title></head><body><main><article class="post"><h1>Story</h1><div class="entry-content">\(paragraph)\(paragraph)</div></article>
            <div class="comments-wrap"><div id="comments" class="comments-area"><h2>12 comments</h2><ol class="comment-list">\(String(repeating: comment, count: 12))</ol></div></div>
            </main></body></html>
            """
        let article = try Self.read(html)
        #expect(!article.bodyText.contains("reader writes"))
        #expect(article.sections.compactMap(\.heading?.text).isEmpty)
        #expect(article.bodyText.contains("A paragraph of the story"))
    }

    /// A paywall wrapper: the rest of the story is `aria-hidden` paragraphs (hidden from screen
    /// readers until the reader subscribes, but the page holds them), inside a wrapper marked as
    /// the body, with the first paragraph left beside it. All of it is the story; a paragraph
    /// dressed otherwise beside the wrapper (a stand-first) is not repeated in the body.
    @Test func paragraphsAroundAPaywallWrapperAreTheStory() throws {
        func paragraph(_ n: Int, hidden: Bool = false) -> String {
            "<p class=\"body-p\"\(hidden ? " aria-hidden=\"true\"" : "")>Paragraph \(n) of the story, with enough words in it, and commas, to count as article text, and then some more.</p>"
        }
        let html = """
            <html><head><title>Story</title><meta name="description" content="The stand-first of the story says what happened, in a sentence or two of its own."></head>
            <body><article><h1>Story</h1><p class="standfirst">The stand-first of the story says what happened, in a sentence or two of its own.</p>
            <section class="author"><a href="/a">Ann Author</a> <a href="/b">Share</a> <a href="/c">Comments</a></section>
            \(paragraph(1))<span class="paywall">\(paragraph(2))\(paragraph(3))\(paragraph(4, hidden: true))\(paragraph(5, hidden: true))</span>
            <section class="topics"><a href="/t1">Topic one</a> <a href="/t2">Topic two</a></section>
            <span aria-hidden="true">Icon label</span></article></body></html>
            """
        let article = try Self.read(html)
        let paragraphs = article.sections.flatMap(\.blocks).compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.plainText } else { return nil }
        }
        #expect(paragraphs.map { String($0.prefix(11)) } == (1...5).map { "Paragraph \($0)" })
        #expect(article.lead?.hasPrefix("The stand-first") == true)
        #expect(!article.bodyText.contains("Icon label"))
    }

    /// Text around a link styled as a button is a call to action (a donation appeal, "Jump to
    /// recipe"), not the story; a paragraph with an ordinary link stays.
    @Test func paragraphsWithButtonsAreCallsToAction() throws {
        let paragraph = "<p>A paragraph of the story with enough words in it, and <a href=\"/x\">a link</a>, to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)\(paragraph)
            <div class="box"><p>Independent journalism needs you: support us today, with as little as you like, every month.
            <a href="/support" class="button primary-button">Support us now</a></p></div>
            <p><a href="#recipe" class="btn-jump">Jump to recipe</a></p>\(paragraph)
            <p>Download the <a href="/r.pdf" role="button">full report</a> here.</p></article></body></html>
            """
        let article = try Self.read(html)
        #expect(!article.bodyText.contains("Independent journalism"))
        #expect(!article.bodyText.contains("Jump to"))
        #expect(!article.bodyText.contains("full report"))
        #expect(article.bodyText.components(separatedBy: "A paragraph of the story").count == 4)
    }

    /// `<nav>`, `<form>`, `<menu>` and `<noscript>` are skipped whole, unless the page is inside
    /// them: an ASP.NET page in one `<form>`, a page whose text is only in `<noscript>`, a story
    /// left inside an unclosed `<nav>`. A login form marked up as an `<article>` stays out, and a
    /// form's "author" field is no byline.
    @Test func pagesInsideWrapperTags() throws {
        let story = Self.story(4)
        func article(_ body: String) throws -> Article {
            let html = "<html><head><title>Story</title></head><body>\(body)</body></html>"
            return try Self.read(html)
        }
        let aspNet = try article("<form id=\"aspnetForm\" method=\"post\"><div class=\"page\"><h1>Story</h1>\(story)</div></form><footer>Footer</footer>")
        #expect(aspNet.bodyText.contains("Paragraph 4"))
        let noScript = try article("<div id=\"app\"></div><noscript><div><h1>Story</h1>\(story)</div></noscript>")
        #expect(noScript.bodyText.contains("Paragraph 4"))
        let unclosedNav = try article("<nav class=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a><article><h1>Story</h1>\(story)</article>")
        #expect(unclosedNav.bodyText.contains("Paragraph 4"))
        let modal = """
            <article class="post"><h1>Story</h1>\(story)</article>
            <div class="modal"><form class="login"><article class="panel"><h2>Log in</h2><p>Forgot your password? We will send you an e-mail with a link to set a new one, at once.</p></article></form></div>
            <form class="reply"><p class="comment-author">Name (required)</p><input name="author"></form>
            """
        let withModal = try article(modal)
        #expect(withModal.bodyText.contains("Paragraph 4"))
        #expect(!withModal.bodyText.contains("password"))
        #expect(withModal.byline == nil)
    }

    /// A wrapper misnamed after a layout ("zen-one-sidebar-second") that holds the story, on a
    /// page whose menus hold more text than the story: the text outside links finds it.
    @Test func aMisnamedWrapperBesideLongMenus() throws {
        let story = Self.story(8)
        let menu = "<ul class=\"menu\">" + (1...60).map { "<li><a href=\"/topic/\($0)\">Topic number \($0) of the site</a></li>" }.joined() + "</ul>"
        let html = """
            <html><head><title>Story</title></head><body><div id="navigation">\(menu)</div>
            <div id="content"><div class="panel-display zen-one-sidebar-second"><h1>Story</h1>\(story)</div></div>
            <div class="region-footer">\(menu)</div></body></html>
            """
        let article = try Self.read(html)
        #expect(article.bodyText.contains("Paragraph 4"))
        #expect(!article.bodyText.contains("Topic number"))
    }

    /// A list item that is only a date (a story's details: "10 April 2020") is furniture.
    @Test func aDateInAListIsFurniture() throws {
        let story = Self.story(4)
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>
            <ul class="mini-info-list"><li><div class="date">10 April 2020</div></li></ul>\(story)
            <ul><li>Bring water and a hat.</li><li>11 Jan 2019</li><li>Leave before noon.</li></ul></article></body></html>
            """
        let article = try Self.read(html)
        #expect(!article.bodyText.contains("10 April 2020"))
        #expect(!article.bodyText.contains("11 Jan 2019"))
        #expect(article.bodyText.contains("Bring water and a hat."))
        #expect(article.bodyText.contains("Leave before noon."))
    }

    /// A link around blocks inside the story is a card for another story: its label and title
    /// (even in bold) are not the story's, while a photo that links to its full size stays.
    @Test func aCardLinkInsideTheStoryIsNotTheStory() throws {
        let p = "<p>A paragraph of the story with enough words in it, and commas, to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(p)\(p)
            <div class="teaser"><a href="/politik/article1.html" class="article-teaser-link"><div class="labels"><span>Einblick ins Privatleben</span></div>
            <strong>Ex-Chefin ist in der Kinderplanung</strong></a></div>
            <a href="/photo-large.jpg"><figure><img src="/photo.jpg"><figcaption>The harbour at dawn, seen from the old lighthouse.</figcaption></figure></a>
            \(p)\(p)</article></body></html>
            """
        let article = try Self.read(html)
        #expect(!article.bodyText.contains("Kinderplanung"))
        #expect(!article.bodyText.contains("Einblick"))
        #expect(article.sections.allSatisfy { $0.heading == nil })
        #expect(article.sections.flatMap(\.blocks).contains { if case .figure = $0 { true } else { false } })
    }

    /// A heading right over a list of links (more of the site) goes with the list.
    @Test func aHeadingOverALinkListGoesWithIt() throws {
        let p = "<p>A paragraph of the story with enough words in it, and commas, to count as article text, and then some more.</p>"
        let html = """
            <html><head><title>Story</title></head><body><article><h1>Story</h1>\(p)\(p)
            <h3>Exklusive Politik-Hintergründe – für Sie recherchiert</h3>
            <ul><li><strong>Irritiert:</strong> <a href="/a1">Klingbeil greift an</a></li><li><a href="/a2">Die Zukunft der Rente und was sie kostet</a></li></ul>
            \(p)<h3>A real section</h3>\(p)\(p)</article></body></html>
            """
        let article = try Self.read(html)
        #expect(article.sections.compactMap(\.heading?.text) == ["A real section"])
        #expect(!article.bodyText.contains("Klingbeil"))
    }
}
