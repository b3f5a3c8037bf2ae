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

    /// The largest input read, 512 MiB: beyond it libxml2 and the segmenter would need
    /// more memory than a filter should take.
    public static let maximumSize = 512 * 1024 * 1024

    /// Reads `path` (or standard input for `-`), with its modification time.
    public static func read(_ path: String) -> Result<InputDocument, Failure> {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maximumSize else { return .failure(Failure(origin: "-", reason: "larger than 512 MiB")) }
            return .success(InputDocument(bytes: [UInt8](data), origin: "-"))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(origin: path, reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(Failure(origin: path, reason: "it is a directory")) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? NSNumber, size.intValue > maximumSize {
            return .failure(Failure(origin: path, reason: "larger than 512 MiB"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Failure(origin: path, reason: "permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            return .failure(Failure(origin: path, reason: "read error"))
        }
        let modified = attributes?[.modificationDate] as? Date
        return .success(InputDocument(bytes: [UInt8](data), origin: path, modified: modified))
    }
}
