import ArgumentParser
import Foundation
import NewsConv

@main
struct NewsconvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsconv",
        abstract: "Turn news articles (wire copy, saved pages) into NewsML-G2, ninjs, JSON and Markdown.",
        discussion: ExitStatus.helpText,
        version: Version.current,
        subcommands: [ConvertCommand.self, ValidateCommand.self],
        defaultSubcommand: ConvertCommand.self
    )

    /// Runs the common `convert` command lines straight away (see ``QuickCommandLine``), and
    /// everything else through swift-argument-parser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if ProcessInfo.processInfo.environment["NEWSCONV_FULL_PARSER"] == nil,
           let invocation = QuickCommandLine.convertInvocation(arguments), (try? invocation.check()) != nil {
            do {
                try invocation.run()
            } catch {
                ConvertCommand.exit(withError: error)
            }
            return
        }
        main(nil)
    }
}
