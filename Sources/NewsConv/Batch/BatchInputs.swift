import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One input of a batch: where it is, and the path its outputs keep under `--out-dir`.
public struct BatchInput: Sendable, Equatable {
    /// The path to read (`-` for standard input).
    public var path: String
    /// The path relative to the folder it was found in (or its file name), without change.
    public var relativePath: String

    /// Creates an input.
    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }
}

/// Collects the inputs of a batch: files, folders (with `--recursive`), include and exclude globs,
/// and lists of paths read from a file or standard input (one a line, or NUL-separated).
public struct BatchInputCollector: Sendable {
    /// Descend into sub-folders of folders named.
    public var recursive = false
    /// Only files whose name (or relative path) matches one of these globs; all when empty.
    public var include: [String] = []
    /// Leave out files whose name (or relative path) matches one of these globs.
    public var exclude: [String] = []

    /// Why inputs cannot be collected.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Creates a collector.
    public init(recursive: Bool = false, include: [String] = [], exclude: [String] = []) {
        self.recursive = recursive
        self.include = include
        self.exclude = exclude
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        fnmatch(pattern, text, 0) == 0
    }

    func accepts(_ relative: String) -> Bool {
        let name = PathName.lastComponent(of: relative)
        if !include.isEmpty && !include.contains(where: { Self.matches($0, name) || Self.matches($0, relative) }) { return false }
        return !exclude.contains { Self.matches($0, name) || Self.matches($0, relative) }
    }

    /// The inputs named by `arguments` (files, folders, `-`), in the order given; a folder's files
    /// in name order.
    public func collect(_ arguments: [String]) throws(Failure) -> [BatchInput] {
        var inputs: [BatchInput] = []
        let fm = FileManager.default
        for argument in arguments {
            if argument == "-" {
                inputs.append(BatchInput(path: "-", relativePath: "stdin"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                // Reported per file when it is read: a batch goes on.
                inputs.append(BatchInput(path: argument, relativePath: PathName.lastComponent(of: argument)))
                continue
            }
            if !isDirectory.boolValue {
                let name = PathName.lastComponent(of: argument)
                if include.isEmpty || accepts(name) { inputs.append(BatchInput(path: argument, relativePath: name)) }
                continue
            }
            inputs += try files(in: argument)
        }
        return inputs
    }

    func files(in directory: String) throws(Failure) -> [BatchInput] {
        let fm = FileManager.default
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var result: [BatchInput] = []
        var pending = [""]
        while let relativeDir = pending.popLast() {
            let absolute = relativeDir.isEmpty ? root : root + "/" + relativeDir
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: absolute) } catch {
                throw Failure(description: "\(absolute): cannot list the folder")
            }
            var subdirectories: [String] = []
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = relativeDir.isEmpty ? name : relativeDir + "/" + name
                var isDirectory: ObjCBool = false
                _ = fm.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
                if isDirectory.boolValue {
                    if recursive { subdirectories.append(relative) }
                } else if accepts(relative) {
                    result.append(BatchInput(path: root + "/" + relative, relativePath: relative))
                }
            }
            pending += subdirectories.reversed()
        }
        return result.sorted { $0.relativePath < $1.relativePath }
    }

    /// Paths listed in `data`: one a line, or separated by NUL bytes with `nullSeparated`.
    public func listed(_ data: [UInt8], nullSeparated: Bool) -> [BatchInput] {
        let separator: UInt8 = nullSeparated ? 0 : 0x0A
        return data.split(separator: separator, omittingEmptySubsequences: true).compactMap { bytes -> BatchInput? in
            var path = String(decoding: bytes, as: UTF8.self)
            if !nullSeparated, path.hasSuffix("\r") { path.removeLast() }
            guard !path.isEmpty else { return nil }
            let name = PathName.lastComponent(of: path)
            guard include.isEmpty || accepts(name), !exclude.contains(where: { Self.matches($0, name) }) else { return nil }
            return BatchInput(path: path, relativePath: path.hasPrefix("/") ? name : path)
        }
    }
}
