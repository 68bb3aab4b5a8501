import Rendering

/// `umctl schema`: prints a JSON Schema of the manifest or of an environment file for editors.
struct SchemaCommand {
    static let summary = "print a JSON Schema (draft 2020-12) of the manifest for editors"
    static let flags = [
        ArgumentParser.Flag(name: "environment", help: "describe an environment file instead of the manifest"),
        CommonFlags.help,
    ]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        let target: ManifestSchema.Target = arguments.isSet("environment") ? .environment : .manifest
        workspace.console.write(ManifestSchema.json(workspace.loader.catalog, for: target))
        return .success
    }
}
