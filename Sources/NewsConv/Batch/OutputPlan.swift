import Foundation

/// Where a conversion writes each format.
public enum OutputTarget: Sendable, Equatable {
    /// Standard output.
    case standardOutput
    /// A file, written atomically.
    case file(String)
}

/// Decides the output paths of an input: one file (`-o FILE`), a base name with one extension per
/// format (`-o BASE` with several formats), or the input's relative path under `--out-dir`.
public struct OutputPlan: Sendable {
    /// The formats to write.
    public var formats: [OutputFormat]
    /// `-o`: a file for one format, a base name for several.
    public var output: String?
    /// `--out-dir`.
    public var directory: String?

    /// Creates a plan.
    public init(formats: [OutputFormat], output: String? = nil, directory: String? = nil) {
        self.formats = formats
        self.output = output
        self.directory = directory
    }

    /// `story.txt` with `newsml` gives `story.xml`; `page.html` with `ninjs` gives `page.ninjs.json`.
    static func replacingExtension(_ relative: String, with ext: String) -> String {
        PathName.removingExtension(relative) + "." + ext
    }

    /// The targets of `input`, one per format.
    public func targets(for input: BatchInput) -> [(OutputFormat, OutputTarget)] {
        formats.map { format in
            if let directory {
                let relative = input.path == "-" ? "stdin" : input.relativePath
                return (format, .file(directory + "/" + Self.replacingExtension(relative, with: format.fileExtension)))
            }
            if let output {
                return (format, .file(formats.count == 1 ? output : output + "." + format.fileExtension))
            }
            return (format, .standardOutput)
        }
    }
}
