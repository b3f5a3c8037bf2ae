/// A dateline such as `HÀ NỘI, 13/1 (TTXVN) –` or `LONDON, Jan 13 (AP) —`.
public struct Dateline: Sendable, Equatable, Codable {
    /// The dateline as printed, without the dash that ends it: `HÀ NỘI, 13/1 (TTXVN)`.
    public var raw: String
    /// The place: `HÀ NỘI`, `WASHINGTON`.
    public var place: String?
    /// The date as printed: `13/1`, `Jan 13`.
    public var date: String?
    /// The agency or publisher: `TTXVN`, `Reuters`, `Dân trí`.
    public var source: String?

    /// Creates a dateline.
    public init(raw: String, place: String? = nil, date: String? = nil, source: String? = nil) {
        self.raw = raw
        self.place = place
        self.date = date
        self.source = source
    }
}
