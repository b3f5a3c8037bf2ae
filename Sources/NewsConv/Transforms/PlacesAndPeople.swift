/// Names the places and people an article's dateline and byline give: the dateline's place
/// (`HÀ NỘI` becomes `Hà Nội`) and the byline's authors.
public struct PlacesAndPeople: Transform {
    /// Creates the transform.
    public init() {}

    /// Fills ``Article/places`` and ``Article/people`` when they are empty.
    public func run(_ article: Article) throws(TransformError) -> Article {
        var copy = article
        if copy.places.isEmpty, let place = article.dateline?.place {
            copy.places = [Self.displayName(place)]
        }
        if copy.people.isEmpty {
            copy.people = article.authors.filter { $0.split(separator: " ").count >= 2 || $0.first?.isUppercase == true }
        }
        return copy
    }

    /// Abbreviations that stay in capitals.
    static let abbreviations: Set<String> = ["TP", "TX", "UK", "US", "USA", "UAE", "EU", "UN", "DC", "NY", "HK", "DRC", "PNG"]

    /// A place name as it is written in running text: `HÀ NỘI` gives `Hà Nội`, `NEW YORK` gives
    /// `New York`; abbreviations (`TP`, `UK`) and names already in mixed case stay as they are.
    public static func displayName(_ place: String) -> String {
        guard DatelineParser.isAllCaps(place) else { return place }
        return place.split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            if abbreviations.contains(String(word)) { return String(word) }
            if word.contains(".") { return String(word) }
            let lower = word.lowercased()
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
