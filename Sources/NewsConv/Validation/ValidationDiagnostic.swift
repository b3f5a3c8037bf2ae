/// One problem found in a document: `FILE:LINE:COLUMN: message`.
public struct ValidationDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// What is wrong (for JSON, it starts with the JSON Pointer of the failing value).
    public var message: String

    /// Creates a diagnostic.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `LINE:COLUMN: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
