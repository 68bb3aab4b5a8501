internal import CGit2

/// Owner of a `git_commit` handle.
///
/// It keeps its repository alive because libgit2 requires every object to be
/// freed before the repository it came from.
final class Commit {
    let repository: Repository
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer, repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    convenience init(lookup id: git_oid, in repository: Repository) throws(GitError) {
        var commit: OpaquePointer?
        var oid = id
        try check(git_commit_lookup(&commit, repository.pointer, &oid), "git_commit_lookup")
        guard let commit else {
            throw GitError(function: "git_commit_lookup", code: GIT_ERROR.rawValue, message: "libgit2 returned no commit")
        }
        self.init(owning: commit, repository: repository)
    }

    deinit {
        git_commit_free(pointer)
    }

    var parentCount: Int {
        Int(git_commit_parentcount(pointer))
    }

    func tree() throws(GitError) -> Tree {
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, pointer), "git_commit_tree")
        guard let tree else {
            throw GitError(function: "git_commit_tree", code: GIT_ERROR.rawValue, message: "libgit2 returned no tree")
        }
        return Tree(owning: tree, repository: repository)
    }

    func parent(at position: Int) throws(GitError) -> Commit {
        guard let position = UInt32(exactly: position) else {
            throw GitError.invalidArgument("git_commit_parent", "parent position \(position) is out of range")
        }
        var parent: OpaquePointer?
        try check(git_commit_parent(&parent, pointer, position), "git_commit_parent")
        guard let parent else {
            throw GitError(function: "git_commit_parent", code: GIT_ERROR.rawValue, message: "libgit2 returned no parent commit")
        }
        return Commit(owning: parent, repository: repository)
    }

    func info() throws(GitError) -> CommitInfo {
        guard let author = git_commit_author(pointer), let committer = git_commit_committer(pointer) else {
            throw GitError(function: "git_commit_author", code: GIT_ERROR.rawValue, message: "commit has no author or committer")
        }
        var parentIDs: [ObjectID] = []
        for position in 0..<git_commit_parentcount(pointer) {
            parentIDs.append(try ObjectID(git_commit_parent_id(pointer, position), function: "git_commit_parent_id"))
        }
        // git_commit_summary returns NULL only when it cannot allocate the summary.
        let summary = git_commit_summary(pointer).map { String(cString: $0) } ?? ""
        return CommitInfo(
            id: try ObjectID(git_commit_id(pointer), function: "git_commit_id"),
            summary: summary,
            message: git_commit_message(pointer).map { String(cString: $0) } ?? "",
            author: Signature(author),
            committer: Signature(committer),
            treeID: try ObjectID(git_commit_tree_id(pointer), function: "git_commit_tree_id"),
            parentIDs: parentIDs
        )
    }
}
