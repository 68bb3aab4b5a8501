internal import CGit2

extension Repository {
    /// Pushes the current branch to `remote`, a configured remote name such as
    /// "origin" or else a URL or path of another repository.
    ///
    /// The remote branch updated is `branch`, or the current branch's own name
    /// when `branch` is nil. A detached HEAD can be pushed only with an explicit
    /// `branch`. Throws `GIT_ENONFASTFORWARD` (-11) when the remote branch has
    /// commits that HEAD does not contain, and an error with the remote's reason
    /// when the remote rejects the update. Pushing to a non-bare local
    /// repository fails because libgit2 1.5's local transport does not support it.
    ///
    /// NOTE: Only pushes to local bare repositories are tested. No credential or
    /// certificate callbacks are set, so remotes that ask for authentication fail.
    public func push(remote: String, branch: String? = nil) throws(GitError) {
        let function = "push(remote:branch:)"
        let (source, currentBranch) = try pushSource(function: function)
        guard let destination = branch ?? currentBranch else {
            throw GitError.invalidArgument(function, "HEAD is detached, so the branch to push to must be given")
        }
        try Repository.validateBranchName(destination)
        let refspec = "\(source):refs/heads/\(destination)"

        let remoteHandle = try lookUpRemote(remote)
        defer { git_remote_free(remoteHandle) }

        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
        let rejections = PushRejections()
        options.callbacks.push_update_reference = { reference, status, payload in
            // libgit2 calls this once per pushed reference, with a nil status when the remote accepted it.
            guard let status, let payload else {
                return 0
            }
            let name = reference.map { String(cString: $0) } ?? "a reference"
            Unmanaged<PushRejections>.fromOpaque(payload).takeUnretainedValue()
                .messages.append("\(name): \(String(cString: status))")
            return 0
        }
        options.callbacks.payload = Unmanaged.passUnretained(rejections).toOpaque()

        let code = withExtendedLifetime(rejections) {
            refspec.withCString { spec in
                var specs: [UnsafeMutablePointer<CChar>?] = [UnsafeMutablePointer(mutating: spec)]
                return specs.withUnsafeMutableBufferPointer { buffer in
                    var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
                    return git_remote_push(remoteHandle, &array, &options)
                }
            }
        }
        try check(code, "git_remote_push")
        if !rejections.messages.isEmpty {
            throw GitError(
                function: "git_remote_push",
                code: GIT_ERROR.rawValue,
                message: "the remote rejected \(rejections.messages.joined(separator: "; "))"
            )
        }
    }

    /// Returns the reference to push from (a full branch name, or "HEAD" when
    /// detached) and the current branch's short name when there is one.
    private func pushSource(function: String) throws(GitError) -> (source: String, branch: String?) {
        var reference: OpaquePointer?
        let code = git_repository_head(&reference, pointer)
        if code == GIT_EUNBORNBRANCH.rawValue {
            throw GitError(function: function, code: code, message: "the current branch has no commits to push")
        }
        try check(code, "git_repository_head")
        guard let reference else {
            throw GitError(function: "git_repository_head", code: GIT_ERROR.rawValue, message: "libgit2 returned no reference")
        }
        defer { git_reference_free(reference) }

        guard git_reference_is_branch(reference) != 0,
            let name = git_reference_name(reference),
            let shorthand = git_reference_shorthand(reference)
        else {
            return ("HEAD", nil)
        }
        return (String(cString: name), String(cString: shorthand))
    }

    /// Looks up a configured remote by name, or else creates an anonymous remote
    /// for a URL or path. The caller frees the handle.
    ///
    /// NOTE: AddressSanitizer shows libgit2 1.5.1 leaking pcre2 match data (about
    /// 20 KB) inside both `git_remote_lookup` and `git_remote_create_anonymous`,
    /// although the remote itself is freed.
    private func lookUpRemote(_ nameOrURL: String) throws(GitError) -> OpaquePointer {
        var remote: OpaquePointer?
        var valid: Int32 = 0
        if git_remote_name_is_valid(&valid, nameOrURL) == 0 && valid != 0 {
            let code = git_remote_lookup(&remote, pointer, nameOrURL)
            if code != GIT_ENOTFOUND.rawValue {
                try check(code, "git_remote_lookup")
            }
        }
        if remote == nil {
            try check(git_remote_create_anonymous(&remote, pointer, nameOrURL), "git_remote_create_anonymous")
        }
        guard let remote else {
            throw GitError(function: "git_remote_create_anonymous", code: GIT_ERROR.rawValue, message: "libgit2 returned no remote")
        }
        return remote
    }
}

/// Reasons the remote gave for rejecting references, filled by the push callback.
private final class PushRejections {
    var messages: [String] = []
}
