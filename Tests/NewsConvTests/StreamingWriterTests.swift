import Foundation
import Testing
@testable import NewsConv

/// Every streaming writer, on an article of a few megabytes: its output comes in several pieces
/// of about a megabyte each (never the whole document at once), and the pieces are the bytes of
/// `run`.
@Suite struct StreamingWriterTests {
    /// About 2.5 MB of text (more as JSON): Vietnamese diacritics, quotation marks, JSON and XML specials, and
    /// U+2028 (which JSON output escapes) throughout; a dateline, headings and several kinds of block.
    static let article: Article = {
        var sections: [Section] = []
        for s in 0..<250 {
            var blocks: [Block] = []
            for p in 0..<60 {
                blocks.append(.paragraph([
                    .text("Đoạn \(s).\(p): “Chúng tôi sẽ làm” <b> & \"ngoặc\"\u{2028}nói "),
                    .strong([.text("ông Nguyễn Văn A")]),
                    .text(" – và tiếp tục một lúc để đọc như văn xuôi, với số liệu 4,5%."),
                ]))
            }
            blocks.append(.list(ListBlock(ordered: true, start: 3, items: [[.text("một")], [.text("hai")]])))
            sections.append(Section(heading: s == 0 ? nil : Heading(text: "Phần \(s)", level: 2), blocks: blocks))
        }
        return Article(title: "Một bài rất dài", lead: "Dẫn đề “dài”.", dateline: Dateline(raw: "HÀ NỘI (TTXVN)", place: "Hà Nội"),
                       byline: "Theo TTXVN", language: "vi", dates: ArticleDates(published: "2026-12-03T10:00:00+07:00"),
                       sections: sections)
    }()

    static let writers: [any StreamingWriter] = [
        JSONArticleWriter(pretty: true), JSONArticleWriter(pretty: false), MarkdownWriter(),
        NewsMLG2Writer(options: NewsMLG2Options(fallbackDate: OutputChecks.fixedDate)),
        NinjsWriter(options: NinjsOptions(version: .v3_1, fallbackDate: OutputChecks.fixedDate)),
        NinjsWriter(options: NinjsOptions(version: .v2_2, fallbackDate: OutputChecks.fixedDate)),
    ]

    @Test(arguments: writers.indices)
    func aLongArticleIsWrittenInPieces(_ index: Int) throws {
        let writer = Self.writers[index]
        var pieces: [Int] = []
        var bytes: [UInt8] = []
        try writer.write(Self.article) { piece in
            pieces.append(piece.count)
            bytes += piece
        }
        let whole = try writer.run(Self.article)
        #expect(whole.count > 2 * Chunks.size, "the article is long enough to need several pieces")
        #expect(bytes == whole, "\(writer.format): the pieces are the bytes of run")
        #expect(pieces.count >= 3, "\(writer.format): \(pieces.count) pieces")
        #expect(pieces.max()! < Chunks.size + Chunks.size / 8, "\(writer.format): a piece holds about a megabyte, not the document")
    }
}
