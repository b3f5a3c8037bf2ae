import Foundation
import Testing
@testable import NewsConv

/// Hostile and broken inputs (Fixtures/hostile/, and large ones made on the fly): each gets a valid
/// output or a clear one-line error and its exit code, in bounded time and memory, and an existing
/// output file is left untouched when it fails.
@Suite struct HostileInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile")
    let bin = TestSupport.binary

    func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("hostile") }

    /// Converts `input` to every format with -o over an existing file; checks the outcome.
    func convert(_ input: URL, allowed: Set<Int32>, seconds: Double = 60, _ label: String) throws -> [OutputFormat: String] {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var outputs: [OutputFormat: String] = [:]
        for format in OutputFormat.allCases {
            let out = dir.appendingPathComponent("out." + format.fileExtension)
            try Data("precious".utf8).write(to: out)
            let start = Date()
            let r = try TestSupport.run(bin, ["convert", input.path, "--to", format.rawValue, "-o", out.path, "--fixed-date", "2025-01-01T00:00:00Z"])
            let elapsed = Date().timeIntervalSince(start)
            #expect(elapsed < seconds, "\(label): \(format) took \(elapsed) s")
            #expect(allowed.contains(r.status), "\(label): \(format) exited \(r.status): \(r.stderr)")
            #expect(r.status != 70 && r.status < 128, "\(label): crashed or failed inside (\(r.status))")
            let contents = try String(contentsOf: out, encoding: .utf8)
            if r.status == 0 {
                #expect(contents != "precious")
                outputs[format] = contents
                let kind: DocumentKind = format == .newsml ? .newsml : format == .json ? .json : format == .markdown ? .markdown : .ninjs3
                if kind != .ninjs3 {
                    let problems = try DocumentValidator(catalog: SchemaCatalog(paths: [], environment: [:])).validate(Array(contents.utf8), name: label, as: kind)
                    #expect(problems.isEmpty, "\(label): \(format) output invalid: \(problems.prefix(3))")
                } else {
                    try OutputChecks.checkNinjs(Array(contents.utf8), label)
                }
                if format == .newsml {
                    for scalar in contents.unicodeScalars {
                        #expect(XMLCharacters_isAllowed(scalar), "\(label): U+\(String(scalar.value, radix: 16)) in XML")
                    }
                }
            } else {
                #expect(contents == "precious", "\(label): an existing output was touched by a failed conversion")
                #expect(r.stderr.hasPrefix("newsconv: ") && r.stderr.split(separator: "\n").count == 1, "\(label): \(r.stderr)")
                #expect(r.stderr.contains(input.lastPathComponent), "\(label): the error names the file")
            }
        }
        return outputs
    }

    func XMLCharacters_isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    static let smallCases: [(String, Set<Int32>)] = [
        ("empty.txt", [65]), ("whitespace.txt", [65]), ("image.png", [66]), ("story.txt.gz", [66]), ("nul-bytes.bin", [66]),
        ("invalid-utf8.txt", [0]), ("invalid-utf8.html", [0]), ("utf16-no-bom.txt", [0]), ("mislabelled.html", [0]),
        ("truncated.html", [0]), ("control-chars.txt", [0]), ("lone-surrogates.txt", [0]), ("only-scripts.html", [65]),
        ("markup-in-text.txt", [0]), ("markup-in-page.html", [0]), ("xxe-page.html", [0]),
    ]

    @Test(arguments: smallCases.map(\.0))
    func smallHostileInputs(_ name: String) throws {
        let allowed = Self.smallCases.first { $0.0 == name }!.1
        let outputs = try convert(Self.folder.appendingPathComponent(name), allowed: allowed, name)
        switch name {
        case "utf16-no-bom.txt":
            #expect(outputs[.json]?.contains("Tiêu đề không có BOM") == true)
        case "mislabelled.html":
            #expect(outputs[.json]?.contains("Thành phố ngập") == true)
        case "control-chars.txt", "lone-surrogates.txt":
            for (_, text) in outputs { #expect(!text.unicodeScalars.contains { $0.value < 0x09 || $0.value == 0xFFFE || $0.value == 0xFFFF }) }
        case "xxe-page.html":
            for (_, text) in outputs { #expect(!text.contains("root:x:0:0")) }
        case "markup-in-text.txt", "markup-in-page.html":
            let xml = outputs[.newsml] ?? ""
            #expect(!xml.contains("<script>") && xml.contains("&lt;script&gt;"))
            #expect(!xml.contains("]]>"))
            let md = TestSupport.splitFrontMatter(outputs[.markdown] ?? "").body
            #expect(!md.contains("<script>") && md.contains("\\<script\\>"))
            #expect(md.contains("\\*stars\\*") && md.contains("\\]\\]\\>"))
            // Plain text marks headings with "# " itself; in a page, a paragraph starting with # stays a paragraph.
            let outline = md.split(separator: "\n").filter { $0.hasPrefix("#") && !$0.hasPrefix("\\#") }
            #expect(outline.count == (name.hasSuffix(".txt") ? 2 : 1), "headings: \(outline)")
            let html = try TestSupport.run(TestSupport.tool("cmark") ?? "/usr/bin/cmark", [], input: Data(md.utf8))
            #expect(!String(decoding: html.stdout, as: UTF8.self).contains("<script>"))
        default:
            break
        }
    }

    @Test func entitiesAreNeverExpandedNorFetched() throws {
        let validator = DocumentValidator(catalog: SchemaCatalog(paths: [], environment: [:]))
        let start = Date()
        let bomb = try validator.validate([UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("entity-bomb.xml"))), name: "bomb.xml")
        #expect(!bomb.isEmpty)
        #expect(Date().timeIntervalSince(start) < 5)
        let xxe = try validator.validate([UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("xxe.xml"))), name: "xxe.xml")
        #expect(!xxe.isEmpty)
        #expect(!xxe.map(\.message).joined().contains("root:"))
        // A schema that names a local file as an external entity is refused or compiled without it.
        let r = try TestSupport.run(bin, ["validate", "--schema", Self.folder.appendingPathComponent("xxe-schema.xsd").path,
                                          TestSupport.examples.appendingPathComponent("en-ap-storm.xml").path])
        #expect(!r.stderr.contains("root:x:0:0") && !String(decoding: r.stdout, as: UTF8.self).contains("root:x:0:0"))
        #expect(r.status != 0)
    }

    @Test func largeInputsStayBounded() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ text: String) throws -> URL {
            let url = dir.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url
        }
        // 100,000 nested elements: read down to the depth limit, never a stack overflow.
        let nested = try write("nested.html", "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep text, long enough to be a paragraph, with commas.</p>" + String(repeating: "</div>", count: 100_000) + "</body></html>")
        _ = try convert(nested, allowed: [0, 65], "100,000 nested elements")
        // A 1 MB title.
        let title = try write("title.txt", String(repeating: "word ", count: 200_000) + "\n\nA paragraph of body text after the huge title, long enough.\n")
        _ = try convert(title, allowed: [0], "1 MB title")
        // 100,000 paragraphs.
        var paragraphs = "Title of a long story\n\n"
        for i in 0..<100_000 { paragraphs += "Paragraph \(i) of the story goes on.\n\n" }
        let many = try write("paragraphs.txt", paragraphs)
        let start = Date()
        let r = try TestSupport.run(bin, ["convert", many.path, "--to", "json", "-o", dir.appendingPathComponent("p.json").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Date().timeIntervalSince(start) < 120)
        // A 20 MB single line, and a 50 MB page: refused by the input limit, at once, with a clear error.
        let line = dir.appendingPathComponent("line.txt")
        _ = FileManager.default.createFile(atPath: line.path, contents: Data(repeating: UInt8(ascii: "x"), count: 20 << 20))
        let lineResult = try TestSupport.run(bin, ["convert", line.path, "--to", "json"])
        #expect(lineResult.status == 65, "a single line is a title without a story: \(lineResult.stderr)")
        let page = dir.appendingPathComponent("page.html")
        var big = Data("<html><body><article><h1>Huge</h1>".utf8)
        let paragraph = Data(("<p>" + String(repeating: "A sentence of a very long page goes on. ", count: 50) + "</p>\n").utf8)
        while big.count < 50 << 20 { big.append(paragraph) }
        _ = FileManager.default.createFile(atPath: page.path, contents: big)
        let pageStart = Date()
        let huge = try TestSupport.run(bin, ["convert", page.path, "--to", "json"])
        #expect(huge.status == 66)
        #expect(huge.stderr == "newsconv: \(page.path): cannot read input: larger than the 32 MiB limit (--max-input-size)\n")
        #expect(Date().timeIntervalSince(pageStart) < 5)
        let stdin = try TestSupport.run(bin, ["convert", "-", "--to", "json", "--max-input-size", "1M"], input: big.prefix(2 << 20))
        #expect(stdin.status == 66 && stdin.stderr.contains("1 MiB limit"))
    }
}
