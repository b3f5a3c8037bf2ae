import Foundation
import Testing
@testable import NewsConv

/// Batches and shell pipelines, with the built binary as a subprocess.
@Suite struct BatchCommandTests {
    let bin = TestSupport.binary

    func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("batch") }

    /// How many inputs the examples hold (wire stories and pages), and how many pages of them are
    /// Vietnamese (named `-vi`).
    static let inputCount = ExamplesTests.inputs.count
    static let pageCount = ExamplesTests.inputs.filter { $0.hasSuffix(".html") }.count
    static let vietnamesePageCount = ExamplesTests.inputs.filter { $0.hasSuffix(".html") && $0.contains("-vi") }.count

    /// A folder of inputs: the examples' wire stories and pages, in sub-folders.
    func corpus(in dir: URL) throws -> URL {
        let pages = dir.appendingPathComponent("pages")
        let fm = FileManager.default
        try fm.createDirectory(at: pages.appendingPathComponent("text"), withIntermediateDirectories: true)
        try fm.createDirectory(at: pages.appendingPathComponent("web/vi"), withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: TestSupport.examples.path) where name.hasSuffix(".txt") {
            try fm.copyItem(at: TestSupport.examples.appendingPathComponent(name), to: pages.appendingPathComponent("text/" + name))
        }
        let html = TestSupport.examples.appendingPathComponent("html")
        for name in try fm.contentsOfDirectory(atPath: html.path) where name.hasSuffix(".html") {
            let target = name.contains("-vi") ? "web/vi/" + name : "web/" + name
            try fm.copyItem(at: html.appendingPathComponent(name), to: pages.appendingPathComponent(target))
        }
        return pages
    }

    func files(under dir: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: dir.path)
        var result: [String] = []
        while let path = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir.path + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue { result.append(path) }
        }
        return result.sorted()
    }

    @Test func aFolderKeepsItsRelativePaths() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = try corpus(in: dir)
        let out = dir.appendingPathComponent("out")
        let r = try TestSupport.run(bin, ["convert", pages.path, "--recursive", "--to", "newsml,json,markdown", "--out-dir", out.path, "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let written = files(under: out)
        #expect(written.count == Self.inputCount * 3)
        #expect(written.contains("web/vi/div-soup-vi.xml") && written.contains("text/en-ap-storm.md"))
        #expect(r.stderr.contains("\(Self.inputCount) converted, 0 failed, 0 skipped"))

        // Again: existing outputs are skipped, unless --force.
        let again = try TestSupport.run(bin, ["convert", pages.path, "--recursive", "--to", "json", "--out-dir", out.path])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 converted, 0 failed, \(Self.inputCount) skipped"))
        let forced = try TestSupport.run(bin, ["convert", pages.path, "-r", "--to", "json", "--out-dir", out.path, "--force", "--quiet"])
        #expect(forced.status == 0 && forced.stderr.isEmpty)

        // Globs.
        let only = dir.appendingPathComponent("only")
        let r2 = try TestSupport.run(bin, ["convert", pages.path, "-r", "--include", "*.html", "--exclude", "*-vi.html", "--out-dir", only.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(files(under: only).count == Self.pageCount - Self.vietnamesePageCount)
        #expect(!files(under: only).contains { $0.contains("-vi") })
    }

    @Test func jsonLinesStayInInputOrderWhateverTheJobs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = try corpus(in: dir)
        var titles: [[String]] = []
        for jobs in ["1", "2", "4"] {
            let r = try TestSupport.run(bin, ["convert", pages.path, "-r", "--jsonl", "--jobs", jobs, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            let lines = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n")
            #expect(lines.count == Self.inputCount)
            titles.append(try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }.map { $0["title"] as! String })
        }
        #expect(titles[0] == titles[1] && titles[1] == titles[2])
    }

    @Test func filesFromWithOddNames() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = TestSupport.examples.appendingPathComponent("en-ap-storm.txt")
        let names = ["with space.txt", "new\nline.txt", "tiếng Việt – bài.txt", "'quoted' \"name\".txt"]
        for name in names { try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent(name)) }
        let list = names.map { dir.appendingPathComponent($0).path }.joined(separator: "\0") + "\0"
        let out = dir.appendingPathComponent("out")
        let r = try TestSupport.run(bin, ["convert", "--files-from", "-", "--null", "--to", "json", "--out-dir", out.path], input: Data(list.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let written = Set(files(under: out).map { ($0 as NSString).lastPathComponent })
        #expect(written == Set(names.map { OutputPlan.replacingExtension(($0 as NSString).lastPathComponent, with: "json") }))
        // The same list with --jsonl, newline-separated (the name with a newline cannot be listed so).
        let lines = names.filter { !$0.contains("\n") }.map { dir.appendingPathComponent($0).path }.joined(separator: "\n")
        let r2 = try TestSupport.run(bin, ["convert", "--files-from", "-", "--jsonl"], input: Data(lines.utf8))
        #expect(r2.status == 0)
        #expect(String(decoding: r2.stdout, as: UTF8.self).split(separator: "\n").count == 3)
    }

    @Test func oneBrokenInputDoesNotStopTheBatch() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.examples.appendingPathComponent("en-ap-storm.txt"), to: inputs.appendingPathComponent("a.txt"))
        try Data().write(to: inputs.appendingPathComponent("b-empty.txt"))
        try FileManager.default.copyItem(at: TestSupport.examples.appendingPathComponent("en-reuters-rates.txt"), to: inputs.appendingPathComponent("c.txt"))
        let out = dir.appendingPathComponent("out")
        let report = dir.appendingPathComponent("report.json")
        let r = try TestSupport.run(bin, ["convert", inputs.path, "--out-dir", out.path, "--report", report.path, "--jobs", "2"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("b-empty.txt: no article found"))
        #expect(r.stderr.contains("2 converted, 1 failed, 0 skipped"))
        #expect(files(under: out) == ["a.json", "c.json"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as! [String: Any]
        let entries = json["inputs"] as! [[String: Any]]
        #expect(entries.map { $0["status"] as! String } == ["converted", "failed", "converted"])
        #expect((entries[1]["error"] as? String)?.contains("no article found") == true)
        #expect((json["summary"] as! [String: Int])["failed"] == 1)

        let failFast = try TestSupport.run(bin, ["convert", inputs.path, "--out-dir", dir.appendingPathComponent("ff").path, "--fail-fast", "--jobs", "1"])
        #expect(failFast.status == 3)
        #expect(failFast.stderr.contains("not run (--fail-fast)"))
    }

    @Test func anInputIsNeverOverwritten() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("story.json")
        try Data("Title of the story\n\nA paragraph that is long enough to be the body of a story, ending here.\n".utf8).write(to: input)
        let r = try TestSupport.run(bin, ["convert", input.path, "--to", "json", "--out-dir", dir.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("would overwrite an input"))
        #expect(try String(contentsOf: input, encoding: .utf8).hasPrefix("Title of the story"))
    }

    @Test func aReadOnlyOutputFolder() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("readonly")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let root = geteuid() == 0
        if root {
            // root ignores permissions: make the folder immutable instead.
            let chattr = try TestSupport.run(TestSupport.tool("chattr") ?? "/usr/bin/chattr", ["+i", out.path])
            try #require(chattr.status == 0, "chattr +i failed: \(chattr.stderr)")
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out.path)
        }
        defer {
            if root { _ = try? TestSupport.run(TestSupport.tool("chattr") ?? "/usr/bin/chattr", ["-i", out.path]) }
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out.path)
            try? FileManager.default.removeItem(at: dir)
        }
        let story = TestSupport.examples.appendingPathComponent("en-ap-storm.txt").path
        let single = try TestSupport.run(bin, ["convert", story, "--to", "json", "-o", out.appendingPathComponent("x.json").path])
        #expect(single.status == 73)
        let batch = try TestSupport.run(bin, ["convert", story, TestSupport.examples.appendingPathComponent("en-reuters-rates.txt").path,
                                              "--out-dir", out.path])
        #expect(batch.status == 3)
        #expect(batch.stderr.contains("cannot write output"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func anInterruptedBatchLeavesNoPartialFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Many large inputs, so that the batch is still running when it is interrupted.
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let paragraph = "<p>" + String(repeating: "A sentence of the story, with commas, goes on and on. ", count: 40) + "</p>\n"
        let page = "<html><head><title>Big page</title></head><body><article><h1>Big page</h1>" + String(repeating: paragraph, count: 400) + "</article></body></html>"
        for i in 0..<60 { try Data(page.utf8).write(to: inputs.appendingPathComponent(String(format: "page-%02d.html", i))) }
        let out = dir.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bin)
        process.arguments = ["convert", inputs.path, "--to", "all", "--out-dir", out.path, "--jobs", "2", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGINT || process.terminationStatus == 0)
        let written = files(under: out)
        #expect(!written.contains { ($0 as NSString).lastPathComponent.hasPrefix(".") }, "temporary files left: \(written.filter { $0.contains(".newsconv-") })")
        // Every file written is complete.
        for name in written where name.hasSuffix(".json") && !name.hasSuffix(".ninjs.json") {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not whole")
        }
        for name in written where name.hasSuffix(".xml") {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasSuffix("</newsItem>\n"), "\(name) is not whole")
        }
    }

    @Test func pipesAndExitCodesInAShellLoop() throws {
        let script = """
            set -u
            out=$(mktemp -d)
            for f in "$EXAMPLES"/en-ap-storm.txt "$EXAMPLES"/missing.txt; do
              "$BIN" convert "$f" --to newsml --validate -o "$out/$(basename "${f%.txt}").xml" || { status=$?; echo "bad: $(basename "$f") $status"; }
            done
            ls "$out"
            cat "$EXAMPLES"/en-ap-storm.txt | "$BIN" convert - --to json | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])'
            rm -rf "$out"
            """
        var env = ProcessInfo.processInfo.environment
        env["BIN"] = bin
        env["EXAMPLES"] = TestSupport.examples.path
        let r = try TestSupport.run("/bin/bash", ["-c", script], environment: env)
        let lines = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == ["bad: missing.txt 66", "en-ap-storm.xml", "Storm brings flooding and power cuts to southern England"])
    }

    @Test func completionScriptsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try TestSupport.run(bin, ["--generate-completion-script", shell])
            #expect(r.status == 0)
            #expect(String(decoding: r.stdout, as: UTF8.self).contains("convert"))
        }
    }
}

/// Path splitting that never goes through Foundation's path methods.
@Suite struct PathNameTests {
    @Test(arguments: [
        ("y", "", "y"), ("-", "", "-"), ("/", "/", "/"), ("/x", "/", "x"), ("a/b", "a", "b"),
        ("out/a/b.md", "out/a", "b.md"), ("a/", "", "a"), ("a//b", "a", "b"), ("./x.md", ".", "x.md"),
    ])
    func splits(_ path: String, _ directory: String, _ last: String) {
        #expect(PathName.directory(of: path) == directory)
        #expect(PathName.lastComponent(of: path) == last)
    }

    @Test func removesOnlyTheLastExtension() {
        #expect(PathName.removingExtension("out/story.txt") == "out/story")
        #expect(PathName.removingExtension("a.b/story") == "a.b/story")
        #expect(PathName.removingExtension("page.tar.html") == "page.tar")
        #expect(PathName.removingExtension(".profile") == ".profile")
        #expect(PathName.removingExtension("x") == "x")
    }
}
