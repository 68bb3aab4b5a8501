import Foundation
import GitOps
import Manifest

/// `umctl render`: validates, then writes each environment's files to `rendered/<env>/` atomically.
struct RenderCommand {
    static let summary = "validate, then write rendered/<env>/ for each environment"
    static let flags = [
        CommonFlags.config, CommonFlags.env, CommonFlags.all, CommonFlags.out, CommonFlags.templates,
        CommonFlags.format, CommonFlags.quiet, CommonFlags.help,
    ]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        let format = try OutputFormat.parse(arguments)
        let environments = try workspace.environments(arguments, defaultAll: true)
        let (renders, diagnostics) = try workspace.renderAll(environments)
        DiagnosticPrinter(format: format, console: workspace.console, root: workspace.root).print(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            workspace.console.error("validation failed; nothing was written")
            return .validationFailed
        }

        let findings = renders.flatMap { rendered in
            rendered.files.flatMap { SecretScanner.scan($0.contents, file: "rendered/\(rendered.environment)/\($0.path)") }
        }
        guard findings.isEmpty else {
            workspace.console.error("Error: \(GitOpsError.secretsFound(findings).description)")
            workspace.console.error("nothing was written")
            return .validationFailed
        }

        let output = OutputTree(root: outputFolder)
        for rendered in renders {
            let outcome: OutputTree.Outcome
            do {
                outcome = try output.write(rendered)
            } catch {
                throw CommandFailure(.ioFailure, "cannot write \(rendered.environment): \(error)")
            }
            if !arguments.isSet("quiet") { workspace.console.out(describe(outcome)) }
        }
        return .success
    }

    private var outputFolder: URL {
        if let out = arguments.value("out") { return workspace.resolve(out) }
        return workspace.root.appendingPathComponent("rendered")
    }

    private func describe(_ outcome: OutputTree.Outcome) -> String {
        let folder = outputFolder.appendingPathComponent(outcome.environment).path
        if outcome.isUnchanged { return "\(outcome.environment): unchanged (\(folder))" }
        var parts: [String] = []
        if !outcome.added.isEmpty { parts.append("\(outcome.added.count) added") }
        if !outcome.changed.isEmpty { parts.append("\(outcome.changed.count) changed") }
        if !outcome.removed.isEmpty { parts.append("\(outcome.removed.count) removed") }
        return "\(outcome.environment): \(parts.joined(separator: ", ")) (\(folder))"
    }
}
