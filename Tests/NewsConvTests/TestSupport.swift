import Foundation
import LibXML
@testable import NewsConv

/// Paths, external tools and validators the tests share.
enum TestSupport {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let examples = root.appendingPathComponent("examples")

    /// A new, empty folder under the system's temporary folder, named `newsconv-KIND-UUID`.
    static func temporaryDirectory(_ kind: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsconv-\(kind)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
    static let schemas = root.appendingPathComponent("schemas")
    /// `../shared` beside the project (absent in a user's clone).
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether tests run under CI, where nothing may be skipped.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("newsml-g2").path) }

    /// Whether a test that needs `../shared` runs: always under CI (and fails there when it is
    /// missing), otherwise only when it is present.
    static var runsSharedTests: Bool {
        if !hasShared && !isCI { note("../shared is absent: tests that need the IPTC schemas and the corpus are skipped") }
        return hasShared || isCI
    }

    static func tool(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Whether a test that needs an external tool (cmark, python3 with jsonschema) runs.
    static func runsWithTool(_ available: Bool, _ what: String) -> Bool {
        if !available && !isCI { note("\(what) is not installed: tests that need it are skipped (apt-get install cmark; pip install jsonschema)") }
        return available || isCI
    }

    nonisolated(unsafe) private static var noted: Set<String> = []
    private static let notedLock = NSLock()

    /// Prints `message` on standard error, once per test run.
    static func note(_ message: String) {
        notedLock.lock()
        defer { notedLock.unlock() }
        guard noted.insert(message).inserted else { return }
        FileHandle.standardError.write(Data("note: \(message)\n".utf8))
    }

    static let hasCmark = tool("cmark") != nil
    static let hasPythonJSONSchema: Bool = {
        guard let python = tool("python3") else { return false }
        return (try? run(python, ["-c", "import jsonschema"]).status) == 0
    }()

    // MARK: Processes

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs a program, feeding `input` to its standard input.
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil,
                    environment: [String: String]? = nil, directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        // Read both pipes concurrently so that a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let input { inp.fileHandleForWriting.write(input) }
        try? inp.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The built `newsconv` binary (beside the test bundle).
    static let binary: String = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("newsconv").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/newsconv").path
    }()

    // MARK: Validation

    /// IPTC's NewsML-G2 2.35 XSD, compiled once.
    static let newsMLSchema: XMLSchema? = {
        let path = shared.appendingPathComponent("newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd").path
        return try? XMLSchema(path: path)
    }()

    /// The errors of a NewsML-G2 document against IPTC's XSD.
    static func newsMLErrors(_ bytes: [UInt8]) -> [String] {
        guard let schema = newsMLSchema else { return ["the NewsML-G2 XSD is missing or does not compile"] }
        return schema.validate(bytes).map(\.description)
    }

    /// The errors of a JSON document against a JSON Schema, by python's jsonschema.
    static func jsonSchemaErrors(_ json: [UInt8], schema: URL) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            doc = json.loads(sys.stdin.buffer.read().decode('utf-8'))
            for e in jsonschema.Draft202012Validator(schema).iter_errors(doc):
                print('/' + '/'.join(str(p) for p in e.absolute_path) + ': ' + e.message[:300])
            """
        let result = try run(tool("python3") ?? "/usr/bin/python3", ["-c", script, schema.path], input: Data(json))
        if result.status != 0 { return ["python jsonschema failed: \(result.stderr)"] }
        return String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The errors of every `*.json` file in `directory` against a JSON Schema, in one python run.
    static func jsonSchemaErrors(directory: URL, schema: URL) throws -> [String] {
        let script = """
            import json, sys, os, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for name in sorted(os.listdir(sys.argv[2])):
                doc = json.load(open(os.path.join(sys.argv[2], name), encoding='utf-8'))
                for e in validator.iter_errors(doc):
                    print(name + ': /' + '/'.join(str(p) for p in e.absolute_path) + ': ' + e.message[:300])
            """
        let result = try run(tool("python3") ?? "/usr/bin/python3", ["-c", script, schema.path, directory.path])
        if result.status != 0 { return ["python jsonschema failed: \(result.stderr)"] }
        return String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static var articleSchema: URL { schemas.appendingPathComponent("newsconv-article.schema.json") }

    /// The Markdown without its YAML front matter, and the front matter's text.
    static func splitFrontMatter(_ markdown: String) -> (frontMatter: String?, body: String) {
        guard markdown.hasPrefix("---\n"), let end = markdown.range(of: "\n---\n", range: markdown.index(markdown.startIndex, offsetBy: 3)..<markdown.endIndex) else {
            return (nil, markdown)
        }
        let yaml = String(markdown[markdown.index(markdown.startIndex, offsetBy: 4)..<end.lowerBound])
        return (yaml, String(markdown[end.upperBound...]))
    }

    /// The block structure cmark reads from Markdown.
    struct MarkdownStructure: Equatable, CustomStringConvertible {
        var headings: [String] = []   // "level:text"
        var blockQuotes = 0
        var paragraphs = 0
        var listItems = 0
        var htmlBlocks = 0
        var description: String { "headings \(headings), quotes \(blockQuotes), paragraphs \(paragraphs), items \(listItems), html \(htmlBlocks)" }
    }

    /// Parses Markdown with cmark (`cmark --to xml`) and counts its blocks.
    static func cmarkStructure(_ markdown: String) throws -> MarkdownStructure {
        let result = try run(tool("cmark") ?? "/usr/bin/cmark", ["--to", "xml"], input: Data(markdown.utf8))
        guard result.status == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return CmarkXMLCounter.count(String(decoding: result.stdout, as: UTF8.self))
    }

    /// The structure the Markdown writer should produce for `article`.
    static func expectedStructure(_ article: Article, frontMatter: Bool = true) -> MarkdownStructure {
        var s = MarkdownStructure()
        s.headings.append("1:" + article.title)
        if article.subtitle != nil { s.paragraphs += 1 }
        if article.lead != nil { s.paragraphs += 1 }
        var outline = MarkdownWriter.Outline()
        for section in article.sections {
            if let h = section.heading { s.headings.append("\(outline.level(h.level)):" + h.text) }
            for block in section.blocks {
                switch block {
                case .paragraph: s.paragraphs += 1
                case .quote(let q):
                    s.blockQuotes += 1
                    s.paragraphs += q.paragraphs.count + (q.attribution == nil ? 0 : 1)
                case .list(let l):
                    s.listItems += l.items.count
                    s.paragraphs += l.items.count
                case .figure(let f):
                    s.paragraphs += (f.src == nil ? 0 : 1) + (f.caption.isEmpty && f.credit == nil ? 0 : 1)
                case .table(let t):
                    s.listItems += t.rows.count
                    s.paragraphs += t.rows.count
                }
            }
        }
        if article.credit != nil { s.paragraphs += 1 }
        return s
    }
}

/// Counts the nodes of cmark's XML output, which puts one node on a line.
enum CmarkXMLCounter {
    static func count(_ xml: String) -> TestSupport.MarkdownStructure {
        var structure = TestSupport.MarkdownStructure()
        var headingLevel: Int?
        var headingText = ""
        for raw in xml.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("<heading ") {
                let digits = line.drop { !$0.isNumber }.prefix { $0.isNumber }
                headingLevel = Int(digits)
                headingText = ""
            } else if line == "</heading>", let level = headingLevel {
                structure.headings.append("\(level):\(headingText)")
                headingLevel = nil
            } else if line.hasPrefix("<block_quote") {
                structure.blockQuotes += 1
            } else if line.hasPrefix("<paragraph") {
                structure.paragraphs += 1
            } else if line.hasPrefix("<item") {
                structure.listItems += 1
            } else if line.hasPrefix("<html_block") || line.hasPrefix("<html_inline") {
                structure.htmlBlocks += 1
            } else if headingLevel != nil, line.hasPrefix("<text"), let open = line.firstIndex(of: ">"),
                      let close = line.range(of: "</text>", options: .backwards) {
                headingText += unescape(String(line[line.index(after: open)..<close.lowerBound]))
            } else if headingLevel != nil, line.hasPrefix("<softbreak") {
                headingText += " "
            }
        }
        return structure
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
