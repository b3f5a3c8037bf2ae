import Foundation

/// A place where a JSON document breaks its schema.
public struct JSONSchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// Where, in the document.
    public var pointer: JSONPointer
    /// What is wrong.
    public var message: String
    /// The schema keyword that failed, as a pointer into the schema.
    public var keyword: String

    public var description: String { "\(pointer.description.isEmpty ? "/" : pointer.description): \(message)" }
}

extension JSONSchema {
    /// Validates `instance` against the main schema.
    /// - Parameter checkFormats: also assert `format: date-time` (RFC 3339); other formats annotate only.
    /// - Returns: every violation found; empty when the document is valid.
    public func validate(_ instance: JSONValue, checkFormats: Bool = false) -> [JSONSchemaViolation] {
        // Deep documents under recursive schemas recurse deeply: run on a thread with a large stack.
        final class Box: @unchecked Sendable { var errors: [JSONSchemaViolation] = [] }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            var evaluator = Evaluator(schema: self, checkFormats: checkFormats)
            let location = Location(resource: mainURI, pointer: JSONPointer())
            box.errors = evaluator.evaluate(instance, at: JSONPointer(), schemaAt: location, depth: 0).errors
            done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        done.wait()
        return box.errors
    }
}

/// What evaluating a schema against a value found: errors, and the annotations that
/// `unevaluatedProperties` and `unevaluatedItems` need.
struct EvaluationResult {
    var errors: [JSONSchemaViolation] = []
    var evaluatedProperties: Set<String> = []
    var evaluatedItems = 0
    var allItemsEvaluated = false

    var isValid: Bool { errors.isEmpty }

    mutating func merge(annotationsOf other: EvaluationResult) {
        evaluatedProperties.formUnion(other.evaluatedProperties)
        evaluatedItems = max(evaluatedItems, other.evaluatedItems)
        allItemsEvaluated = allItemsEvaluated || other.allItemsEvaluated
    }
}

struct Evaluator {
    let schema: JSONSchema
    let checkFormats: Bool
    /// Bounds the work on hostile schema and document pairs.
    var steps = 0
    static let maximumSteps = 5_000_000

    init(schema: JSONSchema, checkFormats: Bool) {
        self.schema = schema
        self.checkFormats = checkFormats
    }

    func describe(_ v: JSONValue) -> String {
        let text = v.serialized(pretty: false)
        return text.count > 60 ? String(text.prefix(57)) + "..." : text
    }

    static func typeName(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double(let d): return d == d.rounded() && abs(d) < 9e15 ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    static func matches(type: String, _ v: JSONValue) -> Bool {
        let actual = typeName(v)
        if type == actual { return true }
        return type == "number" && actual == "integer"
    }

    static func number(_ v: JSONValue) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// JSON equality: numbers compare by value, objects ignore member order.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = number(a), let y = number(b) { return x == y }
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            return x.allSatisfy { m in y.contains { $0.key == m.key && equal($0.value, m.value) } }
        default: return false
        }
    }

    /// - Parameter quick: only whether the value is valid matters (a branch of anyOf, oneOf, not,
    ///   if): messages are not built, and evaluation stops at the first error.
    mutating func evaluate(_ instance: JSONValue, at pointer: JSONPointer, schemaAt location: JSONSchema.Location, depth: Int,
                           quick: Bool = false) -> EvaluationResult {
        guard let node = location.pointer.resolve(in: schema.resources[location.resource] ?? .null) else {
            return EvaluationResult(errors: [JSONSchemaViolation(pointer: pointer, message: "schema location \(location.pointer) is missing", keyword: "$ref")])
        }
        return evaluate(instance, at: pointer, node: node, location: location, depth: depth, quick: quick)
    }

    mutating func evaluate(_ instance: JSONValue, at pointer: JSONPointer, node: JSONValue, location: JSONSchema.Location, depth: Int,
                           quick: Bool = false) -> EvaluationResult {
        var result = EvaluationResult()
        steps += 1
        if steps > Self.maximumSteps || depth > 2_000 {
            result.errors.append(JSONSchemaViolation(pointer: pointer, message: "validation stopped: the document and schema need too much work", keyword: ""))
            return result
        }
        func fail(_ message: @autoclosure () -> String, _ keyword: String) {
            if quick {
                result.errors.append(JSONSchemaViolation(pointer: pointer, message: "", keyword: keyword))
            } else {
                result.errors.append(JSONSchemaViolation(pointer: pointer, message: message(), keyword: location.pointer.appending(keyword).description))
            }
        }
        switch node {
        case .bool(let allowed):
            if !allowed { fail("\(describe(instance)) is not allowed here", "false") }
            return result
        case .object:
            break
        default:
            return result
        }
        // A schema with an $id starts a new resource: its $refs resolve against it.
        var location = location
        if let id = node["$id"]?.stringValue, !location.pointer.tokens.isEmpty {
            let uri = JSONSchema.stripFragment(JSONSchema.resolve(id, against: location.resource))
            if schema.resources[uri] != nil { location = JSONSchema.Location(resource: uri, pointer: JSONPointer()) }
        }
        func sub(_ key: String, _ index: String? = nil) -> JSONSchema.Location {
            var p = location.pointer.appending(key)
            if let index { p = p.appending(index) }
            return JSONSchema.Location(resource: location.resource, pointer: p)
        }

        if let ref = node["$ref"]?.stringValue {
            let target = schema.refTargets[location.resource + " " + ref] ?? {
                let (resource, fragment) = JSONSchema.split(JSONSchema.resolve(ref, against: location.resource))
                return JSONSchema.Location(resource: resource, pointer: JSONPointer(parsing: fragment) ?? JSONPointer())
            }()
            do {
                let r = evaluate(instance, at: pointer, schemaAt: target, depth: depth + 1, quick: quick)
                result.errors += r.errors
                // Kept even when the reference failed, so that unevaluatedProperties does not repeat
                // the failure as a list of "unexpected" properties (python's jsonschema does the same).
                result.merge(annotationsOf: r)
            }
        }

        // type, enum, const
        if let t = node["type"] {
            let names: [String]
            switch t {
            case .string(let s): names = [s]
            case .array(let items): names = items.compactMap(\.stringValue)
            default: names = []
            }
            if !names.isEmpty, !names.contains(where: { Self.matches(type: $0, instance) }) {
                fail("\(describe(instance)) is not of type \(names.map { "'\($0)'" }.joined(separator: ", "))", "type")
            }
        }
        if case .array(let options)? = node["enum"], !options.contains(where: { Self.equal($0, instance) }) {
            fail("\(describe(instance)) is not one of \(describe(.array(options)))", "enum")
        }
        if let c = node["const"], !Self.equal(c, instance) { fail("\(describe(c)) was expected", "const") }

        // numbers
        if let value = Self.number(instance) {
            if let m = node["minimum"].flatMap(Self.number), value < m { fail("\(describe(instance)) is less than the minimum of \(describe(node["minimum"]!))", "minimum") }
            if let m = node["maximum"].flatMap(Self.number), value > m { fail("\(describe(instance)) is greater than the maximum of \(describe(node["maximum"]!))", "maximum") }
            if let m = node["exclusiveMinimum"].flatMap(Self.number), value <= m { fail("\(describe(instance)) is less than or equal to the minimum of \(m)", "exclusiveMinimum") }
            if let m = node["exclusiveMaximum"].flatMap(Self.number), value >= m { fail("\(describe(instance)) is greater than or equal to the maximum of \(m)", "exclusiveMaximum") }
            if let m = node["multipleOf"].flatMap(Self.number), m > 0 {
                let q = value / m
                if q.isFinite, abs(q - q.rounded()) > 1e-9 { fail("\(describe(instance)) is not a multiple of \(m)", "multipleOf") }
            }
        }

        // strings
        if case .string(let s) = instance {
            let length = s.unicodeScalars.count
            if let m = node["minLength"].flatMap(Self.number), Double(length) < m { fail("\(describe(instance)) is too short", "minLength") }
            if let m = node["maxLength"].flatMap(Self.number), Double(length) > m { fail("\(describe(instance)) is too long", "maxLength") }
            if let p = node["pattern"]?.stringValue, let regex = schema.patterns[p] {
                let range = NSRange(s.startIndex..<s.endIndex, in: s)
                if regex.firstMatch(in: s, range: range) == nil { fail("\(describe(instance)) does not match '\(p)'", "pattern") }
            }
            if checkFormats, node["format"]?.stringValue == "date-time", !Self.isDateTime(s) {
                fail("\(describe(instance)) is not a 'date-time'", "format")
            }
        }

        // objects
        if case .object(let members) = instance {
            if case .array(let required)? = node["required"] {
                for name in required.compactMap(\.stringValue) where !members.contains(where: { $0.key == name }) {
                    fail("'\(name)' is a required property", "required")
                }
            }
            if let m = node["minProperties"].flatMap(Self.number), Double(members.count) < m { fail("\(describe(instance)) does not have enough properties", "minProperties") }
            if let m = node["maxProperties"].flatMap(Self.number), Double(members.count) > m { fail("\(describe(instance)) has too many properties", "maxProperties") }
            if case .object(let deps)? = node["dependentRequired"] {
                for dep in deps where members.contains(where: { $0.key == dep.key }) {
                    if case .array(let needed) = dep.value {
                        for name in needed.compactMap(\.stringValue) where !members.contains(where: { $0.key == name }) {
                            fail("'\(name)' is a dependency of '\(dep.key)'", "dependentRequired")
                        }
                    }
                }
            }
            var matched = Set<String>()
            if case .object(let props)? = node["properties"] {
                for member in members {
                    guard props.contains(where: { $0.key == member.key }) else { continue }
                    matched.insert(member.key)
                    let r = evaluate(member.value, at: pointer.appending(member.key), schemaAt: sub("properties", member.key), depth: depth + 1, quick: quick)
                    result.errors += r.errors
                }
            }
            if case .object(let patternProps)? = node["patternProperties"] {
                for member in members {
                    for prop in patternProps {
                        guard let regex = schema.patterns[prop.key] else { continue }
                        let key = member.key
                        if regex.firstMatch(in: key, range: NSRange(key.startIndex..<key.endIndex, in: key)) != nil {
                            matched.insert(key)
                            let r = evaluate(member.value, at: pointer.appending(key), schemaAt: sub("patternProperties", prop.key), depth: depth + 1, quick: quick)
                            result.errors += r.errors
                        }
                    }
                }
            }
            result.evaluatedProperties.formUnion(matched)
            if node["additionalProperties"] != nil {
                for member in members where !matched.contains(member.key) {
                    if case .bool(false)? = node["additionalProperties"] {
                        fail("Additional properties are not allowed ('\(member.key)' was unexpected)", "additionalProperties")
                    } else {
                        let r = evaluate(member.value, at: pointer.appending(member.key), schemaAt: sub("additionalProperties"), depth: depth + 1, quick: quick)
                        result.errors += r.errors
                    }
                    result.evaluatedProperties.insert(member.key)
                }
            }
            if node["propertyNames"] != nil {
                for member in members {
                    let r = evaluate(.string(member.key), at: pointer, schemaAt: sub("propertyNames"), depth: depth + 1, quick: quick)
                    result.errors += r.errors
                }
            }
        }

        // arrays
        if case .array(let items) = instance {
            if let m = node["minItems"].flatMap(Self.number), Double(items.count) < m { fail("\(describe(instance)) is too short", "minItems") }
            if let m = node["maxItems"].flatMap(Self.number), Double(items.count) > m { fail("\(describe(instance)) is too long", "maxItems") }
            if case .bool(true)? = node["uniqueItems"] {
                outer: for i in items.indices {
                    for j in items.indices where j > i && Self.equal(items[i], items[j]) {
                        fail("\(describe(instance)) has non-unique elements", "uniqueItems")
                        break outer
                    }
                }
            }
            var prefix = 0
            if case .array(let prefixSchemas)? = node["prefixItems"] {
                prefix = min(prefixSchemas.count, items.count)
                for i in 0..<prefix {
                    let r = evaluate(items[i], at: pointer.appending(String(i)), schemaAt: sub("prefixItems", String(i)), depth: depth + 1, quick: quick)
                    result.errors += r.errors
                }
                result.evaluatedItems = max(result.evaluatedItems, prefix)
            }
            if node["items"] != nil {
                for i in prefix..<items.count {
                    let r = evaluate(items[i], at: pointer.appending(String(i)), schemaAt: sub("items"), depth: depth + 1, quick: quick)
                    result.errors += r.errors
                }
                result.allItemsEvaluated = true
            }
        }

        // applicators in place
        if case .array(let subs)? = node["allOf"] {
            for i in subs.indices {
                let r = evaluate(instance, at: pointer, schemaAt: sub("allOf", String(i)), depth: depth + 1, quick: quick)
                result.errors += r.errors
                result.merge(annotationsOf: r)
            }
        }
        if case .array(let subs)? = node["anyOf"] {
            var any = false
            var collected: [JSONSchemaViolation] = []
            for i in subs.indices {
                let r = evaluate(instance, at: pointer, schemaAt: sub("anyOf", String(i)), depth: depth + 1, quick: true)
                if r.isValid { any = true; result.merge(annotationsOf: r) } else { collected += r.errors }
            }
            if !any { fail("\(describe(instance)) is not valid under any of the given schemas", "anyOf") }
            _ = collected
        }
        if case .array(let subs)? = node["oneOf"] {
            var valid: [EvaluationResult] = []
            for i in subs.indices {
                let r = evaluate(instance, at: pointer, schemaAt: sub("oneOf", String(i)), depth: depth + 1, quick: true)
                if r.isValid { valid.append(r) }
            }
            if valid.isEmpty {
                fail("\(describe(instance)) is not valid under any of the given schemas", "oneOf")
            } else if valid.count > 1 {
                fail("\(describe(instance)) is valid under each of \(valid.count) of the given schemas", "oneOf")
            } else {
                result.merge(annotationsOf: valid[0])
            }
        }
        if node["not"] != nil {
            let r = evaluate(instance, at: pointer, schemaAt: sub("not"), depth: depth + 1, quick: true)
            if r.isValid { fail("\(describe(instance)) should not be valid under the 'not' schema", "not") }
        }
        if node["if"] != nil {
            let condition = evaluate(instance, at: pointer, schemaAt: sub("if"), depth: depth + 1, quick: true)
            if condition.isValid {
                result.merge(annotationsOf: condition)
                if node["then"] != nil {
                    let r = evaluate(instance, at: pointer, schemaAt: sub("then"), depth: depth + 1, quick: quick)
                    result.errors += r.errors
                    if r.isValid { result.merge(annotationsOf: r) }
                }
            } else if node["else"] != nil {
                let r = evaluate(instance, at: pointer, schemaAt: sub("else"), depth: depth + 1, quick: quick)
                result.errors += r.errors
                if r.isValid { result.merge(annotationsOf: r) }
            }
        }

        // unevaluated*, after everything else in this schema object
        if node["unevaluatedProperties"] != nil, case .object(let members) = instance {
            for member in members where !result.evaluatedProperties.contains(member.key) {
                if case .bool(false)? = node["unevaluatedProperties"] {
                    fail("Unevaluated properties are not allowed ('\(member.key)' was unexpected)", "unevaluatedProperties")
                } else {
                    let r = evaluate(member.value, at: pointer.appending(member.key), schemaAt: sub("unevaluatedProperties"), depth: depth + 1, quick: quick)
                    result.errors += r.errors
                }
                result.evaluatedProperties.insert(member.key)
            }
        }
        if node["unevaluatedItems"] != nil, case .array(let items) = instance, !result.allItemsEvaluated {
            for i in result.evaluatedItems..<items.count {
                if case .bool(false)? = node["unevaluatedItems"] {
                    fail("Unevaluated items are not allowed", "unevaluatedItems")
                    break
                }
                let r = evaluate(items[i], at: pointer.appending(String(i)), schemaAt: sub("unevaluatedItems"), depth: depth + 1, quick: quick)
                result.errors += r.errors
            }
            result.allItemsEvaluated = true
        }
        return result
    }

    /// RFC 3339 `date-time`: `2025-01-13T09:30:00+07:00`, `…Z`, fractional seconds allowed.
    static func isDateTime(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for x in b[from..<from + count] { guard x >= 48 && x <= 57 else { return nil }; v = v * 10 + Int(x - 48) }
            return v
        }
        guard b.count >= 20, let _ = digits(0, 4), b[4] == 45, let month = digits(5, 2), b[7] == 45, let day = digits(8, 2),
              b[10] == 84 || b[10] == 116 || b[10] == 32, let h = digits(11, 2), b[13] == 58, let m = digits(14, 2), b[16] == 58,
              let sec = digits(17, 2) else { return false }
        guard (1...12).contains(month), (1...31).contains(day), h < 24, m < 60, sec <= 60 else { return false }
        var i = 19
        if i < b.count, b[i] == 46 {
            i += 1
            let start = i
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
            if i == start { return false }
        }
        guard i < b.count else { return false }
        if b[i] == 90 || b[i] == 122 { return i + 1 == b.count }
        guard b[i] == 43 || b[i] == 45, let oh = digits(i + 1, 2), i + 3 < b.count, b[i + 3] == 58, let om = digits(i + 4, 2) else { return false }
        return oh < 24 && om < 60 && i + 6 == b.count
    }
}

typealias Location = JSONSchema.Location
