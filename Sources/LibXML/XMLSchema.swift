import CLibXML2

/// A compiled W3C XML Schema (XSD), through libxml2's xmlschemas.
///
/// Compile once and share: a compiled schema is read-only, and every call to
/// ``validate(_:)`` uses its own validation context, so one instance serves many threads.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Why a schema could not be compiled.
    public struct CompileError: Error, Sendable, CustomStringConvertible {
        /// The schema's path.
        public let path: String
        /// libxml2's messages.
        public let diagnostics: [XMLDiagnostic]
        public var description: String {
            let first = diagnostics.first(where: { $0.severity != .warning })?.message ?? "it does not compile"
            return "\(path): not a usable XML schema: \(first)"
        }
    }

    /// Compiles the schema at `path`. Imports are resolved relative to it; nothing is fetched
    /// from the network.
    public init(path: String) throws(CompileError) {
        LibXML.initialize()
        let collector = DiagnosticCollector()
        let compiled: xmlSchemaPtr? = collector.collect {
            guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, DiagnosticCollector.callback, collector.context)
            return xmlSchemaParse(parser)
        }
        guard let compiled else { throw CompileError(path: path, diagnostics: collector.diagnostics) }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Parses `document` (UTF-8 or any encoding it declares) and validates it.
    /// - Returns: every error found, parse errors included; empty when the document is valid.
    public func validate(_ document: [UInt8]) -> [XMLDiagnostic] {
        guard document.count < Int(Int32.max) else {
            return [XMLDiagnostic(line: 0, column: 0, message: "document larger than 2 GiB", severity: .fatal)]
        }
        let collector = DiagnosticCollector()
        return collector.collect {
            let options = Int32(XML_PARSE_NONET.rawValue)
            let doc = document.withUnsafeBufferPointer { buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    xmlReadMemory($0, Int32(buf.count), "document.xml", nil, options)
                }
            }
            guard let doc else {
                if collector.diagnostics.isEmpty {
                    collector.diagnostics.append(XMLDiagnostic(line: 0, column: 0, message: "not well-formed XML", severity: .fatal))
                }
                return collector.diagnostics
            }
            defer { xmlFreeDoc(doc) }
            guard let context = xmlSchemaNewValidCtxt(schema) else {
                return [XMLDiagnostic(line: 0, column: 0, message: "cannot create a validation context", severity: .fatal)]
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, DiagnosticCollector.callback, collector.context)
            let result = xmlSchemaValidateDoc(context, doc)
            var found = collector.diagnostics.filter { $0.severity != .warning }
            if result != 0 && found.isEmpty {
                found.append(XMLDiagnostic(line: 0, column: 0, message: "not valid against the schema", severity: .error))
            }
            return found
        }
    }
}

extension XMLDiagnostic {
    init(line: Int, column: Int, message: String, severity: Severity) {
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }
}
