import Foundation
import Git
import Manifest
import Rendering

/// Promotes the manifest revision that an environment was last rendered from to another environment.
///
/// The commit that last rendered the source environment names the manifest
/// to promote. That is the manifest in that commit, unless the source is itself
/// locked; then it is the revision the source's lock names. So beta → prod →
/// satellite carries one revision along the chain.
public struct Promotion {
    public let config: ConfigurationRepository
    public let loader: ConfigurationLoader
    public let renderer: EnvironmentRenderer

    public init(config: ConfigurationRepository, loader: ConfigurationLoader, renderer: EnvironmentRenderer) {
        self.config = config
        self.loader = loader
        self.renderer = renderer
    }

    /// Everything a promotion would do, computed without writing anything.
    public struct Plan: Sendable {
        public var source: String
        public var target: String
        /// The commit that last rendered the source environment.
        public var sourceRenderCommit: CommitInfo
        /// The commit whose manifest is promoted.
        public var manifestCommit: String
        public var manifestText: String
        /// The target's render from the promoted manifest, when it is valid.
        public var rendered: RenderedEnvironment?
        public var diagnostics: [Diagnostic]
        public var optionChanges: [OptionChange]
        /// True when the target was never rendered and committed before, so every option is new to it.
        public var isFirstRender: Bool
        public var fileChanges: OutputTree.Outcome?
    }

    public func plan(from source: String, to target: String) throws(GitOpsError) -> Plan {
        guard source != target else { throw .promotionRefused("cannot promote \(source) to itself") }
        let sourceFolder = config.renderedFolder(source)
        let lastRender: CommitInfo?
        do {
            lastRender = try config.repository.lastCommit(touching: sourceFolder)
        } catch {
            throw .git(error)
        }
        guard lastRender != nil else {
            throw .promotionRefused("\(source) has never been committed; run 'umctl commit --env \(source)' first")
        }
        guard let inputs = try config.lastRenderInputs(of: source) else {
            throw .promotionRefused(
                "the commit that last rendered \(source) does not contain its configuration; "
                    + "keep Environments/ and rendered/ in one repository and commit with 'umctl commit'")
        }
        let renderCommit = inputs.commit
        let manifestCommit = inputs.manifestCommit
        let manifestText = inputs.manifestText

        let output = OutputTree(root: config.root.appendingPathComponent(EnvironmentCommit.renderedFolder))
        let checkedOut = output.existingFiles(of: source)
        guard checkedOut == (try config.committedFiles(of: source)) else {
            throw .promotionRefused("\(sourceFolder) has uncommitted changes; commit or discard them before promoting \(source)")
        }
        try requireNoDrift(source: source, inputs: inputs)

        let result = loader.load(environment: target, manifestText: manifestText)
        var rendered: RenderedEnvironment?
        var diagnostics = result.diagnostics
        if let configuration = result.configuration {
            do {
                let render = try renderer.render(configuration)
                diagnostics += RenderedConsistency.check(render)
                rendered = render
            } catch {
                throw .io("internal template error in \(target): \(error)")
            }
        }
        let previous = previousConfiguration(of: target)
        let changes = result.configuration.map { new in previous.map { new.changes(from: $0) } ?? [] } ?? []
        return Plan(
            source: source, target: target, sourceRenderCommit: renderCommit, manifestCommit: manifestCommit,
            manifestText: manifestText, rendered: rendered, diagnostics: diagnostics, optionChanges: changes,
            isFirstRender: previous == nil,
            fileChanges: rendered.map(output.plan))
    }

    /// Writes the target's lock and rendered files and commits them together.
    public func execute(_ plan: Plan, author: Signature, lockHoldTime: TimeInterval = 0) throws(GitOpsError) -> EnvironmentCommit.Outcome {
        guard let rendered = plan.rendered, !plan.diagnostics.contains(where: { $0.severity == .error }) else {
            throw .promotionRefused("\(plan.target) does not validate with the manifest of \(plan.manifestCommit.prefix(12))")
        }
        var lock = PromotionLock(
            sourceEnvironment: plan.source, sourceCommit: plan.sourceRenderCommit.id.hex, manifestCommit: plan.manifestCommit,
            manifestSHA256: SHA256.hex(plan.manifestText),
            promotedAt: PromotionLock.timestamp(seconds: author.time), promotedBy: "\(author.name) <\(author.email)>")
        let lockURL = config.root.appendingPathComponent(PromotionLock.path(for: plan.target))
        let previousLock = FileManager.default.contents(atPath: lockURL.path)
        // Promoting the same revision again keeps the existing record, so nothing changes and nothing is committed.
        if let previousLock, let existing = try? PromotionLock(text: String(decoding: previousLock, as: UTF8.self), file: lockURL.path),
            existing.sourceEnvironment == lock.sourceEnvironment, existing.manifestCommit == lock.manifestCommit,
            existing.manifestSHA256 == lock.manifestSHA256
        {
            lock = existing
        }
        do {
            try Data(lock.text.utf8).write(to: lockURL, options: .atomic)
        } catch {
            throw .io("cannot write \(lockURL.path): \(error.localizedDescription)")
        }

        var body = [
            "Promote the manifest of \(plan.manifestCommit.prefix(12)), last rendered for \(plan.source) in \(plan.sourceRenderCommit.id.hex.prefix(12))."
        ]
        if !plan.optionChanges.isEmpty {
            body += ["", "Changed options:"] + plan.optionChanges.map { "- \($0)" }
        }
        var request = EnvironmentCommit.Request(
            rendered: rendered, manifestDigest: lock.manifestSHA256, subject: "Promote \(plan.source) to \(plan.target)",
            body: body, promotedFrom: "\(plan.source) \(plan.sourceRenderCommit.id.hex)",
            extraPaths: [config.gitPath(PromotionLock.path(for: plan.target)), config.gitPath(loader.environmentPath(plan.target))])
        request.folder = config.renderedFolder(plan.target)
        var committer = EnvironmentCommit(repositoryPath: config.repository.workdir)
        committer.lockHoldTime = lockHoldTime
        do {
            return try committer.commit(request, author: author)
        } catch {
            // Put the lock file back as it was, so a refused commit changes nothing.
            if let previousLock { try? previousLock.write(to: lockURL) } else { try? FileManager.default.removeItem(at: lockURL) }
            throw error
        }
    }

    /// Refuses when the source's committed files are not what its committed inputs render to.
    private func requireNoDrift(source: String, inputs: ConfigurationRepository.RenderInputs) throws(GitOpsError) {
        let renderCommit = inputs.commit
        let result = loader.load(environment: source, manifestText: inputs.manifestText, environmentText: inputs.environmentText)
        guard let configuration = result.configuration else {
            throw .promotionRefused(
                "\(source) as committed in \(renderCommit.id.hex.prefix(12)) does not validate; fix and commit it first")
        }
        let expected: RenderedEnvironment
        do {
            expected = try renderer.render(configuration)
        } catch {
            throw .io("internal template error in \(source): \(error)")
        }
        let drifted = DriftCheck.compare(
            expected, committed: try config.committedFiles(of: source, at: renderCommit.id),
            workTree: try config.committedFiles(of: source, at: renderCommit.id),
            folder: config.renderedFolder(source)
        )
        .filter { $0.location == .committed }
        guard drifted.isEmpty else {
            throw .sourceDrifted(
                "\(source) has drifted from its manifest: "
                    + drifted.map(\.description).joined(separator: ", ") + "; run 'umctl commit --env \(source)' and test it again")
        }
    }

    /// Loads the target's configuration as its last render commit had it, to list the options a promotion changes.
    private func previousConfiguration(of target: String) -> Configuration? {
        guard let inputs = try? config.lastRenderInputs(of: target) else { return nil }
        return loader.load(environment: target, manifestText: inputs.manifestText, environmentText: inputs.environmentText).configuration
    }
}
