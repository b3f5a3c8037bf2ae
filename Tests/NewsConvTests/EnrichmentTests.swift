import Foundation
import Testing
@testable import NewsConv

@Suite struct DateResolverTests {
    let reference = ISODate.parse("2023-01-14T08:00:00+07:00")

    @Test func datelineDaysResolveAgainstTheDocumentsDate() {
        #expect(DateResolver.resolve("13/1", language: "vi", reference: reference) == "2023-01-13")
        #expect(DateResolver.resolve("ngày 13/1", language: "vi", reference: reference) == "2023-01-13")
        #expect(DateResolver.resolve("13 tháng 1", language: "vi", reference: reference) == "2023-01-13")
        #expect(DateResolver.resolve("Jan 13", language: "en", reference: reference) == "2023-01-13")
        #expect(DateResolver.resolve("13 January", language: "en", reference: reference) == "2023-01-13")
        #expect(DateResolver.resolve("31/12", language: "vi", reference: reference) == "2022-12-31", "the year before")
        #expect(DateResolver.resolve("13/1/2021", language: "vi", reference: nil) == "2021-01-13")
    }

    @Test func nothingIsGuessed() {
        #expect(DateResolver.resolve("13/1", language: "vi", reference: nil) == nil, "no year without the document's date")
        #expect(DateResolver.resolve("5/6", language: "en", reference: reference) == nil, "ambiguous in English")
        #expect(DateResolver.resolve("31/2", language: "vi", reference: reference) == nil, "no such day")
    }

    @Test func theTransformFillsTheModel() throws {
        var article = Article(title: "T", dateline: Dateline(raw: "HÀ NỘI, 13/1 (TTXVN)", place: "HÀ NỘI", date: "13/1", source: "TTXVN"),
                              language: "vi", dates: ArticleDates(published: "2023-01-13T10:00:00+07:00"))
        article = try DateResolver().run(article)
        #expect(article.dates.dateline == "2023-01-13")
        article = try PlacesAndPeople().run(article)
        #expect(article.places == ["Hà Nội"])
    }
}

@Suite struct PlacesAndPeopleTests {
    @Test func placeNamesAsWritten() {
        #expect(PlacesAndPeople.displayName("HÀ NỘI") == "Hà Nội")
        #expect(PlacesAndPeople.displayName("NEW YORK") == "New York")
        #expect(PlacesAndPeople.displayName("TP HỒ CHÍ MINH") == "TP Hồ Chí Minh")
        #expect(PlacesAndPeople.displayName("Đồng Tháp") == "Đồng Tháp")
    }

    @Test func peopleFromTheByline() throws {
        let article = try PlacesAndPeople().run(Article(title: "T", byline: "Minh Anh và Thu Hằng", authors: ["Minh Anh", "Thu Hằng"]))
        #expect(article.people == ["Minh Anh", "Thu Hằng"])
    }
}

@Suite struct CountTests {
    @Test func wordsByTheRulesOfTheLanguage() {
        #expect(TextStatistics.wordCount("Hà Nội mở rộng mạng lưới xe buýt điện.") == 9, "Vietnamese: syllables")
        #expect(TextStatistics.wordCount("The bus network grows, again - 2025.") == 6)
        #expect(TextStatistics.wordCount("東京都は新しい計画を発表した。") == 14, "Japanese: one a character")
        #expect(TextStatistics.wordCount("政府 宣布") == 4)
    }

    /// The definition the scalar walk must agree with: characters (grapheme clusters) judged by
    /// their properties.
    static func referenceWordCount(_ text: String) -> Int {
        var count = 0, inWord = false, hasAlnum = false
        for ch in text {
            let first = ch.unicodeScalars.first!.value
            let cjk = (0x3040...0x30FF).contains(first) || (0x3400...0x4DBF).contains(first) || (0x4E00...0x9FFF).contains(first)
                || (0xF900...0xFAFF).contains(first) || (0x20000...0x2FA1F).contains(first)
            if ch.isWhitespace {
                if inWord && hasAlnum { count += 1 }
                inWord = false; hasAlnum = false
            } else if cjk {
                if inWord && hasAlnum { count += 1 }
                count += 1
                inWord = false; hasAlnum = false
            } else {
                inWord = true
                if ch.isLetter || ch.isNumber { hasAlnum = true }
            }
        }
        if inWord && hasAlnum { count += 1 }
        return count
    }

    @Test func theScalarWalkCountsAsCharactersDo() throws {
        var texts = [
            "Hà Nội mở rộng mạng lưới xe buýt điện.", "Ha\u{300} No\u{323}i \u{301}x", "e\u{301}\u{302} \u{301} 1\u{20E3}",
            "👩‍👩‍👧 family 👍🏽 ok", "東京都は新しい計画を発表した。", "政府 宣布︀ x", "x\r\ny\u{00A0}z\u{2003}w\u{3000}v",
            "प्रधानमंत्री ने कहा", "สวัสดี ครับ", "한국어 문장 입니다", "— – … « » · — 42 4,5 %", "\u{200B}zero\u{200B}width",
        ]
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.examples.path) where name.hasSuffix(".txt") {
            texts.append(String(decoding: try Data(contentsOf: TestSupport.examples.appendingPathComponent(name)), as: UTF8.self))
        }
        for text in texts {
            #expect(TextStatistics.wordCount(text) == Self.referenceWordCount(text), "\(text.prefix(40))")
        }
    }

    @Test func figureCaptionsAreNotCounted() {
        let article = Article(title: "T", sections: [Section(blocks: [.paragraph([.text("one two three")]),
                                                                       .figure(Figure(caption: [.text("four five")]))])])
        #expect(TextStatistics.wordCount(of: article) == 3)
    }

    /// The article's counts are taken line by line, without joining the text: they must be those
    /// of the joined text, whatever the lines hold (a carriage return before the line break, a
    /// combining mark after it).
    @Test func countsByLineAreThoseOfTheJoinedText() throws {
        var articles = [Article(title: "T", lead: "lead\r", sections: [
            Section(heading: Heading(text: "\u{301}head"), blocks: [.paragraph([.text("one\r")]), .paragraph([.text("\u{301}two 👍🏽")]),
                                                                 .figure(Figure(caption: [.text("cap")]))]),
            Section(blocks: [.paragraph([.text("e\u{301} x\r\n")])]),
        ]), Article(title: "Empty")]
        for name in ExamplesTests.inputs { articles.append(try ExamplesTests.article(name).0) }
        for article in articles {
            let text = TextStatistics.countedText(article)
            #expect(TextStatistics.characterCount(of: article) == text.count, "\(article.title)")
            #expect(TextStatistics.wordCount(of: article) == TextStatistics.wordCount(text), "\(article.title)")
        }
    }

    /// The identifier is hashed piece by piece: the hash of the title, lead and body text joined.
    @Test func theArticleURNHashesTheJoinedText() throws {
        for name in ExamplesTests.inputs {
            let article = try ExamplesTests.article(name).0
            let joined = [article.title, article.lead ?? "", article.bodyText].joined(separator: "\n")
            #expect(StableHash.articleURN(article) == "urn:newsconv:" + StableHash.hex(joined))
        }
    }
}

@Suite struct LanguageDetectionMoreTests {
    @Test(arguments: [
        ("O governo anunciou na segunda-feira que vai aumentar os impostos para as famílias mais ricas do país.", "pt"),
        ("Il governo ha annunciato lunedì che aumenterà le tasse per le famiglie più ricche del paese.", "it"),
        ("Pemerintah mengumumkan pada hari Senin bahwa akan menaikkan pajak untuk rumah tangga yang paling kaya.", "id"),
        ("รัฐบาลประกาศเมื่อวันจันทร์ว่าจะขึ้นภาษีสำหรับครัวเรือนที่ร่ำรวยที่สุด", "th"),
        ("政府周一宣布将提高最富裕家庭的税收。", "zh"),
        ("Trời mưa.", "vi"),
    ])
    func detects(_ text: String, _ tag: String) {
        #expect(LanguageDetector.detect(text) == tag)
    }
}

@Suite struct NinjsWriterTests {
    @Test func versionsUseTheirOwnNames() throws {
        let article = WriterTests.hostile
        let v3 = try NinjsWriter(options: NinjsOptions(version: .v3_1, fallbackDate: OutputChecks.fixedDate)).value(of: article)
        let v2 = try NinjsWriter(options: NinjsOptions(version: .v2_2, fallbackDate: OutputChecks.fixedDate)).value(of: article)
        #expect(v3["versionCreated"]?.stringValue == "2025-01-01T00:00:00+00:00")
        #expect(v2["versioncreated"]?.stringValue == "2025-01-01T00:00:00+00:00")
        #expect(v3["standard"]?["version"]?.stringValue == "3.1")
        #expect(v2["standard"]?["version"]?.stringValue == "2.2")
        guard case .array(let bodies)? = v3["bodies"] else { Issue.record("no bodies"); return }
        #expect(bodies.map { $0["contentType"]?.stringValue } == ["text/html", "text/plain"])
        #expect(bodies[0]["value"]?.stringValue?.hasPrefix("<html lang=\"vi\"") == true)
        #expect(v3["headlines"] == .array([
            .object([JSONMember("role", .string("main")), JSONMember("contentType", .string("text/plain")), JSONMember("value", .string(article.title))]),
            .object([JSONMember("role", .string("subhead")), JSONMember("contentType", .string("text/plain")), JSONMember("value", .string(article.subtitle!))]),
        ]))
        // The same identifier as the NewsML-G2 guid.
        let xml = String(decoding: try NewsMLG2Writer().run(article), as: UTF8.self)
        #expect(xml.contains("guid=\"\(v3["uri"]!.stringValue!)\""))
    }
}

@Suite struct ConfigurationAndFormatsTests {
    let bin = TestSupport.binary
    let story = TestSupport.examples.appendingPathComponent("vi-ttxvn-hoi-nghi-dau-tu.txt").path

    func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("config") }

    @Test func severalFormatsFromOneParse() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.appendingPathComponent("story").path
        let r = try TestSupport.run(bin, ["convert", story, "--to", "all", "-o", base])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["story.json", "story.md", "story.ninjs.json", "story.xml"])
        let out = dir.appendingPathComponent("out").path
        let r2 = try TestSupport.run(bin, ["convert", story, "--to", "newsml,ninjs", "--out-dir", out, "--ninjs-version", "2.2"])
        #expect(r2.status == 0, "\(r2.stderr)")
        let ninjs = try String(contentsOfFile: out + "/vi-ttxvn-hoi-nghi-dau-tu.ninjs.json", encoding: .utf8)
        #expect(ninjs.contains("\"versioncreated\""))
        let r3 = try TestSupport.run(bin, ["convert", story, "--to", "newsml,json"])
        #expect(r3.status == 64, "several formats to standard output is a usage error")
    }

    @Test func configurationFileWithFlagsWinning() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("config.yaml")
        try Data("""
            provider: Báo Ví Dụ
            provider-uri: https://bao.example/
            copyright-holder: Báo Ví Dụ
            copyright-notice: "© 2025 Báo Ví Dụ"
            to: ninjs
            fixed-date: 2025-05-01T00:00:00+07:00
            """.utf8).write(to: config)
        let fragment = dir.appendingPathComponent("story.txt")
        try Data("Tiêu đề bài viết\n\nMột đoạn văn đủ dài của bài viết này, có dấu chấm ở cuối câu.\n".utf8).write(to: fragment)
        var env = ProcessInfo.processInfo.environment
        env["NEWSCONV_CONFIG"] = config.path
        let r = try TestSupport.run(bin, ["convert", fragment.path], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let ninjs = String(decoding: r.stdout, as: UTF8.self)
        #expect(ninjs.contains("\"copyrightHolder\": \"Báo Ví Dụ\"") && ninjs.contains("\"copyrightNotice\": \"© 2025 Báo Ví Dụ\""))
        #expect(ninjs.contains("\"versionCreated\": \"2025-04-30T17:00:00+00:00\""))
        let flags = try TestSupport.run(bin, ["convert", fragment.path, "--to", "newsml", "--provider", "Other Agency"], environment: env)
        let xml = String(decoding: flags.stdout, as: UTF8.self)
        #expect(xml.contains("<name>Other Agency</name>") && xml.contains("uri=\"https://bao.example/\""))
        #expect(xml.contains("<copyrightHolder literal=\"Báo Ví Dụ\">") && xml.contains("<copyrightNotice>© 2025 Báo Ví Dụ</copyrightNotice>"))
        OutputChecks.checkNewsML([UInt8](flags.stdout), "newsml with rights")
        try Data("to: [pdf]\n".utf8).write(to: config)
        let bad = try TestSupport.run(bin, ["convert", fragment.path, "--config", config.path])
        #expect(bad.status == 78)
        #expect(bad.stderr.contains("config.yaml"))
    }
}
