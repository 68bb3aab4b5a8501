import Foundation
import GitOps
import Manifest
import Rendering

/// `umctl diff`: what a render would change against the committed tree.
struct DiffCommand {
    static let summary = "show what a render would change against the committed files"
    static let flags = [
        CommonFlags.config, CommonFlags.env, CommonFlags.all, CommonFlags.templates,
        ArgumentParser.Flag(name: "options", help: "show changed options instead of changed lines"),
        CommonFlags.help,
    ]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        let environments = try workspace.environments(arguments, defaultAll: true)
        guard let config = workspace.repository() else {
            throw CommandFailure(.gitFailure, "\(workspace.root.path) is not in a git repository, so there is nothing to compare with")
        }
        let (renders, diagnostics) = try workspace.renderAll(environments)
        DiagnosticPrinter(format: .text, console: workspace.console, root: workspace.root).print(diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return .validationFailed }

        let console = workspace.console
        for rendered in renders {
            if arguments.isSet("options") {
                try printOptionChanges(rendered.environment, config: config)
                continue
            }
            let committed: [String: [UInt8]]
            do {
                committed = try config.committedFiles(of: rendered.environment)
            } catch {
                throw CommandFailure(.gitFailure, error.description)
            }
            let folder = config.renderedFolder(rendered.environment)
            var text = ""
            let paths = Set(committed.keys).union(rendered.files.map(\.path)).sorted()
            for path in paths {
                let old = committed[path].map { String(decoding: $0, as: UTF8.self) }
                text += UnifiedDiff.diff(old: old, new: rendered[path]?.contents, path: "\(folder)/\(path)")
            }
            if text.isEmpty {
                console.out("\(rendered.environment): no changes")
            } else {
                console.write(colored(text))
            }
        }
        return .success
    }

    private func printOptionChanges(_ environment: String, config: ConfigurationRepository) throws(CommandFailure) {
        let locked = try workspace.lockedManifests([environment])
        guard let current = workspace.loader.load(environment: environment, manifestText: locked[environment]?.text).configuration else {
            return
        }
        let previous: Configuration?
        do {
            previous = try CommitCommand.committedConfiguration(environment, config: config, loader: workspace.loader)
        } catch {
            throw CommandFailure(.gitFailure, "cannot read the committed configuration of \(environment): \(error)")
        }
        guard let previous else {
            workspace.console.out("\(environment): not committed yet")
            return
        }
        let changes = current.changes(from: previous)
        workspace.console.out(
            "\(environment): \(changes.isEmpty ? "no option changes" : "\(changes.count) option change\(changes.count == 1 ? "" : "s")")")
        for change in changes { workspace.console.out("  \(change)") }
    }

    private func colored(_ text: String) -> String {
        guard workspace.console.colorOut else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("+++") || line.hasPrefix("---") { return Style.bold.apply(String(line), enabled: true) }
            if line.hasPrefix("+") { return Style.green.apply(String(line), enabled: true) }
            if line.hasPrefix("-") { return Style.red.apply(String(line), enabled: true) }
            if line.hasPrefix("@@") { return Style.cyan.apply(String(line), enabled: true) }
            return String(line)
        }.joined(separator: "\n")
    }
}
