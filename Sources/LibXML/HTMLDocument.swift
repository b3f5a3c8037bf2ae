import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    ///     `UTF-8` bytes must be valid UTF-8: they are parsed as they are, without libxml2's
    ///     converter, and the page's `<meta charset>` is ignored.
    ///   - url: the page's address, for relative links; never fetched.
    public convenience init(bytes: ArraySlice<UInt8>, encoding: String?, url: String? = nil) throws(ParseFailure) {
        try self.init(taking: bytes, encoding: encoding, url: url)
    }

    /// Parses `bytes`, as the `ArraySlice` initializer does.
    public convenience init(bytes: [UInt8], encoding: String?, url: String? = nil) throws(ParseFailure) {
        try self.init(taking: bytes[...], encoding: encoding, url: url)
    }

    /// Whether `bytes` hold a zero byte (memchr: a page is scanned at memory speed).
    static func containsNUL(_ bytes: borrowing ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, buf.count > 0 else { return false }
            return memchr(base, 0, buf.count) != nil
        }
    }

    /// Parses `bytes`, taking them: they are let go as soon as libxml2 has its copy, before the
    /// tree is built (and freed then, when this was their only reference). Otherwise as the
    /// `bytes:` initializers.
    public init(taking bytes: consuming ArraySlice<UInt8>, encoding: String?, url: String? = nil) throws(ParseFailure) {
        LibXML.initialize()
        // libxml2's HTML parser stops reading text at a NUL byte (the rest of the page is lost);
        // HTML5 ignores NULs in text: they are dropped (not from UTF-16, where they are half of
        // every ASCII character).
        if !(encoding?.uppercased().hasPrefix("UTF-16") ?? false), Self.containsNUL(bytes) {
            bytes = ArraySlice(bytes.filter { $0 != 0 })
        }
        let size = bytes.count
        guard size < Int(Int32.max) - 256 else { throw ParseFailure(description: "the page is larger than 2 GiB") }
        var options = Self.options
        var encoding = encoding
        if let name = encoding, name.uppercased() == "UTF-8" {
            // libxml2 reads UTF-8 natively; naming it would run every byte through its UTF-8
            // to UTF-8 converter into a second buffer grown by doubling.
            encoding = nil
            options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        }
        // HTML pages are full of errors that the parser recovers from: they are not collected,
        // and the handler in place keeps libxml2 from printing them.
        xmlSetStructuredErrorFunc(nil, HTMLDocument.ignore)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        // htmlReadMemory in two steps: libxml2 copies the bytes (into a buffer of their size),
        // then ours go before the tree is built.
        let context: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buf -> xmlParserCtxtPtr? in
            guard let base = buf.baseAddress, buf.count > 0 else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                newsconv_html_context(chars, Int32(buf.count))
            }
        }
        bytes = []
        guard let context, let doc = newsconv_html_parse(context, url ?? "page.html", encoding, options) else {
            throw ParseFailure(description: "libxml2 could not parse it as HTML")
        }
        pointer = doc
        inputSize = size
    }

    /// The parser options: recover from errors, report none, never touch the network, keep short
    /// texts inside their nodes. (The benchmark's baseline parses with the same.)
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                               | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    deinit {
        xmlFreeDoc(pointer)
        // A large page's tree leaves megabytes of freed heap behind; hand them back to the system
        // so that they do not add to the peak of what follows (the article and its output).
        if inputSize >= 1 << 20 { newsconv_release_free_memory() }
    }

    /// The size of the page parsed, in bytes.
    private let inputSize: Int

    static let ignore: xmlStructuredErrorFunc = { _, _ in }

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

    /// A number a reader may attach to the node (0 until set), kept in libxml2's `_private`
    /// field: lets a walk index its per-element tables by position instead of hashing nodes.
    public var mark: Int {
        get { Int(bitPattern: pointer.pointee._private) }
        nonmutating set { pointer.pointee._private = UnsafeMutableRawPointer(bitPattern: newValue) }
    }

    /// Takes the node out of its document and frees it with everything under it, so that a reader
    /// done with part of a large page can let it go. The node, its descendants, and every
    /// ``HTMLNode`` that refers to them must not be used afterwards.
    public func removeAndFree() {
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }

    /// The number of elements in the subtree this node roots, itself included.
    public var elementCount: Int {
        var count = 0
        var stack: [xmlNodePtr] = [pointer]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE { count += 1 }
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { stack.append(c) }
                child = c.pointee.next
            }
        }
        return count
    }

    /// Counts, over the UTF-8 text of a text or CDATA node, the characters that are not ASCII
    /// white space and the commas, without building a `String`.
    public var letterAndCommaCount: (letters: Int, commas: Int) {
        guard var byte = pointer.pointee.content else { return (0, 0) }
        var letters = 0, commas = 0
        while byte.pointee != 0 {
            let b = byte.pointee
            byte += 1
            // Characters counted by their first byte; ASCII spaces skipped.
            if b & 0xC0 == 0x80 || b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { continue }
            letters += 1
            if b == 0x2C {
                commas += 1
            } else if b >= 0xD8 {
                // The commas of other scripts: 、 (U+3001) and ， (U+FF0C) in Chinese and Japanese
                // text, ، (U+060C) in Arabic script, whatever bytes follow (invalid UTF-8 included).
                // Each byte read is at most one past a non-zero byte of the zero-terminated text.
                let b1 = byte.pointee
                if b == 0xD8 && b1 == 0x8C { commas += 1 }
                else if b1 != 0, (b == 0xE3 && b1 == 0x80 && byte[1] == 0x81) || (b == 0xEF && b1 == 0xBC && byte[1] == 0x8C) { commas += 1 }
            }
        }
        return (letters, commas)
    }
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

/// The attributes newsconv's reader looks at on every element, read in one pass.
public struct CommonAttributes: Sendable, Equatable {
    /// `class`.
    public var classes: String?
    /// `id`.
    public var id: String?
    /// `style`.
    public var style: String?
    /// `hidden` is present.
    public var hidden = false
    /// `aria-hidden`.
    public var ariaHidden: String?
    /// `itemprop`.
    public var itemprop: String?
}

extension HTMLNode {
    /// `class`, `id`, `style`, `hidden`, `aria-hidden` and `itemprop`, in one pass over the
    /// attributes; only those present are copied.
    public var commonAttributes: CommonAttributes {
        var result = CommonAttributes()
        var attr = pointer.pointee.properties
        while let a = attr {
            defer { attr = a.pointee.next }
            guard let raw = a.pointee.name else { continue }
            let name = UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self)
            func value() -> String {
                // Most values are one text node: read in place, without libxml2's copy.
                if let child = a.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
                    guard let content = child.pointee.content else { return "" }
                    return String(cString: content)
                }
                guard let v = xmlNodeListGetString(document.pointer, a.pointee.children, 1) else { return "" }
                defer { newsconv_xmlFree(v) }
                return String(cString: v)
            }
            switch name[0] {
            case 99 where strcmp(name, "class") == 0: result.classes = value()
            case 105 where strcmp(name, "id") == 0: result.id = value()
            case 105 where strcmp(name, "itemprop") == 0: result.itemprop = value()
            case 115 where strcmp(name, "style") == 0: result.style = value()
            case 104 where strcmp(name, "hidden") == 0: result.hidden = true
            case 97 where strcmp(name, "aria-hidden") == 0: result.ariaHidden = value()
            default: break
            }
        }
        return result
    }

    /// Whether the element's name is `name` (no string is built).
    public func isNamed(_ name: StaticString) -> Bool {
        guard let n = pointer.pointee.name else { return false }
        return strcmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }
}
