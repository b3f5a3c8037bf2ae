import Foundation

/// Resolves the dateline's day (`13/1`, `Jan 13`, `13 tháng 1`) to a calendar date, taking the year
/// from the document's own date (its publication date). Without one, or when the day is ambiguous,
/// the dateline stays text: the year is never guessed.
public struct DateResolver: Transform {
    /// Creates the transform.
    public init() {}

    /// Sets ``ArticleDates/dateline`` when the dateline's day can be resolved.
    public func run(_ article: Article) throws(TransformError) -> Article {
        guard article.dates.dateline == nil, let text = article.dateline?.date else { return article }
        var copy = article
        let reference = article.dates.published.flatMap(ISODate.parse)
        copy.dates.dateline = Self.resolve(text, language: article.language, reference: reference)
        return copy
    }

    static let monthNames: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// `YYYY-MM-DD`, or nil.
    /// - Parameters:
    ///   - language: numeric dates are day/month except in English, where only an unambiguous
    ///     day (over 12) is read.
    ///   - reference: the document's date and the offset it was written in; it gives the year.
    static func resolve(_ text: String, language: String?, reference: (date: Date, offsetSeconds: Int)?) -> String? {
        var lower = text.lowercased()
        if lower.hasPrefix("ngày ") { lower.removeFirst(5) }
        var day: Int?, month: Int?, year: Int?
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        let numeric = lower.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if numeric.count >= 2, numeric.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            let a = Int(numeric[0]) ?? 0, b = Int(numeric[1]) ?? 0
            if numeric.count == 3 { year = Int(numeric[2]).map { $0 < 100 ? 2000 + $0 : $0 } }
            if language?.hasPrefix("en") == true {
                if a > 12 && b <= 12 { (day, month) = (a, b) } else if b > 12 && a <= 12 { (day, month) = (b, a) } else { return nil }
            } else {
                (day, month) = (a, b)
            }
        } else if words.count == 3, words[1] == "tháng" {
            day = Int(words[0]); month = Int(words[2])
        } else {
            for w in words {
                if let m = monthNames[String(w)] { month = m } else if let n = Int(w) { if n > 31 { year = n } else { day = n } }
            }
        }
        guard let d = day, let m = month, (1...12).contains(m), (1...31).contains(d) else { return nil }
        if year == nil, let reference {
            let local = Int(reference.date.timeIntervalSince1970.rounded(.down)) + reference.offsetSeconds
            let (refYear, refMonth, _) = CivilDate.date(days: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
            // A dateline from late December on a story published in early January belongs to the year before.
            year = m > refMonth + 1 ? refYear - 1 : refYear
        }
        guard let y = year else { return nil }
        guard CivilDate.isValid(year: y, month: m, day: d) else { return nil }
        return CivilDate.padded(y, 4) + "-" + CivilDate.padded(m, 2) + "-" + CivilDate.padded(d, 2)
    }
}
