import Foundation
import LibXML

/// The schemas a process validates against, each compiled once and shared across files and threads.
///
/// NewsML-G2: the XSD the user names (IPTC's 2.35 XSD, say), else newsconv's own profile from
/// `schemas/`, carried in the binary. JSON: newsconv's own schema, carried in the binary; ninjs: the IPTC
/// schema files the user names (with the GeoJSON schema they refer to).
public final class SchemaCatalog: @unchecked Sendable {
    /// Why a schema cannot be used.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    private let lock = NSLock()
    private var xsd: XMLSchema?
    private var json: [DocumentKind: JSONSchema] = [:]
    /// Schema files the user named (`.xsd` and `.json`), and folders of them.
    public let userSchemas: [String]

    /// A catalog using the schema files or folders in `paths` (and in `NEWSCONV_SCHEMAS`, a
    /// colon-separated list), and the bundled schemas for the rest.
    public init(paths: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment) {
        var all = paths
        if let env = environment["NEWSCONV_SCHEMAS"], !env.isEmpty {
            all += env.split(separator: ":").map(String.init)
        }
        var files: [String] = []
        for path in all {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".xsd") || $0.hasSuffix(".json") }.sorted().map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        userSchemas = files
    }

    /// The shared catalog of the process, from `NEWSCONV_SCHEMAS` only.
    public static let shared = SchemaCatalog()

    /// Compiles the bundled NewsML-G2 profile: libxml2 resolves its import by path, so the bundled
    /// files go to a private temporary folder for the time of the compilation.
    private static func compileBundledProfile() throws(Failure) -> XMLSchema {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsconv-schemas-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for file in BundledSchemas.files { try Data(file.content.utf8).write(to: dir.appendingPathComponent(file.name)) }
        } catch {
            throw Failure(description: "cannot write the bundled schemas to \(dir.path): \(error.localizedDescription)")
        }
        do {
            return try XMLSchema(path: dir.appendingPathComponent("newsml-g2-profile.xsd").path)
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// The NewsML-G2 XSD: the user's, else the bundled profile.
    public func newsMLSchema() throws(Failure) -> XMLSchema {
        lock.lock()
        defer { lock.unlock() }
        if let xsd { return xsd }
        let compiled: XMLSchema
        if let user = userSchemas.first(where: { $0.hasSuffix(".xsd") }) {
            do { compiled = try XMLSchema(path: user) } catch { throw Failure(description: error.description) }
        } else {
            compiled = try Self.compileBundledProfile()
        }
        xsd = compiled
        return compiled
    }

    /// Whether the NewsML-G2 schema in use is the bundled profile (which covers newsItem only).
    public var usesBundledNewsMLProfile: Bool { !userSchemas.contains { $0.hasSuffix(".xsd") } }

    /// The JSON Schema for `kind` (native JSON, ninjs 3.x or 2.x).
    public func jsonSchema(for kind: DocumentKind) throws(Failure) -> JSONSchema {
        lock.lock()
        defer { lock.unlock() }
        if let cached = json[kind] { return cached }
        let compiled: JSONSchema
        do {
            switch kind {
            case .json:
                if let user = try userJSONSchema(matching: { $0.contains("newsconv-article") }) {
                    compiled = user
                } else {
                    let content = BundledSchemas.files.first { $0.name == "newsconv-article.schema.json" }!.content
                    compiled = try JSONSchema(main: try JSONParser.parse(Array(content.utf8)), uri: "newsconv-article.schema.json")
                }
            case .ninjs3, .ninjs2:
                let marker = kind == .ninjs3 ? "ninjs-schema_3" : "ninjs-schema_2"
                guard let user = try userJSONSchema(matching: { $0.contains(marker) }) else {
                    throw Failure(description: "no \(kind == .ninjs3 ? "ninjs 3.x" : "ninjs 2.x") schema: name IPTC's schema file (and the GeoJSON schema it refers to) with --schema or NEWSCONV_SCHEMAS")
                }
                compiled = user
            default:
                throw Failure(description: "\(kind.rawValue) is not JSON")
            }
        } catch let error as Failure {
            throw error
        } catch let error as JSONSchema.SchemaError {
            throw Failure(description: error.description)
        } catch let error as JSONParser.Failure {
            throw Failure(description: "a bundled schema is not JSON: \(error)")
        } catch {
            throw Failure(description: "\(error)")
        }
        json[kind] = compiled
        return compiled
    }

    /// The user's JSON schema whose `$id` or file name matches, compiled with all the user's other
    /// JSON schemas available to its `$ref`s.
    private func userJSONSchema(matching test: (String) -> Bool) throws -> JSONSchema? {
        let jsonFiles = userSchemas.filter { $0.hasSuffix(".json") }
        var parsed: [(path: String, value: JSONValue)] = []
        for path in jsonFiles {
            guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "\(path): cannot read the schema") }
            do {
                parsed.append((path, try JSONParser.parse([UInt8](data))))
            } catch {
                throw Failure(description: "\(path):\(error.line):\(error.column): the schema is not JSON: \(error.message)")
            }
        }
        guard let main = parsed.first(where: { test(($0.value["$id"]?.stringValue ?? "") + " " + $0.path) }) else { return nil }
        let others = parsed.filter { $0.path != main.path }.map { (uri: "file://" + JSONSchema.absolute($0.path), schema: $0.value) }
        return try JSONSchema(main: main.value, uri: "file://" + JSONSchema.absolute(main.path), others: others)
    }
}
