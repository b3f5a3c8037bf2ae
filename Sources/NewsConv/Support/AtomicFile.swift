import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old file or the complete new one, never a part:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
/// file is renamed over the target.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The target path.
        public let path: String
        /// The system's reason.
        public let reason: String
        public var description: String { "\(path): cannot write output: \(reason)" }

        /// Creates the error.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// A temporary file beside `path` (same folder, so that `rename` is atomic), created with
    /// mkstemp and the usual permissions (0666 less the umask), and registered with
    /// ``InFlightFiles`` so that an interrupt removes it. Rename it into place or unlink it, then
    /// call `InFlightFiles.shared.remove`.
    public static func temporaryFile(for path: String) throws(Failure) -> (descriptor: Int32, path: String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure(path: path, reason: "it is a directory")
        }
        let folder = PathName.directory(of: path)
        let directory = folder.isEmpty ? "." : folder
        var template = Array((directory + "/." + PathName.lastComponent(of: path) + ".newsconv-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        InFlightFiles.shared.add(temporary)
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        return (fd, temporary)
    }

    /// Writes `bytes` to `path` atomically. On failure the target is untouched and no
    /// temporary file is left behind.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try write(to: path) { sink in sink(bytes[...]) }
    }

    /// Writes what `produce` gives its sink, in order, to `path` atomically: the pieces go to a
    /// temporary file as they come, which is renamed into place at the end. On failure the target
    /// is untouched and no temporary file is left behind.
    public static func write(to path: String, _ produce: ((ArraySlice<UInt8>) -> Void) -> Void) throws(Failure) {
        try withoutActuallyEscaping(produce) { (produce) throws(Failure) -> Void in
            let producing: ((ArraySlice<UInt8>) -> Void) throws(Failure) -> Void = produce
            try write(to: path, failure: { (failure: Failure) -> Failure in failure }, producing)
        }
    }

    /// Writes what `produce` gives its sink, as ``write(to:_:)`` does, where `produce` can fail:
    /// its error is thrown as it is, and a file error is made one by `failure`. On either, the
    /// target is untouched and no temporary file is left behind.
    public static func write<E: Error>(to path: String, failure: (Failure) -> E,
                                       _ produce: ((ArraySlice<UInt8>) -> Void) throws(E) -> Void) throws(E) {
        let fd: Int32, temporary: String
        do { (fd, temporary) = try temporaryFile(for: path) } catch { throw failure(error) }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
            InFlightFiles.shared.remove(temporary)
        }
        var reason: String?
        do {
            try produce { piece in
                guard reason == nil else { return }
                piece.withUnsafeBytes { raw in
                    var written = 0
                    while written < raw.count {
                        let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                        if n < 0 {
                            if errno == EINTR { continue }
                            reason = String(cString: strerror(errno))
                            return
                        }
                        written += n
                    }
                }
            }
        } catch {
            close(fd)
            throw error
        }
        if let reason {
            close(fd)
            throw failure(Failure(path: path, reason: reason))
        }
        if fsync(fd) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw failure(Failure(path: path, reason: reason))
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            throw failure(Failure(path: path, reason: String(cString: strerror(errno))))
        }
        ok = true
    }
}

/// Temporary files being written, so that an interrupted process removes them before it exits:
/// an interruption leaves neither a partial output nor a stray temporary file.
public final class InFlightFiles: @unchecked Sendable {
    /// The process's registry.
    public static let shared = InFlightFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Registers a temporary file to remove on an interrupt.
    public func add(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
    /// Forgets a temporary file (renamed into place, or removed).
    public func remove(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }

    /// Removes every temporary file still being written.
    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths.removeAll()
    }

    /// On SIGINT and SIGTERM: remove the temporary files, then exit with 128 + the signal.
    public func cleanUpOnSignals() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in
                removeAll()
                exit(128 + sig)
            }
            source.resume()
            lock.lock()
            signalSources.append(source)
            lock.unlock()
        }
    }
    private var signalSources: [DispatchSourceSignal] = []
}
