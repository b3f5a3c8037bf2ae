import Foundation

/// What must hold for any input whatsoever, checked by the fuzzing harness and by the regression
/// tests of what it found: no crash; the NewsML-G2 output is valid against the NewsML-G2 profile;
/// the JSON output parses and is valid against the native schema; the ninjs output parses; the
/// Markdown output passes the Markdown checks.
public enum ConversionInvariants {
    static let validator = DocumentValidator(catalog: SchemaCatalog(paths: [], environment: [:]))

    /// Runs one input: the first byte picks the reader (0 text, 1 HTML, 2 detect, 3 the JSON parser
    /// and schema validator), the rest is the document.
    /// - Returns: the invariants broken, empty when all hold.
    public static func check(_ input: [UInt8]) -> [String] {
        guard let selector = input.first else { return [] }
        let bytes = Array(input.dropFirst())
        if selector % 4 == 3 {
            if let value = try? JSONParser.parse(bytes) {
                _ = try? validator.validate(value.serializedBytes(), name: "fuzz.json", as: .json)
            }
            return []
        }
        var options = Converter.Options()
        options.inputFormat = selector % 4 == 0 ? .text : selector % 4 == 1 ? .html : .auto
        options.fixedDate = Date(timeIntervalSince1970: 0)
        let converter = Converter(options: options)
        guard let article = try? converter.article(from: InputDocument(bytes: bytes, origin: "fuzz")) else { return [] }
        var broken: [String] = []
        do {
            let xml = try converter.write(article, as: .newsml)
            let problems = try validator.validate(xml, name: "fuzz.xml", as: .newsml)
            if !problems.isEmpty { broken.append("NewsML-G2 output invalid: \(problems.prefix(3))") }
            let json = try converter.write(article, as: .json)
            let jsonProblems = try validator.validate(json, name: "fuzz.json", as: .json)
            if !jsonProblems.isEmpty { broken.append("JSON output invalid: \(jsonProblems.prefix(3))") }
            let ninjs = try converter.write(article, as: .ninjs)
            if (try? JSONParser.parse(ninjs)) == nil { broken.append("ninjs output does not parse") }
            let markdown = try converter.write(article, as: .markdown)
            let mdProblems = validator.checkMarkdown(String(decoding: markdown, as: UTF8.self))
            if !mdProblems.isEmpty { broken.append("Markdown output invalid: \(mdProblems.prefix(3))") }
        } catch {
            broken.append("writing failed: \(error)")
        }
        return broken
    }
}
