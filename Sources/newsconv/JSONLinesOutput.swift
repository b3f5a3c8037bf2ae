import Foundation
import NewsConv

/// JSON Lines to a file: written to a temporary file as they come, renamed into place at the end.
final class JSONLinesOutput: @unchecked Sendable {
    let path: String
    let temporary: String
    let handle: FileHandle

    init(path: String) throws(AtomicFile.Failure) {
        self.path = path
        let file = try AtomicFile.temporaryFile(for: path)
        temporary = file.path
        handle = FileHandle(fileDescriptor: file.descriptor, closeOnDealloc: true)
    }

    func write(_ bytes: [UInt8]) { handle.writeInChunks(bytes) }

    func commit() throws(AtomicFile.Failure) {
        defer { InFlightFiles.shared.remove(temporary) }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporary)
            throw AtomicFile.Failure(path: path, reason: "\(error)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw AtomicFile.Failure(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

extension FileHandle {
    /// Writes `bytes` a megabyte at a time: `Data(bytes)` of a whole large output would copy it,
    /// and that copy set the peak memory of converting a large page.
    func writeInChunks(_ bytes: [UInt8]) {
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + (1 << 20))
            write(Data(bytes[start..<end]))
            start = end
        }
    }
}
