import NewsConv

/// Parses the common `convert` command lines without swift-argument-parser.
///
/// swift-argument-parser builds its view of a command by reflection and dynamic casts, each of
/// which scans the protocol conformances of the whole (static) binary: measured with callgrind,
/// that was 22 M of the 32 M instructions of converting a small page, about 7 ms of every run.
/// A shell pipeline that calls `newsconv convert page.html --to json` once a file pays that each
/// time. This parser knows the `convert` options by name and fills in the same
/// ``ConvertInvocation``; anything it does not know for certain (help, version, completion
/// scripts, bundled short flags, a value that looks like an option, an option given twice, a
/// malformed number) makes it give up, and swift-argument-parser parses the command line as
/// usual, with its messages. A test checks that both parsers agree, and that this one knows
/// exactly the options that ``ConvertCommand`` declares.
enum QuickCommandLine {
    /// What an option does with the invocation.
    enum Kind: Sendable {
        /// A flag: sets a Boolean.
        case flag(WritableKeyPath<ConvertInvocation, Bool> & Sendable)
        /// An option with a text value.
        case text(WritableKeyPath<ConvertInvocation, String?> & Sendable)
        /// A repeatable option: each value is added.
        case texts(WritableKeyPath<ConvertInvocation, [String]> & Sendable)
        /// An option with a whole number.
        case number(WritableKeyPath<ConvertInvocation, Int?> & Sendable)
        /// `--item-version`: a whole number with a default.
        case itemVersion
        /// `--from`: an input format.
        case inputFormat
    }

    /// The long options of `convert`, without their dashes.
    static let longOptions: [String: Kind] = [
        "to": .text(\.to), "output": .text(\.output), "out-dir": .text(\.outDir), "from": .inputFormat,
        "no-front-matter": .flag(\.noFrontMatter), "language": .text(\.language), "guid": .text(\.guid),
        "item-version": .itemVersion, "provider": .text(\.provider), "provider-uri": .text(\.providerURI),
        "copyright-holder": .text(\.copyrightHolder), "copyright-notice": .text(\.copyrightNotice),
        "ninjs-version": .text(\.ninjsVersion), "fixed-date": .text(\.fixedDate), "config": .text(\.config),
        "max-input-size": .text(\.maxInputSize), "max-depth": .number(\.maxDepth), "validate": .flag(\.validateOutput),
        "schema": .texts(\.schema), "recursive": .flag(\.recursive), "include": .texts(\.include),
        "exclude": .texts(\.exclude), "files-from": .text(\.filesFrom), "null": .flag(\.null), "jobs": .number(\.jobs),
        "jsonl": .flag(\.jsonl), "force": .flag(\.force), "fail-fast": .flag(\.failFast), "report": .text(\.report),
        "quiet": .flag(\.quiet),
    ]

    /// The short options of `convert`, without their dash.
    static let shortOptions: [String: String] = ["o": "output", "r": "recursive", "0": "null", "j": "jobs", "q": "quiet"]

    /// The other subcommands (and swift-argument-parser's `help`), left to swift-argument-parser.
    static let otherCommands: Set<String> = ["validate", "help"]

    /// The invocation for `arguments` (the command line without the program's name), or nil when
    /// swift-argument-parser should parse it.
    static func convertInvocation(_ arguments: [String]) -> ConvertInvocation? {
        var invocation = ConvertInvocation()
        var remaining = arguments[...]
        if let first = remaining.first, otherCommands.contains(first) { return nil }
        if remaining.first == "convert" { remaining = remaining.dropFirst() }
        var seen = Set<String>()
        var onlyInputs = false
        while let argument = remaining.popFirst() {
            if onlyInputs || argument == "-" || !argument.hasPrefix("-") {
                invocation.inputs.append(argument)
                continue
            }
            if argument == "--" {
                onlyInputs = true
                continue
            }
            // --name, --name=value, -x
            var name: String
            var attached: String?
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    attached = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                }
            } else {
                guard argument.count == 2, let long = shortOptions[String(argument.dropFirst())] else { return nil }
                name = long
            }
            guard let kind = longOptions[name] else { return nil }
            if case .texts = kind {} else {
                guard seen.insert(name).inserted else { return nil }
            }
            if case .flag(let path) = kind {
                guard attached == nil else { return nil }
                invocation[keyPath: path] = true
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else {
                guard let next = remaining.popFirst() else { return nil }
                value = next
            }
            // A value that looks like an option is left to swift-argument-parser to judge.
            guard !value.hasPrefix("-") || value == "-" else { return nil }
            switch kind {
            case .flag:
                return nil
            case .text(let path):
                invocation[keyPath: path] = value
            case .texts(let path):
                invocation[keyPath: path].append(value)
            case .number(let path):
                guard let number = Int(value) else { return nil }
                invocation[keyPath: path] = number
            case .itemVersion:
                guard let number = Int(value) else { return nil }
                invocation.itemVersion = number
            case .inputFormat:
                guard let format = InputFormat(rawValue: value) else { return nil }
                invocation.from = format
            }
        }
        return invocation
    }
}
