internal import CGit2

/// Process-wide libgit2 setup.
///
/// `git_libgit2_init` must run before any other libgit2 call. It runs once, on
/// first use, and is never balanced by `git_libgit2_shutdown` because handles
/// may be freed until the process exits.
enum LibGit2 {
    /// The first call's result: the number of initializations, or a negative error code.
    private static let initialization: GitError? = {
        let code = git_libgit2_init()
        return code < 0 ? GitError.last(function: "git_libgit2_init", code: code) : nil
    }()

    static func ensureInitialized() throws(GitError) {
        if let initialization {
            throw initialization
        }
    }
}
