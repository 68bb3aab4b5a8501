import Foundation
import Git
import Manifest
import Rendering

/// A git repository that contains a configuration folder (`Environments/`) and
/// its `rendered/` tree, possibly in a subfolder of the work tree.
public struct ConfigurationRepository {
    public let repository: Repository
    /// The configuration folder's path relative to the work tree root, "" at the root.
    public let prefix: String
    public let root: URL

    /// Finds the repository that contains `root`; throws when there is none.
    public init(root: URL) throws(GitOpsError) {
        do {
            repository = try Repository.discover(from: root.path)
        } catch {
            throw .git(error)
        }
        let workdir = URL(fileURLWithPath: repository.workdir).resolvingSymlinksInPath().path
        let resolved = root.resolvingSymlinksInPath().path
        guard resolved == workdir || resolved.hasPrefix(workdir + "/") else {
            throw .io("\(root.path) is not inside the work tree \(workdir)")
        }
        prefix = resolved == workdir ? "" : String(resolved.dropFirst(workdir.count + 1))
        self.root = root
    }

    /// Converts a path relative to the configuration folder into the path git uses from the work tree root.
    public func gitPath(_ relative: String) -> String {
        prefix.isEmpty ? relative : "\(prefix)/\(relative)"
    }

    public func renderedFolder(_ environment: String) -> String {
        gitPath("\(EnvironmentCommit.renderedFolder)/\(environment)")
    }

    /// Reads a configuration file at `commit` (HEAD when nil); returns nil when it is not there.
    public func text(_ relative: String, at commit: ObjectID? = nil) throws(GitOpsError) -> String? {
        do {
            return try repository.file(at: gitPath(relative), in: commit).map { String(decoding: $0, as: UTF8.self) }
        } catch {
            if error.isNotFound { return nil }
            throw .git(error)
        }
    }

    /// Reads the committed rendered files of `environment` at `commit` (HEAD when nil), keyed by path below `rendered/<env>/`.
    public func committedFiles(of environment: String, at commit: ObjectID? = nil) throws(GitOpsError) -> [String: [UInt8]] {
        let folder = renderedFolder(environment)
        do {
            let files = try repository.files(under: folder, at: commit)
            return Dictionary(uniqueKeysWithValues: files.map { (String($0.key.dropFirst(folder.count + 1)), $0.value) })
        } catch {
            if error.isNotFound { return [:] }
            throw .git(error)
        }
    }

    /// Reads the manifest revision a locked environment renders from.
    /// Returns nil when `Environments/<env>.lock` is absent, meaning the working file applies.
    public func lockedManifest(for environment: String) throws(GitOpsError) -> (lock: PromotionLock, text: String)? {
        let lockURL = root.appendingPathComponent(PromotionLock.path(for: environment))
        guard let data = FileManager.default.contents(atPath: lockURL.path) else { return nil }
        let lock = try PromotionLock(text: String(decoding: data, as: UTF8.self), file: PromotionLock.path(for: environment))
        let text = try manifest(at: lock.manifestCommit, namedIn: PromotionLock.path(for: environment))
        guard SHA256.hex(text) == lock.manifestSHA256 else {
            throw .io(
                "the manifest of commit \(lock.manifestCommit) does not match manifest_sha256 in \(PromotionLock.path(for: environment))")
        }
        return (lock, text)
    }

    /// Reads `Environments/manifest.yaml` at a commit that `file` names.
    func manifest(at commitID: String, namedIn file: String) throws(GitOpsError) -> String {
        guard let commit = ObjectID(hex: commitID) else {
            throw .io("\(file): '\(commitID)' is not a commit ID")
        }
        guard let text = try text(ConfigurationLoader.folder + "/" + ConfigurationLoader.manifestName, at: commit) else {
            throw .io("commit \(commitID) named in \(file) has no \(ConfigurationLoader.folder)/\(ConfigurationLoader.manifestName)")
        }
        return text
    }

    /// The inputs of the last commit that rendered `environment`: its manifest revision and its environment file.
    public struct RenderInputs: Sendable {
        public var commit: CommitInfo
        public var manifestCommit: String
        public var manifestText: String
        public var environmentText: String
    }

    /// Reads the inputs that the last render commit of `environment` used, or nil when it was never
    /// committed or its inputs are not in that commit (the configuration lives elsewhere).
    public func lastRenderInputs(of environment: String) throws(GitOpsError) -> RenderInputs? {
        let found: CommitInfo?
        do {
            found = try repository.lastCommit(touching: renderedFolder(environment))
        } catch {
            throw .git(error)
        }
        guard let commit = found,
            let environmentText = try text("\(ConfigurationLoader.folder)/\(environment).yaml", at: commit.id)
        else { return nil }
        var manifestCommit = commit.id.hex
        if let lockText = try text(PromotionLock.path(for: environment), at: commit.id) {
            manifestCommit = try PromotionLock(text: lockText, file: PromotionLock.path(for: environment)).manifestCommit
        }
        guard let manifestText = try? manifest(at: manifestCommit, namedIn: commit.id.hex) else { return nil }
        return RenderInputs(commit: commit, manifestCommit: manifestCommit, manifestText: manifestText, environmentText: environmentText)
    }
}
