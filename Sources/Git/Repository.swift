internal import CGit2

/// A git repository opened through libgit2.
///
/// The type is not `Sendable` because a libgit2 repository handle must not be
/// used by several threads at once. Open one instance per task instead.
public final class Repository {
    let pointer: OpaquePointer

    private init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    private convenience init(_ pointer: OpaquePointer?, function: String) throws(GitError) {
        guard let pointer else {
            throw GitError(function: function, code: GIT_ERROR.rawValue, message: "libgit2 returned no repository")
        }
        self.init(owning: pointer)
    }

    deinit {
        git_repository_free(pointer)
    }

    /// Opens the repository whose work tree root (or git directory, for a bare
    /// repository) is `path`, without searching parent folders.
    public static func open(at path: String) throws(GitError) -> Repository {
        try LibGit2.ensureInitialized()
        var repository: OpaquePointer?
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
        try check(git_repository_open_ext(&repository, path, flags, nil), "git_repository_open_ext")
        return try Repository(repository, function: "git_repository_open_ext")
    }

    /// Opens the repository containing `path`, walking up parent folders until a
    /// `.git` is found. The search stops at file system boundaries.
    public static func discover(from path: String) throws(GitError) -> Repository {
        try LibGit2.ensureInitialized()
        var buffer = git_buf()
        // Disposing covers a buffer that libgit2 filled partly before failing.
        defer { git_buf_dispose(&buffer) }
        try check(git_repository_discover(&buffer, path, 0, nil), "git_repository_discover")
        guard let gitDirectory = buffer.ptr else {
            throw GitError(function: "git_repository_discover", code: GIT_ERROR.rawValue, message: "libgit2 returned no path")
        }
        var repository: OpaquePointer?
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
        try check(git_repository_open_ext(&repository, gitDirectory, flags, nil), "git_repository_open_ext")
        return try Repository(repository, function: "git_repository_open_ext")
    }

    /// Creates a repository with a work tree at `path`, creating missing folders.
    ///
    /// HEAD points at `initialBranch` whatever `init.defaultBranch` is set to in the
    /// user's git config. Throws with code -4 (`GIT_EEXISTS`) when a repository
    /// already exists there.
    public static func initialize(at path: String, initialBranch: String = "main") throws(GitError) -> Repository {
        try create(at: path, initialBranch: initialBranch, bare: false)
    }

    /// Creates a bare repository (no work tree) at `path`, for example as a push target.
    /// The initial branch and the existing-repository check work as in `initialize(at:initialBranch:)`.
    public static func initializeBare(at path: String, initialBranch: String = "main") throws(GitError) -> Repository {
        try create(at: path, initialBranch: initialBranch, bare: true)
    }

    private static func create(at path: String, initialBranch: String, bare: Bool) throws(GitError) -> Repository {
        try LibGit2.ensureInitialized()
        try validateBranchName(initialBranch)

        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "git_repository_init_options_init"
        )
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
        if bare {
            options.flags |= GIT_REPOSITORY_INIT_BARE.rawValue
        }

        var repository: OpaquePointer?
        let code = initialBranch.withCString { head in
            options.initial_head = head
            return git_repository_init_ext(&repository, path, &options)
        }
        try check(code, "git_repository_init_ext")
        return try Repository(repository, function: "git_repository_init_ext")
    }

    static func validateBranchName(_ name: String) throws(GitError) {
        var valid: Int32 = 0
        try check(git_branch_name_is_valid(&valid, name), "git_branch_name_is_valid")
        guard valid != 0 else {
            throw GitError(
                function: "git_branch_name_is_valid",
                code: GIT_EINVALIDSPEC.rawValue,
                message: "'\(name)' is not a valid branch name"
            )
        }
    }

    /// Absolute path of the work tree root without a trailing slash. For a bare
    /// repository, which has no work tree, this is the git directory instead.
    public var workdir: String {
        let path = git_repository_workdir(pointer) ?? git_repository_path(pointer)
        guard let path else {
            return ""
        }
        var text = String(cString: path)
        while text.count > 1 && text.hasSuffix("/") {
            text.removeLast()
        }
        return text
    }

    /// True for a repository without a work tree, such as one made by `initializeBare`.
    public var isBare: Bool {
        git_repository_is_bare(pointer) != 0
    }

    /// Reads the commit HEAD points at, or returns nil while the current branch has no commits yet.
    public func head() throws(GitError) -> CommitInfo? {
        try headCommit()?.info()
    }

    /// Reads a value such as "user.name" from the repository's config chain, where
    /// the repository's own file overrides the user's global file and the system
    /// file. Returns nil when the key is unset or the config cannot be read.
    public func configString(_ key: String) -> String? {
        var config: OpaquePointer?
        // git_config_get_string works only on a snapshot, which also keeps the value alive.
        guard git_repository_config_snapshot(&config, pointer) == 0, let config else {
            return nil
        }
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, config, key) == 0, let value else {
            return nil
        }
        return String(cString: value)
    }

    /// Reads a boolean config value such as "core.filemode", nil when unset or unreadable.
    func configBool(_ key: String) -> Bool? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, pointer) == 0, let config else {
            return nil
        }
        defer { git_config_free(config) }
        var value: Int32 = 0
        guard git_config_get_bool(&value, config, key) == 0 else {
            return nil
        }
        return value != 0
    }

    /// Looks up the commit HEAD resolves to, nil for an unborn branch.
    func headCommit() throws(GitError) -> Commit? {
        var reference: OpaquePointer?
        let code = git_repository_head(&reference, pointer)
        if code == GIT_EUNBORNBRANCH.rawValue || code == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try check(code, "git_repository_head")
        guard let reference else {
            return nil
        }
        defer { git_reference_free(reference) }

        var object: OpaquePointer?
        try check(git_reference_peel(&object, reference, GIT_OBJECT_COMMIT), "git_reference_peel")
        guard let object else {
            throw GitError(function: "git_reference_peel", code: GIT_ERROR.rawValue, message: "libgit2 returned no commit")
        }
        // A git_object peeled to GIT_OBJECT_COMMIT is a git_commit and is freed the same way.
        return Commit(owning: object, repository: self)
    }

    /// Looks up the given commit, or HEAD's commit when `id` is nil (nil for an unborn branch).
    func commit(_ id: ObjectID?) throws(GitError) -> Commit? {
        guard let id else {
            return try headCommit()
        }
        return try Commit(lookup: id.oid(), in: self)
    }

    /// Returns the work tree root, or throws `GIT_EBAREREPO` for a bare repository.
    func requireWorkdir(_ function: String) throws(GitError) -> String {
        guard git_repository_workdir(pointer) != nil else {
            throw GitError(
                function: function, code: GIT_EBAREREPO.rawValue, message: "the repository at \(workdir) is bare and has no work tree")
        }
        return workdir
    }
}
