import ArgumentParser
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
}
