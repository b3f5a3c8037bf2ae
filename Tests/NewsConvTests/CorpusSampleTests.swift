import Foundation
import Testing
@testable import NewsConv

/// A sample of the real pages in `../shared/corpus`: each converts without error, and every output
/// is valid (NewsML-G2 against IPTC's XSD, JSON against `schemas/`, Markdown through cmark).
@Suite(.enabled(if: TestSupport.runsSharedTests, "needs ../shared/corpus (absent in a user's clone)"))
struct CorpusSampleTests {
    /// Every n-th page of each set, so the sample is spread over sites and languages.
    static func sample() -> [URL] {
        let corpus = TestSupport.shared.appendingPathComponent("corpus")
        let fm = FileManager.default
        var pages: [URL] = []
        let sets: [(String, Int)] = [("fundus-dev/pages", 6), ("vi-news/pages", 2), ("trafilatura-eval/pages", 60), ("readability/pages", 10)]
        for (folder, step) in sets {
            let root = corpus.appendingPathComponent(folder)
            guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            let files = walker.compactMap { $0 as? URL }
                .filter { $0.lastPathComponent.hasSuffix(".html.gz") && $0.lastPathComponent != "expected.html.gz" }
                .sorted { $0.path < $1.path }
            pages += files.enumerated().filter { $0.offset % step == 0 }.map(\.element)
        }
        return pages
    }

    static func gunzip(_ url: URL) throws -> [UInt8] {
        let result = try TestSupport.run("/bin/gzip", ["-dc", url.path])
        return [UInt8](result.stdout)
    }

    /// Pages whose text is not in the saved HTML (rendered by scripts or behind a paywall, no JSON-LD body).
    static let knownEmpty: Set<String> = ["HankookIlbo_2026_01_29.html.gz", "fundus-kr-HankookIlbo_2026_01_29.html.gz"]

    @Test func samplePagesConvertAndValidate() throws {
        let pages = Self.sample()
        #expect(pages.count >= 60, "the sample is too small: \(pages.count) pages")
        let converter = OutputChecks.converter()
        let jsonDir = FileManager.default.temporaryDirectory.appendingPathComponent("newsconv-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: jsonDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: jsonDir) }
        var converted = 0
        for (index, page) in pages.enumerated() {
            let bytes = try Self.gunzip(page)
            let input = InputDocument(bytes: bytes, origin: page.lastPathComponent)
            let article: Article
            do {
                article = try converter.article(from: input)
            } catch {
                #expect(Self.knownEmpty.contains(page.lastPathComponent), "\(page.path): \(error)")
                continue
            }
            converted += 1
            let label = page.lastPathComponent
            let xml = try converter.write(article, as: .newsml)
            OutputChecks.checkNewsML(xml, label)
            let json = try converter.write(article, as: .json)
            try Data(json).write(to: jsonDir.appendingPathComponent("\(index).json"))
            if TestSupport.hasCmark || TestSupport.isCI {
                try OutputChecks.checkMarkdown(try converter.write(article, as: .markdown), article: article, label)
            }
        }
        #expect(converted >= pages.count - Self.knownEmpty.count)
        guard TestSupport.runsWithTool(TestSupport.hasPythonJSONSchema, "python3 with jsonschema") else { return }
        let errors = try TestSupport.jsonSchemaErrors(directory: jsonDir, schema: TestSupport.articleSchema)
        #expect(errors.isEmpty, "JSON invalid against schemas/: \(errors.prefix(5))")
    }
}
