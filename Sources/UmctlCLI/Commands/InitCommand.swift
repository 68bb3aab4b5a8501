import Foundation
import Git
import GitOps

/// `umctl init DIR`: creates a new configuration repository with a commented manifest of every option.
struct InitCommand {
    static let summary = "create a new configuration repository with every option at its default"
    static let flags = Authorship.flags + [CommonFlags.quiet, CommonFlags.help]
    static let message = """
        Create the configuration repository

        umctl init wrote the manifest with every option of the catalog, an
        environment file for each environment, a CI workflow, a pre-commit hook
        and a README.

        """

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed
    var environment: [String: String] = ProcessInfo.processInfo.environment

    init(workspace: Workspace, arguments: ArgumentParser.Parsed) {
        self.workspace = workspace
        self.arguments = arguments
    }

    func run() throws(CommandFailure) -> ExitCode {
        let folder = try targetFolder()
        let author = try signature()
        let scaffold = ConfigurationScaffold()
        let created: (commit: CommitInfo, files: [ConfigurationScaffold.File])
        do {
            created = try scaffold.create(at: folder, message: Self.message, author: author)
        } catch {
            switch error {
            case .git(let gitError):
                throw CommandFailure(.gitFailure, "failed to create the repository at \(folder.path): \(gitError.message)")
            default: throw CommandFailure(.ioFailure, "failed to create the repository at \(folder.path): \(error)")
            }
        }
        report(folder: folder, files: created.files, commit: created.commit)
        return .success
    }

    /// Returns DIR resolved against the folder umctl runs in, after checking that it is missing or empty.
    private func targetFolder() throws(CommandFailure) -> URL {
        guard let name = arguments.positionals.first else {
            throw CommandFailure(.usage, "missing folder to create", hint: "umctl init DIR, for example umctl init messenger-config")
        }
        guard arguments.positionals.count == 1 else {
            throw CommandFailure(
                .usage, "init takes one folder, not \(arguments.positionals.count)",
                hint: "quote a path that contains spaces")
        }
        let folder = workspace.resolve(name)
        switch ConfigurationScaffold.vacancy(of: folder) {
        case .missing, .emptyFolder:
            return folder
        case .notAFolder:
            throw CommandFailure(.usage, "\(folder.path) exists and is not a folder", hint: "name a new folder")
        case .unreadable:
            throw CommandFailure(.ioFailure, "cannot list \(folder.path)", hint: "check its permissions, or name a new folder")
        case .notEmpty(let names):
            throw CommandFailure(
                .usage, "\(folder.path) is not empty (it contains \(names.joined(separator: ", ")))",
                hint: "name a new or empty folder; init never writes into existing files")
        }
    }

    /// Returns the author from flags or variables, else umctl itself, because the new repository has no git config yet.
    private func signature() throws(CommandFailure) -> Signature {
        try Authorship.signature(arguments, environment: environment, fallbackName: "umctl", fallbackEmail: "umctl@localhost")
    }

    private func report(folder: URL, files: [ConfigurationScaffold.File], commit: CommitInfo) {
        let console = workspace.console
        console.out("Created a configuration repository in \(folder.path)")
        if !arguments.isSet("quiet") {
            let width = (files.map(\.path) + [ConfigurationScaffold.installedHookPath]).map(\.count).max() ?? 0
            func line(_ path: String, _ note: String) {
                console.out("  " + path.padding(toLength: width + 2, withPad: " ", startingAt: 0) + note)
            }
            for file in files { line(file.path, Self.describe(file.path)) }
            line(ConfigurationScaffold.installedHookPath, "the same hook, active in this clone (not committed)")
        }
        console.out("Committed \(commit.id.hex) on \(ConfigurationScaffold.initialBranch): \(commit.summary)")
        guard !arguments.isSet("quiet") else { return }
        let relative = arguments.positionals.first ?? folder.path
        console.out("")
        console.out("Next steps:")
        console.out("  cd \(relative)")
        console.out("  1. Replace the example.org placeholders in Environments/*.yaml, and the product name")
        console.out("     and organisation in Environments/manifest.yaml.")
        console.out("  2. umctl validate")
        console.out("  3. umctl commit --env beta -m \"First render of beta\"   (and so on for each environment)")
        console.out("  4. git remote add origin URL && git push -u origin main")
        console.out("  Teammates enable the pre-commit hook after cloning with: git config core.hooksPath .githooks")
    }

    private static func describe(_ path: String) -> String {
        switch path {
        case "Environments/manifest.yaml": "every option of the catalog with a comment, at its default"
        case ".github/workflows/umctl.yml": "CI: umctl check on every push and pull request"
        case ".githooks/pre-commit": "pre-commit hook that runs umctl validate"
        case ".gitignore": "ignores editor swap files; rendered/ stays committed"
        case "README.md": "layout and commands of this repository"
        default: path.hasPrefix("Environments/") ? "environment facts, with example.org placeholders" : ""
        }
    }
}
