import Foundation
import Manifest

/// The `umctl` command line: dispatches to a command and turns failures into exit statuses.
public enum Umctl {
    public static let version = "0.1.0"

    struct Command: Sendable {
        var name: String
        var summary: String
        var usage: String
        var flags: [ArgumentParser.Flag]
        var run: @Sendable (Workspace, ArgumentParser.Parsed) throws(CommandFailure) -> ExitCode
    }

    static let commands: [Command] = [
        Command(
            name: "validate", summary: ValidateCommand.summary, usage: "umctl validate [--env NAME]... [--all] [--format text|json|github]",
            flags: ValidateCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try ValidateCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "render", summary: RenderCommand.summary, usage: "umctl render [--env NAME]... [--all] [--out DIR]",
            flags: RenderCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try RenderCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "commit", summary: CommitCommand.summary, usage: "umctl commit --env NAME [--repo DIR] [-m TEXT]",
            flags: CommitCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try CommitCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "diff", summary: DiffCommand.summary, usage: "umctl diff [--env NAME]... [--options]",
            flags: DiffCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try DiffCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "check", summary: CheckCommand.summary, usage: "umctl check [--format text|json|github]",
            flags: CheckCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try CheckCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "promote", summary: PromoteCommand.summary, usage: "umctl promote FROM TO [--dry-run]",
            flags: PromoteCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try PromoteCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "compare", summary: CompareCommand.summary, usage: "umctl compare ENV_A ENV_B",
            flags: CompareCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try CompareCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "init", summary: InitCommand.summary,
            usage: "umctl init DIR [--author-name NAME] [--author-email EMAIL] [--date SECONDS]",
            flags: InitCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try InitCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "explain", summary: ExplainCommand.summary, usage: "umctl explain OPTION [--env NAME]...",
            flags: ExplainCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try ExplainCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "options", summary: OptionsCommand.summary, usage: "umctl options [--format markdown|json]",
            flags: OptionsCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try OptionsCommand(workspace: workspace, arguments: arguments).run()
        },
        Command(
            name: "schema", summary: SchemaCommand.summary, usage: "umctl schema [--environment]",
            flags: SchemaCommand.flags
        ) { workspace, arguments throws(CommandFailure) in
            try SchemaCommand(workspace: workspace, arguments: arguments).run()
        },
    ]

    /// Runs one command line and returns the exit status.
    public static func run(_ arguments: [String], console: Console, currentDirectory: URL) -> Int32 {
        do {
            return try dispatch(arguments, console: console, currentDirectory: currentDirectory).rawValue
        } catch {
            console.error("Error: \(error.message)")
            if let hint = error.hint { console.error("hint: \(hint)") }
            if error.code == .usage {
                let command = arguments.first.flatMap { name in commands.first { $0.name == name } }
                console.error(command.map { "Run 'umctl help \($0.name)' for its options." } ?? "Run 'umctl --help' for usage.")
            }
            return error.code.rawValue
        }
    }

    private static func dispatch(_ arguments: [String], console: Console, currentDirectory: URL) throws(CommandFailure) -> ExitCode {
        guard let first = arguments.first else {
            console.out(Help.overview(commands))
            return .usage
        }
        switch first {
        case "--help", "-h", "help":
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.out(Help.command(command))
            } else {
                console.out(Help.overview(commands))
            }
            return .success
        case "--version", "-V", "version":
            console.out("umctl \(version)")
            return .success
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let names = commands.map(\.name)
            let suggestion = Suggestion.closest(to: first, among: names).map { "did you mean '\($0)'? " } ?? ""
            throw CommandFailure(.usage, "unknown command '\(first)'", hint: suggestion + "commands: " + names.joined(separator: ", "))
        }
        let parsed = try ArgumentParser(flags: command.flags).parse(Array(arguments.dropFirst()))
        if parsed.isSet("help") {
            console.out(Help.command(command))
            return .success
        }
        let invocation = Workspace(root: currentDirectory, templates: nil, console: console, currentDirectory: currentDirectory)
        let root = parsed.value("config").map(invocation.resolve) ?? currentDirectory
        let workspace = Workspace(root: root, templates: parsed.value("templates"), console: console, currentDirectory: currentDirectory)
        return try command.run(workspace, parsed)
    }
}
