internal import CGit2

extension Repository {
    /// The result of `commit(paths:message:author:committer:)`.
    public enum CommitOutcome: Sendable, Hashable {
        /// A new commit on the current branch and every file that differs from the previous HEAD's tree.
        case committed(CommitInfo, changes: [FileChange])
        /// The staged tree equals HEAD's tree (or is empty on an unborn branch), so no commit was made.
        case unchanged
    }

    /// Stages the work tree under each path in `prefixes` and commits the whole index.
    ///
    /// Each entry of `prefixes` is a folder such as "rendered/beta" or a single
    /// file such as "Environments/prod.lock", relative to the work tree root.
    /// After staging, the index contains exactly the files found on disk at or
    /// below those paths: new and changed files are added, and entries whose
    /// file is gone are removed. Ignore rules do not apply, so ignored files
    /// there are committed too. Index entries elsewhere stay as they are and
    /// are part of the commit, so callers that must not commit them should check
    /// `stagedPaths(outside:)` first. The index is written to `.git/index`
    /// even when nothing is committed.
    ///
    /// The message is cleaned up like `git commit --cleanup=whitespace` does and
    /// stored without an encoding header. With the same tree, parents, message
    /// and signatures (including time and offset), the commit id is the same on
    /// every run. Throws for a bare repository, an empty message, and paths
    /// that are absolute or contain ".." or ".git".
    public func commit(
        paths prefixes: [String],
        message: String,
        author: Signature,
        committer: Signature
    ) throws(GitError) -> CommitOutcome {
        let function = "commit(paths:message:author:committer:)"
        let root = try requireWorkdir(function)
        let normalizedPrefixes = try RepositoryPath.normalize(prefixes, function: function)
        let cleanMessage = try prettify(message, function: function)

        let index = try Index(of: self)
        try index.reload()
        try stage(normalizedPrefixes, root: root, into: index)
        try index.write()
        let newTree = try Tree(lookup: index.writeTree(), in: self)

        let parent = try headCommit()
        let oldTree = try parent?.tree()
        if let oldTree {
            if try oldTree.id() == newTree.id() {
                return .unchanged
            }
        } else if newTree.entryCount == 0 {
            return .unchanged
        }

        let parents = parent.map { [$0] } ?? []
        let id = try createCommit(tree: newTree, parents: parents, message: cleanMessage, author: author, committer: committer)
        let info = try Commit(lookup: id, in: self).info()
        let fileChanges = try changes(from: oldTree, to: newTree)
        return .committed(info, changes: fileChanges)
    }

    /// Removes index entries under each prefix whose file is gone, then adds every file
    /// found there. Removing first lets a path that changed between file and folder be re-added.
    private func stage(_ prefixes: [String], root: String, into index: Index) throws(GitError) {
        var filesByPrefix: [(prefix: String, paths: [String])] = []
        for prefix in prefixes {
            filesByPrefix.append((prefix, try WorkTree.files(under: prefix, root: root).map(\.path)))
        }

        let indexPaths = index.paths()
        for (prefix, paths) in filesByPrefix {
            let onDisk = Set(paths)
            for path in indexPaths where RepositoryPath.isPath(path, inside: prefix) && !onDisk.contains(path) {
                try index.remove(path)
            }
        }
        for (_, paths) in filesByPrefix {
            for path in paths {
                try index.add(path)
            }
        }
    }

    /// Strips trailing whitespace from lines, collapses blank lines and ends the message with a newline.
    private func prettify(_ message: String, function: String) throws(GitError) -> String {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_message_prettify(&buffer, message, 0, 0), "git_message_prettify")
        let text = buffer.ptr.map { String(cString: $0) } ?? ""
        guard !text.isEmpty else {
            throw GitError.invalidArgument(function, "the commit message is empty")
        }
        return text
    }

    /// Creates a commit and moves the current branch to it. libgit2 rejects the
    /// call with `GIT_EMODIFIED` (-15) when the branch tip is no longer the first
    /// parent, for example after another process committed in between.
    private func createCommit(
        tree: Tree,
        parents: [Commit],
        message: String,
        author: Signature,
        committer: Signature
    ) throws(GitError) -> git_oid {
        var id = git_oid()
        var parentPointers: [OpaquePointer?] = parents.map(\.pointer)
        let code = try author.withGitSignature { (authorSignature) throws(GitError) -> Int32 in
            try committer.withGitSignature { (committerSignature) throws(GitError) -> Int32 in
                // A nil message encoding means UTF-8 and writes no encoding header.
                git_commit_create(
                    &id, pointer, "HEAD", authorSignature, committerSignature, nil,
                    message, tree.pointer, parentPointers.count, &parentPointers
                )
            }
        }
        try check(code, "git_commit_create")
        return id
    }
}
