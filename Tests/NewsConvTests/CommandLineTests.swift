import Foundation
import Testing
@testable import NewsConv

/// The built `newsconv` binary, run as a user runs it.
@Suite struct CommandLineTests {
    let bin = TestSupport.binary
    let story = TestSupport.examples.appendingPathComponent("vi-ttxvn-xe-buyt-dien.txt").path

    func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("test") }

    @Test func convertsAFileToStandardOutput() throws {
        let r = try TestSupport.run(bin, ["convert", story, "--to", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any]
        #expect(json?["title"] as? String == "Hà Nội mở rộng mạng lưới xe buýt điện trong năm 2025")
        #expect(r.stderr.isEmpty)
    }

    @Test func readsStandardInput() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: story))
        let r = try TestSupport.run(bin, ["convert", "-", "--to", "markdown", "--no-front-matter"], input: data)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(String(decoding: r.stdout, as: UTF8.self).hasPrefix("# Hà Nội mở rộng"))
        let implicit = try TestSupport.run(bin, ["convert", "--to", "newsml"], input: data)
        #expect(implicit.status == 0)
        #expect(String(decoding: implicit.stdout, as: UTF8.self).contains("<newsItem"))
    }

    @Test func oneCharacterOutputNamesAndDashWork() throws {
        // Foundation's NSString path methods trap on one-character paths; -o y must still work.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let single = try TestSupport.run(bin, ["convert", story, "--to", "markdown", "-o", "y"], directory: dir)
        #expect(single.status == 0, "\(single.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("y").path))
        let base = try TestSupport.run(bin, ["convert", story, "--to", "json,newsml", "-o", "z"], directory: dir)
        #expect(base.status == 0, "\(base.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("z.xml").path))
        let dash = try TestSupport.run(bin, ["convert", story, "--to", "json", "-o", "-"], directory: dir)
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: dash.stdout)) != nil)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
        let several = try TestSupport.run(bin, ["convert", story, "--to", "json,newsml", "-o", "-"], directory: dir)
        #expect(several.status == 64)
    }

    @Test func writesAtomicallyToAFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("story.xml").path
        let r = try TestSupport.run(bin, ["convert", story, "--to", "newsml", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<headline>Hà Nội mở rộng"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["story.xml"], "no temporary file left")
    }

    @Test func aFailedConversionLeavesAnExistingOutputUntouched() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("keep.json")
        try Data("precious".utf8).write(to: out)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let r = try TestSupport.run(bin, ["convert", empty.path, "--to", "json", "-o", out.path])
        #expect(r.status == 65)
        #expect(try String(contentsOf: out, encoding: .utf8) == "precious")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["empty.txt", "keep.json"])
    }

    @Test func exitCodesAreDistinctAndMessagesNameTheFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let missing = try TestSupport.run(bin, ["convert", dir.appendingPathComponent("nope.txt").path, "--to", "json"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.txt: cannot read input: no such file"))
        #expect(missing.stderr.split(separator: "\n").count == 1)

        let directory = try TestSupport.run(bin, ["convert", dir.path, "--to", "json"])
        #expect(directory.status == 66)
        #expect(directory.stderr.contains("no input files in \(dir.path)"))

        let binary = dir.appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xD8]).write(to: binary)
        let png = try TestSupport.run(bin, ["convert", binary.path, "--to", "json"])
        #expect(png.status == 66)
        #expect(png.stderr.contains("image.png"))

        let titleOnly = dir.appendingPathComponent("title.txt")
        try Data("Just a title\n".utf8).write(to: titleOnly)
        let noArticle = try TestSupport.run(bin, ["convert", titleOnly.path, "--to", "json"])
        #expect(noArticle.status == 65)
        #expect(noArticle.stderr.contains("title.txt: no article found: only a title, no story text"))

        let usage = try TestSupport.run(bin, ["convert", story, "--to", "pdf"])
        #expect(usage.status == 64)
        let badLanguage = try TestSupport.run(bin, ["convert", story, "--language", "vi_VN"])
        #expect(badLanguage.status == 64)

        let unwritable = try TestSupport.run(bin, ["convert", story, "--to", "json", "-o", dir.appendingPathComponent("no/such/dir/out.json").path])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("out.json: cannot write output"))
    }

    @Test func helpShowsExamplesAndExitCodes() throws {
        let r = try TestSupport.run(bin, ["convert", "--help"])
        let help = String(decoding: r.stdout, as: UTF8.self)
        #expect(r.status == 0)
        #expect(help.contains("newsconv convert story.txt --to newsml > story.xml"))
        #expect(help.contains("65  the input holds no article"))
        #expect(help.contains("73  the output cannot be written"))
    }

    @Test func outputIsReproducibleWithAFixedDate() throws {
        let args = ["convert", story, "--to", "newsml", "--fixed-date", "2024-05-01T08:00:00+07:00"]
        let a = try TestSupport.run(bin, args), b = try TestSupport.run(bin, args)
        #expect(a.stdout == b.stdout)
        #expect(String(decoding: a.stdout, as: UTF8.self).contains("<versionCreated>2024-05-01T01:00:00+00:00</versionCreated>"))
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1714550400"
        let c = try TestSupport.run(bin, ["convert", story, "--to", "newsml"], environment: env)
        #expect(String(decoding: c.stdout, as: UTF8.self).contains("<versionCreated>2024-05-01T08:00:00+00:00</versionCreated>"))
    }
}
