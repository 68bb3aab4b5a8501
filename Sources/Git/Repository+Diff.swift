internal import CGit2

extension Repository {
    /// Lists paths whose index entry differs from HEAD's tree and that lie outside
    /// `prefix`, sorted by their UTF-8 bytes.
    ///
    /// The index is reread from disk, so files staged by another process such as
    /// `git add` count. On an unborn branch every index entry counts as staged.
    /// An empty `prefix` means the whole repository, so the result is empty.
    public func stagedPaths(outside prefix: String) throws(GitError) -> [String] {
        let normalizedPrefix = try RepositoryPath.normalize(prefix, function: "stagedPaths(outside:)")
        let index = try Index(of: self)
        try index.reload()
        let headTree = try headCommit()?.tree()
        let staged = try stagedChanges(in: index, comparedTo: headTree)
        let outside = staged.map(\.path).filter { !RepositoryPath.isPath($0, inside: normalizedPrefix) }
        return RepositoryPath.sorted(Set(outside))
    }

    /// Lists the changes between HEAD's tree and the work tree at or below each path in
    /// `prefixes`, which is what `commit(paths:message:author:committer:)` would
    /// record for them. Neither the index nor the object database is written.
    ///
    /// Index entries staged outside `prefixes` are not reported even though a
    /// commit would include them. `stagedPaths(outside:)` lists those.
    public func pendingChanges(under prefixes: [String]) throws(GitError) -> [FileChange] {
        let function = "pendingChanges(under:)"
        let root = try requireWorkdir(function)
        let normalizedPrefixes = try RepositoryPath.normalize(prefixes, function: function)
        let headTree = try headCommit()?.tree()
        // With core.filemode=false git keeps the recorded mode instead of reading the execute bit.
        let trustsFileMode = configBool("core.filemode") ?? true

        var committed: [String: TreeEntry] = [:]
        var onDisk: [String: TreeEntry] = [:]
        for prefix in normalizedPrefixes {
            if let headTree {
                committed.merge(try headTree.blobs(under: prefix)) { first, _ in first }
            }
        }
        for prefix in normalizedPrefixes {
            for file in try WorkTree.files(under: prefix, root: root) where onDisk[file.path] == nil {
                onDisk[file.path] = try hashedEntry(
                    file, root: root, committedMode: committed[file.path]?.mode, trustsFileMode: trustsFileMode
                )
            }
        }

        var result: [FileChange] = []
        for path in RepositoryPath.sorted(Set(committed.keys).union(onDisk.keys)) {
            switch (committed[path], onDisk[path]) {
            case (nil, .some):
                result.append(FileChange(path: path, kind: .added))
            case (.some, nil):
                result.append(FileChange(path: path, kind: .deleted))
            case let (.some(old), .some(new)) where old != new:
                result.append(FileChange(path: path, kind: .modified))
            default:
                continue
            }
        }
        return result
    }

    /// Lists every file that differs between two trees. A nil `old` tree is the
    /// empty tree of an unborn branch.
    func changes(from old: Tree?, to new: Tree) throws(GitError) -> [FileChange] {
        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, pointer, old?.pointer, new.pointer, nil), "git_diff_tree_to_tree")
        defer { git_diff_free(diff) }
        return fileChanges(in: diff)
    }

    private func stagedChanges(in index: Index, comparedTo tree: Tree?) throws(GitError) -> [FileChange] {
        var diff: OpaquePointer?
        try check(git_diff_tree_to_index(&diff, pointer, tree?.pointer, index.pointer, nil), "git_diff_tree_to_index")
        defer { git_diff_free(diff) }
        return fileChanges(in: diff)
    }

    /// Converts the deltas of a diff made without rename detection. A type change,
    /// for example from file to symbolic link, counts as a modification.
    private func fileChanges(in diff: OpaquePointer?) -> [FileChange] {
        guard let diff else {
            return []
        }
        var result: [FileChange] = []
        for position in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, position) else {
                continue
            }
            let kind: FileChange.Kind
            let rawPath: UnsafePointer<CChar>?
            switch delta.pointee.status {
            case GIT_DELTA_ADDED:
                kind = .added
                rawPath = delta.pointee.new_file.path
            case GIT_DELTA_DELETED:
                kind = .deleted
                rawPath = delta.pointee.old_file.path
            default:
                kind = .modified
                rawPath = delta.pointee.new_file.path ?? delta.pointee.old_file.path
            }
            if let rawPath {
                result.append(FileChange(path: String(cString: rawPath), kind: kind))
            }
        }
        return result
    }

    /// Computes the blob id and mode that staging `file` would record, without
    /// writing the blob. Regular files go through the repository's filters
    /// (such as `core.autocrlf`) the same way `git_index_add_bypath` does.
    private func hashedEntry(
        _ file: WorkTreeFile,
        root: String,
        committedMode: UInt32?,
        trustsFileMode: Bool
    ) throws(GitError) -> TreeEntry {
        let absolutePath = root + "/" + file.path
        var oid = git_oid()
        let mode: UInt32
        switch file.kind {
        case .symbolicLink:
            let target = try WorkTree.symbolicLinkTarget(absolutePath)
            try check(git_odb_hash(&oid, target, target.count, GIT_OBJECT_BLOB), "git_odb_hash")
            mode = GIT_FILEMODE_LINK.rawValue
        case .regular, .executable:
            try check(
                git_repository_hashfile(&oid, pointer, absolutePath, GIT_OBJECT_BLOB, file.path),
                "git_repository_hashfile"
            )
            let regularModes = [GIT_FILEMODE_BLOB.rawValue, GIT_FILEMODE_BLOB_EXECUTABLE.rawValue]
            if !trustsFileMode, let committedMode, regularModes.contains(committedMode) {
                mode = committedMode
            } else if trustsFileMode && file.kind == .executable {
                mode = GIT_FILEMODE_BLOB_EXECUTABLE.rawValue
            } else {
                mode = GIT_FILEMODE_BLOB.rawValue
            }
        }
        return TreeEntry(id: ObjectID(oid), mode: mode, kind: .blob)
    }
}
