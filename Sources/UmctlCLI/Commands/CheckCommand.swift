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
            // Files rendered but never committed are a render in progress, not drift.
            if committed.isEmpty {
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

    /// Describes how one rendered file differs from the render and what to do about it.
    static func describe(_ findings: [DriftCheck.DriftedFile], environment: String) -> String {
        let inCommit = findings.contains { $0.location == .committed }
        let inWorkTree = findings.contains { $0.location == .workTree }
        let places = [inCommit ? "in the last commit" : nil, inWorkTree ? "in the work tree" : nil].compactMap { $0 }
        let what: String =
            switch findings.first?.kind {
            case .missing?: "is missing"
            case .unexpected?: "is not part of the render"
            default: "differs from what the manifest renders to"
            }
        let action =
            inCommit
            ? "run 'umctl diff --env \(environment)' to review, then 'umctl commit --env \(environment)'"
            : "it was edited by hand; restore it with 'umctl render --env \(environment)'"
        return "\(what) \(places.joined(separator: " and ")); \(action)"
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
                if format == .text {
                    console.out(files.isEmpty ? "\(name): rendered files match the manifest" : "\(name): drift found")
                }
                if files.isEmpty { continue }
                // One line per file, naming where it differs: in the last commit, in the checkout, or both.
                var paths: [String] = []
                var findings: [String: [DriftCheck.DriftedFile]] = [:]
                for file in files {
                    if findings[file.path] == nil { paths.append(file.path) }
                    findings[file.path, default: []].append(file)
                }
                for path in paths {
                    let message = Self.describe(findings[path] ?? [], environment: name)
                    if format == .github {
                        console.out("::error file=\(path),title=\(Diagnostic.Code.drift.rawValue) drift::\(message)")
                    } else {
                        console.error("\(path): error: [\(Diagnostic.Code.drift.rawValue)] \(message)")
                    }
                }
            }
            for name in notCommitted where format == .text {
                console.out("\(name): not committed yet (no rendered/\(name) in the repository)")
            }
        }
    }
}
