import Foundation
import LibXML
import Testing
@testable import NewsConv

@Suite struct AtomicFileTests {
    @Test func piecesLandInOrderAndWholeFilesOnly() throws {
        let directory = try TestSupport.temporaryDirectory("atomic")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.json").path
        try AtomicFile.write(Array("old".utf8), to: path)
        try AtomicFile.write(to: path) { sink in
            for piece in ["{", "\"a\":", " 1", "}"] { sink(Array(piece.utf8)[...]) }
            sink([][...])
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\": 1}")
        // A folder that does not exist: an error naming the file, and nothing left behind.
        let missing = directory.appendingPathComponent("no/such/out.json").path
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(to: missing) { $0(Array("x".utf8)[...]) } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.json"])
    }

    /// A producer that fails halfway (a writer that could not finish): its error comes out as it
    /// is, the old file stays whole, and no temporary file is left.
    @Test func aProducerThatFailsLeavesTheOldFile() throws {
        struct Halfway: Error {}
        let directory = try TestSupport.temporaryDirectory("atomic-fail")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.xml").path
        try AtomicFile.write(Array("old".utf8), to: path)
        #expect(throws: Halfway.self) {
            try AtomicFile.write(to: path, failure: { _ in Halfway() }) { (sink) throws(Halfway) -> Void in
                sink(Array("<newsItem>".utf8)[...])
                throw Halfway()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.xml"])
    }
}
