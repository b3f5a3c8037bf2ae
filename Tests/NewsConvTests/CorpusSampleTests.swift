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

    /// Every page of every set, through the command line as a batch in every format with
    /// `--validate` (NewsML-G2 against IPTC's XSD and ninjs against IPTC's schema, both from
    /// ../shared; JSON against `schemas/`; Markdown read back through cmark): no output is invalid,
    /// and only pages without article text in their HTML fail.
    @Test func everyCorpusPageIsValidInEveryFormat() throws {
        let dir = try TestSupport.temporaryDirectory("corpus-all")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = TestSupport.shared.appendingPathComponent("corpus")
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        for set in ["fundus-dev", "vi-news", "trafilatura-eval", "readability"] {
            let copy = try TestSupport.run("/bin/cp", ["-R", corpus.appendingPathComponent("\(set)/pages").path, pages.appendingPathComponent(set).path])
            #expect(copy.status == 0, "\(copy.stderr)")
        }
        let unzip = try TestSupport.run("/bin/gzip", ["-dr", pages.path])
        #expect(unzip.status == 0, "\(unzip.stderr)")
        // The pages only, not the labels beside some of them.
        let labels = try TestSupport.run("/usr/bin/find", [pages.path, "-type", "f", "!", "-name", "*.html", "-delete"])
        #expect(labels.status == 0, "\(labels.stderr)")
        var environment = ProcessInfo.processInfo.environment
        environment["NEWSCONV_SCHEMAS"] = [TestSupport.shared.appendingPathComponent("newsml-g2/schema").path,
                                           TestSupport.shared.appendingPathComponent("ninjs/schema").path].joined(separator: ":")
        let out = dir.appendingPathComponent("out")
        let r = try TestSupport.run(TestSupport.binary, ["convert", pages.path, "--recursive", "--to", "all", "--out-dir", out.path,
                                                         "--validate", "--jobs", "2", "--quiet"], environment: environment)
        let problems = r.stderr.split(separator: "\n").filter { !$0.isEmpty }
        let unexpected = problems.filter { !$0.contains("no article found") }
        #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
        // The pages without article text: two copies of a lazy-loading test page, a shop page and a
        // forum thread written by scripts.
        #expect(problems.count <= 4, "\(problems.prefix(8))")
        let written = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") }.count ?? 0
        #expect(written >= 1400, "only \(written) NewsML-G2 files written")
    }
}
