import ArgumentParser
import Foundation
import NewsConv

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert one article to NewsML-G2, JSON or Markdown.",
        discussion: """
            Reads FILE (or standard input when FILE is - or absent), finds the article and its
            parts, and writes it to standard output, or atomically to -o FILE.

            EXAMPLES
              newsconv convert story.txt --to newsml > story.xml
              cat story.txt | newsconv convert - --to json | jq .title
              newsconv convert story.txt --to markdown -o story.md
              newsconv convert story.txt --to newsml --fixed-date 2023-01-13T09:00:00+07:00

            \(ExitStatus.helpText)
            """
    )

    @Argument(help: ArgumentHelp("The input file; - or nothing for standard input.", valueName: "FILE"))
    var input: String = "-"

    @Option(name: .long, help: "Output format: newsml, json or markdown.")
    var to: OutputFormat = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE (atomically) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: "Input format: auto, text or html.")
    var from: InputFormat = .auto

    @Flag(name: .long, help: "Markdown: leave out the YAML front matter.")
    var noFrontMatter = false

    @Option(name: .long, help: ArgumentHelp("The article's language (BCP 47), instead of detecting it.", valueName: "TAG"))
    var language: String?

    @Option(name: .long, help: "NewsML-G2: the item's guid (default: derived from the text, stable).")
    var guid: String?

    @Option(name: .long, help: "NewsML-G2: the item's version.")
    var itemVersion: Int = 1

    @Option(name: .long, help: "NewsML-G2: the provider's name (default: the story's agency).")
    var provider: String?

    @Flag(name: .customLong("validate"), help: "Validate the output against its schema before writing it; write nothing if it is invalid.")
    var validateOutput = false

    @Option(name: .long, help: ArgumentHelp("With --validate: a schema file (IPTC's NewsML-G2 XSD, say) or folder; repeatable.", valueName: "FILE"))
    var schema: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Use this date (ISO 8601) wherever the input has none, instead of the file's time or now; SOURCE_DATE_EPOCH works too.",
        valueName: "DATE"))
    var fixedDate: String?

    func validate() throws {
        if itemVersion < 1 { throw ValidationError("--item-version must be 1 or more") }
        if let language, !BCP47.isWellFormed(language) {
            throw ValidationError("--language '\(language)' is not a BCP 47 tag (such as vi, en or pt-BR)")
        }
        if let fixedDate, ISODate.parse(fixedDate) == nil {
            throw ValidationError("--fixed-date '\(fixedDate)' is not an ISO 8601 date (such as 2023-01-13T09:00:00+07:00)")
        }
        if input == "-" && isatty(0) != 0 {
            throw ValidationError("no input: give a FILE, or pipe the article into standard input")
        }
    }

    func run() throws {
        var options = Converter.Options()
        options.inputFormat = from
        options.language = language
        options.frontMatter = !noFrontMatter
        options.newsML.guid = guid
        options.newsML.version = itemVersion
        options.newsML.provider = provider
        if let fixedDate, let parsed = ISODate.parse(fixedDate) {
            options.fixedDate = parsed.date
        } else if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            options.fixedDate = Date(timeIntervalSince1970: seconds)
        }
        let converter = Converter(options: options)

        let document: InputDocument
        switch InputFiles.read(input) {
        case .success(let d): document = d
        case .failure(let error): fail(error.description, .unreadableInput)
        }
        let bytes: [UInt8]
        do {
            let article = try converter.article(from: document)
            bytes = try converter.write(article, as: to, input: document)
        } catch {
            fail(error.description, ExitStatus.of(error))
        }
        if validateOutput {
            let validator = DocumentValidator(catalog: SchemaCatalog(paths: schema))
            let name = output ?? "<stdout>"
            let kind: DocumentKind = to == .newsml ? .newsml : to == .json ? .json : .markdown
            do {
                let problems = try validator.validate(bytes, name: name, as: kind)
                if !problems.isEmpty {
                    for problem in problems.prefix(50) {
                        FileHandle.standardError.write(Data("newsconv: \(input): \(to.rawValue) output invalid: \(problem)\n".utf8))
                    }
                    fail("\(input): the \(to.rawValue) output is not valid (\(problems.count) problems); nothing written", .invalid)
                }
            } catch {
                fail("\(input): cannot validate the output: \(error.description)", .badSchema)
            }
        }
        if let output {
            do { try AtomicFile.write(bytes, to: output) } catch { fail(error.description, .unwritableOutput) }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    func fail(_ message: String, _ status: ExitStatus) -> Never {
        FileHandle.standardError.write(Data("newsconv: \(message)\n".utf8))
        Foundation.exit(status.rawValue)
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
