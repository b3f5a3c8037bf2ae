/// An error that a stage throws and that can say what it means for the whole conversion.
public protocol ConversionFailure: Error, Sendable {
    /// The error in terms of the whole conversion.
    var conversionError: ConversionError { get }
}

/// Why a conversion failed. Each case maps to a distinct exit code of the command-line tool.
public enum ConversionError: ConversionFailure, Equatable, CustomStringConvertible {
    /// The input could not be read or decoded.
    case unreadable(origin: String, reason: String)
    /// The input was read but holds no article.
    case noArticle(origin: String, reason: String)
    /// An output could not be produced.
    case writeFailed(format: String, reason: String)
    /// A stage of a library user's own failed.
    case stage(name: String, reason: String)

    public var conversionError: ConversionError { self }

    /// A one-line message naming the input and what is wrong.
    public var description: String {
        switch self {
        case .unreadable(let origin, let reason): return "\(origin): cannot read input: \(reason)"
        case .noArticle(let origin, let reason): return "\(origin): no article found: \(reason)"
        case .writeFailed(let format, let reason): return "cannot write \(format): \(reason)"
        case .stage(let name, let reason): return "\(name): \(reason)"
        }
    }
}

/// A reader's error: the bytes could not be read as the format.
public struct ReadError: ConversionFailure, Equatable {
    /// The input: a path or `-`.
    public var origin: String
    /// What is wrong.
    public var reason: String
    /// Creates the error.
    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }
    public var conversionError: ConversionError { .unreadable(origin: origin, reason: reason) }
}

/// A segmenter's error: no article could be found.
public struct SegmentationError: ConversionFailure, Equatable {
    /// The input: a path or `-`.
    public var origin: String
    /// What is missing.
    public var reason: String
    /// Creates the error.
    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }
    public var conversionError: ConversionError { .noArticle(origin: origin, reason: reason) }
}

/// A transform's error.
public struct TransformError: ConversionFailure, Equatable {
    /// The transform's name.
    public var transform: String
    /// What went wrong.
    public var reason: String
    /// Creates the error.
    public init(transform: String, reason: String) {
        self.transform = transform
        self.reason = reason
    }
    public var conversionError: ConversionError { .stage(name: transform, reason: reason) }
}

/// A writer's error.
public struct WriteError: ConversionFailure, Equatable {
    /// The output format.
    public var format: String
    /// What went wrong.
    public var reason: String
    /// Creates the error.
    public init(format: String, reason: String) {
        self.format = format
        self.reason = reason
    }
    public var conversionError: ConversionError { .writeFailed(format: format, reason: reason) }
}
