import ArgumentParser
import Foundation
import NewsConv

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert articles to NewsML-G2, JSON, ninjs or Markdown: one file, a pipe, or a batch.",
        discussion: """
            Reads FILE (or standard input when FILE is - or absent), finds the
            article and its parts, and writes it to standard output, or atomically
            to -o FILE. Several formats at once (--to newsml,json,markdown,ninjs or
            --to all) go to -o BASE (BASE.xml, BASE.json, BASE.md, BASE.ninjs.json)
            or to --out-dir.

            With several inputs, folders (--recursive) or --files-from, it converts
            a batch: outputs go to --out-dir, keeping each input's relative path,
            or, with --jsonl, one JSON document a line to standard output, in input
            order. Existing outputs are skipped unless --force; an input is never
            overwritten; every file is written to a temporary file and renamed.

            EXAMPLES
              newsconv convert story.txt --to newsml > story.xml
              cat story.txt | newsconv convert - --to json | jq .title
              newsconv convert story.txt --to markdown -o story.md
              newsconv convert page.html --to all -o out/page
              newsconv convert pages/ --recursive --to all --out-dir out/ --jobs 2
              find archive -name '*.html' -print0 |
                newsconv convert --files-from - --null --jsonl > articles.jsonl
              newsconv convert story.txt --to newsml --validate -o story.xml

            CONFIGURATION
              --config FILE, else $NEWSCONV_CONFIG, else
              $XDG_CONFIG_HOME/newsconv/config.yaml (~/.config/newsconv/config.yaml):
              YAML with provider, provider-uri, copyright-holder, copyright-notice,
              language, to, ninjs-version, front-matter, schemas, fixed-date,
              max-input-size, max-depth. Command-line flags win over it.

            LIMITS
              Inputs over 32 MiB are refused (--max-input-size); HTML nested deeper
              than 400 elements is ignored below that depth (--max-depth); JSON
              nested deeper than 512 levels is refused; validation refuses
              documents over 256 MiB.

            \(ExitStatus.helpText)
            """
    )

    @Argument(help: ArgumentHelp("Input files or folders; - or nothing for standard input.", valueName: "FILE"))
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output formats: newsml, json, markdown, ninjs, a comma-separated list, or all (default json).", valueName: "FORMATS"))
    var to: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE (atomically; - is standard output); with several formats, a base name.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write outputs under DIR, keeping each input's relative path.", valueName: "DIR"))
    var outDir: String?

    @Option(name: .long, help: "Input format: auto, text or html.")
    var from: InputFormat = .auto

    @Flag(name: .long, help: "Markdown: leave out the YAML front matter.")
    var noFrontMatter = false

    @Option(name: .long, help: ArgumentHelp("The article's language (BCP 47), instead of detecting it.", valueName: "TAG"))
    var language: String?

    @Option(name: .long, help: "The item's guid (NewsML-G2) and uri (ninjs); default: derived from the text, stable.")
    var guid: String?

    @Option(name: [.customLong("item-version")], help: "The item's version (NewsML-G2, ninjs).")
    var itemVersion: Int = 1

    @Option(name: .long, help: "The provider's name, where the input names no publisher.")
    var provider: String?

    @Option(name: .long, help: ArgumentHelp("The provider's URI (NewsML-G2 provider/@uri).", valueName: "URI"))
    var providerURI: String?

    @Option(name: .long, help: "The copyright holder, where the input names none.")
    var copyrightHolder: String?

    @Option(name: .long, help: "The copyright notice, where the input gives none.")
    var copyrightNotice: String?

    @Option(name: .long, help: "ninjs version: 3.1 or 2.2.")
    var ninjsVersion: String?

    @Option(name: .long, help: ArgumentHelp(
        "Use this date (ISO 8601) wherever the input has none, instead of the file's time or now; SOURCE_DATE_EPOCH works too.",
        valueName: "DATE"))
    var fixedDate: String?

    @Option(name: .long, help: ArgumentHelp("A YAML configuration file.", valueName: "FILE"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Refuse inputs larger than SIZE (32M by default; K, M, G suffixes).", valueName: "SIZE"))
    var maxInputSize: String?

    @Option(name: .long, help: ArgumentHelp("Ignore HTML elements nested deeper than N (400 by default).", valueName: "N"))
    var maxDepth: Int?

    @Flag(name: .customLong("validate"), help: "Validate each output against its schema before writing it; write nothing if it is invalid.")
    var validateOutput = false

    @Option(name: .long, help: ArgumentHelp("With --validate: a schema file (IPTC's NewsML-G2 XSD, ninjs schemas) or folder; repeatable.", valueName: "FILE"))
    var schema: [String] = []

    @Flag(name: .shortAndLong, help: "Batch: descend into sub-folders.")
    var recursive = false

    @Option(name: .long, help: ArgumentHelp("Batch: only files matching this glob (repeatable).", valueName: "GLOB"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("Batch: leave out files matching this glob (repeatable).", valueName: "GLOB"))
    var exclude: [String] = []

    @Option(name: .long, help: ArgumentHelp("Batch: read the input paths from FILE (- for standard input), one a line.", valueName: "FILE"))
    var filesFrom: String?

    @Flag(name: [.customShort("0"), .long], help: "With --files-from: paths are separated by NUL bytes (find -print0).")
    var null = false

    @Option(name: .shortAndLong, help: "Batch: conversions at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Write one compact JSON article a line (JSON Lines) to standard output or -o, in input order.")
    var jsonl = false

    @Flag(name: .long, help: "Batch: overwrite existing outputs.")
    var force = false

    @Flag(name: .long, help: "Batch: stop at the first failure.")
    var failFast = false

    @Option(name: .long, help: ArgumentHelp("Batch: write a JSON report of every input (status, error, outputs) to FILE.", valueName: "FILE"))
    var report: String?

    @Flag(name: .shortAndLong, help: "Print no progress and no summary; errors only.")
    var quiet = false

    func validate() throws {
        if itemVersion < 1 { throw ValidationError("--item-version must be 1 or more") }
        if let language, !BCP47.isWellFormed(language) {
            throw ValidationError("--language '\(language)' is not a BCP 47 tag (such as vi, en or pt-BR)")
        }
        if let fixedDate, ISODate.parse(fixedDate) == nil {
            throw ValidationError("--fixed-date '\(fixedDate)' is not an ISO 8601 date (such as 2023-01-13T09:00:00+07:00)")
        }
        if let to, OutputFormat.list(to) == nil {
            throw ValidationError("--to '\(to)': formats are newsml, json, markdown, ninjs (comma-separated) or all")
        }
        if let ninjsVersion, NinjsVersion(rawValue: ninjsVersion) == nil {
            throw ValidationError("--ninjs-version must be 3.1 or 2.2")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let maxInputSize, Configuration.size(maxInputSize) == nil { throw ValidationError("--max-input-size '\(maxInputSize)' is not a size (such as 32M)") }
        if let maxDepth, maxDepth < 10 { throw ValidationError("--max-depth must be 10 or more") }
        if output != nil && outDir != nil { throw ValidationError("give -o or --out-dir, not both") }
        if null && filesFrom == nil { throw ValidationError("--null goes with --files-from") }
        if (inputs.isEmpty || inputs == ["-"]) && filesFrom == nil && isatty(0) != 0 {
            throw ValidationError("no input: give a FILE, or pipe the article into standard input")
        }
    }

    func run() throws {
        // Settings: configuration file first, flags over it.
        var settings = Configuration()
        if let path = Configuration.path(explicit: config) {
            do { settings = try Configuration.load(path: path) } catch { fail(error.description, .badSchema) }
        }
        let formatsText = to ?? settings.to?.joined(separator: ",") ?? "json"
        guard let formats = OutputFormat.list(formatsText) else { fail("unknown output format in '\(formatsText)'", .usage) }

        var options = Converter.Options()
        options.inputFormat = from
        options.language = language ?? settings.language
        options.frontMatter = !noFrontMatter && (settings.frontMatter ?? true)
        options.newsML.guid = guid
        options.newsML.version = itemVersion
        options.newsML.providerURI = providerURI ?? settings.providerURI
        options.provider = provider ?? settings.provider
        options.copyright = Copyright(holder: copyrightHolder ?? settings.copyrightHolder, notice: copyrightNotice ?? settings.copyrightNotice)
        options.ninjs.version = NinjsVersion(rawValue: ninjsVersion ?? settings.ninjsVersion ?? "3.1") ?? .v3_1
        if let date = fixedDate ?? settings.fixedDate, let parsed = ISODate.parse(date) {
            options.fixedDate = parsed.date
        } else if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            options.fixedDate = Date(timeIntervalSince1970: seconds)
        }
        if let size = (maxInputSize ?? settings.maxInputSize).flatMap(Configuration.size) { options.maximumInputSize = size }
        if let depth = maxDepth ?? settings.maxDepth { options.maximumDepth = depth }
        let converter = Converter(options: options)

        // Inputs.
        let collector = BatchInputCollector(recursive: recursive, include: include, exclude: exclude)
        var batchInputs: [BatchInput]
        do { batchInputs = try collector.collect(inputs.isEmpty && filesFrom == nil ? ["-"] : inputs) } catch {
            fail(error.description, .unreadableInput)
        }
        if let filesFrom {
            let data: Data
            if filesFrom == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let d = FileManager.default.contents(atPath: filesFrom) else { fail("\(filesFrom): cannot read the list of files", .unreadableInput) }
                data = d
            }
            batchInputs += collector.listed([UInt8](data), nullSeparated: null)
        }
        if batchInputs.filter({ $0.path == "-" }).count > 1 { fail("standard input can be read only once", .usage) }
        let isBatch = batchInputs.count > 1 || filesFrom != nil
            || inputs.contains { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && d.boolValue }
        if batchInputs.isEmpty {
            fail("no input files in \(inputs.joined(separator: ", "))", .unreadableInput)
        }
        if isBatch && outDir == nil && !jsonl {
            fail("several inputs need --out-dir DIR or --jsonl", .usage)
        }
        let output = self.output == "-" ? nil : self.output
        if !isBatch && !jsonl && formats.count > 1 && output == nil && outDir == nil {
            fail("several formats need -o BASE or --out-dir DIR", .usage)
        }

        var runSettings = BatchRunner.Settings(plan: OutputPlan(formats: formats, output: jsonl ? nil : output, directory: outDir))
        runSettings.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        runSettings.force = force
        runSettings.failFast = failFast
        runSettings.jsonLines = jsonl
        if validateOutput {
            runSettings.validator = DocumentValidator(catalog: SchemaCatalog(paths: schema + (settings.schemas ?? [])))
        }
        let runner = BatchRunner(converter: converter, settings: runSettings)
        InFlightFiles.shared.cleanUpOnSignals()

        let progress = Progress(total: batchInputs.count, enabled: isBatch && !quiet && isatty(2) != 0)
        let jsonlOutput: JSONLinesOutput?
        if jsonl, let output {
            do { jsonlOutput = try JSONLinesOutput(path: output) } catch { fail(error.description, .unwritableOutput) }
        } else {
            jsonlOutput = nil
        }
        let results = Results()
        runner.run(batchInputs) { outcome in
            results.add(outcome)
            if let bytes = outcome.standardOutput {
                if let jsonlOutput { jsonlOutput.write(bytes) } else { FileHandle.standardOutput.writeInChunks(bytes) }
            }
            if outcome.status == .failed || (outcome.status == .skipped && !quiet) {
                progress.clearLine()
                for problem in outcome.problems.prefix(20) {
                    FileHandle.standardError.write(Data("newsconv: \(outcome.input.path): \(problem)\n".utf8))
                }
                if let error = outcome.error { FileHandle.standardError.write(Data("newsconv: \(error)\n".utf8)) }
            }
            progress.advance(failed: outcome.status == .failed)
        }
        progress.finish()
        if let jsonlOutput {
            do { try jsonlOutput.commit() } catch { fail(error.description, .unwritableOutput) }
        }
        let outcomes = results.all
        if let report {
            do { try AtomicFile.write(Self.report(outcomes), to: report) } catch { fail(error.description, .unwritableOutput) }
        }
        let failed = outcomes.filter { $0.status == .failed }
        if isBatch && !quiet {
            let converted = outcomes.filter { $0.status == .converted }.count
            let skipped = outcomes.filter { $0.status == .skipped }.count
            let notRun = batchInputs.count - outcomes.count
            var summary = "newsconv: \(converted) converted, \(failed.count) failed, \(skipped) skipped"
            if notRun > 0 { summary += ", \(notRun) not run (--fail-fast)" }
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
        guard !failed.isEmpty else { return }
        if !isBatch, let first = failed.first {
            Foundation.exit(ExitStatus.of(first.failureKind).rawValue)
        }
        Foundation.exit(ExitStatus.someFailed.rawValue)
    }

    static func report(_ outcomes: [BatchOutcome]) -> [UInt8] {
        let entries: [JSONValue] = outcomes.map { o in
            .object([
                JSONMember("input", .string(o.input.path)),
                JSONMember("status", .string(o.status.rawValue)),
                JSONMember("error", .optional(o.error)),
                JSONMember("outputs", .array(o.outputs.map(JSONValue.string))),
            ])
        }
        let summary = JSONValue.object([
            JSONMember("converted", .int(outcomes.filter { $0.status == .converted }.count)),
            JSONMember("failed", .int(outcomes.filter { $0.status == .failed }.count)),
            JSONMember("skipped", .int(outcomes.filter { $0.status == .skipped }.count)),
        ])
        return Array(JSONValue.object([JSONMember("summary", summary), JSONMember("inputs", .array(entries))]).serialized().utf8)
    }

    func fail(_ message: String, _ status: ExitStatus) -> Never {
        FileHandle.standardError.write(Data("newsconv: \(message)\n".utf8))
        Foundation.exit(status.rawValue)
    }
}

/// Outcomes gathered as they are emitted.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [BatchOutcome] = []
    func add(_ o: BatchOutcome) { lock.lock(); outcomes.append(o); lock.unlock() }
    var all: [BatchOutcome] { lock.lock(); defer { lock.unlock() }; return outcomes }
}

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

extension InputFormat: ExpressibleByArgument {}

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
