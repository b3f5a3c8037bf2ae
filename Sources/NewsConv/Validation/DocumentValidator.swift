import Foundation
import CommonMark
import LibXML
import Yams

/// Validates documents against their schemas, in-process: NewsML-G2 with libxml2's xmlschemas,
/// JSON (newsconv's own and ninjs) with newsconv's JSON Schema validator, Markdown with libcmark
/// and Yams.
public struct DocumentValidator: Sendable {
    /// What the validation may assume.
    public struct Options: Sendable {
        /// Assert `format: date-time` in JSON Schemas.
        public var checkFormats = false
        /// Allow raw HTML in Markdown.
        public var allowHTML = false
        /// Default options.
        public init() {}
    }

    /// A document cannot be validated at all (not a known kind, or its schema is unusable).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The largest document validated (bigger ones are refused, not half-read).
    public static let maximumSize = 256 * 1024 * 1024

    /// The schemas.
    public let catalog: SchemaCatalog
    /// The options.
    public var options: Options

    /// Creates a validator.
    public init(catalog: SchemaCatalog = .shared, options: Options = Options()) {
        self.catalog = catalog
        self.options = options
    }

    /// Validates `bytes` as `kind` (detected from the content when nil).
    /// - Returns: every problem found; empty when the document is valid.
    public func validate(_ bytes: [UInt8], name: String, as kind: DocumentKind? = nil) throws(Failure) -> [ValidationDiagnostic] {
        guard bytes.count <= Self.maximumSize else { throw Failure(description: "larger than 256 MiB, not validated") }
        guard let kind = kind ?? DocumentKind.detect(bytes, name: name) else {
            throw Failure(description: "not a NewsML-G2 item or message, ninjs, newsconv JSON or Markdown document (use --as)")
        }
        switch kind {
        case .newsml, .newsmlMessage:
            if kind == .newsmlMessage && catalog.usesBundledNewsMLProfile {
                throw Failure(description: "a newsMessage needs IPTC's full XSD: name it with --schema or NEWSCONV_SCHEMAS")
            }
            let schema: XMLSchema
            do throws(SchemaCatalog.Failure) { schema = try catalog.newsMLSchema() } catch { throw Failure(description: error.description) }
            return schema.validate(bytes).map { ValidationDiagnostic(line: $0.line, column: $0.column, message: $0.message) }
        case .json, .ninjs3, .ninjs2:
            let document: JSONValue
            do {
                document = try JSONParser.parse(bytes)
            } catch {
                return [ValidationDiagnostic(line: error.line, column: error.column, message: "not JSON: \(error.message)")]
            }
            let schema: JSONSchema
            do throws(SchemaCatalog.Failure) { schema = try catalog.jsonSchema(for: kind) } catch { throw Failure(description: error.description) }
            let violations = schema.validate(document, checkFormats: options.checkFormats)
            return violations.enumerated().map { index, violation in
                let position = index < 200 ? JSONParser.position(of: violation.pointer, in: bytes) : nil
                let where_ = violation.pointer.description.isEmpty ? "/" : violation.pointer.description
                return ValidationDiagnostic(line: position?.line ?? 0, column: position?.column ?? 0, message: "\(where_): \(violation.message)")
            }
        case .markdown:
            return checkMarkdown(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Markdown: the front matter parses as YAML, exactly one level-1 heading, heading levels do not
    /// skip, no raw HTML unless allowed.
    public func checkMarkdown(_ text: String) -> [ValidationDiagnostic] {
        var diagnostics: [ValidationDiagnostic] = []
        var body = text
        var offset = 0
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0 == "---\r" }) {
                let yaml = lines[1..<end].joined(separator: "\n")
                do {
                    let value = try Yams.load(yaml: yaml)
                    if value != nil && !(value is [String: Any]) {
                        diagnostics.append(ValidationDiagnostic(line: 2, column: 1, message: "the front matter is not a YAML mapping"))
                    }
                } catch let error as YamlError {
                    let (line, column) = Self.yamlPosition(error)
                    diagnostics.append(ValidationDiagnostic(line: line + 1, column: column, message: "the front matter is not YAML: \(Self.yamlMessage(error))"))
                } catch {
                    diagnostics.append(ValidationDiagnostic(line: 2, column: 1, message: "the front matter is not YAML: \(error)"))
                }
                offset = end + 1
                body = lines[(end + 1)...].joined(separator: "\n")
            } else {
                diagnostics.append(ValidationDiagnostic(line: 1, column: 1, message: "the front matter is not closed by ---"))
            }
        }
        let outline = CommonMarkParser.outline(body)
        let h1 = outline.headings.filter { $0.level == 1 }
        if h1.isEmpty {
            diagnostics.append(ValidationDiagnostic(line: offset + 1, column: 1, message: "no level-1 heading (the title)"))
        }
        for extra in h1.dropFirst() {
            diagnostics.append(ValidationDiagnostic(line: extra.line + offset, column: 1, message: "a second level-1 heading: '\(extra.text)'"))
        }
        var deepest = 0
        for heading in outline.headings {
            if heading.level > deepest + 1 {
                diagnostics.append(ValidationDiagnostic(line: heading.line + offset, column: 1,
                                                        message: "heading level \(heading.level) skips level \(deepest + 1): '\(heading.text)'"))
            }
            deepest = heading.level
        }
        if !options.allowHTML {
            for line in outline.htmlLines {
                diagnostics.append(ValidationDiagnostic(line: line + offset, column: 1, message: "raw HTML (allowed only with --allow-html)"))
            }
        }
        return diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    static func yamlPosition(_ error: YamlError) -> (Int, Int) {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return (mark.line, mark.column)
        default:
            return (1, 1)
        }
    }

    static func yamlMessage(_ error: YamlError) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
    }
}
