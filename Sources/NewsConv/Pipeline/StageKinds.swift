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

/// A writer that can hand over its output in pieces as it makes them, so that a large document
/// is never held whole. The pieces, in order, are the bytes ``Stage/run(_:)`` returns.
public protocol StreamingWriter: Writer {
    /// Writes `article`, giving `sink` its bytes in order, about a megabyte at a time. On a
    /// failure, `sink` may have been given part of the output.
    func write(_ article: Article, to sink: (ArraySlice<UInt8>) -> Void) throws(WriteError)
}
