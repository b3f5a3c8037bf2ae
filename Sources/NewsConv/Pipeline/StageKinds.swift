/// Turns bytes into a ``SourceDocument``.
public protocol Reader: Stage where Input == InputDocument, Output == SourceDocument, Failure == ReadError {}

/// Finds the article and its parts in a ``SourceDocument``.
public protocol Segmenter: Stage where Input == SourceDocument, Output == Article, Failure == SegmentationError {}

/// Enriches or corrects an ``Article``.
public protocol Transform: Stage where Input == Article, Output == Article, Failure == TransformError {}

/// Serialises an ``Article`` to bytes.
public protocol Writer: Stage where Input == Article, Output == [UInt8], Failure == WriteError {
    /// The format this writer produces.
    var format: OutputFormat { get }
}
