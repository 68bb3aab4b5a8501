import Manifest

/// The text of `umctl --help` and `umctl help COMMAND`.
enum Help {
    static let exitCodes = """
        Exit status:
          0  success
          1  validation failed (the manifest or an environment file is invalid)
          2  usage error (unknown command, option or environment)
          3  drift found (committed rendered files differ from the manifest)
          4  git failure (no repository, locked by another umctl, unrelated changes staged,
             or an environment not ready to promote)
          5  I/O failure (a file or folder cannot be read or written)
        """

    static func overview(_ commands: [Umctl.Command]) -> String {
        let width = commands.map(\.name.count).max() ?? 0
        let list = commands.map { "  \($0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.summary)" }
        return """
            umctl \(Umctl.version): render and deploy the hospital's Matrix messenger configuration.

            Usage: umctl COMMAND [OPTIONS]

            Commands:
            \(list.joined(separator: "\n"))

            umctl reads Environments/manifest.yaml and Environments/<env>.yaml from the
            configuration folder (--config DIR, default the current folder) and renders
            Synapse, Element Web, Keycloak, Sygnal and OpenShift files into rendered/<env>/.

            Run 'umctl help COMMAND' for a command's options.

            \(exitCodes)
            """
    }

    static func command(_ command: Umctl.Command) -> String {
        let rows = command.flags.map { flag -> (String, String) in
            let short = flag.short.map { "-\($0), " } ?? "    "
            let value = flag.valueName.map { " \($0)" } ?? ""
            return ("\(short)--\(flag.name)\(value)", flag.help)
        }
        let width = rows.map(\.0.count).max() ?? 0
        let options = rows.map { "  \($0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.1)" }
        return """
            umctl \(command.name): \(command.summary)

            Usage: \(command.usage)

            Options:
            \(options.joined(separator: "\n"))

            \(exitCodes)
            """
    }
}
