internal import CGit2

/// Owner of the repository's `git_index` handle.
///
/// libgit2 hands every caller the same in-memory index of a repository, so
/// each public operation rereads it from disk first and writes it after any change.
final class Index {
    let repository: Repository
    let pointer: OpaquePointer

    init(of repository: Repository) throws(GitError) {
        var index: OpaquePointer?
        try check(git_repository_index(&index, repository.pointer), "git_repository_index")
        guard let index else {
            throw GitError(function: "git_repository_index", code: GIT_ERROR.rawValue, message: "libgit2 returned no index")
        }
        self.pointer = index
        self.repository = repository
    }

    deinit {
        git_index_free(pointer)
    }

    /// Discards the in-memory state and reads `.git/index` again, so changes
    /// made by other processes (such as the git CLI) are seen.
    func reload() throws(GitError) {
        try check(git_index_read(pointer, 1), "git_index_read")
    }

    /// Paths of all entries in any stage, so conflicted paths appear once.
    func paths() -> [String] {
        var result: [String] = []
        for position in 0..<git_index_entrycount(pointer) {
            guard let entry = git_index_get_byindex(pointer, position), let path = entry.pointee.path else {
                continue
            }
            let text = String(cString: path)
            if result.last != text {
                result.append(text)
            }
        }
        return result
    }

    var entryCount: Int {
        git_index_entrycount(pointer)
    }

    /// Stages the work tree file at a repository-relative path. libgit2 reads it
    /// from disk, applies the repository's filters and records its mode and stat data.
    func add(_ path: String) throws(GitError) {
        try check(git_index_add_bypath(pointer, path), "git_index_add_bypath")
    }

    /// Removes every stage of a path, including conflict entries.
    func remove(_ path: String) throws(GitError) {
        try check(git_index_remove_bypath(pointer, path), "git_index_remove_bypath")
    }

    func write() throws(GitError) {
        try check(git_index_write(pointer), "git_index_write")
    }

    /// Writes the trees for the index content to the object database and returns the root tree's id.
    func writeTree() throws(GitError) -> git_oid {
        var oid = git_oid()
        try check(git_index_write_tree(&oid, pointer), "git_index_write_tree")
        return oid
    }
}
