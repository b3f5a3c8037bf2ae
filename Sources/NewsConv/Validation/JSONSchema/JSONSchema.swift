import Foundation

/// A compiled set of JSON Schemas (draft 2020-12): a main schema and the schemas its `$ref`s reach,
/// checked when it is built — every keyword supported, every `$ref` target present, no `$ref` cycle.
///
/// Immutable once built: one instance serves many documents and threads.
public final class JSONSchema: @unchecked Sendable {
    /// Why a schema cannot be used.
    public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong.
        public let description: String
    }

    /// Keywords this validator applies.
    static let assertions: Set<String> = [
        "$ref", "type", "enum", "const", "required", "properties", "patternProperties", "additionalProperties",
        "unevaluatedProperties", "propertyNames", "minProperties", "maxProperties", "dependentRequired",
        "items", "prefixItems", "unevaluatedItems", "minItems", "maxItems", "uniqueItems", "allOf", "anyOf", "oneOf",
        "not", "if", "then", "else", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "format",
    ]

    /// Keywords that only annotate or organise a schema.
    static let annotations: Set<String> = [
        "$schema", "$id", "$defs", "definitions", "$comment", "title", "description", "default", "examples",
        "deprecated", "readOnly", "writeOnly", "contentMediaType", "contentEncoding", "$vocabulary",
    ]

    /// Keywords whose value is one schema, a map of schemas, or a list of schemas.
    static let schemaKeywords: Set<String> = ["additionalProperties", "unevaluatedProperties", "propertyNames", "items",
                                              "unevaluatedItems", "not", "if", "then", "else"]
    static let schemaMapKeywords: Set<String> = ["properties", "patternProperties", "$defs", "definitions"]
    static let schemaListKeywords: Set<String> = ["prefixItems", "allOf", "anyOf", "oneOf"]

    /// The schema resources by absolute URI (without fragment).
    let resources: [String: JSONValue]
    /// The main schema's URI.
    let mainURI: String
    /// Compiled patterns.
    let patterns: [String: NSRegularExpression]
    /// Where each `$ref` leads, by "base URI + space + reference".
    let refTargets: [String: Location]

    /// A place in a schema resource.
    struct Location: Hashable {
        var resource: String
        var pointer: JSONPointer
    }

    /// Builds the set from the main schema and any schemas it refers to.
    /// - Parameters:
    ///   - main: the schema documents validate against.
    ///   - uri: the main schema's URI when it declares no `$id` (its path, say).
    ///   - others: further schemas, found by their `$id` (or the given URI) when a `$ref` names them.
    public init(main: JSONValue, uri: String, others: [(uri: String, schema: JSONValue)] = []) throws(SchemaError) {
        var resources: [String: JSONValue] = [:]
        var refs: [(from: Location, ref: String, base: String, inPlace: Bool)] = []
        var patterns: [String: NSRegularExpression] = [:]
        var error: SchemaError?

        func register(_ schema: JSONValue, defaultURI: String) -> String {
            var base = Self.stripFragment(defaultURI)
            if case .object = schema, let id = schema["$id"]?.stringValue { base = Self.stripFragment(Self.resolve(id, against: base)) }
            if resources[base] == nil { resources[base] = schema }
            return base
        }

        // Walks a schema: keywords, nested resources, $refs, patterns.
        func walk(_ schema: JSONValue, resource: String, pointer: JSONPointer, base: String, inPlaceChain: Bool) {
            guard error == nil else { return }
            switch schema {
            case .bool: return
            case .object(let members):
                var base = base
                if let id = schema["$id"]?.stringValue {
                    base = Self.stripFragment(Self.resolve(id, against: base))
                    if resources[base] == nil { resources[base] = schema }
                }
                for member in members {
                    let key = member.key
                    let here = pointer.appending(key)
                    if !Self.assertions.contains(key) && !Self.annotations.contains(key) {
                        error = SchemaError(description: "the schema uses the keyword '\(key)' at \(resource)#\(here), which this validator does not support")
                        return
                    }
                    switch key {
                    case "$ref":
                        guard let ref = member.value.stringValue else {
                            error = SchemaError(description: "$ref at \(resource)#\(here) is not a string")
                            return
                        }
                        refs.append((Location(resource: resource, pointer: pointer), ref, base, inPlaceChain))
                    case "pattern":
                        guard let p = member.value.stringValue else { error = SchemaError(description: "pattern at \(resource)#\(here) is not a string"); return }
                        if patterns[p] == nil {
                            guard let regex = try? NSRegularExpression(pattern: p) else {
                                error = SchemaError(description: "the pattern '\(p)' at \(resource)#\(here) is not a valid regular expression")
                                return
                            }
                            patterns[p] = regex
                        }
                    case "patternProperties":
                        if case .object(let props) = member.value {
                            for prop in props where patterns[prop.key] == nil {
                                guard let regex = try? NSRegularExpression(pattern: prop.key) else {
                                    error = SchemaError(description: "the pattern '\(prop.key)' at \(resource)#\(here) is not a valid regular expression")
                                    return
                                }
                                patterns[prop.key] = regex
                            }
                        }
                    default: break
                    }
                    if Self.schemaKeywords.contains(key) {
                        let inPlace = ["not", "if", "then", "else"].contains(key)
                        walk(member.value, resource: resource, pointer: here, base: base, inPlaceChain: inPlace)
                    } else if Self.schemaMapKeywords.contains(key) {
                        guard case .object(let subs) = member.value else {
                            error = SchemaError(description: "\(key) at \(resource)#\(here) is not an object")
                            return
                        }
                        for sub in subs {
                            walk(sub.value, resource: resource, pointer: here.appending(sub.key), base: base, inPlaceChain: false)
                        }
                    } else if Self.schemaListKeywords.contains(key) {
                        guard case .array(let subs) = member.value else {
                            error = SchemaError(description: "\(key) at \(resource)#\(here) is not an array")
                            return
                        }
                        let inPlace = key != "prefixItems"
                        for (i, sub) in subs.enumerated() {
                            walk(sub, resource: resource, pointer: here.appending(String(i)), base: base, inPlaceChain: inPlace)
                        }
                    }
                }
            default:
                error = SchemaError(description: "the schema at \(resource)#\(pointer) is neither an object nor a boolean")
            }
        }

        let mainBase = register(main, defaultURI: uri)
        var roots: [(String, JSONValue)] = [(mainBase, main)]
        for other in others { roots.append((register(other.schema, defaultURI: other.uri), other.schema)) }
        for (base, schema) in roots { walk(schema, resource: base, pointer: JSONPointer(), base: base, inPlaceChain: true) }
        if let error { throw error }

        // Every $ref must reach something; refs that lead back to where they started without the
        // instance moving are a cycle.
        var edges: [Location: [Location]] = [:]
        var refTargets: [String: Location] = [:]
        for r in refs {
            let target = Self.resolve(r.ref, against: r.base)
            let (resource, fragment) = Self.split(target)
            guard let document = resources[resource] else {
                throw SchemaError(description: "$ref '\(r.ref)' at \(r.from.resource)#\(r.from.pointer) names a schema that is not loaded (\(resource))")
            }
            guard let pointer = JSONPointer(parsing: fragment) else {
                throw SchemaError(description: "$ref '\(r.ref)' at \(r.from.resource)#\(r.from.pointer) uses an anchor, which this validator does not support")
            }
            guard pointer.resolve(in: document) != nil else {
                throw SchemaError(description: "$ref '\(r.ref)' at \(r.from.resource)#\(r.from.pointer) points at nothing")
            }
            // A $ref applies to the same value as the schema around it: an edge of the in-place graph.
            edges[r.from, default: []].append(Location(resource: resource, pointer: pointer))
            refTargets[r.base + " " + r.ref] = Location(resource: resource, pointer: pointer)
        }
        // In-place cycle search over ref edges, following also the in-place sub-schemas of each target.
        func inPlaceChildren(_ location: Location) -> [Location] {
            var result = edges[location] ?? []
            guard let schema = location.pointer.resolve(in: resources[location.resource] ?? .null) else { return result }
            for key in ["allOf", "anyOf", "oneOf"] {
                if case .array(let subs)? = schema[key] {
                    for i in subs.indices { result.append(Location(resource: location.resource, pointer: location.pointer.appending(key).appending(String(i)))) }
                }
            }
            for key in ["not", "if", "then", "else"] where schema[key] != nil {
                result.append(Location(resource: location.resource, pointer: location.pointer.appending(key)))
            }
            return result
        }
        var state: [Location: Int] = [:]  // 1 visiting, 2 done
        func visit(_ location: Location, depth: Int) throws(SchemaError) {
            if state[location] == 2 { return }
            if state[location] == 1 || depth > 10_000 {
                throw SchemaError(description: "$ref cycle through \(location.resource)#\(location.pointer): validation would never end")
            }
            state[location] = 1
            for next in inPlaceChildren(location) { try visit(next, depth: depth + 1) }
            state[location] = 2
        }
        for r in refs { try visit(r.from, depth: 0) }

        self.resources = resources
        self.mainURI = mainBase
        self.patterns = patterns
        self.refTargets = refTargets
    }

    /// Loads a schema file, and the other schema files it refers to.
    public static func load(path: String, others: [String] = []) throws(SchemaError) -> JSONSchema {
        func read(_ p: String) throws(SchemaError) -> JSONValue {
            guard let data = FileManager.default.contents(atPath: p) else { throw SchemaError(description: "\(p): cannot read the schema") }
            do { return try JSONParser.parse([UInt8](data)) } catch {
                throw SchemaError(description: "\(p):\(error.line):\(error.column): the schema is not JSON: \(error.message)")
            }
        }
        let main = try read(path)
        var loaded: [(String, JSONValue)] = []
        for other in others { loaded.append(("file://" + absolute(other), try read(other))) }
        return try JSONSchema(main: main, uri: "file://" + absolute(path), others: loaded)
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    // MARK: URIs

    static func stripFragment(_ uri: String) -> String {
        if let hash = uri.firstIndex(of: "#") { return String(uri[..<hash]) }
        return uri
    }

    static func split(_ uri: String) -> (String, String) {
        guard let hash = uri.firstIndex(of: "#") else { return (uri, "") }
        return (String(uri[..<hash]), String(uri[uri.index(after: hash)...]))
    }

    /// Resolves a URI reference against a base (RFC 3986, the cases schemas use).
    static func resolve(_ reference: String, against base: String) -> String {
        if reference.hasPrefix("#") { return stripFragment(base) + reference }
        if let colon = reference.firstIndex(of: ":"), reference[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }) {
            return reference
        }
        let baseNoFragment = stripFragment(base)
        if reference.hasPrefix("/") {
            if let schemeEnd = baseNoFragment.range(of: "://") {
                let afterScheme = baseNoFragment[schemeEnd.upperBound...]
                let host = afterScheme.prefix { $0 != "/" }
                return String(baseNoFragment[..<schemeEnd.upperBound]) + host + reference
            }
            return reference
        }
        if let slash = baseNoFragment.lastIndex(of: "/") { return String(baseNoFragment[...slash]) + reference }
        return reference
    }
}
