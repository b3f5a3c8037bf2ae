import CLibXML2

/// One message from libxml2 (a parse error or a schema violation), with its position.
public struct XMLDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad the message is.
    public enum Severity: Sendable, Equatable { case warning, error, fatal }

    /// 1-based line, or 0 when unknown.
    public let line: Int
    /// 1-based column, or 0 when unknown.
    public let column: Int
    /// libxml2's message, on one line.
    public let message: String
    /// Warning, error or fatal error.
    public let severity: Severity

    /// `LINE:COLUMN: message`.
    public var description: String { "\(line):\(column): \(message)" }

    init(_ error: xmlErrorPtr) {
        let e = error.pointee
        line = Int(e.line)
        column = Int(e.int2)
        let raw = e.message.map { String(cString: $0) } ?? "unknown error"
        message = raw.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingSpaces()
        switch e.level {
        case XML_ERR_WARNING: severity = .warning
        case XML_ERR_FATAL: severity = .fatal
        default: severity = .error
        }
    }
}

/// Collects libxml2's structured errors raised on this thread while `body` runs.
final class DiagnosticCollector {
    var diagnostics: [XMLDiagnostic] = []
    /// Upper bound, so a hostile document cannot fill memory with messages.
    let limit = 1000

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
        if collector.diagnostics.count < collector.limit {
            collector.diagnostics.append(XMLDiagnostic(error))
        }
    }

    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Runs `body` with libxml2's thread-local error handler pointing at this collector.
    func collect<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(context, DiagnosticCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
