import Foundation
import Testing
@testable import NewsConv

/// Every input the fuzzer found breaking an invariant (Fixtures/fuzz/) stays fixed.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    static let findings: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreFindingsToReplay() {
        #expect(!Self.findings.isEmpty)
    }

    @Test(arguments: findings)
    func findingHoldsItsInvariants(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        #expect(ConversionInvariants.check(bytes) == [], "\(name)")
    }
}
