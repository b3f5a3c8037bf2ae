import LibXML
import Testing
@testable import NewsConv

@Suite struct BoilerplateLineTests {
    @Test func dateStampsAreMetadataNotText() {
        for line in ["Stand: 28.04.2023 17:23 Uhr", "Freitag, 28.04.2023, 19:25", "Publisert 06.01.2026 - 17:29",
                     "Updated 2024-05-02 10:15 GMT", "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten", "Cập nhật lúc 13/01/2025 09:30"] {
            #expect(BoilerplateRules.isDateStampLine(line), "\(line)")
        }
        for line in ["Am 28.04.2023 stürzte die Brücke ein.", "Die Wahl findet am 12.05.2024 statt", "Stand: heute", "12:30 Uhr",
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

    @Test func compoundClassNames() {
        let tokens = BoilerplateRules.TokenCache()
        #expect(BoilerplateRules.classInfo(classes: "commentarea jsb_", id: "", tokens: tokens).isBoilerplate)
        #expect(BoilerplateRules.classInfo(classes: "newsletterbox", id: "", tokens: tokens).isBoilerplate)
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
        let article = try Converter().article(from: InputDocument(bytes: Array(html.utf8), origin: "p.html"))
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
        let article = try Converter().article(from: InputDocument(bytes: Array(html.utf8), origin: "p.html"))
        #expect(article.sections.compactMap(\.heading?.text) == ["What happened next"])
        #expect(!article.bodyText.contains("inbox"))
    }
}

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

@Suite struct TextPrimitiveTests {
    @Test func utf8Validation() {
        #expect(UTF8Validation.isValid(Array("plain ASCII text that is longer than eight bytes".utf8)))
        #expect(UTF8Validation.isValid(Array("Tiếng Việt có dấu, 日本語, emoji 🎉".utf8)))
        #expect(UTF8Validation.isValid([]))
        #expect(!UTF8Validation.isValid([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC3]))  // cut off
        #expect(!UTF8Validation.isValid([0xC0, 0xAF]))  // overlong
        #expect(!UTF8Validation.isValid([0xED, 0xA0, 0x80]))  // surrogate
        #expect(!UTF8Validation.isValid([0xF4, 0x90, 0x80, 0x80]))  // past U+10FFFF
        #expect(!UTF8Validation.isValid([0xE6, 0x97, 0x41]))  // bad continuation
        // Agrees with the standard library on every two-byte sequence.
        for a in 0...255 {
            for b in stride(from: 0, through: 255, by: 7) {
                let bytes: [UInt8] = [UInt8(a), UInt8(b), 0xA9]
                #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
            }
        }
    }

    @Test func byteSearch() {
        #expect("Stand: 28.04.2023".contains("28.04"))
        #expect("Nguyễn Văn A".contains("Văn"))
        #expect(!"Nguyễn".contains("Nguyen"))
        #expect(!"abc".contains(""))
        #expect(!"ab".contains("abc"))
        #expect("abcabd".contains("abd"))
        #expect("abc"[...].contains("bc"))
        let text = "Hà Nội | Báo | Tin"
        #expect(text.components(separatedBy: " | ") == ["Hà Nội", "Báo", "Tin"])
        #expect("|a||b|".components(separatedBy: "|") == ["", "a", "", "b", ""])
        #expect("none".components(separatedBy: ", ") == ["none"])
        let r = try! #require(text.range(of: "Báo"))
        #expect(text[r] == "Báo")
        #expect(text[text.index(after: r.lowerBound)...].range(of: "Báo") == nil)
        #expect(text.range(of: "") == nil)
    }

    @Test func titleWordsKeepDiacritics() {
        #expect(TitleChooser.words("Hà Nội: mưa lớn, 2025!") == ["hà", "nội", "mưa", "lớn", "2025"])
        #expect(TokenOverlap.tokens("Ông A nói: ông A") == ["ông": 2, "a": 2, "nói": 1])
    }
}
