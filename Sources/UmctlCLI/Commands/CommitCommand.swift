import Foundation
import Git
import GitOps
import Manifest
import Rendering

/// `umctl commit`: renders one environment into a GitOps repository and commits exactly its files.
struct CommitCommand {
    static let summary = "render one environment into the GitOps repository and commit it"
    static let flags = [
        CommonFlags.config, CommonFlags.env, CommonFlags.templates,
        ArgumentParser.Flag(name: "repo", short: "r", valueName: "DIR",
                            help: "GitOps repository; files go to rendered/<env>/ in it (default: --config)"),
        ArgumentParser.Flag(name: "message", short: "m", valueName: "TEXT", help: "subject line of the commit"),
        ArgumentParser.Flag(name: "author-name", valueName: "NAME", help: "commit author (default: UMCTL_AUTHOR_NAME, then git config)"),
        ArgumentParser.Flag(name: "author-email", valueName: "EMAIL", help: "author email (default: UMCTL_AUTHOR_EMAIL, then git config)"),
        ArgumentParser.Flag(name: "date", valueName: "SECONDS", help: "commit time in seconds since 1970 (default: SOURCE_DATE_EPOCH, then now)"),
        CommonFlags.format, CommonFlags.quiet, CommonFlags.help,
    ]

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed
    var environment: [String: String] = ProcessInfo.processInfo.environment

    init(workspace: Workspace, arguments: ArgumentParser.Parsed) {
        self.workspace = workspace
        self.arguments = arguments
    }

    func run() throws(CommandFailure) -> ExitCode {
        let environments = try workspace.environments(arguments, defaultAll: false)
        guard environments.count == 1, let name = environments.first else {
            throw CommandFailure(.usage, "commit takes exactly one --env", hint: "run one commit per environment")
        }
        let repositoryPath = arguments.value("repo").map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? workspace.root.path
        let repository: Repository
        do {
            repository = try Repository.open(at: repositoryPath)
        } catch {
            throw CommandFailure(.gitFailure, "cannot open the git repository at \(repositoryPath): \(error.message)",
                                 hint: "pass --repo with the work tree of a git repository")
        }
        let author = try signature(repository)

        let (renders, diagnostics) = try workspace.renderAll([name])
        DiagnosticPrinter(format: try OutputFormat.parse(arguments), console: workspace.console, root: workspace.root).print(diagnostics)
        guard let rendered = renders.first, !diagnostics.contains(where: { $0.severity == .error }) else {
            workspace.console.error("validation failed; nothing was written or committed")
            return .validationFailed
        }

        let request = EnvironmentCommit.Request(
            rendered: rendered, manifestDigest: try manifestDigest(), subject: arguments.value("message"))
        let outcome: EnvironmentCommit.Outcome
        do {
            outcome = try EnvironmentCommit(repositoryPath: repository.workdir).commit(request, author: author)
        } catch {
            if case .io(let message) = error { throw CommandFailure(.ioFailure, message) }
            throw CommandFailure(.gitFailure, error.description)
        }
        switch outcome {
        case .unchanged:
            workspace.console.out("\(name): nothing to commit; rendered/\(name) already matches HEAD")
        case .committed(let info, let changes):
            workspace.console.out("\(name): committed \(info.id.hex.prefix(12)) (\(changes.count) file\(changes.count == 1 ? "" : "s") changed)")
            if !arguments.isSet("quiet") {
                for change in changes { workspace.console.out("  \(change)") }
            }
        }
        return .success
    }

    /// Author from flags, then UMCTL_AUTHOR_NAME and UMCTL_AUTHOR_EMAIL, then the repository's git config.
    private func signature(_ repository: Repository) throws(CommandFailure) -> Signature {
        let name = arguments.value("author-name") ?? environment["UMCTL_AUTHOR_NAME"] ?? repository.configString("user.name")
        let email = arguments.value("author-email") ?? environment["UMCTL_AUTHOR_EMAIL"] ?? repository.configString("user.email")
        guard let name, let email, !name.isEmpty, !email.isEmpty else {
            throw CommandFailure(.gitFailure, GitOpsError.missingAuthor.description)
        }
        let dateText = arguments.value("date") ?? environment["SOURCE_DATE_EPOCH"]
        if let dateText {
            guard let seconds = Int64(dateText) else {
                throw CommandFailure(.usage, "invalid commit time '\(dateText)'", hint: "give whole seconds since 1970, for example 1767225600")
            }
            return Signature(name: name, email: email, time: seconds, offsetMinutes: 0)
        }
        return Signature.now(name: name, email: email)
    }

    private func manifestDigest() throws(CommandFailure) -> String {
        let url = workspace.root.appendingPathComponent(workspace.loader.manifestPath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure(.ioFailure, "cannot read \(url.path)")
        }
        return SHA256.hex(Array(data))
    }
}
