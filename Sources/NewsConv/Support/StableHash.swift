/// A 128-bit content hash (two FNV-1a 64 passes with different offsets), for identifiers that
/// must stay the same for the same input. Not for security.
enum StableHash {
    static func hex(_ text: String) -> String {
        var a: UInt64 = 0xcbf29ce484222325
        var b: UInt64 = 0x84222325cbf29ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte ^ 0x5a)) &* 0x100000001b3
        }
        func pad(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return pad(a) + pad(b)
    }

    /// `urn:newsconv:<hash>` of the article's text: the same story always gets the same id.
    static func articleURN(_ article: Article) -> String {
        let content = [article.title, article.lead ?? "", article.bodyText].joined(separator: "\n")
        return "urn:newsconv:" + hex(content)
    }
}
