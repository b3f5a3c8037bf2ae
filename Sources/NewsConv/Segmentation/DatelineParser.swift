/// Finds a dateline at the start of a paragraph and splits it off.
///
/// Recognised shapes, each ending in a hyphen, en dash or em dash:
///
///     TTXVN - …                       agency alone
///     (TTXVN) - …   (Dân trí) - …     source in parentheses
///     Hà Nội (TTXVN) - …              place and source
///     HÀ NỘI, 13/1 (TTXVN) – …        place, date and source
///     WASHINGTON (Reuters) - …
///     LONDON, Jan 13 (AP) — …
///     HÀ NỘI, 29/11 – …               capitalised place (and date) alone
public enum DatelineParser {
    /// News agencies and publishers recognised without parentheses.
    static let agencies: Set<String> = [
        "TTXVN", "VNA", "AFP", "AP", "REUTERS", "UPI", "DPA", "XINHUA", "TASS", "KYODO", "YONHAP",
        "ANSA", "EFE", "BERNAMA", "ANTARA", "PTI", "IANS", "ANI", "BLOOMBERG", "CNN", "BBC", "RIA", "SPUTNIK",
        "VTV", "VOV", "VTC", "VTCNEWS", "VNEXPRESS", "TUỔI TRẺ", "THANH NIÊN", "DÂN TRÍ", "NLĐO", "PV",
    ]

    /// The dateline of `paragraph` and the paragraph's text after it, or nil.
    public static func parse(_ paragraph: String) -> (dateline: Dateline, rest: String)? {
        guard let (prefix, rest) = splitAtDash(paragraph) else { return nil }
        let head = prefix.trimmingWhitespace()
        guard !head.isEmpty, !rest.isEmpty else { return nil }

        var source: String?
        var beforeSource = Substring(head)
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inner = head[head.index(after: open)..<head.index(before: head.endIndex)].trimmingWhitespace()
            guard isSourceName(inner) else { return nil }
            source = String(inner)
            beforeSource = head[..<open].trimmingWhitespace()
        }
        var place: String?
        var date: String?
        var body = beforeSource
        while body.hasSuffix(",") { body = body.dropLast().trimmingWhitespace() }
        if !body.isEmpty {
            if let comma = body.lastIndex(of: ","), isDate(body[body.index(after: comma)...].trimmingWhitespace()) {
                date = String(body[body.index(after: comma)...].trimmingWhitespace())
                place = String(body[..<comma].trimmingWhitespace())
            } else if isDate(body) {
                date = String(body)
            } else {
                place = String(body)
            }
        }
        // A place is on one line: lines before it ("DALLA NOSTRA CORRISPONDENTE" over "NEW YORK")
        // say who writes from there.
        if let p = place, let newline = p.lastIndex(where: \.isNewline) {
            place = String(p[p.index(after: newline)...].trimmingWhitespace())
            if place?.isEmpty == true { place = nil }
        }
        if let candidate = place {
            if source == nil, agencies.contains(candidate.uppercased()) {
                // "TTXVN - …": the agency alone.
                source = candidate
                place = nil
            } else if !isPlace(candidate, strict: source == nil) {
                return nil
            }
        }
        if source == nil && place == nil { return nil }
        if source == nil, date == nil, place != nil, !isAllCaps(place!) { return nil }
        let dateline = Dateline(raw: String(head), place: place, date: date, source: source)
        return (dateline, rest)
    }

    /// Splits at the first ` - `, ` – `, ` — ` (or `)-`) within the first 90 characters.
    static func splitAtDash(_ text: String) -> (Substring, String)? {
        var index = text.startIndex
        var count = 0
        var previous: Character = " "
        while index < text.endIndex, count < 90 {
            let ch = text[index]
            if ch == "-" || ch == "–" || ch == "—" {
                let next = text.index(after: index)
                let followedBySpace = next < text.endIndex && text[next] == " "
                if (previous == " " || previous == ")") && (followedBySpace || ch != "-") {
                    let rest = text[next...].trimmingWhitespace()
                    return (text[..<index], String(rest))
                }
            }
            if ch == "." || ch == "!" || ch == "?" || ch == ";" || ch == ":" || ch == "\"" || ch == "“" {
                // Sentence punctuation before any dash: not a dateline (abbreviations such as
                // "Jan." and "TP." are allowed when a capital or digit precedes them).
                if ch == ".", previous.isLetter {
                    let word = text[..<index].split(separator: " ").last ?? ""
                    if word.count > 4 && !isAllCaps(String(word)) { return nil }
                } else {
                    return nil
                }
            }
            previous = ch
            index = text.index(after: index)
            count += 1
        }
        return nil
    }

    static func isSourceName(_ s: Substring) -> Bool {
        guard let first = s.first, first.isUppercase || first.isNumber else { return false }
        let words = s.split(separator: " ")
        return s.count <= 40 && words.count <= 5 && !s.contains(",")
    }

    /// Capitalised words, at most six, no digits: `Hà Nội`, `WASHINGTON`, `Thành phố Hồ Chí Minh`.
    static func isPlace(_ s: String, strict: Bool) -> Bool {
        guard let first = s.first, first.isUppercase, s.count <= 50 else { return false }
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count <= 6 else { return false }
        if s.contains(where: { $0.isNumber }) { return false }
        if strict { return isAllCaps(s) }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        return capitalised * 2 >= words.count
    }

    /// Every letter upper-case, and at least two letters.
    static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for ch in s where ch.isLetter {
            if !ch.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    static let months: [String] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// `13/1`, `13/1/2023`, `13-1`, `Jan 13`, `Jan. 13`, `13 January`, `ngày 13/1`, `13 tháng 1`.
    static func isDate(_ s: Substring) -> Bool {
        var text = s.lowercased()
        if text.hasPrefix("ngày ") { text.removeFirst(5) }
        if text.isEmpty || text.count > 24 { return false }
        let numeric = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if numeric.count >= 2, numeric.count <= 3, numeric.allSatisfy({ $0.allSatisfy(\.isNumber) && $0.count <= 4 }) {
            return true
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        if words.count == 3, words[1] == "tháng", words[0].allSatisfy(\.isNumber), words[2].allSatisfy(\.isNumber) {
            return true
        }
        guard words.count >= 2, words.count <= 3 else { return false }
        let cleaned = words.map { $0.hasSuffix(".") ? $0.dropLast() : $0[...] }
        let hasMonth = cleaned.contains { months.contains(String($0)) }
        let hasDay = cleaned.contains { $0.allSatisfy(\.isNumber) && !$0.isEmpty }
        return hasMonth && hasDay
    }
}
