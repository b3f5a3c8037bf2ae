import CLibXML2

/// An HTML page parsed by libxml2's HTML parser (recovering from errors, silent, never
/// touching the network). Read it through ``HTMLNode``s; the tree lives as long as any node of it.
public final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Why a page could not be parsed at all.
    public struct ParseFailure: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// Parses `bytes`.
    /// - Parameters:
    ///   - encoding: the encoding to read the bytes in (an IANA name such as `UTF-8` or
    ///     `windows-1258`), or nil to let libxml2 follow the page's `<meta charset>`.
    ///   - url: the page's address, for relative links; never fetched.
    public init(bytes: [UInt8], encoding: String?, url: String? = nil) throws(ParseFailure) {
        LibXML.initialize()
        guard bytes.count < Int(Int32.max) else { throw ParseFailure(description: "the page is larger than 2 GiB") }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let collector = DiagnosticCollector()
        let doc: htmlDocPtr? = collector.collect {
            bytes.withUnsafeBufferPointer { buf -> htmlDocPtr? in
                guard let base = buf.baseAddress, buf.count > 0 else { return nil }
                return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                    htmlReadMemory(chars, Int32(buf.count), url ?? "page.html", encoding, options)
                }
            }
        }
        guard let doc else { throw ParseFailure(description: "libxml2 could not parse it as HTML") }
        pointer = doc
    }

    deinit { xmlFreeDoc(pointer) }

    /// The root element (`html`), if any.
    public var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map { HTMLNode($0, self) }
    }
}

/// A node of an ``HTMLDocument``: an element, a text node, or something else (comment, CDATA…).
public struct HTMLNode {
    let pointer: xmlNodePtr
    let document: HTMLDocument

    init(_ pointer: xmlNodePtr, _ document: HTMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// What kind of node this is.
    public enum Kind { case element, text, cdata, comment, other }

    /// The node's kind.
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE: return .text
        case XML_CDATA_SECTION_NODE: return .cdata
        case XML_COMMENT_NODE: return .comment
        default: return .other
        }
    }

    /// Whether this is an element.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The element's name in lower case (libxml2's HTML parser lower-cases tag names).
    public var name: String {
        guard let n = pointer.pointee.name else { return "" }
        return String(cString: n)
    }

    /// The value of attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        guard isElement else { return nil }
        guard let value = name.withCString({ xmlGetProp(pointer, $0) }) else { return nil }
        defer { newsconv_xmlFree(value) }
        return String(cString: value)
    }

    /// Every attribute, as (name, value) pairs in document order.
    public var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attr = pointer.pointee.properties
        while let a = attr {
            let name = a.pointee.name.map { String(cString: $0) } ?? ""
            var value = ""
            if let v = xmlNodeListGetString(document.pointer, a.pointee.children, 1) {
                value = String(cString: v)
                newsconv_xmlFree(v)
            }
            result.append((name, value))
            attr = a.pointee.next
        }
        return result
    }

    /// The text of a text or CDATA node (empty for other nodes).
    public var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// All the text under the node, concatenated.
    public var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { newsconv_xmlFree(content) }
        return String(cString: content)
    }

    /// The parent element, if any.
    public var parent: HTMLNode? {
        guard let p = pointer.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(p, document)
    }

    /// The first child, if any.
    public var firstChild: HTMLNode? { pointer.pointee.children.map { HTMLNode($0, document) } }

    /// The next sibling, if any.
    public var nextSibling: HTMLNode? { pointer.pointee.next.map { HTMLNode($0, document) } }

    /// The children, in order.
    public var children: HTMLChildren { HTMLChildren(first: firstChild) }

    /// The line the node starts on in the source.
    public var line: Int { Int(xmlGetLineNo(pointer)) }
}

extension HTMLNode: Hashable {
    public static func == (a: HTMLNode, b: HTMLNode) -> Bool { a.pointer == b.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

/// The children of a node, as a sequence.
public struct HTMLChildren: Sequence {
    let first: HTMLNode?

    public func makeIterator() -> Iterator { Iterator(upcoming: first) }

    /// Walks the sibling chain.
    public struct Iterator: IteratorProtocol {
        var upcoming: HTMLNode?
        public mutating func next() -> HTMLNode? {
            guard let current = upcoming else { return nil }
            upcoming = current.nextSibling
            return current
        }
    }
}
