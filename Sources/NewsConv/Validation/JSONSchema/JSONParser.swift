/// A strict RFC 8259 JSON parser into ``JSONValue``, with limits: nesting depth, and positions
/// (line and column) of any value on request, for error messages.
public struct JSONParser {
    /// Why a document is not JSON, and where.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based line.
        public let line: Int
        /// 1-based column, in bytes.
        public let column: Int
        /// What is wrong.
        public let message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Deeper nesting is refused (a hostile document cannot exhaust the stack).
    public static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// When set, the parser records where the value at this JSON Pointer starts.
    private let target: [String]?
    private var path: [String] = []
    private(set) var targetPosition: (line: Int, column: Int)?

    private init(bytes: [UInt8], target: [String]?) {
        self.bytes = bytes
        self.target = target
    }

    /// Parses a whole document (a UTF-8 BOM is allowed).
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes, target: nil)
        return try parser.document()
    }

    /// The line and column where the value at `pointer` starts, or nil.
    public static func position(of pointer: JSONPointer, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var parser = JSONParser(bytes: bytes, target: pointer.tokens)
        _ = try? parser.document()
        return parser.targetPosition
    }

    private mutating func document() throws(Failure) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipSpace()
        let value = try parseValue(depth: 0)
        skipSpace()
        guard index == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    private func fail(_ message: String) -> Failure {
        Failure(line: line, column: index - lineStart + 1, message: message)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.maximumDepth else { throw fail("nested more than \(Self.maximumDepth) levels deep") }
        guard index < bytes.count else { throw fail("unexpected end of the document") }
        if let target, targetPosition == nil, path == target {
            targetPosition = (line, index - lineStart + 1)
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count else { throw fail("unexpected end of the document") }
        for i in 0..<expected.count where bytes[index + i] != expected[i] { throw fail("invalid literal") }
        index += expected.count
    }

    private mutating func parseObject(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var members: [JSONMember] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a member name in quotes") }
            let key = try parseString()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
            index += 1
            skipSpace()
            path.append(key)
            let value = try parseValue(depth: depth + 1)
            path.removeLast()
            members.append(JSONMember(key, value))
            skipSpace()
            guard index < bytes.count else { throw fail("unexpected end of the document inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw fail("expected ',' or '}' in an object")
        }
    }

    private mutating func parseArray(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipSpace()
            path.append(String(items.count))
            items.append(try parseValue(depth: depth + 1))
            path.removeLast()
            skipSpace()
            guard index < bytes.count else { throw fail("unexpected end of the document inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw fail("expected ',' or ']' in an array")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("unexpected end of a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1
        // Fast path: no escapes before the closing quote.
        var end = index
        while end < bytes.count {
            let b = bytes[end]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[index..<end], as: UTF8.self)
                index = end + 1
                return text
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            end += 1
        }
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun(_ end: Int) {
            if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                flushRun(index)
                index += 1
                return String(scalars)
            }
            if b < 0x20 { throw fail("control character inside a string") }
            if b == UInt8(ascii: "\\") {
                flushRun(index)
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        // A surrogate pair, or a lone surrogate (replaced).
                        if index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            let low = try hex4()
                            if (0xDC00...0xDFFF).contains(low) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                scalars.append("\u{FFFD}")
                                code = low
                            }
                        }
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: throw fail("invalid escape sequence")
                }
                runStart = index
                continue
            }
            index += 1
        }
        throw fail("unterminated string")
    }

    private mutating func parseNumber() throws(Failure) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw fail("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw fail("invalid number") }
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw fail("invalid number") }
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        guard let d = Double(text) else { throw fail("invalid number") }
        return .double(d)
    }
}

/// A JSON Pointer (RFC 6901): `/sections/0/blocks/2`.
public struct JSONPointer: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The reference tokens, unescaped.
    public var tokens: [String]

    /// The pointer to the whole document.
    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// Parses `/a/b~1c` (the leading `#` of a URI fragment is allowed; percent-encoding is decoded).
    public init?(parsing text: String) {
        var s = Substring(text)
        if s.hasPrefix("#") { s = s.dropFirst() }
        let decoded = s.removingPercentEncodingIfPossible()
        if decoded.isEmpty { self.tokens = []; return }
        guard decoded.hasPrefix("/") else { return nil }
        tokens = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingAll("~1", with: "/").replacingAll("~0", with: "~")
        }
    }

    /// A pointer one level down.
    public func appending(_ token: String) -> JSONPointer { JSONPointer(tokens + [token]) }

    public var description: String {
        tokens.isEmpty ? "" : "/" + tokens.map { $0.replacingAll("~", with: "~0").replacingAll("/", with: "~1") }.joined(separator: "/")
    }

    /// The value at this pointer in `document`.
    public func resolve(in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members.first(where: { $0.key == token })?.value else { return nil }
                current = next
            case .array(let items):
                guard let i = Int(token), i >= 0, i < items.count else { return nil }
                current = items[i]
            default:
                return nil
            }
        }
        return current
    }
}

extension StringProtocol {
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }

    func removingPercentEncodingIfPossible() -> String {
        guard contains("%") else { return String(self) }
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        var k = 0
        while k < utf8.count {
            if utf8[k] == UInt8(ascii: "%"), k + 2 < utf8.count, let v = UInt8(String(decoding: utf8[(k + 1)...(k + 2)], as: UTF8.self), radix: 16) {
                bytes.append(v)
                k += 3
            } else {
                bytes.append(utf8[k])
                k += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
