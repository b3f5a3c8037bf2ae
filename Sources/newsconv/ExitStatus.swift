import ArgumentParser
import NewsConv

/// The exit codes of newsconv (after sysexits.h), one per kind of failure.
enum ExitStatus: Int32 {
    case success = 0
    /// A document (or the output, with --validate) is not valid against its schema.
    case invalid = 1
    /// A batch: some inputs failed (each is named on standard error, and in --report).
    case someFailed = 3
    /// A usage error: an unknown option, a bad value. (swift-argument-parser's own code.)
    case usage = 64
    /// The input was read but holds no article.
    case noArticle = 65
    /// The input cannot be read: missing, a directory, not text.
    case unreadableInput = 66
    /// An unexpected internal error.
    case software = 70
    /// The output cannot be written.
    case unwritableOutput = 73
    /// A schema cannot be used (missing, not a schema, an unsupported keyword, a $ref cycle).
    case badSchema = 78

    static let helpText = """
        EXIT STATUS
          0   success
          1   invalid: a document (or, with --validate, the output) breaks its schema
          3   a batch ran, but some inputs failed
          64  usage error (unknown option, bad value)
          65  the input holds no article (empty, only a title)
          66  the input cannot be read (missing, a directory, binary)
          70  internal error
          73  the output cannot be written
          78  a schema cannot be used (missing, broken, unsupported keyword, $ref cycle)
        """

    static func of(_ kind: BatchOutcome.FailureKind?) -> ExitStatus {
        switch kind {
        case .unreadable: return .unreadableInput
        case .noArticle: return .noArticle
        case .invalid: return .invalid
        case .unwritable: return .unwritableOutput
        case .schema: return .badSchema
        case .other, nil: return .software
        }
    }

    static func of(_ error: ConversionError) -> ExitStatus {
        switch error {
        case .unreadable: return .unreadableInput
        case .noArticle: return .noArticle
        case .writeFailed: return .software
        case .stage: return .software
        }
    }
}
