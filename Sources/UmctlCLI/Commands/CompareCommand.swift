import Manifest

/// `umctl compare A B`: the options whose effective value differs between two environments.
struct CompareCommand {
    static let summary = "list the options whose effective values differ between two environments"
    static let flags = [CommonFlags.config, CommonFlags.help]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        guard arguments.positionals.count == 2 else {
            throw CommandFailure(.usage, "compare takes two environments", hint: "for example: umctl compare beta prod")
        }
        let names = arguments.positionals
        try workspace.requireKnown(names)

        let locked = try workspace.lockedManifests(names)
        var configurations: [Configuration] = []
        for name in names {
            let result = workspace.loader.load(environment: name, manifestText: locked[name]?.text)
            guard let configuration = result.configuration else {
                DiagnosticPrinter(format: .text, console: workspace.console, root: workspace.root).print(result.diagnostics)
                return .validationFailed
            }
            configurations.append(configuration)
        }

        let changes = configurations[1].changes(from: configurations[0])
        let console = workspace.console
        for name in names {
            guard let lock = locked[name]?.lock else { continue }
            console.out("\(name) renders from the manifest of \(lock.manifestCommit.prefix(12)) (promoted from \(lock.sourceEnvironment))")
        }

        if changes.isEmpty {
            console.out("\(names[0]) and \(names[1]) have the same effective options")
            return .success
        }
        let width = changes.map(\.path.count).max() ?? 0
        console.out("\("option".padding(toLength: width + 2, withPad: " ", startingAt: 0))\(names[0]) → \(names[1])")
        for change in changes {
            let old = change.old.isNull ? "unset" : change.old.description
            let new = change.new.isNull ? "unset" : change.new.description
            console.out("\(change.path.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(old) → \(new)")
        }
        return .success
    }
}
