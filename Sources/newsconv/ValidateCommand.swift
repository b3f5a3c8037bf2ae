import ArgumentParser
import Foundation
import NewsConv

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate NewsML-G2, ninjs, newsconv JSON and Markdown files against their schemas.",
        discussion: """
            Tells each file's kind from its content (--as overrides): a NewsML-G2 newsItem or newsMessage,
            ninjs 3.x or 2.x, newsconv's JSON, Markdown. Prints every problem as FILE:LINE:COLUMN: message
            (for JSON, the message starts with the JSON Pointer of the failing value).

            SCHEMAS
              NewsML-G2: the XSD named with --schema (IPTC's NewsML-G2_2.35-spec-All-Power.xsd), else the
              profile newsconv ships (schemas/newsml-g2-profile.xsd: the subset newsconv writes).
              ninjs: IPTC's schema files, named with --schema (with the GeoJSON schema they refer to).
              newsconv JSON: schemas/newsconv-article.schema.json, built in.
              NEWSCONV_SCHEMAS (a colon-separated list of files or folders) adds schemas too.

            EXAMPLES
              newsconv validate out/*.xml out/*.json
              newsconv validate --schema NewsML-G2_2.35-spec-All-Power.xsd story.xml
              newsconv validate --schema ninjs/schema item.json

            EXIT STATUS
              0   every file is valid
              1   some file is invalid
              64  usage error
              66  some file cannot be read
              78  a schema cannot be used
            """
    )

    @Argument(help: ArgumentHelp("The files to validate.", valueName: "FILE"))
    var files: [String]

    @Option(name: .customLong("as"), help: "The kind of every file: newsml, newsml-message, ninjs3, ninjs2, json or markdown.")
    var kind: DocumentKind?

    @Option(name: .long, help: ArgumentHelp("A schema file or folder (XSD or JSON Schema); repeatable.", valueName: "FILE"))
    var schema: [String] = []

    @Flag(name: .long, help: "Check format: date-time in JSON Schemas too.")
    var formats = false

    @Flag(name: .long, help: "Allow raw HTML in Markdown.")
    var allowHTML = false

    @Flag(name: .shortAndLong, help: "Print nothing; only the exit status tells.")
    var quiet = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE") }
    }

    func run() throws {
        var options = DocumentValidator.Options()
        options.checkFormats = formats
        options.allowHTML = allowHTML
        let validator = DocumentValidator(catalog: SchemaCatalog(paths: schema), options: options)
        var status = ExitStatus.success
        func say(_ line: String, error: Bool = true) {
            guard !quiet else { return }
            (error ? FileHandle.standardError : FileHandle.standardOutput).write(Data((line + "\n").utf8))
        }
        for file in files {
            let document: InputDocument
            switch InputFiles.read(file) {
            case .success(let d): document = d
            case .failure(let failure):
                say("newsconv: \(failure.description)")
                if status != .badSchema { status = .unreadableInput }
                continue
            }
            do {
                let problems = try validator.validate(document.bytes, name: file, as: kind)
                for problem in problems { say("\(file):\(problem)", error: false) }
                if !problems.isEmpty && status == .success { status = .invalid }
            } catch {
                say("newsconv: \(file): \(error.description)")
                status = error.description.contains("schema") ? .badSchema : (status == .success ? .invalid : status)
            }
        }
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

extension DocumentKind: ExpressibleByArgument {}
