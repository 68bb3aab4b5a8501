import Foundation
import GitOps
import Manifest
import Rendering

/// `umctl check`: for CI. Validates every environment and fails with status 3
/// when the committed or checked-out rendered files differ from the render.
struct CheckCommand {
    static let summary = "validate every environment and fail on drift of the rendered files (for CI)"
    static let flags = [CommonFlags.config, CommonFlags.env, CommonFlags.all, CommonFlags.templates, CommonFlags.format, CommonFlags.help]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        let format = try OutputFormat.parse(arguments)
        let environments = try workspace.environments(arguments, defaultAll: true)
        guard let config = workspace.repository() else {
            throw CommandFailure(
                .gitFailure, "\(workspace.root.path) is not in a git repository", hint: "run check in a clone of the GitOps repository")
        }
        let (renders, diagnostics) = try workspace.renderAll(environments)
        let printer = DiagnosticPrinter(format: format, console: workspace.console, root: workspace.root)
        if diagnostics.contains(where: { $0.severity == .error }) {
            printer.print(diagnostics)
            if format != .json { workspace.console.error("validation failed") }
            return .validationFailed
        }

        var drift: [(String, [DriftCheck.DriftedFile])] = []
        var notCommitted: [String] = []
        for rendered in renders {
            let committed: [String: [UInt8]]
            do {
                committed = try config.committedFiles(of: rendered.environment)
            } catch {
                throw CommandFailure(.gitFailure, error.description)
            }
            let workTree = OutputTree(root: workspace.root.appendingPathComponent("rendered")).existingFiles(of: rendered.environment)
            if committed.isEmpty && workTree.isEmpty {
                notCommitted.append(rendered.environment)
                continue
            }
            drift.append(
                (
                    rendered.environment,
                    DriftCheck.compare(
                        rendered, committed: committed, workTree: workTree,
                        folder: config.renderedFolder(rendered.environment))
                ))
        }
        let drifted = drift.flatMap(\.1)
        report(drift: drift, notCommitted: notCommitted, format: format, printer: printer, diagnostics: diagnostics)
        return drifted.isEmpty ? .success : .drift
    }

    private func report(
        drift: [(String, [DriftCheck.DriftedFile])], notCommitted: [String], format: DiagnosticPrinter.Format,
        printer: DiagnosticPrinter, diagnostics: [Diagnostic]
    ) {
        let console = workspace.console
        switch format {
        case .json:
            let environments = drift.map { name, files in
                JSONText.object([
                    ("environment", JSONText.string(name)),
                    (
                        "drifted",
                        JSONText.array(
                            files.map { file in
                                JSONText.object([
                                    ("path", JSONText.string(file.path)), ("kind", JSONText.string(file.kind.rawValue)),
                                    ("location", JSONText.string(file.location.rawValue)),
                                ])
                            })
                    ),
                ])
            }
            console.out(
                JSONText.object([
                    ("drift", drift.contains { !$0.1.isEmpty } ? "true" : "false"),
                    ("environments", JSONText.array(environments)),
                    ("not_committed", JSONText.array(notCommitted.map(JSONText.string))),
                ]))
        case .github, .text:
            printer.print(diagnostics)
            for (name, files) in drift {
                if files.isEmpty {
                    if format == .text { console.out("\(name): rendered files match the manifest") }
                    continue
                }
                for file in files {
                    let message = "\(file.path) is \(file.kind.rawValue) in the \(file.location.rawValue); run 'umctl commit --env \(name)'"
                    if format == .github {
                        console.out("::error file=\(file.path),title=\(Diagnostic.Code.drift.rawValue) drift::\(message)")
                    } else {
                        console.error("drift: \(message)")
                    }
                }
            }
            for name in notCommitted where format == .text {
                console.out("\(name): not committed yet (no rendered/\(name) in the repository)")
            }
        }
    }
}
