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

    /// The character an HTML named entity stands for (`aacute` gives `á`), from libxml2's table
    /// of HTML 4 entities; nil for a name it does not know.
    public static func htmlEntity(named name: String) -> String? {
        guard !name.isEmpty, name.utf8.count < 32 else { return nil }
        initialize()
        let bytes = Array(name.utf8) + [0]
        let value: UInt32? = bytes.withUnsafeBufferPointer { htmlEntityLookup($0.baseAddress)?.pointee.value }
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
