import Foundation

/// What happened to one input of a batch.
public struct BatchOutcome: Sendable {
    /// How it ended.
    public enum Status: String, Sendable { case converted, skipped, failed }
    /// What kind of failure, for exit codes.
    public enum FailureKind: Sendable { case unreadable, noArticle, invalid, unwritable, schema, other }

    /// The input.
    public var input: BatchInput
    /// How it ended.
    public var status: Status
    /// The error, one line, naming the file.
    public var error: String?
    /// The kind of failure.
    public var failureKind: FailureKind?
    /// The files written (or, for a skipped input, left as they were).
    public var outputs: [String] = []
    /// Bytes for standard output (a single conversion to stdout, or a JSON line).
    public var standardOutput: [UInt8]?
    /// Validation problems of the output, when any.
    public var problems: [String] = []
}

/// Converts many inputs, in parallel, with outputs written atomically; reports each input's outcome
/// in input order, whatever the number of jobs, and never holds more than a few documents at once.
public struct BatchRunner: Sendable {
    /// How the batch runs.
    public struct Settings: Sendable {
        /// Conversions at once.
        public var jobs = ProcessInfo.processInfo.activeProcessorCount
        /// Where outputs go.
        public var plan: OutputPlan
        /// Overwrite existing outputs.
        public var force = false
        /// Stop at the first failure.
        public var failFast = false
        /// Validate each output before writing it.
        public var validator: DocumentValidator?
        /// Emit one compact native JSON document a line, in input order, instead of writing files.
        public var jsonLines = false
        /// Where standard output goes as it is made, for a single input: a writer that can stream
        /// then never holds its whole output (unset, standard output comes back in the outcome).
        public var standardOutputSink: (@Sendable (ArraySlice<UInt8>) -> Void)?

        /// Creates settings.
        public init(plan: OutputPlan) {
            self.plan = plan
        }
    }

    /// The converter.
    public let converter: Converter
    /// The settings.
    public let settings: Settings

    /// Creates a runner.
    public init(converter: Converter, settings: Settings) {
        self.converter = converter
        self.settings = settings
    }

    /// Converts `inputs`; `emit` is called once per input, in input order (from any thread, one call
    /// at a time). Returns the outcomes' statuses in order.
    public func run(_ inputs: [BatchInput], emit: @escaping @Sendable (BatchOutcome) -> Void) {
        let inputPaths = Set(inputs.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path })
        let state = RunState(count: inputs.count)
        let jobs = max(1, min(settings.jobs, inputs.count))
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let index = state.next() {
                let outcome = convert(inputs[index], inputPaths: inputPaths)
                if outcome.status == .failed && settings.failFast { state.stop() }
                state.finish(index, outcome, emit: emit)
            }
        }
    }

    /// One input, end to end.
    func convert(_ input: BatchInput, inputPaths: Set<String>) -> BatchOutcome {
        var outcome = BatchOutcome(input: input, status: .failed)
        var document: InputDocument
        switch InputFiles.read(input.path, maximumSize: converter.options.maximumInputSize) {
        case .success(let d): document = d
        case .failure(let failure):
            outcome.error = failure.description
            outcome.failureKind = .unreadable
            return outcome
        }
        let article: Article
        do {
            // The page is not needed to write the outputs: its bytes go as soon as they are parsed.
            article = try converter.article(from: document.takingBytes())
        } catch {
            outcome.error = error.description
            outcome.failureKind = { switch error { case .unreadable: .unreadable; case .noArticle: .noArticle; default: .other } }()
            return outcome
        }
        if settings.jsonLines {
            var line = JSONArticleWriter.bytes(of: article, pretty: false)
            line.append(0x0A)
            outcome.standardOutput = line
            outcome.status = .converted
            return outcome
        }
        let targets = settings.plan.targets(for: input)
        // A sole, unvalidated output is streamed when its writer can: to standard output (when the
        // caller gave a sink for it) or into the file's temporary file.
        if settings.validator == nil, targets.count == 1,
           let writer = converter.writer(for: targets[0].0, input: document) as? any StreamingWriter {
            switch targets[0].1 {
            case .standardOutput:
                if let sink = settings.standardOutputSink {
                    // A writer fails only when libxml2 cannot allocate: what went out stays out,
                    // and the error and exit status say so.
                    do { try writer.write(article, to: sink) } catch {
                        outcome.error = error.conversionError.description
                        outcome.failureKind = .other
                        return outcome
                    }
                    outcome.status = .converted
                    return outcome
                }
            case .file(let path):
                if let stopped = checkFiles([path], of: input, inputPaths: inputPaths, outcome: outcome) { return stopped }
                makeDirectory(for: path)
                do {
                    try AtomicFile.write(to: path, failure: StreamedOutputFailure.file) { (sink) throws(StreamedOutputFailure) -> Void in
                        do throws(WriteError) { try writer.write(article, to: sink) } catch { throw .writer(error) }
                    }
                } catch {
                    switch error {
                    case .file(let failure):
                        outcome.error = failure.description
                        outcome.failureKind = .unwritable
                    case .writer(let failure):
                        outcome.error = failure.conversionError.description
                        outcome.failureKind = .other
                    }
                    return outcome
                }
                outcome.outputs = [path]
                outcome.status = .converted
                return outcome
            }
        }
        // Every output is made (and validated) before any is written: a failure writes nothing.
        var pending: [(OutputTarget, [UInt8])] = []
        for (format, target) in targets {
            let bytes: [UInt8]
            do { bytes = try converter.write(article, as: format, input: document) } catch {
                outcome.error = error.description
                outcome.failureKind = .other
                return outcome
            }
            if let validator = settings.validator {
                let kind: DocumentKind = format == .newsml ? .newsml : format == .ninjs ? (converter.options.ninjs.version == .v3_1 ? .ninjs3 : .ninjs2) : format == .json ? .json : .markdown
                do {
                    let problems = try validator.validate(bytes, name: input.path, as: kind)
                    if !problems.isEmpty {
                        outcome.problems = problems.map { "\(format.rawValue) output: \($0)" }
                        outcome.error = "\(input.path): the \(format.rawValue) output is not valid (\(problems.count) problems); nothing written"
                        outcome.failureKind = .invalid
                        return outcome
                    }
                } catch {
                    outcome.error = "\(input.path): cannot validate the \(format.rawValue) output: \(error.description)"
                    outcome.failureKind = .schema
                    return outcome
                }
            }
            pending.append((target, bytes))
        }
        if let stopped = checkFiles(pending.compactMap { if case .file(let p) = $0.0 { p } else { nil } }, of: input,
                                    inputPaths: inputPaths, outcome: outcome) {
            return stopped
        }
        var standardOutput: [UInt8] = []
        for (target, bytes) in pending {
            switch target {
            case .standardOutput:
                standardOutput += bytes
            case .file(let path):
                makeDirectory(for: path)
                do { try AtomicFile.write(bytes, to: path) } catch {
                    outcome.error = error.description
                    outcome.failureKind = .unwritable
                    return outcome
                }
                outcome.outputs.append(path)
            }
        }
        if !standardOutput.isEmpty { outcome.standardOutput = standardOutput }
        outcome.status = .converted
        return outcome
    }

    /// The outcome that stops an input before its files are written: one would overwrite an input,
    /// or (under `--out-dir`, without `--force`) they exist already. Nil when writing may go on.
    func checkFiles(_ paths: [String], of input: BatchInput, inputPaths: Set<String>, outcome: BatchOutcome) -> BatchOutcome? {
        var outcome = outcome
        var skipped = false
        for path in paths {
            let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
            if inputPaths.contains(standardized) {
                outcome.error = "\(path): would overwrite an input; nothing written"
                outcome.failureKind = .unwritable
                return outcome
            }
            if !settings.force, settings.plan.directory != nil, FileManager.default.fileExists(atPath: path) {
                skipped = true
            }
        }
        guard skipped else { return nil }
        outcome.status = .skipped
        outcome.outputs = paths
        outcome.error = "\(input.path): outputs exist, skipped (use --force to overwrite)"
        return outcome
    }

    /// Under `--out-dir`, makes the folder an output goes in.
    func makeDirectory(for path: String) {
        let directory = PathName.directory(of: path)
        if settings.plan.directory != nil, !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
    }
}

/// Hands out indexes and puts outcomes back in order.
final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var nextToEmit = 0
    private var stopped = false
    private var pending: [Int: BatchOutcome] = [:]
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// Records `outcome` and emits every outcome now in order. Emission happens under the lock, so
    /// that lines and files are reported one at a time and in order.
    func finish(_ index: Int, _ outcome: BatchOutcome, emit: (BatchOutcome) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = outcome
        while let ready = pending.removeValue(forKey: nextToEmit) {
            emit(ready)
            nextToEmit += 1
        }
    }
}

/// Why a streamed output file was not written: its writer failed, or the file could not be.
private enum StreamedOutputFailure: Error {
    case writer(WriteError)
    case file(AtomicFile.Failure)
}
