internal import CGit2

extension Repository {
    /// Lists at most `limit` commits reachable from HEAD, newest first.
    ///
    /// Children always come before their parents. Among unrelated commits the
    /// newer committer time comes first. Empty for an unborn branch or a `limit` below 1.
    public func log(limit: Int) throws(GitError) -> [CommitInfo] {
        guard limit > 0 else {
            return []
        }
        var result: [CommitInfo] = []
        try walkHistory { (commit) throws(GitError) -> Bool in
            result.append(try commit.info())
            return result.count < limit
        }
        return result
    }

    /// Finds the newest commit reachable from HEAD whose content at `prefix` (a
    /// folder or a file) differs from its first parent's, in the order of
    /// `log(limit:)`. A root commit counts when it has anything at `prefix`.
    /// Returns nil when no commit touched `prefix` or HEAD has no commits.
    ///
    /// Only the first parent is compared, so a merge counts when it brought
    /// changes at `prefix` into the branch it was made on.
    public func lastCommit(touching prefix: String) throws(GitError) -> CommitInfo? {
        let path = try RepositoryPath.normalize(prefix, function: "lastCommit(touching:)")
        var found: CommitInfo?
        try walkHistory { (commit) throws(GitError) -> Bool in
            let current = try commit.tree().entry(at: path)
            let previous = commit.parentCount > 0 ? try commit.parent(at: 0).tree().entry(at: path) : nil
            guard current != previous else {
                return true
            }
            found = try commit.info()
            return false
        }
        return found
    }

    /// Calls `visit` for each commit reachable from HEAD in topological order,
    /// newest committer time first, until it returns false.
    private func walkHistory(_ visit: (Commit) throws(GitError) -> Bool) throws(GitError) {
        guard try headCommit() != nil else {
            return
        }
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, pointer), "git_revwalk_new")
        guard let walk else {
            throw GitError(function: "git_revwalk_new", code: GIT_ERROR.rawValue, message: "libgit2 returned no revision walker")
        }
        defer { git_revwalk_free(walk) }

        try check(git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
        try check(git_revwalk_push_head(walk), "git_revwalk_push_head")

        var oid = git_oid()
        while true {
            let code = git_revwalk_next(&oid, walk)
            if code == GIT_ITEROVER.rawValue {
                return
            }
            try check(code, "git_revwalk_next")
            guard try visit(Commit(lookup: oid, in: self)) else {
                return
            }
        }
    }
}
