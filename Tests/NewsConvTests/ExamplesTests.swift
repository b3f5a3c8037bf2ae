import Foundation
import Testing
@testable import NewsConv

/// The examples in `examples/`: each input converts to exactly the expected outputs beside it,
/// and every output is valid.
@Suite struct ExamplesTests {
    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.examples.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test func thereAreAtLeastNineExamples() {
        #expect(Self.inputs.count >= 9)
    }

    static func article(_ name: String) throws -> (Article, InputDocument) {
        let url = TestSupport.examples.appendingPathComponent(name)
        let input = InputDocument(bytes: [UInt8](try Data(contentsOf: url)), origin: "examples/" + name)
        return (try OutputChecks.converter().article(from: input), input)
    }

    @Test(arguments: inputs)
    func outputsMatchTheExpectedFiles(_ name: String) throws {
        let (article, input) = try Self.article(name)
        let converter = OutputChecks.converter()
        for format in OutputFormat.allCases {
            let expectedURL = TestSupport.examples.appendingPathComponent(
                String(name.dropLast(4)) + "." + format.fileExtension)
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            let actual = String(decoding: try converter.write(article, as: format, input: input), as: UTF8.self)
            #expect(actual == expected, "\(name) as \(format): output differs from \(expectedURL.lastPathComponent); run scripts/update-examples and review the diff")
        }
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
}
