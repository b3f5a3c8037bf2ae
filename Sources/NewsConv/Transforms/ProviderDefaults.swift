/// Fills what the input does not say from the user's settings: the provider (the source's name),
/// the copyright holder and notice, and the language.
public struct ProviderDefaults: Transform {
    /// The provider's name.
    public var provider: String?
    /// The copyright holder.
    public var copyrightHolder: String?
    /// The copyright notice.
    public var copyrightNotice: String?

    /// Creates the transform.
    public init(provider: String? = nil, copyrightHolder: String? = nil, copyrightNotice: String? = nil) {
        self.provider = provider
        self.copyrightHolder = copyrightHolder
        self.copyrightNotice = copyrightNotice
    }

    /// Sets the source's name and the copyright where the article has none.
    public func run(_ article: Article) throws(TransformError) -> Article {
        var copy = article
        if copy.source.name == nil { copy.source.name = provider }
        if copy.copyright.holder == nil { copy.copyright.holder = copyrightHolder }
        if copy.copyright.notice == nil { copy.copyright.notice = copyrightNotice }
        return copy
    }
}
