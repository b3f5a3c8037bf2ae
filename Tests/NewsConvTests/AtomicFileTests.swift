import Foundation
import LibXML
import Testing
@testable import NewsConv

@Suite struct AtomicFileTests {
    @Test func piecesLandInOrderAndWholeFilesOnly() throws {
        let directory = try TestSupport.temporaryDirectory("atomic")
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
}
