import ArgumentParser
import Foundation
import NewsConv

/// What one `newsconv convert` command line asks for, as plain values: filled in by
/// ``ConvertCommand`` (swift-argument-parser) or, for the common command lines, by
/// ``QuickCommandLine``; checked and run here, whichever parsed it.
struct ConvertInvocation: Equatable {
    var inputs: [String] = []
    var to: String?
    var output: String?
    var outDir: String?
    var from: InputFormat = .auto
    var noFrontMatter = false
    var language: String?
    var guid: String?
    var itemVersion: Int = 1
    var provider: String?
    var providerURI: String?
    var copyrightHolder: String?
    var copyrightNotice: String?
    var ninjsVersion: String?
    var fixedDate: String?
    var config: String?
    var maxInputSize: String?
    var maxDepth: Int?
    var validateOutput = false
    var schema: [String] = []
    var recursive = false
    var include: [String] = []
    var exclude: [String] = []
    var filesFrom: String?
    var null = false
    var jobs: Int?
    var jsonl = false
    var force = false
    var failFast = false
    var report: String?
    var quiet = false

    /// Checks what the parser cannot: ranges, formats, combinations.
    func check() throws(ValidationError) {
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

    /// Converts.
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
        if !isBatch && !jsonl {
            // A single input: its output goes to standard output as it is made.
            runSettings.standardOutputSink = { FileHandle.standardOutput.write(Data($0)) }
        }
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
