import Foundation
import Yams

/// Settings read from a YAML file, so that a newsroom sets its identity once. Command-line flags win
/// over it.
///
///     provider: Báo Ví Dụ
///     provider-uri: https://bao.example/
///     copyright-holder: Báo Ví Dụ
///     copyright-notice: © 2025 Báo Ví Dụ
///     language: vi
///     to: [newsml, json]
///     ninjs-version: "3.1"
///     front-matter: true
///     schemas: [/srv/iptc/NewsML-G2_2.35-spec-All-Power.xsd]
///     max-input-size: 32M
///     max-depth: 400
///
/// It is read from `--config FILE`, else `$NEWSCONV_CONFIG`, else
/// `$XDG_CONFIG_HOME/newsconv/config.yaml` (`~/.config/newsconv/config.yaml`) when that file exists.
public struct Configuration: Sendable, Equatable, Decodable {
    /// The provider's name.
    public var provider: String?
    /// The provider's URI.
    public var providerURI: String?
    /// The copyright holder.
    public var copyrightHolder: String?
    /// The copyright notice.
    public var copyrightNotice: String?
    /// The language to assume.
    public var language: String?
    /// Output formats.
    public var to: [String]?
    /// ninjs version.
    public var ninjsVersion: String?
    /// Markdown front matter.
    public var frontMatter: Bool?
    /// Schema files or folders for validation.
    public var schemas: [String]?
    /// A fixed date for reproducible output.
    public var fixedDate: String?
    /// The largest input (`32M`, `512K`, bytes).
    public var maxInputSize: String?
    /// The deepest HTML nesting read.
    public var maxDepth: Int?

    enum CodingKeys: String, CodingKey {
        case provider, language, to, schemas
        case providerURI = "provider-uri"
        case copyrightHolder = "copyright-holder"
        case copyrightNotice = "copyright-notice"
        case ninjsVersion = "ninjs-version"
        case frontMatter = "front-matter"
        case fixedDate = "fixed-date"
        case maxInputSize = "max-input-size"
        case maxDepth = "max-depth"
    }

    /// `32M`, `512K`, `1G` or a number of bytes.
    public static func size(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        if let last = t.last, let m = multipliers[last], let n = Int(t.dropLast()), n > 0 { return n * m }
        if let n = Int(t), n > 0 { return n }
        return nil
    }

    /// Empty settings.
    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        provider = try c.decodeIfPresent(String.self, forKey: .provider)
        providerURI = try c.decodeIfPresent(String.self, forKey: .providerURI)
        copyrightHolder = try c.decodeIfPresent(String.self, forKey: .copyrightHolder)
        copyrightNotice = try c.decodeIfPresent(String.self, forKey: .copyrightNotice)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        if let list = try? c.decodeIfPresent([String].self, forKey: .to) {
            to = list
        } else {
            to = try c.decodeIfPresent(String.self, forKey: .to).map { $0.split(separator: ",").map(String.init) }
        }
        ninjsVersion = try c.decodeIfPresent(String.self, forKey: .ninjsVersion)
        frontMatter = try c.decodeIfPresent(Bool.self, forKey: .frontMatter)
        schemas = try c.decodeIfPresent([String].self, forKey: .schemas)
        fixedDate = try c.decodeIfPresent(String.self, forKey: .fixedDate)
        if let n = try? c.decodeIfPresent(Int.self, forKey: .maxInputSize) {
            maxInputSize = String(n)
        } else {
            maxInputSize = try c.decodeIfPresent(String.self, forKey: .maxInputSize)
        }
        maxDepth = try c.decodeIfPresent(Int.self, forKey: .maxDepth)
    }

    /// Why the configuration cannot be used.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The configuration file in effect: `explicit`, else `NEWSCONV_CONFIG`, else the XDG location
    /// when it exists. Nil when there is none.
    public static func path(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit { return explicit }
        if let env = environment["NEWSCONV_CONFIG"], !env.isEmpty { return env }
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { $0 + "/.config" } ?? "")
        let candidate = base + "/newsconv/config.yaml"
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }

    /// Reads and checks a configuration file.
    public static func load(path: String) throws(Failure) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot read the configuration")
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return Configuration() }
        let config: Configuration
        do {
            config = try YAMLDecoder().decode(Configuration.self, from: text)
        } catch {
            let message = String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid"
            throw Failure(description: "\(path): not a valid configuration: \(message)")
        }
        if let language = config.language, !BCP47.isWellFormed(language) {
            throw Failure(description: "\(path): language '\(language)' is not a BCP 47 tag")
        }
        if let to = config.to, OutputFormat.list(to.joined(separator: ",")) == nil {
            throw Failure(description: "\(path): 'to' names an unknown format (\(to.joined(separator: ", ")))")
        }
        if let v = config.ninjsVersion, NinjsVersion(rawValue: v) == nil {
            throw Failure(description: "\(path): ninjs-version must be 3.1 or 2.2")
        }
        if let m = config.maxInputSize, size(m) == nil {
            throw Failure(description: "\(path): max-input-size '\(m)' is not a size (such as 32M)")
        }
        if let d = config.maxDepth, d < 10 {
            throw Failure(description: "\(path): max-depth must be 10 or more")
        }
        if let d = config.fixedDate, ISODate.parse(d) == nil {
            throw Failure(description: "\(path): fixed-date '\(d)' is not an ISO 8601 date")
        }
        return config
    }
}
