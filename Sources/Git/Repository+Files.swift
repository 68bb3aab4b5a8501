internal import CGit2

extension Repository {
    /// Reads every file at or below `prefix` in the tree of `commit`, or of HEAD when `commit` is nil.
    ///
    /// Keys are paths from the repository root, values are the blobs' exact
    /// bytes without any filter (no line-ending conversion). A symbolic link
    /// yields its target path as bytes. The result is empty when nothing is at
    /// `prefix` or HEAD has no commits. An empty `prefix` reads the whole tree.
    /// Throws `GIT_ENOTFOUND` (`isNotFound`) for an unknown commit id.
    public func files(under prefix: String, at commit: ObjectID? = nil) throws(GitError) -> [String: [UInt8]] {
        let path = try RepositoryPath.normalize(prefix, function: "files(under:at:)")
        guard let tree = try self.commit(commit)?.tree() else {
            return [:]
        }
        var result: [String: [UInt8]] = [:]
        for (filePath, entry) in try tree.blobs(under: path) {
            result[filePath] = try blobContent(entry.id)
        }
        return result
    }

    /// Reads one file's exact bytes in the tree of `commit`, or of HEAD when
    /// `commit` is nil. Returns nil when the path is absent, names a folder or a
    /// gitlink, or HEAD has no commits.
    public func file(at path: String, in commit: ObjectID? = nil) throws(GitError) -> [UInt8]? {
        let normalizedPath = try RepositoryPath.normalize(path, function: "file(at:in:)")
        guard !normalizedPath.isEmpty, let tree = try self.commit(commit)?.tree() else {
            return nil
        }
        guard let entry = try tree.entry(at: normalizedPath), entry.kind == .blob else {
            return nil
        }
        return try blobContent(entry.id)
    }

    private func blobContent(_ id: ObjectID) throws(GitError) -> [UInt8] {
        var oid = try id.oid()
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, pointer, &oid), "git_blob_lookup")
        guard let blob else {
            throw GitError(function: "git_blob_lookup", code: GIT_ERROR.rawValue, message: "libgit2 returned no blob for \(id)")
        }
        defer { git_blob_free(blob) }

        let size = git_blob_rawsize(blob)
        guard size > 0, let content = git_blob_rawcontent(blob) else {
            return []
        }
        guard let count = Int(exactly: size) else {
            throw GitError(function: "git_blob_rawsize", code: GIT_ERROR.rawValue, message: "blob \(id) is too large to load")
        }
        return Array(UnsafeRawBufferPointer(start: content, count: count))
    }
}
