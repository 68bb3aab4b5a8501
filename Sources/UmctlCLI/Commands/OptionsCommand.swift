import Manifest
import Rendering

/// `umctl options`: prints the whole option catalog as Markdown or JSON.
struct OptionsCommand {
    static let summary = "print every option of the catalog (Markdown or JSON)"
    static let flags = [
        ArgumentParser.Flag(name: "format", valueName: "FORMAT", help: "markdown or json (default: markdown)"),
        CommonFlags.help,
    ]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        switch arguments.value("format") ?? "markdown" {
        case "markdown": workspace.console.write(CatalogDocument.markdown(workspace.loader.catalog))
        case "json": workspace.console.write(CatalogDocument.json(workspace.loader.catalog))
        case let other: throw CommandFailure(.usage, "unknown format '\(other)'", hint: "use markdown or json")
        }
        return .success
    }
}
