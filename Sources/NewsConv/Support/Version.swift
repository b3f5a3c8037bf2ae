/// newsconv's version.
public enum Version {
    /// The version string, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
