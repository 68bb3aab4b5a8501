import Foundation
import Git
import GitOps
import Manifest
import Rendering

/// `umctl promote FROM TO`: renders TO from the manifest revision FROM was last rendered from,
/// locks TO to it, and commits lock and rendered files together.
struct PromoteCommand {
    static let summary = "render TO from the manifest FROM was tested with, lock it, and commit"
    static let flags =
        [
            CommonFlags.config, CommonFlags.templates,
            ArgumentParser.Flag(name: "dry-run", short: "n", help: "print the option and file changes; write nothing"),
            CommonFlags.push, CommonFlags.quiet, CommonFlags.help,
        ] + Authorship.flags

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        guard arguments.positionals.count == 2 else {
            throw CommandFailure(.usage, "promote takes two environments, FROM and TO", hint: "for example: umctl promote beta prod")
        }
        let (source, target) = (arguments.positionals[0], arguments.positionals[1])
        guard source != target else {
            throw CommandFailure(
                .usage, "cannot promote \(source) to itself", hint: "name two environments, for example: umctl promote beta prod")
        }
        try workspace.requireKnown([source, target])
        guard let config = workspace.repository() else {
            throw CommandFailure(
                .gitFailure, "\(workspace.root.path) is not in a git repository", hint: "promote reads the manifest from git history")
        }
        let promotion = Promotion(
            config: config, loader: workspace.loader, renderer: EnvironmentRenderer(templates: try workspace.templates()))
        let plan: Promotion.Plan
        do {
            plan = try promotion.plan(from: source, to: target)
        } catch {
            throw CommitCommand.failure(error)
        }
        DiagnosticPrinter(format: .text, console: workspace.console, root: workspace.root).print(plan.diagnostics)
        if plan.diagnostics.contains(where: { $0.severity == .error }) {
            workspace.console.error("\(target) does not validate with the promoted manifest; nothing was written")
            return .validationFailed
        }
        let quiet = arguments.isSet("quiet")
        if !quiet || arguments.isSet("dry-run") { printPlan(plan) }
        if arguments.isSet("dry-run") {
            workspace.console.out("dry run: nothing was written")
            return .success
        }

        let author = try Authorship.signature(arguments, environment: ProcessInfo.processInfo.environment, repository: config.repository)
        let hold = (ProcessInfo.processInfo.environment["UMCTL_LOCK_HOLD_MS"].flatMap(Double.init) ?? 0) / 1000
        let outcome: EnvironmentCommit.Outcome
        do {
            outcome = try promotion.execute(plan, author: author, lockHoldTime: hold)
        } catch {
            throw CommitCommand.failure(error)
        }
        switch outcome {
        case .unchanged:
            if !quiet { workspace.console.out("\(target): already at this revision; nothing to commit") }
        case .committed(let info, let changes):
            if !quiet {
                workspace.console.out(
                    "\(target): committed \(info.id.hex.prefix(12)) (\(changes.count) file\(changes.count == 1 ? "" : "s") changed)")
            }
            if let remote = arguments.value("push") {
                do {
                    try config.repository.push(remote: remote)
                } catch {
                    throw CommandFailure(.gitFailure, "committed, but the push to \(remote) failed: \(error.message)")
                }
                if !quiet { workspace.console.out("\(target): pushed to \(remote)") }
            }
        }
        return .success
    }

    private func printPlan(_ plan: Promotion.Plan) {
        let console = workspace.console
        console.out(
            "promote \(plan.source) → \(plan.target): manifest of \(plan.manifestCommit.prefix(12)) "
                + "(\(plan.source) last rendered in \(plan.sourceRenderCommit.id.hex.prefix(12)))")
        if plan.isFirstRender {
            console.out("  first render of \(plan.target); every option takes its effective value")
        } else if plan.optionChanges.isEmpty {
            console.out("  no option changes")
        } else {
            console.out("  option changes:")
            for change in plan.optionChanges { console.out("    \(change)") }
        }
        if let files = plan.fileChanges {
            let lines =
                files.added.map { "    added    \($0)" } + files.changed.map { "    modified \($0)" }
                + files.removed.map { "    removed  \($0)" }
            console.out(lines.isEmpty ? "  no file changes" : "  file changes:")
            for line in lines { console.out(line) }
        }
    }
}
