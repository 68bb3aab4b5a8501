internal import CGit2

/// A failed libgit2 call, or an argument rejected before reaching libgit2.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The libgit2 function that failed, for example "git_repository_open_ext".
    /// Arguments rejected by this module name the Swift method instead.
    public var function: String
    /// The negative `git_error_code`, for example -3 (`GIT_ENOTFOUND`).
    public var code: Int32
    /// The text of `git_error_last()` right after the failure, or a fallback when libgit2 set none.
    public var message: String

    public init(function: String, code: Int32, message: String) {
        self.function = function
        self.code = code
        self.message = message
    }

    public var description: String {
        "\(function) failed (code \(code)): \(message)"
    }

    /// True when libgit2 returned `GIT_ENOTFOUND`.
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }

    /// Builds an error from the calling thread's libgit2 error state.
    ///
    /// libgit2 keeps the last error per thread, so this must run on the thread
    /// that made the failing call and before any other libgit2 call.
    static func last(function: String, code: Int32) -> GitError {
        var text = "no error message from libgit2"
        if let error = git_error_last(), let message = error.pointee.message {
            text = String(cString: message)
        }
        return GitError(function: function, code: code, message: text)
    }

    /// Creates the error for an argument this module rejects, with code -21 (`GIT_EINVALID`).
    static func invalidArgument(_ function: String, _ message: String) -> GitError {
        GitError(function: function, code: GIT_EINVALID.rawValue, message: message)
    }
}

/// Throws a `GitError` naming `function` when a libgit2 return code is negative.
@discardableResult
func check(_ code: Int32, _ function: String) throws(GitError) -> Int32 {
    guard code >= 0 else {
        throw GitError.last(function: function, code: code)
    }
    return code
}
