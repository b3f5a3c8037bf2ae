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

    /// The parsed values.
    var invocation: ConvertInvocation {
        ConvertInvocation(
            inputs: inputs, to: to, output: output, outDir: outDir, from: from, noFrontMatter: noFrontMatter,
            language: language, guid: guid, itemVersion: itemVersion, provider: provider,
            providerURI: providerURI, copyrightHolder: copyrightHolder, copyrightNotice: copyrightNotice,
            ninjsVersion: ninjsVersion, fixedDate: fixedDate, config: config, maxInputSize: maxInputSize,
            maxDepth: maxDepth, validateOutput: validateOutput, schema: schema, recursive: recursive,
            include: include, exclude: exclude, filesFrom: filesFrom, null: null, jobs: jobs, jsonl: jsonl,
            force: force, failFast: failFast, report: report, quiet: quiet
        )
    }

    func validate() throws { try invocation.check() }

    func run() throws { try invocation.run() }
}

extension InputFormat: ExpressibleByArgument {}
