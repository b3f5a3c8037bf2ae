import Foundation

/// ISO 8601 date-times with an explicit `±hh:mm` offset, as NewsML-G2 and ninjs want them.
public enum ISODate {
    /// `date` in the given offset from UTC, e.g. `2023-01-13T09:30:00+07:00`.
    public static func format(_ date: Date, offsetSeconds: Int = 0) -> String {
        let local = Int((date.timeIntervalSince1970).rounded(.down)) + offsetSeconds
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        let (year, month, day) = CivilDate.date(days: days)
        let sign = offsetSeconds < 0 ? "-" : "+"
        let off = abs(offsetSeconds)
        let p = CivilDate.padded
        return p(year, 4) + "-" + p(month, 2) + "-" + p(day, 2) + "T" + p(seconds / 3600, 2) + ":" + p(seconds % 3600 / 60, 2) + ":"
            + p(seconds % 60, 2) + sign + p(off / 3600, 2) + ":" + p(off % 3600 / 60, 2)
    }

    /// Parses `2023-01-13T09:30:00+07:00`, `…Z`, `…+0700`, fractional seconds, or a date alone
    /// (`2023-01-13`, taken as midnight UTC). Returns the instant and the offset it was written in.
    public static func parse(_ text: String) -> (date: Date, offsetSeconds: Int)? {
        let s = String(text.trimmingWhitespace())
        let scanner = Array(s.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scanner.count else { return nil }
            var v = 0
            for b in scanner[from..<from + count] {
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard let year = number(0, 4), scanner.count >= 10, scanner[4] == 45, let month = number(5, 2),
              scanner[7] == 45, let day = number(8, 2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var offset = 0
        var index = 10
        if index < scanner.count, scanner[index] == 84 || scanner[index] == 32 {  // T or space
            guard let h = number(index + 1, 2), scanner.count > index + 3, scanner[index + 3] == 58,
                  let m = number(index + 4, 2) else { return nil }
            hour = h
            minute = m
            index += 6
            if index < scanner.count, scanner[index] == 58, let sec = number(index + 1, 2) {
                second = sec
                index += 3
            }
            if index < scanner.count, scanner[index] == 46 || scanner[index] == 44 {
                index += 1
                while index < scanner.count, scanner[index] >= 48, scanner[index] <= 57 { index += 1 }
            }
            if index < scanner.count {
                let c = scanner[index]
                if c == 90 || c == 122 {
                    index += 1
                } else if c == 43 || c == 45 {
                    guard let oh = number(index + 1, 2) else { return nil }
                    var om = 0
                    if let m2 = number(index + 3, 2) { om = m2; index += 5 }
                    else if index + 3 < scanner.count, scanner[index + 3] == 58, let m2 = number(index + 4, 2) { om = m2; index += 6 }
                    else { index += 3 }
                    offset = (oh * 3600 + om * 60) * (c == 45 ? -1 : 1)
                }
            }
        }
        guard index == scanner.count else { return nil }
        guard CivilDate.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second <= 60,
              abs(offset) <= 18 * 3600 else { return nil }
        let seconds = CivilDate.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return (Date(timeIntervalSince1970: Double(seconds)), offset)
    }

    /// Normalises any accepted form to `yyyy-MM-ddTHH:mm:ss±hh:mm` in its own offset.
    public static func normalize(_ text: String) -> String? {
        parse(text).map { format($0.date, offsetSeconds: $0.offsetSeconds) }
    }
}
