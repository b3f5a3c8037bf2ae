import Foundation
import Testing
@testable import NewsConv

/// Which headline a page gives, when its sources say different things.
@Suite struct TitleChoiceTests {
    static let story = (1...4).map {
        "<p>Paragraph \($0) of the story, with enough words in it, and commas, to count as the article's own text.</p>"
    }.joined()

    func title(head: String, body: String) throws -> String? {
        let html = "<html><head>\(head)</head><body>\(body)<article>\(Self.story)</article></body></html>"
        return try Converter().article(from: InputDocument(bytes: Array(html.utf8), origin: "page.html")).title
    }

    /// Some CMSs escape the entities of JSON-LD strings twice.
    @Test func entitiesEscapedTwiceAreDecoded() throws {
        let ld = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Chi&amp;#7871;n s&amp;#7921; &amp;amp; gi&amp;aacute;"}</script>"#
        #expect(try title(head: ld, body: "") == "Chiến sự & giá")
        #expect(MetadataCollector.decodeEntities("A &amp;amp; B") == "A & B")
        #expect(MetadataCollector.decodeEntities("Fish &amp; chips") == "Fish & chips")
    }

    /// schema.org's headline as a meta tag counts when the page has no JSON-LD, and keeps a
    /// section that the OpenGraph title runs on ("-정치") out of the headline.
    @Test func aMicrodataHeadline() throws {
        let head = """
            <meta name="headline" content="장동혁, 한동훈 제명했지만 부담 커졌다">
            <meta property="og:title" content="장동혁, 한동훈 제명했지만 부담 커졌다-정치ㅣ한국일보">
            <meta property="og:site_name" content="한국일보">
            """
        #expect(try title(head: head, body: "") == "장동혁, 한동훈 제명했지만 부담 커졌다")
        // A teaser's microdata headline, which no other source confirms, is not the story's.
        let teaser = """
            <meta property="og:title" content="Harbour plan approved after long debate">
            """
        let body = #"<div itemscope itemtype="https://schema.org/Article"><meta itemprop="headline" content="Ten recipes for a rainy weekend"></div>"#
        #expect(try title(head: teaser, body: body) == "Harbour plan approved after long debate")
    }

    /// A headline cut short in one source gives way to the whole one in another.
    @Test func aTruncatedHeadlineGivesWay() throws {
        let ld = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"A woman who lost 130 pounds shares the changes she wasn't expecting ..."}</script>"#
        let og = #"<meta property="og:title" content="A woman who lost 130 pounds shares the changes she wasn't expecting, from kinder strangers to food">"#
        #expect(try title(head: ld + og, body: "") == "A woman who lost 130 pounds shares the changes she wasn't expecting, from kinder strangers to food")
        #expect(TitleChooser.isTruncation("Aumenta la ofensiva sobre la legitimidad de su g", of: "Aumenta la ofensiva sobre la legitimidad de su gobierno"))
        #expect(!TitleChooser.isTruncation("Harbour plan approved", of: "Harbour plan approved after long debate"))
    }

    /// A logo's link in the h1 runs the site's name on after the headline.
    @Test func aLogoLinkInTheHeadlineIsNotPartOfIt() throws {
        let head = """
            <title>Anticorrupción decidirá en Madrid si recurre la imputación » Local » Ultima Hora Mallorca</title>
            <meta name="twitter:title" content="Anticorrupción decidirá en Madrid si recurre la imputación">
            """
        let h1 = #"<h1><span>Anticorrupción decidirá en Madrid si recurre la imputación</span><a href="/">Ultima Hora Mallorca</a></h1>"#
        #expect(try title(head: head, body: h1) == "Anticorrupción decidirá en Madrid si recurre la imputación")
    }
}
