import Foundation
import Manifest

/// `umctl validate`: loads, checks and renders every selected environment in memory and reports all problems.
struct ValidateCommand {
    static let summary = "check the manifest and environment files; write nothing"
    static let flags = [
        CommonFlags.config, CommonFlags.env, CommonFlags.all, CommonFlags.templates, CommonFlags.format,
        CommonFlags.quiet, CommonFlags.help,
    ]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        let format = try OutputFormat.parse(arguments)
        let environments = try workspace.environments(arguments, defaultAll: true)
        let (renders, diagnostics) = try workspace.renderAll(environments)
        let printer = DiagnosticPrinter(format: format, console: workspace.console, root: workspace.root)
        let failed = diagnostics.contains { $0.severity == .error }

        switch format {
        case .json:
            let results = environments.map { name in
                JSONText.object([
                    ("environment", JSONText.string(name)),
                    ("valid", renders.contains { $0.environment == name } && !failed ? "true" : "false"),
                ])
            }
            workspace.console.out(
                JSONText.object([
                    ("valid", failed ? "false" : "true"),
                    ("environments", JSONText.array(results)),
                    ("diagnostics", diagnosticsJSON(diagnostics, printer)),
                ]))
        case .text, .github:
            printer.print(diagnostics)
            if !arguments.isSet("quiet") {
                for name in environments {
                    let ok = !failed && renders.contains { $0.environment == name }
                    workspace.console.out("\(name): \(ok ? "valid" : "invalid")")
                }
            }
            if failed {
                let count = diagnostics.filter { $0.severity == .error }.count
                workspace.console.error("\(count) error\(count == 1 ? "" : "s") found; nothing was written")
            }
        }
        return failed ? .validationFailed : .success
    }

    private func diagnosticsJSON(_ diagnostics: [Diagnostic], _ printer: DiagnosticPrinter) -> String {
        var lines: [String] = []
        let collector = Console(out: { lines.append($0) }, error: { _ in })
        DiagnosticPrinter(format: .json, console: collector, root: workspace.root).print(diagnostics)
        return lines.joined().trimmingCharacters(in: .newlines)
    }
}

enum OutputFormat {
    static func parse(_ arguments: ArgumentParser.Parsed) throws(CommandFailure) -> DiagnosticPrinter.Format {
        guard let text = arguments.value("format") else { return .text }
        guard let format = DiagnosticPrinter.Format(rawValue: text) else {
            throw CommandFailure(.usage, "unknown format '\(text)'", hint: "use text, json or github")
        }
        return format
    }
}
