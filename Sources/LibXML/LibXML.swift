import CLibXML2

/// Process-wide libxml2 set-up. Every entry point of this module calls ``LibXML/initialize()``
/// first; calling it again is free.
public enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        // Load schema imports only, never from the network; refuse DTDs and external entities.
        newsconv_install_entity_loader()
        // Some messages (encoding errors) go through the generic handler: keep them off stderr.
        newsconv_silence_generic_errors()
        return true
    }()

    /// Initialises libxml2 once per process.
    public static func initialize() {
        _ = initialized
    }

    /// The libxml2 version newsconv was built against, e.g. `2.9.14`.
    public static var version: String {
        String(cString: newsconv_libxml_version())
    }
}
