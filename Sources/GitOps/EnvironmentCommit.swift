import Foundation
import Git
import Rendering

/// Writes one environment's rendered files into a GitOps repository and commits exactly them.
public struct EnvironmentCommit {
    /// The files to commit and their description.
    public struct Request: Sendable {
        public var rendered: RenderedEnvironment
        /// SHA-256 of the manifest text the files were rendered from.
        public var manifestDigest: String
        /// The subject line; a default names the environment.
        public var subject: String?
        /// Lines for the message body, such as the changed options.
        public var body: [String]
        public var promotedFrom: String?
        /// Further files to commit with the rendered folder, relative to the repository root.
        public var extraPaths: [String]
        /// The folder of the environment's files, relative to the repository root; `rendered/<env>` unless the
        /// configuration sits in a subfolder.
        public var folder: String

        public init(
            rendered: RenderedEnvironment, manifestDigest: String, subject: String? = nil, body: [String] = [],
            promotedFrom: String? = nil, extraPaths: [String] = []
        ) {
            self.rendered = rendered
            self.manifestDigest = manifestDigest
            self.subject = subject
            self.body = body
            self.promotedFrom = promotedFrom
            self.extraPaths = extraPaths
            self.folder = "\(EnvironmentCommit.renderedFolder)/\(rendered.environment)"
        }
    }

    public enum Outcome: Sendable {
        case committed(CommitInfo, changes: [FileChange])
        case unchanged
    }

    /// The folder, relative to the repository root, that contains every environment's rendered files.
    public static let renderedFolder = "rendered"

    public let repositoryPath: String
    /// How long to keep the lock before committing; only tests that race two commits set it.
    public var lockHoldTime: TimeInterval = 0

    public init(repositoryPath: String) {
        self.repositoryPath = repositoryPath
    }

    public func commit(_ request: Request, author: Signature, committer: Signature? = nil) throws(GitOpsError) -> Outcome {
        let repository: Repository
        do {
            repository = try Repository.open(at: repositoryPath)
        } catch {
            throw .git(error)
        }
        let lock = try RepositoryLock(gitDirectory: URL(fileURLWithPath: repository.workdir).appendingPathComponent(".git").path)
        defer { lock.release() }
        if lockHoldTime > 0 { Thread.sleep(forTimeInterval: lockHoldTime) }

        let findings = request.rendered.files.flatMap { SecretScanner.scan($0.contents, file: "\(request.folder)/\($0.path)") }
        guard findings.isEmpty else { throw GitOpsError.secretsFound(findings) }

        let folder = request.folder
        let staged: [String]
        do {
            staged = try repository.stagedPaths(outside: folder)
        } catch {
            throw .git(error)
        }
        let unrelated = staged.filter { !request.extraPaths.contains($0) }
        guard unrelated.isEmpty else { throw .unrelatedStagedChanges(unrelated) }

        let output = OutputTree(root: URL(fileURLWithPath: repository.workdir).appendingPathComponent(folder).deletingLastPathComponent())
        do {
            try output.write(request.rendered)
        } catch {
            throw .io("\(error)")
        }

        let message = Self.message(for: request)
        do {
            switch try repository.commit(
                paths: [folder] + request.extraPaths, message: message, author: author,
                committer: committer ?? author)
            {
            case .committed(let info, let changes): return .committed(info, changes: changes)
            case .unchanged: return .unchanged
            }
        } catch {
            throw .git(error)
        }
    }

    /// Builds the commit message: subject, body lines, then trailers that tools can parse.
    static func message(for request: Request) -> String {
        let environment = request.rendered.environment
        var lines = [request.subject ?? "Render \(environment)"]
        if !request.body.isEmpty {
            lines.append("")
            lines += request.body
        }
        lines.append("")
        lines.append("Environment: \(environment)")
        lines.append("Manifest-SHA256: \(request.manifestDigest)")
        if let source = request.promotedFrom { lines.append("Promoted-From: \(source)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
