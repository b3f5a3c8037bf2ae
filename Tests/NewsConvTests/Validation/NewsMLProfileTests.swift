import Foundation
import Testing
import LibXML
@testable import NewsConv

/// The NewsML-G2 profile newsconv ships: everything newsconv writes is valid against it, and whatever
/// is valid against it is valid against IPTC's 2.35 XSD.
@Suite struct NewsMLProfileTests {
    static let profile = try? SchemaCatalog(paths: [], environment: [:]).newsMLSchema()

    static func exampleOutputs() -> [URL] {
        let fm = FileManager.default
        let top = ((try? fm.contentsOfDirectory(atPath: TestSupport.examples.path)) ?? []).filter { $0.hasSuffix(".xml") }
            .map { TestSupport.examples.appendingPathComponent($0) }
        let html = TestSupport.examples.appendingPathComponent("html")
        let pages = ((try? fm.contentsOfDirectory(atPath: html.path)) ?? []).filter { $0.hasSuffix(".xml") }.map { html.appendingPathComponent($0) }
        return (top + pages).sorted { $0.path < $1.path }
    }

    @Test func theBundledSchemasMatchTheFilesInSchemas() throws {
        for file in BundledSchemas.files {
            let onDisk = try String(contentsOf: TestSupport.schemas.appendingPathComponent(file.name), encoding: .utf8)
            #expect(onDisk.trimmingCharacters(in: .newlines) == file.content, "\(file.name) differs: run scripts/embed-schemas")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.schemas.path).filter { $0.hasSuffix(".json") || $0.hasSuffix(".xsd") }
        #expect(Set(names) == Set(BundledSchemas.files.map(\.name)))
    }

    @Test func everyExampleOutputIsValidAgainstTheProfileAndIPTC() throws {
        let profile = try #require(Self.profile)
        let outputs = Self.exampleOutputs()
        #expect(outputs.count >= 20)
        for url in outputs {
            let bytes = [UInt8](try Data(contentsOf: url))
            #expect(profile.validate(bytes).isEmpty, "\(url.lastPathComponent) invalid against the profile")
            OutputChecks.checkNewsML(bytes, url.lastPathComponent)
        }
    }

    /// Broken variants of a real output: each is rejected by the profile, or else accepted by IPTC too.
    @Test func whatTheProfileAcceptsIPTCAccepts() throws {
        let profile = try #require(Self.profile)
        let original = try String(contentsOf: TestSupport.examples.appendingPathComponent("html/article-main.xml"), encoding: .utf8)
        let mutations: [(String, String)] = [
            ("<itemClass qcode=\"ninat:text\"/>", ""),                                    // required element gone
            ("<pubStatus qcode=\"stat:usable\"/>", "<pubStatus qcode=\"usable\"/>"),      // not a QCode
            ("standardversion=\"2.35\"", "standardversion=\"two\""),                     // bad version
            ("standard=\"NewsML-G2\"", "standard=\"\""),                                  // wrong standard
            ("<versionCreated>2025-03-14T08:30:00+00:00</versionCreated>", "<versionCreated>2025-03-14</versionCreated>"),
            ("<versionCreated>2025-03-14T08:30:00+00:00</versionCreated>", "<versionCreated>2025-03-14T08:30:00</versionCreated>"),
            ("<versionCreated>2025-03-14T08:30:00+00:00</versionCreated>", "<versionCreated> 2025-03-14T08:30:00+00:00</versionCreated>"),
            ("<language tag=\"en\"/>", "<language tag=\"en_GB\"/>"),                     // not BCP 47
            ("xml:lang=\"en\"", "xml:lang=\"english language\""),
            ("<language tag=\"en\"/>", ""),                                                // optional: still valid
            ("<headline>", "<slugline>x</slugline><headline>"),                           // element the profile lacks
            ("<contentMeta>", "<contentMeta><urgency>5</urgency>"),
            ("</itemMeta>", "<link rel=\"irel:seeAlso\"/></itemMeta>"),                   // link without href
            ("version=\"1\"", "version=\"0\""),                                            // not positive
            ("<inlineXML contenttype=\"application/xhtml+xml\"", "<inlineXML contenttype=\"text/html\""),
            ("</html>\n    </inlineXML>", "</html><p xmlns=\"http://www.w3.org/1999/xhtml\">second</p>\n    </inlineXML>"),
            ("wordcount=\"", "wordcount=\"-"),
            ("<catalogRef href=", "<catalogRef hreff="),
            ("<provider literal=\"Coastline Herald\">", "<provider literal=\"\">"),
            ("<headline>Harbour tunnel opens after six years of work</headline>", "<headline/>"),
        ]
        var rejected = 0
        for (find, replace) in mutations {
            #expect(original.contains(find), "the example no longer has \(find)")
            let mutated = original.replacingOccurrences(of: find, with: replace)
            let profileErrors = profile.validate(Array(mutated.utf8))
            if profileErrors.isEmpty {
                OutputChecks.checkNewsML(Array(mutated.utf8), "mutation '\(replace)' accepted by the profile")
            } else {
                rejected += 1
            }
        }
        #expect(rejected >= mutations.count - 2, "the profile should reject nearly every broken variant")
    }

    @Test func validatorReportsPositions() throws {
        let validator = DocumentValidator(catalog: SchemaCatalog(paths: [], environment: [:]))
        let bad = Array("<?xml version=\"1.0\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\" standard=\"NewsML-G2\" standardversion=\"2.35\">\n<itemMeta/>\n</newsItem>".utf8)
        let problems = try validator.validate(bad, name: "bad.xml")
        #expect(problems.first?.line == 3)
        let notXML = try validator.validate(Array("<newsItem><unclosed>".utf8), name: "x.xml")
        #expect(!notXML.isEmpty)
    }
}

@Suite struct MarkdownCheckTests {
    let validator = DocumentValidator(catalog: SchemaCatalog(paths: [], environment: [:]))

    @Test func writtenMarkdownPasses() throws {
        for name in ["vi-ttxvn-xe-buyt-dien.md", "html/article-main.md", "html/pullquote-lists.md"] {
            let text = try String(contentsOf: TestSupport.examples.appendingPathComponent(name), encoding: .utf8)
            #expect(validator.checkMarkdown(text).isEmpty, "\(name)")
        }
    }

    @Test func problemsAreFound() {
        let text = "---\ntitle: [unclosed\n---\n\n## Not a title\n\n# Title\n\n# Again\n\n#### Skipped\n\n<div>raw</div>\n"
        let problems = validator.checkMarkdown(text).map(\.description)
        #expect(problems.contains { $0.hasPrefix("3:") && $0.contains("not YAML") } || problems.contains { $0.contains("not YAML") })
        #expect(problems.contains("9:1: a second level-1 heading: 'Again'"))
        #expect(problems.contains("11:1: heading level 4 skips level 2: 'Skipped'"))
        #expect(problems.contains("13:1: raw HTML (allowed only with --allow-html)"))
        var allowing = validator
        allowing.options.allowHTML = true
        #expect(!allowing.checkMarkdown(text).contains { $0.message.contains("raw HTML") })
    }

    @Test func detectionTellsKinds() {
        #expect(DocumentKind.detect(Array("<?xml version=\"1.0\"?><newsItem>".utf8), name: "a") == .newsml)
        #expect(DocumentKind.detect(Array("<newsMessage>".utf8), name: "a") == .newsmlMessage)
        #expect(DocumentKind.detect(Array(##"{"uri": "x", "versionCreated": "2025-01-01T00:00:00Z"}"##.utf8), name: "a") == .ninjs3)
        #expect(DocumentKind.detect(Array(##"{"uri": "x", "versioncreated": "2025-01-01T00:00:00Z"}"##.utf8), name: "a") == .ninjs2)
        #expect(DocumentKind.detect(Array(##"{"schemaVersion": 1, "sections": []}"##.utf8), name: "a") == .json)
        #expect(DocumentKind.detect(Array("# Title\n".utf8), name: "a.md") == .markdown)
    }
}
