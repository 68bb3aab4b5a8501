import Git

/// The reason a GitOps operation stopped. Every case leaves the repository as it was.
public enum GitOpsError: Error, Sendable, CustomStringConvertible {
    /// Another umctl holds the repository's lock.
    case locked(path: String, owner: Int32?)
    /// Changes are staged outside the environment's folder.
    case unrelatedStagedChanges([String])
    case git(GitError)
    case io(String)
    /// The files to commit contain what looks like key material.
    case secretsFound([SecretScanner.Finding])
    /// The source environment of a promotion is not in a state to promote.
    case promotionRefused(String)
    /// The source environment's committed files differ from what its committed inputs render to.
    case sourceDrifted(String)

    public var description: String {
        switch self {
        case .locked(let path, let owner):
            let who = owner.map { "process \($0)" } ?? "another process"
            return "the repository is locked by \(who) (\(path)); wait for it to finish, or remove the file if no umctl is running"
        case .unrelatedStagedChanges(let paths):
            return "changes outside the environment's folder are staged: \(paths.joined(separator: ", ")); commit or unstage them first"
        case .git(let error):
            return "git: \(error)"
        case .io(let message):
            return message
        case .secretsFound(let findings):
            return "the rendered files contain what looks like secret material:\n" + findings.map { "  \($0)" }.joined(separator: "\n")
                + "\nname an OpenShift Secret instead (secret-name/key) and keep the value out of git"
        case .promotionRefused(let reason), .sourceDrifted(let reason):
            return reason
        }
    }
}
