import Foundation
import Git
import GitOps
import Manifest
import Rendering

/// `umctl commit`: renders one environment into a GitOps repository and commits exactly its files.
struct CommitCommand {
    static let summary = "render one environment into the GitOps repository and commit it"
    static let flags =
        [
            CommonFlags.config, CommonFlags.env, CommonFlags.templates,
            ArgumentParser.Flag(
                name: "repo", short: "r", valueName: "DIR",
                help: "GitOps repository; files go to rendered/<env>/ in it (default: --config)"),
            ArgumentParser.Flag(name: "message", short: "m", valueName: "TEXT", help: "subject line of the commit"),
            CommonFlags.push, CommonFlags.format, CommonFlags.quiet, CommonFlags.help,
        ] + Authorship.flags

    let workspace: Workspace
    let arguments: ArgumentParser.Parsed
    var environment: [String: String] = ProcessInfo.processInfo.environment

    init(workspace: Workspace, arguments: ArgumentParser.Parsed) {
        self.workspace = workspace
        self.arguments = arguments
    }

    func run() throws(CommandFailure) -> ExitCode {
        let named = arguments.all("env")
        guard named.count == 1 else {
            throw CommandFailure(.usage, "commit takes exactly one --env NAME", hint: "run one commit per environment")
        }
        let name = try workspace.environments(arguments, defaultAll: false)[0]
        let repositoryPath = arguments.value("repo").map { workspace.resolve($0).path } ?? workspace.root.path
        let repository: Repository
        do {
            repository = try Repository.open(at: repositoryPath)
        } catch {
            throw CommandFailure(
                .gitFailure, "cannot open the git repository at \(repositoryPath): \(error.message)",
                hint: "pass --repo with the work tree of a git repository")
        }
        let author = try Authorship.signature(arguments, environment: environment, repository: repository)

        let (renders, diagnostics) = try workspace.renderAll([name])
        DiagnosticPrinter(format: try OutputFormat.parse(arguments), console: workspace.console, root: workspace.root).print(diagnostics)
        guard let rendered = renders.first, !diagnostics.contains(where: { $0.severity == .error }) else {
            workspace.console.error("validation failed; nothing was written or committed")
            return .validationFailed
        }

        // With the configuration in the same repository, its inputs go into the commit too.
        // History then records which manifest each render came from, which promote relies on.
        let config = workspace.repository().flatMap { $0.repository.workdir == repository.workdir ? $0 : nil }
        var request = EnvironmentCommit.Request(
            rendered: rendered, manifestDigest: try manifestDigest(name), subject: arguments.value("message"),
            body: config.map { optionSummary(name, config: $0, rendered: rendered) } ?? [])
        if let config {
            request.folder = config.renderedFolder(name)
            request.extraPaths = inputPaths(name).map(config.gitPath)
        }
        warnAboutHandEdits(rendered, folder: request.folder, repository: repository, config: config)
        var committer = EnvironmentCommit(repositoryPath: repository.workdir)
        committer.lockHoldTime = (environment["UMCTL_LOCK_HOLD_MS"].flatMap(Double.init) ?? 0) / 1000
        let outcome: EnvironmentCommit.Outcome
        do {
            outcome = try committer.commit(request, author: author)
        } catch {
            throw Self.failure(error)
        }
        let quiet = arguments.isSet("quiet")
        switch outcome {
        case .unchanged:
            if !quiet { workspace.console.out("\(name): nothing to commit; rendered/\(name) already matches HEAD") }
        case .committed(let info, let changes):
            if !quiet {
                workspace.console.out(
                    "\(name): committed \(info.id.hex.prefix(12)) (\(changes.count) file\(changes.count == 1 ? "" : "s") changed)")
                for change in changes { workspace.console.out("  \(change)") }
            }
            if let remote = arguments.value("push") {
                do {
                    try repository.push(remote: remote)
                } catch {
                    throw CommandFailure(
                        .gitFailure, "committed, but the push to \(remote) failed: \(error.message)",
                        hint: "push again with git push, or rerun umctl commit with --push")
                }
                if !quiet { workspace.console.out("\(name): pushed to \(remote)") }
            }
        }
        return .success
    }

    static func failure(_ error: GitOpsError) -> CommandFailure {
        switch error {
        case .io(let message): CommandFailure(.ioFailure, message)
        case .secretsFound: CommandFailure(.validationFailed, error.description)
        case .sourceDrifted: CommandFailure(.drift, error.description)
        default: CommandFailure(.gitFailure, error.description)
        }
    }

    /// Returns the configuration files a render of `name` reads, relative to the configuration folder.
    ///
    /// A locked environment reads the manifest from the commit its lock names, so the working
    /// manifest is not one of its inputs and stays out of its commit.
    private func inputPaths(_ name: String) -> [String] {
        let lock = PromotionLock.path(for: name)
        if FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent(lock).path) {
            return [workspace.loader.environmentPath(name), lock]
        }
        return [workspace.loader.manifestPath, workspace.loader.environmentPath(name)]
    }

    /// Warns when the render replaces rendered files that someone edited by hand: in the work tree
    /// since the last commit, or in a commit made with plain git after the last render.
    private func warnAboutHandEdits(
        _ rendered: RenderedEnvironment, folder: String, repository: Repository, config: ConfigurationRepository?
    ) {
        let workTree = OutputTree(root: URL(fileURLWithPath: repository.workdir).appendingPathComponent(folder).deletingLastPathComponent())
            .existingFiles(of: rendered.environment)
        guard let committed = try? repository.files(under: folder) else { return }
        var edited = Set(
            workTree.keys.filter { path in
                let bytes = workTree[path]
                return bytes != committed["\(folder)/\(path)"] && bytes != rendered[path].map { Array($0.contents.utf8) }
            })
        // What the inputs of the last render commit render to now; HEAD's files should be exactly that.
        if let config, let inputs = try? config.lastRenderInputs(of: rendered.environment),
            let configuration = workspace.loader.load(
                environment: rendered.environment, manifestText: inputs.manifestText, environmentText: inputs.environmentText
            ).configuration,
            let expected = try? EnvironmentRenderer(templates: workspace.templates()).render(configuration)
        {
            for (path, bytes) in committed {
                let relative = String(path.dropFirst(folder.count + 1))
                if bytes != expected[relative].map({ Array($0.contents.utf8) }) { edited.insert(relative) }
            }
        }
        guard !edited.isEmpty else { return }
        workspace.console.error(
            "warning: replacing hand edits in \(edited.sorted().map { "\(folder)/\($0)" }.joined(separator: ", ")); "
                + "change the manifest or the templates instead, as rendered files are always regenerated")
    }

    /// Returns the commit message body: the options whose effective value differs from the last render commit.
    private func optionSummary(_ name: String, config: ConfigurationRepository, rendered: RenderedEnvironment) -> [String] {
        guard let previous = try? Self.committedConfiguration(name, config: config, loader: workspace.loader),
            let current = try? currentConfiguration(name)
        else {
            return ["First render of \(name)."]
        }
        let changes = current.changes(from: previous)
        if changes.isEmpty { return ["No option changed since the last render of \(name)."] }
        return ["Changed options:"] + changes.map { "- \($0)" }
    }

    private func currentConfiguration(_ name: String) throws(CommandFailure) -> Configuration? {
        let locked = try workspace.lockedManifests([name])
        return workspace.loader.load(environment: name, manifestText: locked[name]?.text).configuration
    }

    /// Loads the configuration that the last render commit of `name` was made from.
    ///
    /// That commit, not HEAD, is the baseline: a manifest committed with plain git since then
    /// still counts as a change to the next render.
    static func committedConfiguration(_ name: String, config: ConfigurationRepository, loader: ConfigurationLoader) throws
        -> Configuration?
    {
        guard let inputs = try config.lastRenderInputs(of: name) else { return nil }
        return loader.load(environment: name, manifestText: inputs.manifestText, environmentText: inputs.environmentText).configuration
    }

    /// SHA-256 of the manifest the render used: the locked revision's, or the working file's.
    private func manifestDigest(_ name: String) throws(CommandFailure) -> String {
        if let locked = try workspace.lockedManifests([name])[name] { return SHA256.hex(locked.text) }
        let url = workspace.root.appendingPathComponent(workspace.loader.manifestPath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure(.ioFailure, "cannot read \(url.path)")
        }
        return SHA256.hex(Array(data))
    }
}
