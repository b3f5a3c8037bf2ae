import Foundation
import Testing
import Yams
@testable import NewsConv

/// Checks that every output written for an article is valid: NewsML-G2 against IPTC's 2.35 XSD,
/// JSON against `schemas/`, Markdown parsed by cmark back to the same structure, with front
/// matter that YAML reads.
enum OutputChecks {
    static let fixedDate = ISODate.parse("2025-01-01T00:00:00+00:00")!.date

    static func converter() -> Converter {
        var options = Converter.Options()
        options.fixedDate = fixedDate
        return Converter(options: options)
    }

    static func outputs(_ article: Article) throws -> [OutputFormat: [UInt8]] {
        let c = converter()
        var result: [OutputFormat: [UInt8]] = [:]
        for format in OutputFormat.allCases { result[format] = try c.write(article, as: format) }
        return result
    }

    static func checkNewsML(_ bytes: [UInt8], _ label: String) {
        guard TestSupport.runsSharedTests else { return }
        let errors = TestSupport.newsMLErrors(bytes)
        #expect(errors.isEmpty, "\(label): NewsML-G2 invalid: \(errors.prefix(5))")
    }

    static func checkJSON(_ bytes: [UInt8], _ label: String) throws {
        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any], "\(label): JSON does not parse")
        guard TestSupport.runsWithTool(TestSupport.hasPythonJSONSchema, "python3 with jsonschema") else { return }
        let errors = try TestSupport.jsonSchemaErrors(bytes, schema: TestSupport.articleSchema)
        #expect(errors.isEmpty, "\(label): JSON invalid against schemas/: \(errors.prefix(5))")
    }

    static func checkMarkdown(_ bytes: [UInt8], article: Article, _ label: String) throws {
        let markdown = String(decoding: bytes, as: UTF8.self)
        let (yaml, body) = TestSupport.splitFrontMatter(markdown)
        let yamlText = try #require(yaml, "\(label): no front matter")
        let front = try Yams.load(yaml: yamlText) as? [String: Any]
        #expect(front?["title"] as? String == article.title, "\(label): front matter title")
        if let language = article.language { #expect(front?["language"] as? String == language) }
        guard TestSupport.runsWithTool(TestSupport.hasCmark, "cmark") else { return }
        let parsed = try TestSupport.cmarkStructure(body)
        let expected = TestSupport.expectedStructure(article)
        #expect(parsed == expected, "\(label): Markdown parses to \(parsed), expected \(expected)")
        #expect(parsed.headings.filter { $0.hasPrefix("1:") }.count == 1, "\(label): exactly one level-1 heading")
    }

    /// IPTC's ninjs schemas (3.1 and 2.2), with the GeoJSON schema they refer to.
    static let ninjsCatalog = SchemaCatalog(paths: [
        TestSupport.shared.appendingPathComponent("ninjs/schema/ninjs-schema_3.1.json").path,
        TestSupport.shared.appendingPathComponent("ninjs/schema/ninjs-schema_2.2.json").path,
        TestSupport.shared.appendingPathComponent("ninjs/schema/GeoJSON-schema.json").path,
    ], environment: [:])

    static func checkNinjs(_ bytes: [UInt8], version: NinjsVersion = .v3_1, _ label: String) throws {
        guard TestSupport.runsSharedTests else { return }
        let validator = DocumentValidator(catalog: ninjsCatalog, options: { var o = DocumentValidator.Options(); o.checkFormats = true; return o }())
        let problems = try validator.validate(bytes, name: label, as: version == .v3_1 ? .ninjs3 : .ninjs2)
        #expect(problems.isEmpty, "\(label): ninjs \(version.rawValue) invalid: \(problems.prefix(5))")
    }

    /// Writes all formats for `article` and checks each.
    static func checkAll(_ article: Article, _ label: String) throws {
        let out = try outputs(article)
        checkNewsML(out[.newsml]!, label)
        try checkJSON(out[.json]!, label)
        try checkMarkdown(out[.markdown]!, article: article, label)
        try checkNinjs(out[.ninjs]!, label)
        var v2 = converter()
        v2.options.ninjs.version = .v2_2
        try checkNinjs(try v2.write(article, as: .ninjs), version: .v2_2, label + " (ninjs 2.2)")
    }
}
