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

    /// Says how one rendered file differs from the render, for example
    /// "rendered/beta/x.yaml differs from the render in the commit and in the work tree".
    static func describe(_ path: String, _ findings: [DriftCheck.DriftedFile], environment: String) -> String {
        let places = findings.map { $0.location == .committed ? "in the commit" : "in the work tree" }.joined(separator: " and ")
        let what: String =
            switch findings.first?.kind {
            case .missing?: "is missing"
            case .unexpected?: "is not part of the render"
            default: "differs from the render"
            }
        let action =
            findings.contains { $0.location == .committed } && !findings.contains { $0.location == .workTree }
            ? "run 'umctl commit --env \(environment)' to commit the render"
            : "run 'umctl commit --env \(environment)'; hand edits are replaced, so change the manifest instead"
        return "\(path) \(what) \(places); \(action)"
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
                // One line per file, naming where it differs: in the last commit, in the checkout, or both.
                var paths: [String] = []
                var findings: [String: [DriftCheck.DriftedFile]] = [:]
                for file in files {
                    if findings[file.path] == nil { paths.append(file.path) }
                    findings[file.path, default: []].append(file)
                }
                for path in paths {
                    let message = Self.describe(path, findings[path] ?? [], environment: name)
                    if format == .github {
                        console.out("::error file=\(path),title=\(Diagnostic.Code.drift.rawValue) drift::\(message)")
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
