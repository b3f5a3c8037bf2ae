/// BCP 47 language tags.
public enum BCP47 {
    /// Whether `tag` is well-formed: a 2–3 letter (or 5–8 letter) primary subtag, then
    /// subtags of 1–8 letters or digits, separated by hyphens (`vi`, `en-GB`, `zh-Hant-TW`).
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count) || (5...8).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
