/// `umctl init DIR`: creates a new configuration repository with a commented manifest of every option.
struct InitCommand {
    static let summary = "create a new configuration repository with every option at its default"
    static let flags = [CommonFlags.help]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        throw CommandFailure(.usage, "init is not available yet")
    }
}
