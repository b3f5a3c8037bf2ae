import Foundation
import LibXML

/// The text a Next.js page (app router) carries in its flight data, for pages whose HTML holds no
/// article text: the server's render arrives as `self.__next_f.push([1,"…"])` scripts, whose
/// joined strings are rows of the React Server Components payload. Long strings travel as text
/// rows (`24:T1b7b,` then 0x1b7b bytes), and an article's body HTML is one of them.
enum NextFlightData {
    static let pushPrefix = Array("self.__next_f.push([1,".utf8)

    /// The HTML fragments among the page's flight text rows (rows holding block markup), longest
    /// first; empty when the page has no flight data.
    static func htmlFragments(in root: HTMLNode) -> [[UInt8]] {
        let payload = self.payload(in: root)
        guard !payload.isEmpty else { return [] }
        return textRows(in: payload)
            .filter { ByteSearch.firstOffset(of: "<p".utf8, in: $0) != nil || ByteSearch.firstOffset(of: "<h2".utf8, in: $0) != nil }
            .sorted { $0.count > $1.count }
    }

    /// The pushed strings, decoded and joined in document order.
    static func payload(in root: HTMLNode) -> [UInt8] {
        var payload: [UInt8] = []
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            guard node.isElement else { continue }
            if node.name == "script" {
                let code = Array(node.textContent.utf8)
                if let literal = stringLiteral(in: code), let text = try? JSONDecoder().decode(String.self, from: Data(literal)) {
                    payload += text.utf8
                }
                continue
            }
            // Children pushed in reverse, so that they are popped in document order.
            var children: [HTMLNode] = []
            for child in node.children where child.isElement { children.append(child) }
            stack += children.reversed()
        }
        return payload
    }

    /// The string literal of `self.__next_f.push([1,"…"])`, quotes included.
    static func stringLiteral(in code: [UInt8]) -> ArraySlice<UInt8>? {
        var start = 0
        while start < code.count, code[start] == 0x20 || code[start] == 0x0A || code[start] == 0x09 || code[start] == 0x0D { start += 1 }
        guard code.count > start + pushPrefix.count + 2, code[start..<(start + pushPrefix.count)].elementsEqual(pushPrefix) else { return nil }
        let open = start + pushPrefix.count
        guard code[open] == 0x22 else { return nil }
        var i = open + 1
        while i < code.count {
            if code[i] == 0x5C { i += 2; continue }
            if code[i] == 0x22 { return code[open...i] }
            i += 1
        }
        return nil
    }

    /// The text rows of a payload: `ID:T` and a hexadecimal byte length, a comma, then that many bytes.
    static func textRows(in payload: [UInt8]) -> [[UInt8]] {
        var rows: [[UInt8]] = []
        var i = 0
        let count = payload.count
        while i + 3 < count {
            // A row starts the payload or follows a line feed, or follows the previous text row.
            guard payload[i] == 0x3A, payload[i + 1] == 0x54, i > 0, isHex(payload[i - 1]) else { i += 1; continue }
            var j = i + 2
            var length = 0
            while j < count, isHex(payload[j]), length < 1 << 28 {
                length = length * 16 + hexValue(payload[j])
                j += 1
            }
            guard j < count, j > i + 2, payload[j] == 0x2C, j + 1 + length <= count else { i += 1; continue }
            rows.append(Array(payload[(j + 1)..<(j + 1 + length)]))
            i = j + 1 + length
        }
        return rows
    }

    static func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x61...0x66).contains(b) || (0x41...0x46).contains(b) }
    static func hexValue(_ b: UInt8) -> Int {
        switch b {
        case 0x30...0x39: Int(b - 0x30)
        case 0x61...0x66: Int(b - 0x61 + 10)
        default: Int(b - 0x41 + 10)
        }
    }
}
