import Foundation
import Testing
@testable import NewsConv

/// The examples in `examples/`: each input converts to exactly the expected outputs beside it,
/// and every output is valid.
@Suite struct ExamplesTests {
    /// Inputs relative to `examples/`: wire stories (`*.txt`) and web pages (`html/*.html`).
    static let inputs: [String] = {
        let fm = FileManager.default
        let text = ((try? fm.contentsOfDirectory(atPath: TestSupport.examples.path)) ?? []).filter { $0.hasSuffix(".txt") }
        let html = ((try? fm.contentsOfDirectory(atPath: TestSupport.examples.appendingPathComponent("html").path)) ?? [])
            .filter { $0.hasSuffix(".html") }.map { "html/" + $0 }
        return (text + html).sorted()
    }()

    @Test func thereAreEnoughExamples() {
        #expect(Self.inputs.filter { $0.hasSuffix(".txt") }.count >= 9)
        #expect(Self.inputs.filter { $0.hasSuffix(".html") }.count >= 12)
    }

    static func article(_ name: String) throws -> (Article, InputDocument) {
        let url = TestSupport.examples.appendingPathComponent(name)
        let input = InputDocument(bytes: [UInt8](try Data(contentsOf: url)), origin: "examples/" + name)
        return (try OutputChecks.converter().article(from: input), input)
    }

    /// The JSON writer makes its sections one at a time; the bytes are those of the whole value.
    @Test(arguments: inputs)
    func jsonWrittenBySectionsIsTheWholeValue(_ name: String) throws {
        let (article, _) = try Self.article(name)
        for pretty in [true, false] {
            let whole = JSONArticleWriter.value(of: article).serializedBytes(pretty: pretty)
            #expect(try JSONArticleWriter(pretty: pretty).run(article) == whole)
            var pieces: [UInt8] = []
            JSONArticleWriter(pretty: pretty).write(article) { pieces += $0 }
            #expect(pieces == whole)
        }
    }

    /// The Markdown writer hands its text over block by block; the bytes are those of `run`.
    @Test(arguments: inputs)
    func markdownWrittenByBlocksIsTheWholeText(_ name: String) throws {
        let (article, _) = try Self.article(name)
        for frontMatter in [true, false] {
            let writer = MarkdownWriter(frontMatter: frontMatter)
            var pieces: [UInt8] = []
            writer.write(article) { pieces += $0 }
            #expect(pieces == (try writer.run(article)))
            #expect(pieces == Array(writer.render(article).utf8))
        }
    }

    /// The NewsML-G2 writer drains libxml2's buffer between blocks; the bytes are those of `run`.
    @Test(arguments: inputs)
    func newsmlWrittenInPiecesIsTheWholeItem(_ name: String) throws {
        let (article, _) = try Self.article(name)
        let writer = NewsMLG2Writer(options: NewsMLG2Options(fallbackDate: OutputChecks.fixedDate))
        var pieces: [UInt8] = []
        try writer.write(article) { pieces += $0 }
        #expect(pieces == (try writer.run(article)))
    }

    /// The ninjs writer writes its bodies as they are made; the bytes are those of `run` (the
    /// whole value serialised), in both versions.
    @Test(arguments: inputs)
    func ninjsWrittenInPiecesIsTheWholeValue(_ name: String) throws {
        let (article, _) = try Self.article(name)
        for version in NinjsVersion.allCases {
            let writer = NinjsWriter(options: NinjsOptions(version: version, fallbackDate: OutputChecks.fixedDate))
            var pieces: [UInt8] = []
            try writer.write(article) { pieces += $0 }
            #expect(pieces == (try writer.run(article)))
            #expect(pieces == (try writer.value(of: article)).serializedBytes(pretty: true))
        }
    }

    @Test(arguments: inputs)
    func outputsMatchTheExpectedFiles(_ name: String) throws {
        let (article, input) = try Self.article(name)
        let converter = OutputChecks.converter()
        for format in OutputFormat.allCases {
            let stem = name.hasSuffix(".html") ? String(name.dropLast(5)) : String(name.dropLast(4))
            let expectedURL = TestSupport.examples.appendingPathComponent(stem + "." + format.fileExtension)
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            let actual = String(decoding: try converter.write(article, as: format, input: input), as: UTF8.self)
            #expect(actual == expected, "\(name) as \(format): output differs from \(expectedURL.lastPathComponent); run scripts/update-examples and review the diff")
        }
    }

    /// python's jsonschema agrees that every ninjs example output is valid ninjs 3.1.
    @Test(.enabled(if: TestSupport.runsSharedTests, "needs ../shared/ninjs (absent in a user's clone)"))
    func ninjsOutputsPassIPTCsOwnValidator() throws {
        guard TestSupport.runsWithTool(TestSupport.hasPythonJSONSchema, "python3 with jsonschema") else { return }
        let files = Self.inputs.map { name -> String in
            let stem = name.hasSuffix(".html") ? String(name.dropLast(5)) : String(name.dropLast(4))
            return TestSupport.examples.appendingPathComponent(stem + ".ninjs.json").path
        }
        let script = TestSupport.shared.appendingPathComponent("ninjs/validate_ninjs.py").path
        let r = try TestSupport.run(TestSupport.tool("python3") ?? "/usr/bin/python3", [script, "--format", "--schema", "3.1"] + files)
        #expect(r.status == 0, "\(String(decoding: r.stdout, as: UTF8.self).prefix(2000)) \(r.stderr.prefix(500))")
    }

    @Test(arguments: inputs)
    func outputsAreValid(_ name: String) throws {
        let (article, _) = try Self.article(name)
        try OutputChecks.checkAll(article, name)
    }

    /// The structure each example was written to show.
    @Test func examplesHaveTheirStructure() throws {
        func load(_ name: String) throws -> Article { try Self.article(name).0 }

        let bus = try load("vi-ttxvn-xe-buyt-dien.txt")
        #expect(bus.title == "Hà Nội mở rộng mạng lưới xe buýt điện trong năm 2025")
        #expect(bus.lead?.hasPrefix("Thành phố sẽ đưa thêm 10 tuyến") == true)
        #expect(bus.dateline == Dateline(raw: "Hà Nội (TTXVN)", place: "Hà Nội", source: "TTXVN"))
        #expect(bus.byline == "Minh Anh")
        #expect(bus.credit == "Theo TTXVN")
        #expect(bus.sections.compactMap(\.heading?.text) == ["Lộ trình thay thế xe buýt diesel", "Người dân kỳ vọng"])
        #expect(bus.quotes.map(\.speaker) == ["ông Nguyễn Văn Hùng", "Bà Trần Thị Lan"])
        #expect(!bus.bodyText.contains("Theo TTXVN") && !bus.bodyText.contains("Minh Anh"))

        let invest = try load("vi-ttxvn-hoi-nghi-dau-tu.txt")
        #expect(invest.dateline == Dateline(raw: "CẦN THƠ, 13/1 (TTXVN)", place: "CẦN THƠ", date: "13/1", source: "TTXVN"))
        #expect(invest.sections.compactMap(\.heading?.text) == ["1. Những lĩnh vực được ưu tiên", "2. Khó khăn cần tháo gỡ"])
        let list = invest.allBlocks.compactMap { if case .list(let l) = $0 { l } else { nil } }
        #expect(list.count == 1 && list[0].items.count == 3 && !list[0].ordered)
        let figures = invest.allBlocks.compactMap { if case .figure(let f) = $0 { f } else { nil } }
        #expect(figures == [Figure(caption: [.text("Quang cảnh Hội nghị xúc tiến đầu tư.")], credit: "Văn Sơn/TTXVN")])
        #expect(!invest.bodyText.contains("./."))

        let flood = try load("vi-dantri-mua-lu.txt")
        #expect(flood.dateline?.source == "Dân trí")
        #expect(flood.lead == nil)
        #expect(flood.sections.compactMap(\.heading?.text) == ["TÌNH HÌNH SƠ TÁN", "DỰ BÁO NHỮNG NGÀY TỚI"])
        #expect(flood.allBlocks.contains { if case .quote = $0 { true } else { false } })
        #expect(flood.byline == "PV")
        #expect(flood.quotes.first?.speaker == "Ông Dũng")

        let rates = try load("en-reuters-rates.txt")
        #expect(rates.dateline == Dateline(raw: "WASHINGTON (Reuters)", place: "WASHINGTON", source: "Reuters"))
        #expect(rates.credit == "Reporting by Ann Smith; Editing by John Stone")
        #expect(rates.sections.first?.blocks.first?.plainText.hasPrefix("The central bank kept its benchmark interest rate unchanged on Wednesday") == true)
        #expect(rates.quotes.map(\.speaker) == ["Chair Maria Lopez", "Tom Baker"])
        #expect(rates.language == "en")

        let storm = try load("en-ap-storm.txt")
        #expect(storm.byline == "Jane Doe")
        #expect(storm.dateline == Dateline(raw: "LONDON, Jan 13 (AP)", place: "LONDON", date: "Jan 13", source: "AP"))
        #expect(storm.quotes.first?.speaker == "Chief Fire Officer Mark Hill")

        let report = try load("en-markdown-report.txt")
        #expect(report.sections.compactMap { $0.heading.map { "\($0.level) \($0.text)" } }
                == ["2 I. Generation", "3 1.1 Wind", "3 1.2 Solar", "2 II. Outlook"])

        let mango = try load("vi-utf16-crlf-xoai.txt")
        #expect(mango.title == "Nông dân Đồng Tháp trúng mùa xoài")
        #expect(mango.byline == "Thu Hằng" && mango.source.name == "TTXVN")
        #expect(mango.bodyText.contains("11.000 ha"))  // NBSP folded
        #expect(mango.quotes.first?.speaker == "anh Nguyễn Văn Tâm")

        let digital = try load("vi-bom-cr-chuyen-doi-so.txt")
        #expect(digital.title == "Việt Nam và Nhật Bản tăng cường hợp tác về chuyển đổi số")
        #expect(digital.credit == "Theo TTXVN")
        #expect(digital.quotes.first?.text == "Chuyển đổi số là động lực tăng trưởng mới của hai nền kinh tế.")

        let coffee = try load("vi-nfd-wrapped-ca-phe.txt")
        #expect(coffee.title == "Giá cà phê xuất khẩu lập đỉnh mới".precomposedStringWithCanonicalMapping)
        #expect(coffee.title.unicodeScalars.count == coffee.title.precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(coffee.sections.count == 1 && coffee.sections[0].blocks.count == 3, "hard-wrapped lines are joined")
        #expect(coffee.quotes.first?.speaker == "Ông Đỗ Hà Nam")
        #expect(coffee.byline == "Hoàng Hải")
    }

    /// The structure each web page fixture was written to show.
    @Test func pagesHaveTheirStructure() throws {
        func load(_ name: String) throws -> Article { try Self.article("html/" + name).0 }

        let tunnel = try load("article-main.html")
        #expect(tunnel.title == "Harbour tunnel opens after six years of work")
        #expect(tunnel.lead?.hasPrefix("The two-kilometre crossing") == true)
        #expect(tunnel.sections.compactMap { $0.heading.map { "\($0.level) \($0.text)" } }
                == ["2 A long and costly dig", "3 Who paid for it", "2 Residents question the tolls"])
        #expect(tunnel.byline == "Priya Raman" && tunnel.source.name == "Coastline Herald")
        #expect(tunnel.dates.published == "2025-03-14T08:30:00+00:00")
        #expect(tunnel.allBlocks.contains(.figure(Figure(src: "https://example.org/img/tunnel.jpg", alt: "Cars entering the tunnel",
                                                         caption: [.text("The first cars enter the tunnel on Friday morning.")], credit: "Photo: Lena Ortiz"))))
        #expect(tunnel.allBlocks.contains { if case .quote(let q) = $0 { q.attribution == "Mayor Ana Duarte" } else { false } })
        #expect(tunnel.allBlocks.contains { if case .list(let l) = $0 { l.items.count == 3 } else { false } })
        #expect(tunnel.quotes.last?.speaker == "Tomas Ebert")
        for junk in ["Share on Facebook", "Ferry timetable", "Great news for the port", "All rights reserved", "Sport"] {
            #expect(!tunnel.bodyText.contains(junk), "boilerplate kept: \(junk)")
        }

        let soup = try load("div-soup-vi.html")
        #expect(soup.title == "Đà Nẵng khai trương tuyến buýt ven biển")
        #expect(soup.lead?.hasPrefix("Tuyến xe buýt số 18") == true)
        #expect(soup.dateline == Dateline(raw: "ĐÀ NẴNG (TTXVN)", place: "ĐÀ NẴNG", source: "TTXVN"))
        #expect(soup.byline == "Thu Trang")
        #expect(soup.allBlocks.contains { if case .figure(let f) = $0 { f.credit == "Văn Dũng/TTXVN" } else { false } })
        #expect(soup.quotes.first?.speaker == "Ông Lê Văn Thanh")
        #expect(!soup.bodyText.contains("./.") && !soup.bodyText.contains("Tin liên quan") && !soup.bodyText.contains("Ý kiến bạn đọc"))

        let strike = try load("jsonld-graph.html")
        #expect(strike.authors == ["Owen Hughes", "Sara Lind"] && strike.language == "en-GB")
        #expect(strike.dates == ArticleDates(published: "2025-06-02T23:10:00+01:00", modified: "2025-06-03T07:45:00+01:00"))
        #expect(strike.source.url == "https://northernpost.example/transport/rail-strike-called-off")
        #expect(strike.sections.compactMap(\.heading?.text) == ["What happens next"])
        #expect(strike.quotes.map(\.speaker) == ["Karen Walsh", "Karen Walsh"])
        #expect(!strike.bodyText.contains("Read more") && !strike.bodyText.contains("Sign up"))

        let fair = try load("table-layout-br.html")
        #expect(fair.title == "Village fair raises record sum for the school roof")
        #expect(fair.allBlocks.count == 4, "four paragraphs split at <br><br>")
        #expect(!fair.bodyText.contains("Archive 2023") && !fair.bodyText.contains("Copyright"))
        #expect(fair.quotes.first?.speaker == "Margaret Doyle")

        let coconut = try load("legacy-windows-1258.html")
        #expect(coconut.title == "Nông dân Bến Tre chuyển sang trồng dừa hữu cơ")
        #expect(coconut.bodyText.contains("Ông Trần Văn Lợi"))
        #expect(coconut.bodyText == coconut.bodyText.precomposedStringWithCanonicalMapping)

        let library = try load("fragment.html")
        #expect(library.title == "Library extends opening hours during exam season")
        #expect(library.allBlocks.count == 3)

        let bridge = try load("opengraph-lead.html")
        #expect(bridge.lead == "Die 300 Meter lange Brücke verbindet zwei Stadtteile, die bisher nur über die Autobahn erreichbar waren.")
        #expect(bridge.byline == "Martin Krüger" && bridge.language == "de")
        #expect(bridge.sections.compactMap(\.heading?.text) == ["Kritik an den Kosten"])
        #expect(!bridge.bodyText.contains("Auch interessant"))

        let road = try load("bold-subheadings-vi.html")
        #expect(road.dateline?.date == "3/4" && road.dateline?.source == "TTXVN")
        #expect(road.sections.compactMap(\.heading?.text) == ["Giải phóng mặt bằng đạt 98%", "Nhiều gói thầu vượt tiến độ"])
        #expect(road.allBlocks.contains { if case .paragraph(let i) = $0 { i.contains(.emphasis([.text("2.000 công nhân")])) } else { false } })
        #expect(road.allBlocks.contains { if case .paragraph(let i) = $0 {
            i.contains(.link(href: "https://example.org/du-an", content: [.text("trang của dự án")])) } else { false } })
        #expect(!road.bodyText.contains("Khởi công cầu"))

        let election = try load("liveblog-cards.html")
        #expect(election.sections.count == 4 && election.sections.allSatisfy { $0.blocks.count == 1 })
        #expect(!election.bodyText.contains("Most read"))

        let fuel = try load("hidden-ads-table.html")
        #expect(!fuel.bodyText.contains("hidden") && !fuel.bodyText.contains("ADVERTISEMENT") && !fuel.bodyText.contains("cookies"))
        #expect(!fuel.bodyText.contains("Subscribe") && !fuel.bodyText.contains("Read more") && !fuel.bodyText.contains("tracking"))
        #expect(fuel.allBlocks.contains { if case .table(let t) = $0 { t.rows.count == 3 && t.hasHeader && t.caption != nil } else { false } })

        let trees = try load("pullquote-lists.html")
        #expect(trees.allBlocks.contains { if case .list(let l) = $0 { l.ordered && l.items.count == 3 } else { false } })
        #expect(trees.allBlocks.contains { if case .quote(let q) = $0 { q.plainText.hasPrefix("A street with trees") } else { false } })
        #expect(trees.quotes.contains { $0.text == "the biggest planting programme in the city's history" })
        #expect(trees.allBlocks.contains { if case .paragraph(let i) = $0 { i.contains(.lineBreak) } else { false } })

        let port = try load("mislabelled-utf8.html")
        #expect(port.title == "El puerto de Valencia bate su récord de contenedores")
        #expect(port.language == "es")
    }
}
