import Foundation
import LibXML
import Testing
@testable import NewsConv

/// The reader and the segmenter can take what they are given and let it go early (a large page's
/// bytes once parsed, its tree's blocks once read, its blocks once segmented): the results must
/// be those of the ordinary, borrowing paths.
@Suite struct TakingInputTests {
    static let pages: [URL] = {
        let dir = TestSupport.examples.appendingPathComponent("html")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().map { dir.appendingPathComponent($0) }
    }()

    @Test func thereArePagesToCheck() {
        #expect(Self.pages.count >= 12)
    }

    @Test(arguments: pages) func freeingBlocksAsTheyAreReadChangesNothing(_ url: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: url))
        func content(freeing: Bool) throws -> PageContent {
            let (encoding, body) = HTMLEncoding.detect(bytes)
            let document = try HTMLDocument(bytes: body, encoding: encoding)
            let root = try #require(document.root)
            return HTMLReader.content(of: root, maximumDepth: HTMLReader.defaultMaximumDepth, freeingBlocksRead: freeing)
        }
        let kept = try content(freeing: false), freed = try content(freeing: true)
        #expect(kept == freed)
        #expect(!kept.blocks.isEmpty)
    }

    @Test(arguments: pages) func takingTheInputGivesTheSameArticle(_ url: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: url))
        let input = InputDocument(bytes: bytes, origin: url.lastPathComponent)
        let borrowed = try HTMLReader().run(input)

        var taken = input
        let source = try HTMLReader().run(taking: &taken)
        #expect(taken.bytes.isEmpty, "the reader took the bytes")
        #expect(source == borrowed)

        let article = try PageSegmenter().run(borrowed)
        var consumed = source
        #expect(try PageSegmenter().run(taking: &consumed) == article)
        #expect(consumed.content == .plainText(""), "the segmenter took the page")

        // What the converter does: hand over the only copy of the bytes.
        var document = input
        let converted = try Converter(transforms: []).article(from: document.takingBytes())
        #expect(document.bytes.isEmpty)
        #expect(converted == article)
    }

    @Test func utf8IsReadAsUTF8WhateverTheMetaSays() throws {
        // The bytes are UTF-8; the page claims Latin-1. Given UTF-8, libxml2 ignores the claim.
        let page = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>“Bến Tre” – café</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: page, encoding: "UTF-8")
        let root = try #require(document.root)
        #expect(root.textContent.contains("“Bến Tre” – café"))
    }

    @Test func aLargePageParsesWhole() throws {
        // Several megabytes, with multi-byte characters and a long attribute throughout: the tree
        // holds every paragraph, and its text is intact.
        var html = "<html><head><meta charset=\"utf-8\"></head><body><article data-x=\"" + String(repeating: "é", count: 70_000) + "\">"
        for i in 0..<20_000 { html += "<p>Đoạn \(i): “trích dẫn” và chữ có dấu.</p>" }
        html += "</article></body></html>"
        let document = try HTMLDocument(bytes: Array(html.utf8), encoding: "UTF-8")
        let root = try #require(document.root)
        #expect(root.elementCount == 20_000 + 5)
        let text = root.textContent
        #expect(text.hasPrefix("Đoạn 0: “trích dẫn” và chữ có dấu."))
        #expect(text.hasSuffix("Đoạn 19999: “trích dẫn” và chữ có dấu."))
    }
}
