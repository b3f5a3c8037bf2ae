import Foundation

/// Reads an input file, or standard input for `-`.
public enum InputFiles {
    /// Why an input cannot be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The path, or `-`.
        public let origin: String
        /// What is wrong.
        public let reason: String
        public var description: String { "\(origin): cannot read input: \(reason)" }
    }

    /// The default largest input, 32 MiB: news pages are far smaller, and a bigger input would take
    /// more time and memory than a filter should (`--max-input-size` changes it).
    public static let defaultMaximumSize = 32 * 1024 * 1024

    static func describe(_ size: Int) -> String {
        size % (1024 * 1024) == 0 ? "\(size / (1024 * 1024)) MiB" : size % 1024 == 0 ? "\(size / 1024) KiB" : "\(size) bytes"
    }

    /// Reads `path` (or standard input for `-`), with its modification time. An input larger than
    /// `maximumSize` is refused without being read whole.
    public static func read(_ path: String, maximumSize: Int = defaultMaximumSize) -> Result<InputDocument, Failure> {
        let tooLarge = "larger than the \(describe(maximumSize)) limit (--max-input-size)"
        if path == "-" {
            var data = Data()
            while true {
                let chunk = FileHandle.standardInput.readData(ofLength: 1 << 20)
                if chunk.isEmpty { break }
                data.append(chunk)
                guard data.count <= maximumSize else { return .failure(Failure(origin: "-", reason: tooLarge)) }
            }
            return .success(InputDocument(bytes: [UInt8](data), origin: "-"))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(origin: path, reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(Failure(origin: path, reason: "it is a directory")) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? NSNumber, size.intValue > maximumSize {
            return .failure(Failure(origin: path, reason: tooLarge))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Failure(origin: path, reason: "permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            return .failure(Failure(origin: path, reason: "read error"))
        }
        guard data.count <= maximumSize else { return .failure(Failure(origin: path, reason: tooLarge)) }
        let modified = attributes?[.modificationDate] as? Date
        return .success(InputDocument(bytes: [UInt8](data), origin: path, modified: modified))
    }

}
