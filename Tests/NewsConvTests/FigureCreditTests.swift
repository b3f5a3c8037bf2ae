import Foundation
import LibXML
import Testing
@testable import NewsConv

@Suite struct FigureCreditTests {
    func figures(_ captions: [String]) throws -> [Figure] {
        let paragraph = "<p>A paragraph of the story with enough words in it to count as article text, and then some more.</p>"
        let figures = captions.enumerated().map { "<figure><img src=\"/i\($0.offset).jpg\"><figcaption>\($0.element)</figcaption></figure>" }
        let html = "<html><head><title>Story</title></head><body><article><h1>Story</h1>\(paragraph)\(figures.joined())\(paragraph)</article></body></html>"
        let article = try Converter().article(from: InputDocument(bytes: Array(html.utf8), origin: "p.html"))
        return article.sections.flatMap(\.blocks).compactMap { if case .figure(let f) = $0 { f } else { nil } }
    }

    @Test func creditsLeaveTheCaption() throws {
        let found = try figures(["© Matthias Hangst/Getty Images", "Fans in the square on Sunday © AP Photo/Jane Doe", "A plain caption."])
        #expect(found.count == 3)
        #expect(found[0].caption.isEmpty && found[0].credit == "© Matthias Hangst/Getty Images")
        #expect(found[1].caption.plainText == "Fans in the square on Sunday" && found[1].credit == "© AP Photo/Jane Doe")
        #expect(found[2].caption.plainText == "A plain caption." && found[2].credit == nil)
        // The JSON text of a figure is its caption alone.
        let json = JSONArticleWriter.block(.figure(found[1]))
        #expect(json.serialized(pretty: false).contains("\"text\":\"Fans in the square on Sunday\""))
    }
}
