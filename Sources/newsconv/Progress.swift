import Foundation

/// A progress line on standard error, when it is a terminal: done/total, rate, ETA, failures.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var done = 0
    private var failures = 0
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance(failed: Bool) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if failed { failures += 1 }
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        draw()
    }

    private func draw() {
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let eta = String(format: "%d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        let line = String(format: "\r[%@] %d/%d  %.1f files/s  ETA %@  failures %d", bar, done, total, rate, eta, failures)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func clearLine() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if enabled && done > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
