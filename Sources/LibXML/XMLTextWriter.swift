import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing UTF-8 into memory.
///
/// Text and attribute values are escaped by libxml2, and characters that XML 1.0 forbids are
/// dropped before they reach it, so the output is always well-formed.
///
///     let writer = try XMLTextWriter()
///     writer.startElement("p")
///     writer.text("a < b")
///     writer.endElement()
///     let bytes = try writer.finish()
public final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false
    private var finished = false
    private let indenting: Bool
    private var mixedDepth = 0

    /// The error thrown when libxml2 cannot set up or complete a document.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// Creates a writer.
    /// - Parameter indent: pretty-print elements that hold only elements (mixed content is left alone).
    public init(indent: Bool = true) throws(Failure) {
        LibXML.initialize()
        guard let buffer = xmlBufferCreate() else { throw Failure(description: "cannot allocate an XML buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw Failure(description: "cannot create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        self.indenting = indent
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withCString { xmlTextWriterSetIndentString(writer, $0) }
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    /// Writes the XML declaration (`version="1.0" encoding="UTF-8"`).
    public func startDocument() {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    /// Opens an element.
    public func startElement(_ name: String) {
        check(name.withCString { xmlTextWriterStartElement(writer, $0) })
    }

    /// Opens an element that declares `namespace` as its default namespace.
    public func startElement(_ name: String, defaultNamespace namespace: String) {
        check(name.withCString { n in
            namespace.withCString { ns in xmlTextWriterStartElementNS(writer, nil, n, ns) }
        })
    }

    /// Writes an attribute on the element just opened.
    public func attribute(_ name: String, _ value: String) {
        let clean = XMLCharacters.sanitized(value)
        check(name.withCString { n in
            clean.withCString { v in xmlTextWriterWriteAttribute(writer, n, v) }
        })
    }

    /// Writes escaped character data.
    public func text(_ value: String) {
        if value.isEmpty { return }
        let clean = XMLCharacters.sanitized(value)
        check(clean.withCString { xmlTextWriterWriteString(writer, $0) })
    }

    /// Closes the innermost open element.
    public func endElement() {
        check(xmlTextWriterEndElement(writer))
    }

    /// Opens an element with mixed content (text and inline elements, such as `p`): its start tag
    /// is indented like any other, but nothing inside it is, so no white space is added to its text.
    /// Close it with ``endMixedElement()``.
    public func startMixedElement(_ name: String) {
        startElement(name)
        if indenting { xmlTextWriterSetIndent(writer, 0) }
        mixedDepth += 1
    }

    /// Closes an element opened with ``startMixedElement(_:)``.
    public func endMixedElement() {
        mixedDepth -= 1
        if indenting && mixedDepth == 0 {
            // Indent again for what follows, without adding white space before the end tag:
            // an empty raw write tells libxml2 that text came last.
            xmlTextWriterSetIndent(writer, 1)
            check("".withCString { xmlTextWriterWriteRawLen(writer, $0, 0) })
        }
        endElement()
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, text value: String) {
        startMixedElement(name)
        text(value)
        endMixedElement()
    }

    /// Writes an XML comment. `--` is made safe.
    public func comment(_ value: String) {
        var clean = XMLCharacters.sanitized(value)
        while clean.contains("--") { clean = clean.replacingAll("--", with: "- -") }
        if clean.hasSuffix("-") { clean += " " }
        check(clean.withCString { xmlTextWriterWriteComment(writer, $0) })
    }

    /// Closes every open element and returns the document's UTF-8 bytes (those not already
    /// handed over by ``drain(atLeast:to:)``).
    public func finish() throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        try finish { bytes = Array($0) }
        return bytes
    }

    /// Closes every open element and gives `sink` the rest of the document's UTF-8 bytes (those
    /// not already handed over by ``drain(atLeast:to:)``), if any.
    public func finish(to sink: (ArraySlice<UInt8>) -> Void) throws(Failure) {
        guard !finished else { throw Failure(description: "the XML writer was already finished") }
        finished = true
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if failed { throw Failure(description: "libxml2 could not write the document") }
        take(to: sink)
    }

    /// Without closing anything, gives `sink` what has been written since the last drain, when it
    /// comes to at least `minimum` bytes, and forgets it: a long document is handed over in pieces
    /// and never held whole. Drained between elements, a piece ends on a markup boundary (never
    /// inside a character). Nothing is handed over once a write has failed (``finish()`` throws).
    public func drain(atLeast minimum: Int, to sink: (ArraySlice<UInt8>) -> Void) {
        guard !failed, !finished else { return }
        check(xmlTextWriterFlush(writer))
        guard !failed, Int(xmlBufferLength(buffer)) >= minimum else { return }
        take(to: sink)
    }

    private func take(to sink: (ArraySlice<UInt8>) -> Void) {
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return }
        sink(Array(UnsafeBufferPointer(start: content, count: count))[...])
        xmlBufferEmpty(buffer)
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation in this module).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
