/// What a file to validate is.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    /// A NewsML-G2 newsItem.
    case newsml
    /// A NewsML-G2 newsMessage.
    case newsmlMessage = "newsml-message"
    /// IPTC ninjs 3.x.
    case ninjs3
    /// IPTC ninjs 2.x.
    case ninjs2
    /// newsconv's own JSON.
    case json
    /// Markdown (CommonMark with YAML front matter).
    case markdown

    /// Tells what `bytes` are, from their content (and the file name's extension for Markdown).
    public static func detect(_ bytes: [UInt8], name: String) -> DocumentKind? {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.endIndex else { return name.lowercased().hasSuffix(".md") ? .markdown : nil }
        let head = String(decoding: bytes[start..<min(bytes.endIndex, start + 4096)], as: UTF8.self)
        if bytes[start] == UInt8(ascii: "<") {
            if head.contains("<newsMessage") { return .newsmlMessage }
            if head.contains("<newsItem") { return .newsml }
            return nil
        }
        if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") {
            // The top-level keys, read from the start of the document (a whole parse is not needed).
            let sample = String(decoding: bytes[start..<min(bytes.endIndex, start + 65536)], as: UTF8.self)
            var keys = Set<String>()
            for key in ["schemaVersion", "sections", "versionCreated", "firstCreated", "contentCreated", "pubStatus", "altIds",
                        "copyrightHolder", "infoSources", "versioncreated", "firstcreated", "contentcreated", "pubstatus",
                        "altids", "copyrightholder", "infosources", "uri", "headlines", "bodies"] where sample.contains("\"\(key)\"") {
                keys.insert(key)
            }
            let members: [JSONMember] = {
                guard let range = sample.range(of: "\"standard\""),
                      let version = sample[range.upperBound...].range(of: "\"version\"") else { return [] }
                let rest = sample[version.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\"" }
                return [JSONMember("standard", .object([JSONMember("version", .string(String(rest.prefix { $0 != "\"" })))]))]
            }()
            if keys.contains("schemaVersion") && keys.contains("sections") { return .json }
            if case .object(let standard)? = members.first(where: { $0.key == "standard" })?.value,
               let version = standard.first(where: { $0.key == "version" })?.value.stringValue {
                if version.hasPrefix("3") { return .ninjs3 }
                if version.hasPrefix("2") { return .ninjs2 }
            }
            let camel: Set<String> = ["versionCreated", "firstCreated", "contentCreated", "pubStatus", "altIds", "copyrightHolder", "infoSources"]
            let lower: Set<String> = ["versioncreated", "firstcreated", "contentcreated", "pubstatus", "altids", "copyrightholder", "infosources"]
            if !keys.isDisjoint(with: camel) { return .ninjs3 }
            if !keys.isDisjoint(with: lower) { return .ninjs2 }
            if keys.contains("uri") { return .ninjs3 }
            return .json
        }
        return .markdown
    }
}
