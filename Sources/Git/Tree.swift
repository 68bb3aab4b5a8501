internal import CGit2

/// A tree entry copied out of libgit2, so it stays valid after its tree is freed.
struct TreeEntry: Equatable {
    enum Kind: Equatable {
        case blob
        case tree
        /// A gitlink (submodule commit) or any other object type.
        case other
    }

    var id: ObjectID
    /// The `git_filemode_t` value, for example 0o100644 for a regular file.
    var mode: UInt32
    var kind: Kind

    init(id: ObjectID, mode: UInt32, kind: Kind) {
        self.id = id
        self.mode = mode
        self.kind = kind
    }

    /// Copies an entry that its tree (or the caller, for `git_tree_entry_bypath`) still owns.
    init(_ entry: OpaquePointer) throws(GitError) {
        id = try ObjectID(git_tree_entry_id(entry), function: "git_tree_entry_id")
        mode = git_tree_entry_filemode(entry).rawValue
        switch git_tree_entry_type(entry) {
        case GIT_OBJECT_BLOB: kind = .blob
        case GIT_OBJECT_TREE: kind = .tree
        default: kind = .other
        }
    }
}

/// Owner of a `git_tree` handle. It keeps its repository alive because
/// libgit2 requires every object to be freed before its repository.
final class Tree {
    let repository: Repository
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer, repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    convenience init(lookup id: git_oid, in repository: Repository) throws(GitError) {
        var tree: OpaquePointer?
        var oid = id
        try check(git_tree_lookup(&tree, repository.pointer, &oid), "git_tree_lookup")
        guard let tree else {
            throw GitError(function: "git_tree_lookup", code: GIT_ERROR.rawValue, message: "libgit2 returned no tree")
        }
        self.init(owning: tree, repository: repository)
    }

    deinit {
        git_tree_free(pointer)
    }

    func id() throws(GitError) -> ObjectID {
        try ObjectID(git_tree_id(pointer), function: "git_tree_id")
    }

    var entryCount: Int {
        git_tree_entrycount(pointer)
    }

    /// Looks up the entry at a repository-relative path, or nil when nothing is there.
    /// The empty path names this tree itself.
    func entry(at path: String) throws(GitError) -> TreeEntry? {
        if path.isEmpty {
            return TreeEntry(id: try id(), mode: GIT_FILEMODE_TREE.rawValue, kind: .tree)
        }
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, pointer, path)
        if code == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try check(code, "git_tree_entry_bypath")
        guard let entry else {
            return nil
        }
        defer { git_tree_entry_free(entry) }
        return try TreeEntry(entry)
    }

    /// Lists every blob at or under `path`, keyed by its path from the repository root.
    /// Symbolic links are blobs too. Gitlinks are left out because their content
    /// lives in another repository.
    func blobs(under path: String) throws(GitError) -> [String: TreeEntry] {
        guard let entry = try entry(at: path) else {
            return [:]
        }
        switch entry.kind {
        case .blob:
            return [path: entry]
        case .tree:
            let subtree = path.isEmpty ? self : try Tree(lookup: entry.id.oid(), in: repository)
            var result: [String: TreeEntry] = [:]
            try subtree.collectBlobs(base: path, into: &result)
            return result
        case .other:
            return [:]
        }
    }

    private func collectBlobs(base: String, into result: inout [String: TreeEntry]) throws(GitError) {
        for position in 0..<git_tree_entrycount(pointer) {
            // Entries from git_tree_entry_byindex belong to this tree and must not be freed.
            guard let raw = git_tree_entry_byindex(pointer, position), let name = git_tree_entry_name(raw) else {
                continue
            }
            let entry = try TreeEntry(raw)
            let path = base.isEmpty ? String(cString: name) : base + "/" + String(cString: name)
            switch entry.kind {
            case .blob:
                result[path] = entry
            case .tree:
                try Tree(lookup: entry.id.oid(), in: repository).collectBlobs(base: path, into: &result)
            case .other:
                continue
            }
        }
    }
}
