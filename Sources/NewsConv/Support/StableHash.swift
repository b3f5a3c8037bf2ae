/// A 128-bit content hash (two FNV-1a 64 passes with different offsets), for identifiers that
/// must stay the same for the same input. Not for security.
struct StableHash {
    /// FNV-1a 64's starting value.
    static let fnvOffset: UInt64 = 0xcbf29ce484222325

    /// One step of FNV-1a 64: `h` with `byte` mixed in.
    @inline(__always) static func fnv1a(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x100000001b3
    }

    private var a = StableHash.fnvOffset
    private var b: UInt64 = 0x84222325cbf29ce4

    /// Adds `text`'s UTF-8 bytes: adding texts one after another gives the hash of their concatenation.
    mutating func add(_ text: String) {
        for byte in text.utf8 {
            a = Self.fnv1a(a, byte)
            b = Self.fnv1a(b, byte ^ 0x5a)
        }
    }

    /// The hash as 32 hexadecimal digits.
    var hex: String {
        func pad(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return pad(a) + pad(b)
    }

    /// The hash of `text`.
    static func hex(_ text: String) -> String {
        var hash = StableHash()
        hash.add(text)
        return hash.hex
    }

    /// `urn:newsconv:<hash>` of the article's text (title, lead and body text, one a line): the
    /// same story always gets the same id. Hashed piece by piece, without building the text.
    static func articleURN(_ article: Article) -> String {
        var hash = StableHash()
        hash.add(article.title)
        hash.add("\n")
        hash.add(article.lead ?? "")
        hash.add("\n")
        var first = true
        for section in article.sections {
            for block in section.blocks {
                if !first { hash.add("\n\n") }
                hash.add(block.plainText)
                first = false
            }
        }
        return "urn:newsconv:" + hash.hex
    }
}
