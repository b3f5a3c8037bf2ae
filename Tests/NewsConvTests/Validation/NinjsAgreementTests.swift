import Foundation
import Testing
@testable import NewsConv

/// The JSON Schema validator agrees with python's jsonschema on every ninjs example IPTC publishes,
/// the should-fail cases included, and across versions.
@Suite(.enabled(if: TestSupport.runsSharedTests, "needs ../shared/ninjs (absent in a user's clone)"))
struct NinjsAgreementTests {
    static let ninjs = TestSupport.shared.appendingPathComponent("ninjs")

    static func files(_ folder: String) -> [URL] {
        let dir = ninjs.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { dir.appendingPathComponent($0) }
    }

    static func catalog(_ version: String) -> SchemaCatalog {
        SchemaCatalog(paths: [ninjs.appendingPathComponent("schema/ninjs-schema_\(version).json").path,
                              ninjs.appendingPathComponent("schema/GeoJSON-schema.json").path], environment: [:])
    }

    /// python's verdict: validate_ninjs.py exits 0 when valid.
    static func pythonSays(_ file: URL, version: String) throws -> Bool {
        let script = ninjs.appendingPathComponent("validate_ninjs.py").path
        return try TestSupport.run(TestSupport.tool("python3") ?? "/usr/bin/python3", [script, "--schema", version, file.path]).status == 0
    }

    @Test func agreesWithPythonJSONSchema() throws {
        guard TestSupport.runsWithTool(TestSupport.hasPythonJSONSchema, "python3 with jsonschema") else { return }
        var cases: [(URL, String, Bool?)] = []
        for f in Self.files("examples/3.1") + Self.files("examples/agency-3.0") { cases.append((f, "3.1", true)) }
        cases.append((Self.ninjs.appendingPathComponent("minimal-text-item.json"), "3.1", true))
        for f in Self.files("examples/should-fail-3.x") { cases.append((f, "3.1", false)) }
        for f in Self.files("examples/2.2") + Self.files("examples/agency-2.1") { cases.append((f, "2.2", true)) }
        cases.append((Self.ninjs.appendingPathComponent("minimal-text-item_2.2.json"), "2.2", true))
        // Across versions: 3.1 documents against 2.2 and back.
        for f in Self.files("examples/3.1").prefix(3) { cases.append((f, "2.2", nil)) }
        for f in Self.files("examples/2.2").prefix(3) { cases.append((f, "3.1", nil)) }
        #expect(cases.count >= 40)

        let catalogs = ["3.1": Self.catalog("3.1"), "2.2": Self.catalog("2.2")]
        for (file, version, expected) in cases {
            let schema = try catalogs[version]!.jsonSchema(for: version == "3.1" ? .ninjs3 : .ninjs2)
            let document = try JSONParser.parse([UInt8](try Data(contentsOf: file)))
            let ours = schema.validate(document).isEmpty
            let python = try Self.pythonSays(file, version: version)
            #expect(ours == python, "\(file.lastPathComponent) against \(version): ours \(ours), python \(python)")
            if let expected { #expect(ours == expected, "\(file.lastPathComponent) against \(version)") }
        }
    }
}
