import Foundation
import Git
import Manifest
import YAML

/// A new configuration repository: the manifest of every catalog option, one file per
/// environment, CI, a pre-commit hook and a README, created and committed in one step.
public struct ConfigurationScaffold {
    /// One file of the new repository.
    public struct File: Sendable, Equatable {
        /// Path relative to the repository root, with `/` separators.
        public var path: String
        public var text: String
        public var executable: Bool

        public init(path: String, text: String, executable: Bool = false) {
            self.path = path
            self.text = text
            self.executable = executable
        }
    }

    public static let defaultEnvironments = ["beta", "prod", "satellite"]
    public static let initialBranch = "main"
    /// The installed hook, which git never commits. The committed copy is in `.githooks/`.
    public static let installedHookPath = ".git/hooks/pre-commit"

    public let catalog: Catalog
    public let environments: [String]

    public init(catalog: Catalog = .standard, environments: [String] = ConfigurationScaffold.defaultEnvironments) {
        self.catalog = catalog
        self.environments = environments
    }

    /// Lists every committed file, in the order the operator sees them. The same catalog gives the same bytes.
    public func files() throws(GitOpsError) -> [File] {
        var files: [File] = []
        do {
            files.append(File(path: "Environments/manifest.yaml", text: try manifestText()))
            for environment in environments {
                files.append(File(path: "Environments/\(environment).yaml", text: try environmentText(environment)))
            }
        } catch {
            throw .io("cannot write the YAML of the new manifest: \(error)")
        }
        files.append(File(path: ".github/workflows/umctl.yml", text: Self.workflow))
        files.append(File(path: ".githooks/pre-commit", text: Self.preCommitHook, executable: true))
        files.append(File(path: ".gitignore", text: Self.gitignore))
        files.append(File(path: "README.md", text: Self.readme(environments: environments)))
        return files
    }

    /// Creates the repository at `folder`, which must be missing or empty, writes every file,
    /// installs the pre-commit hook and makes the first commit on `main`.
    ///
    /// Returns the commit and the committed files. On failure everything created in
    /// `folder` is removed again, so a retry starts clean.
    public func create(at folder: URL, message: String, author: Signature)
        throws(GitOpsError) -> (commit: CommitInfo, files: [File])
    {
        let path = folder.standardizedFileURL.path
        let vacancy = Self.vacancy(of: folder)
        switch vacancy {
        case .missing, .emptyFolder: break
        case .notAFolder: throw .io("\(path) exists and is not a folder")
        case .unreadable: throw .io("cannot list \(path)")
        case .notEmpty(let names): throw .io("\(path) is not empty: it contains \(names.joined(separator: ", "))")
        }
        let files = try files()
        do {
            return (try populate(path, files: files, message: message, author: author), files)
        } catch {
            Self.removeCreated(path, removeFolder: vacancy == .missing)
            throw error
        }
    }

    /// Whether a folder can hold a new repository.
    public enum Vacancy: Sendable, Equatable {
        case missing
        case emptyFolder
        case notAFolder
        /// The folder exists but cannot be listed, for example for lack of permission.
        case unreadable
        /// The folder's entries, sorted, at most five of them.
        case notEmpty([String])
    }

    /// Checks `folder` without changing it. Hidden entries such as `.git` count, so an existing repository is never reused.
    public static func vacancy(of folder: URL) -> Vacancy {
        let path = folder.standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        guard isFolder.boolValue else { return .notAFolder }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return .unreadable }
        return names.isEmpty ? .emptyFolder : .notEmpty(Array(names.sorted().prefix(5)))
    }

    private func populate(_ root: String, files: [File], message: String, author: Signature) throws(GitOpsError) -> CommitInfo {
        let repository: Repository
        do {
            repository = try Repository.initialize(at: root, initialBranch: Self.initialBranch)
        } catch {
            throw .git(error)
        }
        for file in files {
            try Self.write(file, under: root)
        }
        try Self.write(File(path: Self.installedHookPath, text: Self.preCommitHook, executable: true), under: root)

        // Only the listed paths are staged, so a stray file in the folder cannot slip into the first commit.
        let outcome: Repository.CommitOutcome
        do {
            outcome = try repository.commit(paths: files.map(\.path), message: message, author: author, committer: author)
        } catch {
            throw .git(error)
        }
        guard case .committed(let info, _) = outcome else {
            throw .io("failed to commit in \(root) because no new file was staged")
        }
        return info
    }

    private static func write(_ file: File, under root: String) throws(GitOpsError) {
        let url = URL(fileURLWithPath: root).appendingPathComponent(file.path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
            // Set the mode explicitly so the umask cannot change what git records (100644 or 100755).
            try FileManager.default.setAttributes([.posixPermissions: file.executable ? 0o755 : 0o644], ofItemAtPath: url.path)
        } catch {
            throw .io("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Undoes a failed `create`: the folder goes if it was made here, else only its new content.
    private static func removeCreated(_ root: String, removeFolder: Bool) {
        let manager = FileManager.default
        if removeFolder {
            try? manager.removeItem(atPath: root)
            return
        }
        // The folder was empty before, so everything in it now came from this run.
        for name in (try? manager.contentsOfDirectory(atPath: root)) ?? [] {
            try? manager.removeItem(atPath: root + "/" + name)
        }
    }
}
