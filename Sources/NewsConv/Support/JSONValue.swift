/// A JSON value whose objects keep their keys in the order they were written, so output reads
/// in a sensible order and is byte-for-byte reproducible.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// A string, or null when `value` is nil.
    public static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The member named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text of a string value.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// Serialises the value: pretty-printed with two-space indents, or compact.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``serialized(pretty:)``, built directly (no intermediate strings).
    public func serializedBytes(pretty: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        // Sized up front: growing by doubling would hold the old and the new buffer at once, which
        // set the peak memory of converting a large page.
        let estimate = sizeEstimate(indent: pretty ? 0 : nil)
        out.reserveCapacity(estimate + estimate / 32 + 64)
        write(to: &out, indent: pretty ? 0 : nil)
        if pretty { out.append(0x0A) }
        return out
    }

    /// An array member of an object whose `count` elements are made one at a time by `element`
    /// and dropped once written.
    struct StreamedArray {
        /// The member's key.
        var key: String
        /// How many elements the array has.
        var count: Int
        /// Makes element `i`.
        var element: (Int) -> JSONValue

        /// The array as a member written in pieces, an element at a time.
        var member: StreamedMember {
            StreamedMember(key: key) { out, indent, written in
                if count == 0 { out += [0x5B, 0x5D]; return }
                let inner = indent.map { $0 + 1 }
                out.append(0x5B)
                for j in 0..<count {
                    if j > 0 { out.append(0x2C) }
                    newline(&out, inner)
                    element(j).write(to: &out, indent: inner)
                    written(&out)
                }
                newline(&out, indent)
                out.append(0x5D)
            }
        }
    }

    /// A member of an object whose value is written in pieces by its own code.
    struct StreamedMember {
        /// The member's key.
        var key: String
        /// Writes the value into `out` at `indent` (nil: compact), calling `written` after each
        /// piece (which may take the bytes so far out of `out`).
        var write: (_ out: inout [UInt8], _ indent: Int?, _ written: (inout [UInt8]) -> Void) -> Void
    }

    /// Serialises an object whose members named in `streamed` (empty arrays in `members`) are
    /// arrays made one element at a time: the same bytes as serialising the whole value, without
    /// holding the whole value (for a long article, a second copy of its text) at once.
    static func serializedObject(_ members: [JSONMember], streaming streamed: [StreamedArray], pretty: Bool) -> [UInt8] {
        // Sized up front, from a first pass that makes and measures each element: making them twice
        // costs under 1% of a conversion, where joining streamed pieces or growing the buffer by
        // doubling would hold the output twice (a 10 MB page: 177 MB against 212 MB).
        let inner = pretty ? 1 : nil, innermost = pretty ? 2 : nil
        var estimate = 64
        for member in members where !streamed.contains(where: { $0.key == member.key }) {
            estimate += member.key.utf8.count + 8 + member.value.sizeEstimate(indent: inner)
        }
        for array in streamed {
            for i in 0..<array.count { estimate += array.element(i).sizeEstimate(indent: innermost) + 2 }
        }
        var out: [UInt8] = []
        out.reserveCapacity(estimate + estimate / 32 + 64)
        writeObject(members, streaming: streamed.map(\.member), indent: pretty ? 0 : nil, into: &out) { _ in }
        if pretty { out.append(0x0A) }
        return out
    }

    /// Writes the same bytes as serialising the object whose members are `members`, those named
    /// in `streamed` written by their own code, to `sink` about a megabyte at a time, holding no
    /// more than that and what a streamed member holds at once.
    static func streamObject(_ members: [JSONMember], streaming streamed: [StreamedMember], pretty: Bool,
                             to sink: (ArraySlice<UInt8>) -> Void) {
        Chunks.write(to: sink) { out, written in
            writeObject(members, streaming: streamed, indent: pretty ? 0 : nil, into: &out, written: written)
            if pretty { out.append(0x0A) }
        }
    }

    /// The object, written into `out` at `indent`; `written` is called after each member and
    /// within streamed members (it may take the bytes so far out of `out`).
    static func writeObject(_ members: [JSONMember], streaming streamed: [StreamedMember], indent: Int?,
                            into out: inout [UInt8], written: (inout [UInt8]) -> Void) {
        let inner = indent.map { $0 + 1 }
        out.append(0x7B)
        for (i, member) in members.enumerated() {
            if i > 0 { out.append(0x2C) }
            newline(&out, inner)
            escape(member.key, into: &out)
            out.append(0x3A)
            if indent != nil { out.append(0x20) }
            if let streamedMember = streamed.first(where: { $0.key == member.key }) {
                streamedMember.write(&out, inner, written)
            } else {
                member.value.write(to: &out, indent: inner)
            }
            written(&out)
        }
        newline(&out, indent)
        out.append(0x7D)
    }

    /// Writes a string literal whose UTF-8 content comes in pieces from `produce` (each piece
    /// whole characters), calling `written` after each.
    static func writeString(into out: inout [UInt8], written: (inout [UInt8]) -> Void,
                            _ produce: ((ArraySlice<UInt8>) -> Void) -> Void) {
        out.append(0x22)
        withoutActuallyEscaping(written) { written in
            produce { piece in
                escapeContents(piece, into: &out)
                written(&out)
            }
        }
        out.append(0x22)
    }

    func write(to out: inout [UInt8], indent: Int?) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d):
            let text = d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "null"
            out.append(contentsOf: text.utf8)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += [0x5B, 0x5D]; return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                item.write(to: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty { out += [0x7B, 0x7D]; return }
            out.append(0x7B)
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                JSONValue.escape(member.key, into: &out)
                out.append(0x3A)
                if indent != nil { out.append(0x20) }
                member.value.write(to: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append(0x7D)
        }
    }

    /// The serialised size, give or take escapes.
    private func sizeEstimate(indent: Int?) -> Int {
        let newline = indent.map { 1 + 2 * ($0 + 1) } ?? 0
        switch self {
        case .null, .bool: return 5
        case .int, .double: return 20
        case .string(let s): return s.utf8.count + 2
        case .array(let items):
            return items.reduce(2 + newline) { $0 + $1.sizeEstimate(indent: indent.map { $0 + 1 }) + 1 + newline }
        case .object(let members):
            return members.reduce(2 + newline) {
                $0 + $1.key.utf8.count + 4 + $1.value.sizeEstimate(indent: indent.map { $0 + 1 }) + 1 + newline
            }
        }
    }

    static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(0x0A)
        var count = indent * 2
        while count > 0 {
            let n = min(count, spaces.count)
            out.append(contentsOf: spaces[0..<n])
            count -= n
        }
    }

    static let spaces = [UInt8](repeating: 0x20, count: 128)

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `s` as a JSON string literal (RFC 8259), leaving non-ASCII text as UTF-8 (but
    /// escaping U+2028 and U+2029, which JavaScript does not accept raw).
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escape: copied whole.
        let needsEscape: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
        let clean = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if bytes.contains(where: needsEscape) { return false }
            out.append(contentsOf: bytes)
            return true
        } ?? false
        if clean {
            out.append(0x22)
            return
        }
        escapeContents(Array(s.utf8)[...], into: &out)
        out.append(0x22)
    }

    /// Writes UTF-8 text escaped as the inside of a JSON string literal (no quotes around it).
    static func escapeContents(_ utf8: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var index = utf8.startIndex
        var runStart = index
        func flush(_ end: Int) {
            if end > runStart { out.append(contentsOf: utf8[runStart..<end]) }
        }
        while index < utf8.endIndex {
            let b = utf8[index]
            var escaped: [UInt8]?
            var length = 1
            switch b {
            case 0x22: escaped = [0x5C, 0x22]
            case 0x5C: escaped = [0x5C, 0x5C]
            case 0x0A: escaped = [0x5C, 0x6E]
            case 0x0D: escaped = [0x5C, 0x72]
            case 0x09: escaped = [0x5C, 0x74]
            case 0x08: escaped = [0x5C, 0x62]
            case 0x0C: escaped = [0x5C, 0x66]
            case 0x00..<0x20:
                escaped = [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)]]
            case 0xE2 where index + 2 < utf8.endIndex && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escaped = Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                length = 3
            default: break
            }
            if let escaped {
                flush(index)
                out.append(contentsOf: escaped)
                index += length
                runStart = index
            } else {
                index += 1
            }
        }
        flush(utf8.endIndex)
    }

    /// Writes `s` as a JSON string literal into a `String` (for callers that build text).
    static func escape(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        escape(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}

/// A key and its value in a ``JSONValue/object(_:)``.
public struct JSONMember: Sendable, Equatable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSONValue

    /// Creates a member.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
