import CLibXML2

/// libxml2 on its own, for benchmarks: what parsing a page costs before newsconv does anything.
public enum HTMLBaseline {
    /// Parses `bytes` with the HTML parser (the options newsconv uses), optionally visits every
    /// node, and frees the tree. Returns the number of nodes visited (0 without the walk).
    @discardableResult
    public static func parse(_ bytes: [UInt8], encoding: String? = nil, walk: Bool) -> Int {
        LibXML.initialize()
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), "page.html", encoding, HTMLDocument.options)
            }
        }
        guard let doc else { return 0 }
        defer { xmlFreeDoc(doc) }
        guard walk, let root = xmlDocGetRootElement(doc) else { return 0 }
        var count = 0
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            count += 1
            var child = node.pointee.children
            while let c = child {
                stack.append(c)
                child = c.pointee.next
            }
        }
        return count
    }
}
