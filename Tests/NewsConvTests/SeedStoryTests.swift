import Foundation
import Testing
@testable import NewsConv

/// The seed wire story (`../shared/corpus/seed/ttxvn-doi-ngoai-2023.txt`), a real VNA story.
@Suite(.enabled(if: TestSupport.runsSharedTests, "needs ../shared/corpus/seed (absent in a user's clone)"))
struct SeedStoryTests {
    static let url = TestSupport.shared.appendingPathComponent("corpus/seed/ttxvn-doi-ngoai-2023.txt")

    static func load() throws -> (String, Article) {
        let data = try Data(contentsOf: url)
        let text = String(decoding: data, as: UTF8.self)
        let article = try OutputChecks.converter().article(from: InputDocument(bytes: [UInt8](data), origin: url.path))
        return (text, article)
    }

    @Test func titleLeadAndDateline() throws {
        let (text, article) = try Self.load()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(article.title == lines[0])
        #expect(article.lead == lines[1])
        #expect(article.dateline?.source == "TTXVN")
        let first = try #require(article.sections.first?.blocks.first).plainText
        #expect(first.hasPrefix("Bảo đảm sự lãnh đạo của Đảng"))
        #expect(!first.contains("TTXVN"))
        #expect(article.language == "vi")
    }

    @Test func exactlyTwoSectionHeadings() throws {
        let (_, article) = try Self.load()
        #expect(article.sections.compactMap(\.heading?.text)
                == ["Điểm sáng công tác đối ngoại", "Nhiều mảng công tác có bước chuyển quan trọng"])
        #expect(article.sections.compactMap(\.heading?.level) == [2, 2])
    }

    @Test func theFourQuotesAreListed() throws {
        let (_, article) = try Self.load()
        let quotes = article.quotes.map(\.text)
        for phrase in ["luôn vì lợi ích của dân tộc mà phục vụ", "cây tre Việt Nam",
                       "gốc vững, thân chắc, cành uyển chuyển", "tận tụy, cẩn trọng; sáng tạo, chuyên nghiệp"] {
            #expect(quotes.contains(phrase), "missing quote: \(phrase)")
        }
        // Each quote's location points at its text.
        for quote in article.quotes {
            let block = article.sections[quote.location.section].blocks[quote.location.block].plainText
            let scalars = Array(block.unicodeScalars)
            let rest = String(String.UnicodeScalarView(scalars[(quote.location.offset + 1)...]))
            #expect(rest.hasPrefix(quote.text), "quote location is off for \(quote.text)")
        }
    }

    @Test func endMarkIsGoneAndNoSentenceIsLost() throws {
        let (text, article) = try Self.load()
        #expect(!article.bodyText.contains("./."))
        #expect(!article.bodyText.contains("/."))
        var output = [article.title, article.lead ?? "", article.dateline?.raw ?? ""].joined(separator: "\n")
        output += "\n" + article.sections.map { ($0.heading?.text ?? "") + "\n" + $0.blocks.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        let sentences = text.replacingOccurrences(of: "./.", with: ".")
            .split(whereSeparator: \.isNewline)
            .flatMap { $0.components(separatedBy: ". ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        #expect(sentences.count > 30)
        for var sentence in sentences {
            if sentence.hasPrefix("TTXVN - ") { sentence.removeFirst("TTXVN - ".count) }
            #expect(output.contains(sentence), "lost: \(sentence.prefix(80))")
        }
    }

    @Test func allOutputsAreValid() throws {
        let (_, article) = try Self.load()
        try OutputChecks.checkAll(article, "seed")
    }

    @Test func theCommandLineConvertsItToEveryFormat() throws {
        for format in OutputFormat.allCases {
            let result = try TestSupport.run(TestSupport.binary, ["convert", Self.url.path, "--to", format.rawValue])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.count > 5000)
        }
    }
}
