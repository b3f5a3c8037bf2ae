/// Reads plain text: decodes the bytes (UTF-8 with or without BOM, UTF-16 with BOM) and
/// normalises them (NFC, LF line ends, odd spaces folded).
public struct PlainTextReader: Reader {
    /// Creates the reader.
    public init() {}

    /// Decodes and normalises `input`.
    public func run(_ input: InputDocument) throws(ReadError) -> SourceDocument {
        let decoded: String
        do {
            decoded = try TextDecoding.decode(input.bytes)
        } catch {
            switch error {
            case .binary(let why): throw ReadError(origin: input.origin, reason: why)
            }
        }
        let text = TextNormalization.normalize(decoded)
        return SourceDocument(origin: input.origin, content: .plainText(text), modified: input.modified)
    }
}
