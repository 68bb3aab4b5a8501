import Foundation
import Manifest

/// `umctl explain OPTION`: what an option means and where each environment's value comes from.
struct ExplainCommand {
    static let summary = "describe an option and show its effective value in each environment"
    static let flags = [CommonFlags.config, CommonFlags.env, CommonFlags.all, CommonFlags.help]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw CommandFailure(.usage, "explain takes one option path", hint: "for example: umctl explain features.url_previews")
        }
        let catalog = workspace.loader.catalog
        guard let option = catalog[path] else {
            if catalog.sections.contains(path) {
                let names = catalog.options.filter { $0.path.hasPrefix(path + ".") }.map(\.path)
                workspace.console.out("\(path) is a section with these options:")
                for name in names { workspace.console.out("  \(name)") }
                return .success
            }
            let suggestion = Suggestion.closest(to: path, among: catalog.options.map(\.path))
            throw CommandFailure(
                .usage, "unknown option '\(path)'",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "run 'umctl options' for the list")
        }

        // Check the environments before printing anything, so a mistake does not leave half an explanation.
        let environments = try workspace.environments(arguments, defaultAll: true)
        let locked = try workspace.lockedManifests(environments)
        let console = workspace.console
        console.out(Style.bold.apply(option.path, enabled: console.colorOut))
        console.out("  \(option.summary)")
        console.out("")
        var defaultText = option.defaultValue.description
        if option.required {
            defaultText = "none (required)"
        } else if option.defaultValue.isNull {
            defaultText = "unset"
        }
        var rows: [(String, String)] = [
            ("type", option.type.name),
            ("default", defaultText),
            ("scope", option.isOverridable ? "manifest; an environment file may override it" : "manifest only"),
            ("security", option.securityRelevant ? "part of the security baseline" : "no"),
        ]
        if let constraints = option.type.constraints { rows.append(("constraints", constraints)) }
        for (label, text) in rows { console.out("  \(label.padding(toLength: 13, withPad: " ", startingAt: 0))\(text)") }
        console.out("  reaches")
        for target in option.reaches { console.out("    \(target)") }

        guard !environments.isEmpty else { return .success }
        console.out("")
        console.out("  effective value")
        let width = (environments.map(\.count).max() ?? 0) + 2
        for environment in environments {
            let result = workspace.loader.load(environment: environment, manifestText: locked[environment]?.text)
            let name = environment.padding(toLength: width, withPad: " ", startingAt: 0)
            guard let configuration = result.configuration else {
                console.out("    \(name)invalid; run 'umctl validate --env \(environment)'")
                continue
            }
            let value = configuration[option.path]
            let origin: String =
                switch configuration.origins[option.path] {
                case .environment(let mark): "\(workspace.loader.environmentPath(environment)):\(mark)"
                case .manifest(let mark):
                    locked[environment].map {
                        "\(workspace.loader.manifestPath) of \($0.lock.manifestCommit.prefix(12)), locked, line \(mark.line)"
                    }
                        ?? "\(workspace.loader.manifestPath):\(mark)"
                case .defaultValue, nil: "default"
                }
            console.out("    \(name)\(value.isNull ? "unset" : value.description)  (\(origin))")
        }
        return .success
    }
}
