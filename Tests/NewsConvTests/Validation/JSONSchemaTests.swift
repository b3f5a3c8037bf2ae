import Foundation
import Testing
@testable import NewsConv

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONParser.parse(Array(##"{"a": [1, -2.5e3, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}}"##.utf8))
        #expect(v["a"] == .array([.int(1), .double(-2500), .bool(true), .bool(false), .null, .string("x\né😀")]))
        #expect(v["b"] == .object([]))
    }

    @Test func errorsSayWhere() {
        #expect(throws: JSONParser.Failure(line: 2, column: 9, message: "expected ',' or '}' in an object")) {
            try JSONParser.parse(Array("{\"a\": 1,\n \"b\": 2 \"c\": 3}".utf8))
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("[1, 2".utf8)) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("{\"a\": 01}".utf8)) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("\"tab\there\"".utf8)) }
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(deep.utf8)) }
    }

    @Test func positionsOfPointers() throws {
        let text = Array("{\n  \"a\": [\n    1,\n    {\"b\": true}\n  ]\n}".utf8)
        #expect(JSONParser.position(of: JSONPointer(["a", "1", "b"]), in: text)! == (4, 11))
        #expect(JSONPointer(parsing: "#/a~1b/c~0d")?.tokens == ["a/b", "c~d"])
    }
}

@Suite struct JSONSchemaTests {
    func schema(_ text: String, others: [(String, String)] = []) throws -> JSONSchema {
        try JSONSchema(main: try JSONParser.parse(Array(text.utf8)), uri: "https://test.invalid/main.json",
                       others: try others.map { (uri: $0.0, schema: try JSONParser.parse(Array($0.1.utf8))) })
    }

    func errors(_ schema: JSONSchema, _ document: String, formats: Bool = false) throws -> [String] {
        schema.validate(try JSONParser.parse(Array(document.utf8)), checkFormats: formats).map(\.description)
    }

    @Test func typesEnumsAndConst() throws {
        let s = try schema(##"{"properties": {"a": {"type": "integer"}, "b": {"type": ["string", "null"]}, "c": {"enum": [1, "x"]}, "d": {"const": {"k": [1]}}}}"##)
        #expect(try errors(s, ##"{"a": 1.0, "b": null, "c": "x", "d": {"k": [1.0]}}"##).isEmpty)
        #expect(try errors(s, ##"{"a": 1.5}"##) == ["/a: 1.5 is not of type 'integer'"])
        #expect(try errors(s, ##"{"b": 3, "c": 2, "d": {"k": []}}"##).count == 3)
    }

    @Test func objects() throws {
        let s = try schema(##"{"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}, "patternProperties": {"^x-": true}, "additionalProperties": false, "minProperties": 1}"##)
        #expect(try errors(s, ##"{"id": "a", "x-extra": 1}"##).isEmpty)
        #expect(try errors(s, ##"{"other": 1}"##) == ["/: 'id' is a required property", "/: Additional properties are not allowed ('other' was unexpected)"])
    }

    @Test func unevaluatedPropertiesSeeThroughRefsAndApplicators() throws {
        let s = try schema(##"{"$ref": "#/$defs/base", "allOf": [{"properties": {"b": true}}], "anyOf": [{"properties": {"c": true}}, true], "unevaluatedProperties": false, "$defs": {"base": {"properties": {"a": {"type": "string"}}}}}"##)
        #expect(try errors(s, ##"{"a": "x", "b": 1, "c": 2}"##).isEmpty)
        #expect(try errors(s, ##"{"a": "x", "z": 1}"##) == ["/: Unevaluated properties are not allowed ('z' was unexpected)"])
    }

    @Test func arrays() throws {
        let s = try schema(##"{"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}, "minItems": 2, "maxItems": 3, "uniqueItems": true}"##)
        #expect(try errors(s, ##"["a", 1, 2]"##).isEmpty)
        #expect(try errors(s, ##"["a"]"##).count == 1)
        #expect(try errors(s, ##"[1, 1, "x", 4]"##).count == 4)
    }

    @Test func combinators() throws {
        let s = try schema(##"{"oneOf": [{"type": "integer"}, {"minimum": 2}], "not": {"const": 7}, "anyOf": [{"type": "number"}, {"type": "string"}]}"##)
        #expect(try errors(s, "1").isEmpty)
        #expect(try errors(s, "3").count == 1, "valid under both oneOf branches")
        #expect(try errors(s, "7").count == 2)
        #expect(try errors(s, "1.5").count == 1, "valid under no oneOf branch")
    }

    @Test func numbersAndStrings() throws {
        let s = try schema(##"{"properties": {"n": {"minimum": 1, "maximum": 9, "exclusiveMaximum": 9, "multipleOf": 0.5}, "s": {"minLength": 2, "maxLength": 3, "pattern": "^[a-zệ]+$"}, "d": {"format": "date-time"}}}"##)
        #expect(try errors(s, ##"{"n": 4.5, "s": "ệệ", "d": "not a date"}"##).isEmpty, "format is an annotation unless asked")
        #expect(try errors(s, ##"{"d": "not a date"}"##, formats: true) == ["/d: \"not a date\" is not a 'date-time'"])
        #expect(try errors(s, ##"{"d": "2025-01-13T09:30:00+07:00"}"##, formats: true).isEmpty)
        // Lengths count code points: "e" + combining dot below + combining circumflex is three.
        #expect(try errors(s, "{\"s\": \"e\u{0323}\u{0302}e\"}").contains { $0.contains("too long") })
        #expect(try errors(s, ##"{"n": 9, "s": "A"}"##).count == 3)
    }

    @Test func refsAcrossSchemas() throws {
        let s = try schema(##"{"properties": {"geo": {"$ref": "https://geo.invalid/geo.json#"}}}"##,
                           others: [("https://geo.invalid/geo.json", ##"{"$id": "https://geo.invalid/geo.json", "required": ["type"]}"##)])
        #expect(try errors(s, ##"{"geo": {"type": "Point"}}"##).isEmpty)
        #expect(try errors(s, ##"{"geo": {}}"##) == ["/geo: 'type' is a required property"])
    }

    @Test func unusableSchemasAreRefused() {
        #expect(throws: JSONSchema.SchemaError.self) { try schema(##"{"contains": {"type": "string"}}"##) }
        #expect(throws: JSONSchema.SchemaError.self) { try schema(##"{"$ref": "#/$defs/missing"}"##) }
        #expect(throws: JSONSchema.SchemaError.self) { try schema(##"{"$ref": "https://elsewhere.invalid/s.json"}"##) }
        #expect(throws: JSONSchema.SchemaError.self) { try schema(##"{"$ref": "#"}"##) }
        #expect(throws: JSONSchema.SchemaError.self) { try schema(##"{"$defs": {"a": {"anyOf": [{"$ref": "#/$defs/b"}]}, "b": {"$ref": "#/$defs/a"}}}"##) }
        #expect(throws: JSONSchema.SchemaError.self) { try schema(##"{"pattern": "(unclosed"}"##) }
        // Recursion through properties consumes the document: not a cycle.
        #expect(throws: Never.self) { try schema(##"{"$defs": {"n": {"properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"}"##) }
    }

    @Test func theNativeSchemaAcceptsWhatTheWriterWrites() throws {
        let catalog = SchemaCatalog(paths: [], environment: [:])
        let s = try catalog.jsonSchema(for: .json)
        let article = WriterTests.hostile
        let json = try JSONArticleWriter().run(article)
        #expect(s.validate(try JSONParser.parse(json)).isEmpty)
        var broken = try JSONParser.parse(json)
        if case .object(var members) = broken {
            members.removeAll { $0.key == "title" }
            broken = .object(members)
        }
        #expect(s.validate(broken).map(\.message) == ["'title' is a required property"])
    }
}
