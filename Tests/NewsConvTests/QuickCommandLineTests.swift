import ArgumentParser
import Foundation
import Testing
@testable import newsconv

/// The quick parser of common command lines must agree with swift-argument-parser.
@Suite struct QuickCommandLineTests {
    /// The invocation swift-argument-parser makes of `arguments`, if it is a conversion.
    func parsedByArgumentParser(_ arguments: [String]) -> ConvertInvocation? {
        guard let command = try? NewsconvCommand.parseAsRoot(arguments) else { return nil }
        return (command as? ConvertCommand)?.invocation
    }

    @Test(arguments: [
        ["page.html"],
        ["convert", "page.html", "--to", "json"],
        ["convert", "story.txt", "--to=newsml", "-o", "out.xml"],
        ["page.html", "-o", "-", "--to", "markdown", "--no-front-matter"],
        ["convert", "-", "--from", "text", "--language", "vi", "--provider", "TTXVN", "--provider-uri", "http://x.example"],
        ["a.html", "b.html", "--out-dir", "out", "-j", "2", "--force", "--fail-fast", "--report", "r.json", "-q"],
        ["pages", "-r", "--include", "*.html", "--include", "*.htm", "--exclude", "drafts/*", "--jsonl"],
        ["--files-from", "-", "-0", "--jsonl", "-o", "all.jsonl"],
        ["x.txt", "--guid", "urn:x", "--item-version", "3", "--ninjs-version", "2.2", "--fixed-date", "2025-01-13T09:00:00+07:00"],
        ["x.txt", "--copyright-holder", "A", "--copyright-notice", "B", "--config", "c.yaml", "--max-input-size", "8M", "--max-depth", "50"],
        ["x.txt", "--validate", "--schema", "s1.xsd", "--schema", "dir", "--to", "all", "-o", "base"],
        ["--", "-odd-name.html", "--to"],
        ["convert", "--null", "--files-from", "list", "--jobs=3", "--recursive"],
    ])
    func agreesWithArgumentParser(_ arguments: [String]) throws {
        let quick = try #require(QuickCommandLine.convertInvocation(arguments), "the quick parser should take \(arguments)")
        #expect(quick == parsedByArgumentParser(arguments))
    }

    @Test(arguments: [
        ["--help"], ["convert", "--help"], ["-h"], ["--version"], ["validate", "x.xml"], ["help", "convert"],
        ["x.html", "-rq"], ["x.html", "--to"], ["x.html", "--jobs", "two"], ["x.html", "--to", "--force"],
        ["x.html", "--from", "pdf"], ["x.html", "--unknown"], ["x.html", "-o", "a", "-o", "b"], ["x.html", "--force=yes"],
        ["--generate-completion-script", "bash"],
    ])
    func leavesTheRestToArgumentParser(_ arguments: [String]) {
        #expect(QuickCommandLine.convertInvocation(arguments) == nil)
    }

    /// The quick parser knows exactly the options `convert` declares, with the same arity.
    @Test func knowsEveryOption() throws {
        let dump = try #require(JSONSerialization.jsonObject(with: Data(ConvertCommand._dumpHelp().utf8)) as? [String: Any])
        let command = try #require(dump["command"] as? [String: Any])
        let arguments = try #require(command["arguments"] as? [[String: Any]])
        var long: [String: String] = [:], short: [String: String] = [:]
        for argument in arguments {
            let kind = argument["kind"] as? String ?? ""
            guard kind != "positional" else { continue }
            let names = argument["names"] as? [[String: Any]] ?? []
            let longName = names.first { ($0["kind"] as? String) != "short" }?["name"] as? String
            guard let longName, longName != "help", longName != "version" else { continue }
            long[longName] = kind
            for name in names where (name["kind"] as? String) == "short" { short[name["name"] as? String ?? ""] = longName }
        }
        #expect(Set(long.keys) == Set(QuickCommandLine.longOptions.keys))
        #expect(short == QuickCommandLine.shortOptions)
        for (name, kind) in long {
            let isFlag: Bool = { if case .flag? = QuickCommandLine.longOptions[name] { true } else { false } }()
            #expect(isFlag == (kind == "flag"), "--\(name)")
        }
        let subcommands = NewsconvCommand.configuration.subcommands.map { $0._commandName }.filter { $0 != "convert" }
        #expect(Set(subcommands + ["help"]) == QuickCommandLine.otherCommands)
    }
}
