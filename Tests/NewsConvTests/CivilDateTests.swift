import Foundation
import Testing
@testable import NewsConv

@Suite struct CivilDateTests {
    /// Agrees with Foundation's Gregorian calendar from 1600 to 2400, a day every 37.
    @Test func agreesWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: -135_000, through: 157_000, by: 37) {
            let date = Date(timeIntervalSince1970: Double(days) * 86_400)
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            let civil = CivilDate.date(days: days)
            #expect(civil.year == c.year && civil.month == c.month && civil.day == c.day, "\(days)")
            #expect(CivilDate.days(year: civil.year, month: civil.month, day: civil.day) == days)
        }
    }

    @Test func validity() {
        #expect(CivilDate.isValid(year: 2024, month: 2, day: 29))
        #expect(!CivilDate.isValid(year: 2023, month: 2, day: 29))
        #expect(!CivilDate.isValid(year: 1900, month: 2, day: 29))
        #expect(CivilDate.isValid(year: 2000, month: 2, day: 29))
        #expect(!CivilDate.isValid(year: 2025, month: 4, day: 31))
        #expect(!CivilDate.isValid(year: 2025, month: 13, day: 1))
    }

    @Test func isoDatesRoundTrip() throws {
        let parsed = try #require(ISODate.parse("2023-01-13T09:30:05+07:00"))
        #expect(parsed.offsetSeconds == 25_200)
        #expect(parsed.date.timeIntervalSince1970 == 1_673_577_005)
        #expect(ISODate.format(parsed.date, offsetSeconds: parsed.offsetSeconds) == "2023-01-13T09:30:05+07:00")
        #expect(ISODate.format(parsed.date) == "2023-01-13T02:30:05+00:00")
        #expect(ISODate.format(Date(timeIntervalSince1970: -1), offsetSeconds: -16_200) == "1969-12-31T19:29:59-04:30")
        #expect(ISODate.normalize("2024-02-29") == "2024-02-29T00:00:00+00:00")
        #expect(ISODate.normalize("2024-12-31T23:59:59.75Z") == "2024-12-31T23:59:59+00:00")
        #expect(ISODate.parse("2023-02-31") == nil)
        #expect(ISODate.parse("2023-01-13T25:00:00Z") == nil)
    }
}
