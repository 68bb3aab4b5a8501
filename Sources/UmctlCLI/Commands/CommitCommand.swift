/// `umctl commit`: renders one environment into a git repository and commits exactly its files.
struct CommitCommand {
    static let summary = "render one environment into the GitOps repository and commit it"
    static let flags = [CommonFlags.config, CommonFlags.env, CommonFlags.templates, CommonFlags.help]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed

    func run() throws(CommandFailure) -> ExitCode {
        // TODO: commit through libgit2
        throw CommandFailure(.gitFailure, "not yet available")
    }
}
