import Foundation
import Testing
@testable import NewsConv

@Suite struct DatelineParserTests {
    static let cases: [(String, Dateline, String)] = [
        ("TTXVN - Bảo đảm sự lãnh đạo.", Dateline(raw: "TTXVN", source: "TTXVN"), "Bảo đảm sự lãnh đạo."),
        ("Hà Nội (TTXVN) - Sáng nay, hội nghị khai mạc.", Dateline(raw: "Hà Nội (TTXVN)", place: "Hà Nội", source: "TTXVN"), "Sáng nay, hội nghị khai mạc."),
        ("(TTXVN) - Chiều 5/2, đoàn công tác lên đường.", Dateline(raw: "(TTXVN)", source: "TTXVN"), "Chiều 5/2, đoàn công tác lên đường."),
        ("HÀ NỘI, 13/1 (TTXVN) – Sáng 13/1, tại Hà Nội.", Dateline(raw: "HÀ NỘI, 13/1 (TTXVN)", place: "HÀ NỘI", date: "13/1", source: "TTXVN"), "Sáng 13/1, tại Hà Nội."),
        ("(Dân trí) - Mưa lớn kéo dài.", Dateline(raw: "(Dân trí)", source: "Dân trí"), "Mưa lớn kéo dài."),
        ("WASHINGTON (Reuters) - The U.S. economy grew.", Dateline(raw: "WASHINGTON (Reuters)", place: "WASHINGTON", source: "Reuters"), "The U.S. economy grew."),
        ("LONDON, Jan 13 (AP) — A storm hit.", Dateline(raw: "LONDON, Jan 13 (AP)", place: "LONDON", date: "Jan 13", source: "AP"), "A storm hit."),
        ("HÀ NỘI, 29/11 – Thành phố sẽ bổ sung.", Dateline(raw: "HÀ NỘI, 29/11", place: "HÀ NỘI", date: "29/11"), "Thành phố sẽ bổ sung."),
        ("TP Hồ Chí Minh (VNA) – Giá cà phê tăng.", Dateline(raw: "TP Hồ Chí Minh (VNA)", place: "TP Hồ Chí Minh", source: "VNA"), "Giá cà phê tăng."),
    ]

    @Test(arguments: 0..<cases.count)
    func parsesEveryShape(_ index: Int) throws {
        let (text, dateline, rest) = Self.cases[index]
        let parsed = try #require(DatelineParser.parse(text), "no dateline in \(text)")
        #expect(parsed.dateline == dateline)
        #expect(parsed.rest == rest)
    }

    @Test(arguments: [
        "Ông Nguyễn Văn A - giám đốc công ty - cho biết.",
        "Theo báo cáo, giá tăng 5% - mức cao nhất.",
        "The vote was 10-2 in favour.",
        "Giai đoạn 2024 - 2026 sẽ có nhiều thay đổi.",
        "Nhiều người dân - đặc biệt là người cao tuổi - đã đến.",
    ])
    func ignoresOrdinarySentences(_ text: String) {
        #expect(DatelineParser.parse(text) == nil)
    }
}

@Suite struct ParagraphSplitterTests {
    @Test func blankLinesSeparateParagraphs() {
        let units = ParagraphSplitter.split("Title\n\nFirst paragraph.\n\nSecond paragraph.")
        #expect(units.map(\.text) == ["Title", "First paragraph.", "Second paragraph."])
    }

    @Test func singleNewlinesSeparateWhenTheTextIsNotWrapped() {
        let text = "Title\nA first paragraph that is long enough to be a paragraph of its own here.\nA second one, just as long, closes the story with a full stop at its end.\nShort end."
        #expect(ParagraphSplitter.split(text).count == 4)
    }

    @Test func hardWrappedLinesAreJoined() {
        let text = """
            Title of the story

            The first paragraph of this story was wrapped by the wire system at
            seventy characters so that every line is nearly the same length and
            it ends here.

            The second paragraph is wrapped the same way, at a fixed width that
            the splitter has to find from the lengths of the lines of the text.
            """
        let units = ParagraphSplitter.split(text)
        #expect(units.count == 3)
        #expect(units[1].text.hasSuffix("it ends here."))
        #expect(units[1].lineCount == 3)
    }

    @Test func listItemsStayOnTheirOwnLines() {
        let text = "Title\n\nRules:\n- one\n- two\n1) three"
        #expect(ParagraphSplitter.split(text).map(\.text) == ["Title", "Rules:", "- one", "- two", "1) three"])
    }
}

@Suite struct QuoteTests {
    @Test(arguments: [
        ("Ông nói “xin chào” rồi đi.", "xin chào"),
        ("He said \"hello there\" and left.", "hello there"),
        ("Il a dit «bonjour» hier.", "bonjour"),
        ("She called it ‘a good day’ for all.", "a good day"),
        ("Er sagte „guten Tag“ zu allen.", "guten Tag"),
    ])
    func findsEveryKindOfQuotationMark(_ text: String, _ quote: String) {
        #expect(QuoteFinder.find(in: text).map(\.content) == [quote])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(QuoteFinder.find(in: "It’s the people’s choice, isn’t it?").isEmpty)
    }

    @Test func wholeParagraphQuoteBecomesAQuoteBlock() throws {
        let text = "“Chúng tôi sẽ làm tốt hơn.” – Nguyễn Văn A"
        let whole = try #require(QuoteFinder.wholeQuote(text, spans: QuoteFinder.find(in: text)))
        #expect(whole.content == "Chúng tôi sẽ làm tốt hơn.")
        #expect(whole.attribution == "Nguyễn Văn A")
        let inline = "“Chúng tôi sẽ làm tốt hơn”, ông A nói."
        #expect(QuoteFinder.wholeQuote(inline, spans: QuoteFinder.find(in: inline)) == nil)
    }

    @Test(arguments: [
        ("“Giá sẽ tăng”, ông Nguyễn Văn Bình cho biết.", "ông Nguyễn Văn Bình"),
        ("Bộ trưởng Lê Minh Khái nói: “Chúng ta phải hành động.”", "Lê Minh Khái"),
        ("Bà Lan, một giáo viên, nhấn mạnh: “Học sinh cần được nghỉ.”", "Bà Lan"),
        ("\"We will win,\" said John Smith.", "John Smith"),
        ("\"We will win,\" John Smith said.", "John Smith"),
        ("\"It is over,\" Ursula von der Leyen told reporters.", "Ursula von der Leyen"),
        ("Mayor Jane Roe said: \"The bridge opens today.\"", "Mayor Jane Roe"),
        ("\"It works,\" he said.", nil),
        ("Người dân gọi đó là “cây tre Việt Nam”.", nil),
    ] as [(String, String?)])
    func namesTheSpeaker(_ text: String, _ speaker: String?) throws {
        let span = try #require(QuoteFinder.find(in: text).first)
        #expect(SpeakerFinder.speaker(of: span, in: text) == speaker)
    }
}

@Suite struct EndMatterTests {
    @Test func endMarksAreRemovedKeepingTheFullStop() {
        #expect(EndMatter.removingEndMark("Kết thúc câu./.") == "Kết thúc câu.")
        #expect(EndMatter.removingEndMark("Kết thúc câu /.") == "Kết thúc câu")
        #expect(EndMatter.removingEndMark("Không có dấu.") == "Không có dấu.")
    }

    @Test func creditsAndBylines() {
        #expect(EndMatter.credit("Theo TTXVN") == "Theo TTXVN")
        #expect(EndMatter.credit("(Theo VnExpress)") == "Theo VnExpress")
        #expect(EndMatter.credit("Theo ông A, giá sẽ còn tăng trong thời gian tới.") == nil)
        #expect(EndMatter.byline("Minh Anh", strictName: false)?.byline == "Minh Anh")
        #expect(EndMatter.byline("Thu Hằng/TTXVN", strictName: false)?.agency == "TTXVN")
        #expect(EndMatter.byline("By Jane Doe and John Roe", strictName: true)?.byline == "Jane Doe and John Roe")
        #expect(EndMatter.authors("Jane Doe and John Roe") == ["Jane Doe", "John Roe"])
        #expect(EndMatter.byline("Giá vàng tăng mạnh", strictName: false) == nil)
    }

    @Test func trailingLinesLeaveTheBody() throws {
        let text = "Tiêu đề bài\n\nHà Nội (TTXVN) - Nội dung chính của bài viết ở đây.\n\nĐoạn cuối cùng của bài./.\n\nMinh Anh\n\nẢnh: TTXVN\n\nTheo TTXVN"
        let article = try PlainTextSegmenter().run(SourceDocument(origin: "t", content: .plainText(text)))
        #expect(article.byline == "Minh Anh")
        #expect(article.credit == "Theo TTXVN")
        #expect(article.bodyText.hasSuffix("Ảnh: TTXVN") == false)
        #expect(article.allBlocks.last == .figure(Figure(credit: "TTXVN")))
        #expect(article.allBlocks.dropLast().last?.plainText == "Đoạn cuối cùng của bài.")
    }
}

@Suite struct HeadingTests {
    func headings(_ text: String) throws -> [String] {
        let article = try PlainTextSegmenter().run(SourceDocument(origin: "t", content: .plainText(text)))
        return article.sections.compactMap { $0.heading.map { "\($0.level):\($0.text)" } }
    }

    let paragraph = "Đây là một đoạn văn đủ dài để được coi là nội dung chính của một phần trong bài báo, có dấu chấm."

    @Test func shortUnpunctuatedLinesIntroducingParagraphs() throws {
        #expect(try headings("Tiêu đề\n\n\(paragraph)\n\nMột tiêu đề phụ\n\n\(paragraph)") == ["2:Một tiêu đề phụ"])
    }

    @Test func markdownCapitalsAndNumbers() throws {
        #expect(try headings("Title\n\n\(paragraph)\n\n## Second level\n\n\(paragraph)\n\n### Third level\n\n\(paragraph)")
                == ["2:Second level", "3:Third level"])
        #expect(try headings("Tiêu đề\n\n\(paragraph)\n\nTÌNH HÌNH CHUNG\n\n\(paragraph)") == ["2:TÌNH HÌNH CHUNG"])
        #expect(try headings("Tiêu đề\n\n\(paragraph)\n\nI. Phần một\n\n1. Mục một\n\n\(paragraph)\n\nII. Phần hai\n\n\(paragraph)")
                == ["2:I. Phần một", "3:1. Mục một", "2:II. Phần hai"])
    }

    @Test func shortLinesAtTheEndOrInListsAreNotHeadings() throws {
        #expect(try headings("Tiêu đề\n\n\(paragraph)\n\nCác bước:\n\nBước một\n\n\(paragraph)") == [])
        #expect(try headings("Title\n\n\(paragraph)\n\n1. first\n2. second") == [])
    }
}

@Suite struct TextReadingTests {
    func read(_ bytes: [UInt8]) throws -> String {
        guard case .plainText(let text) = try PlainTextReader().run(InputDocument(bytes: bytes, origin: "t")).content else { return "" }
        return text
    }

    @Test func encodings() throws {
        let text = "Hà Nội\nmưa"
        #expect(try read(Array(text.utf8)) == text)
        #expect(try read([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == text)
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try read(le) == text)
        #expect(try read(be) == text)
        #expect(try read(Array("a\r\nb\rc".utf8)) == "a\nb\nc")
    }

    @Test func normalisation() throws {
        let decomposed = "Ha\u{0300} No\u{0323}\u{0302}i"  // Hà Nội, decomposed
        #expect(try read(Array(decomposed.utf8)) == "Hà Nội")
        #expect(try read(Array("a\u{00A0}b\u{2009}c\u{200B}d\u{0007}e".utf8)) == "a b cde")
    }

    @Test func binaryIsRefused() {
        #expect(throws: ReadError.self) { try PlainTextReader().run(InputDocument(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0xFF, 0], origin: "x.png")) }
    }

    @Test func emptyInputHasNoArticle() {
        #expect(throws: ConversionError.noArticle(origin: "e", reason: "the input is empty")) {
            try Converter().article(from: InputDocument(bytes: Array(" \n\n \t".utf8), origin: "e"))
        }
    }
}

/// Strings rebuilt from scalar slices (the quote finder's fast path) are the same strings.
@Suite struct ScalarTextTests {
    @Test(arguments: ["", "plain ASCII", "Hà Nội “trích dẫn” — 100%", "e\u{301} combining", "emoji 👩🏽‍💻 and 𝄞", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func roundTrips(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars[...]).unicodeScalars.elementsEqual(text.unicodeScalars))
    }
}
