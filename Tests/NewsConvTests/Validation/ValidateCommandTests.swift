import Foundation
import Testing
@testable import NewsConv

/// `newsconv validate` and `convert --validate`, run as a user runs them.
@Suite struct ValidateCommandTests {
    let bin = TestSupport.binary

    func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("validate") }

    @Test func validFilesExitZero() throws {
        let files = ["vi-ttxvn-xe-buyt-dien.xml", "vi-ttxvn-xe-buyt-dien.json", "vi-ttxvn-xe-buyt-dien.md", "html/article-main.xml"]
            .map { TestSupport.examples.appendingPathComponent($0).path }
        let r = try TestSupport.run(bin, ["validate"] + files)
        #expect(r.status == 0, "\(r.stderr) \(String(decoding: r.stdout, as: UTF8.self))")
        #expect(r.stdout.isEmpty)
    }

    @Test func everyErrorIsReportedWithItsPosition() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = dir.appendingPathComponent("bad.json")
        try Data("{\"schemaVersion\": 1,\n  \"title\": 5,\n  \"sections\": []}".utf8).write(to: json)
        let md = dir.appendingPathComponent("bad.md")
        try Data("# One\n\n# Two\n".utf8).write(to: md)
        let r = try TestSupport.run(bin, ["validate", json.path, md.path])
        let lines = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(r.status == 1)
        #expect(lines.contains("\(json.path):2:12: /title: 5 is not of type 'string'"))
        #expect(lines.contains { $0.hasPrefix("\(json.path):1:1: /: 'quotes' is a required property") })
        #expect(lines.contains("\(md.path):3:1: a second level-1 heading: 'Two'"))
        #expect(lines.count > 5, "every error, not only the first")
        let quiet = try TestSupport.run(bin, ["validate", "--quiet", json.path])
        #expect(quiet.status == 1 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }

    @Test func unreadableFilesAndBadSchemasHaveTheirOwnCodes() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try TestSupport.run(bin, ["validate", dir.appendingPathComponent("nope.xml").path])
        #expect(missing.status == 66)

        let story = TestSupport.examples.appendingPathComponent("vi-ttxvn-xe-buyt-dien.xml").path
        let notXML = dir.appendingPathComponent("schema.xsd")
        try Data("this is not a schema".utf8).write(to: notXML)
        let r1 = try TestSupport.run(bin, ["validate", "--schema", notXML.path, story])
        #expect(r1.status == 78)
        #expect(r1.stderr.contains("schema.xsd"))

        let cycle = dir.appendingPathComponent("newsconv-article.schema.json")
        try Data(##"{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#"}}}"##.utf8).write(to: cycle)
        let json = TestSupport.examples.appendingPathComponent("vi-ttxvn-xe-buyt-dien.json").path
        let r2 = try TestSupport.run(bin, ["validate", "--schema", cycle.path, json])
        #expect(r2.status == 78)
        #expect(r2.stderr.contains("$ref cycle"))

        try Data(##"{"$ref": "#/$defs/missing"}"##.utf8).write(to: cycle)
        let r3 = try TestSupport.run(bin, ["validate", "--schema", cycle.path, json])
        #expect(r3.status == 78)
        #expect(r3.stderr.contains("points at nothing"))
    }

    @Test func convertValidateWritesNothingWhenTheOutputIsInvalid() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let story = TestSupport.examples.appendingPathComponent("en-ap-storm.txt").path
        // A schema that wants another root element: the output cannot pass it.
        let strict = dir.appendingPathComponent("strict.xsd")
        try Data("""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://iptc.org/std/nar/2006-10-01/">
              <xs:element name="packageItem"/>
            </xs:schema>
            """.utf8).write(to: strict)
        let out = dir.appendingPathComponent("story.xml")
        let bad = try TestSupport.run(bin, ["convert", story, "--to", "newsml", "--validate", "--schema", strict.path, "-o", out.path])
        #expect(bad.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(bad.stderr.contains("nothing written"))

        let good = try TestSupport.run(bin, ["convert", story, "--to", "newsml", "--validate", "-o", out.path])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.path))
        for format in ["json", "markdown"] {
            let r = try TestSupport.run(bin, ["convert", story, "--to", format, "--validate"])
            #expect(r.status == 0, "\(format): \(r.stderr)")
        }
    }

    @Test(.enabled(if: TestSupport.runsSharedTests, "needs IPTC's XSD in ../shared"))
    func iptcSchemaCanBeNamed() throws {
        let xsd = TestSupport.shared.appendingPathComponent("newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd").path
        let item = TestSupport.shared.appendingPathComponent("newsml-g2/minimal-text-item.xml").path
        let r = try TestSupport.run(bin, ["validate", "--schema", xsd, item, TestSupport.examples.appendingPathComponent("en-ap-storm.xml").path])
        #expect(r.status == 0, "\(r.stderr)")
        var env = ProcessInfo.processInfo.environment
        env["NEWSCONV_SCHEMAS"] = xsd
        let message = TestSupport.shared.appendingPathComponent("newsml-g2/examples/LISTING_24_News_Message_conveying_a_complete_News_Package.xml").path
        let r2 = try TestSupport.run(bin, ["validate", message], environment: env)
        #expect(r2.status == 1, "IPTC's abbreviated newsMessage example is invalid")
    }
}
