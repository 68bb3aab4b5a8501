import Foundation

/// An exclusive lock on a GitOps repository, held while umctl writes and commits.
///
/// The lock is the file `.git/umctl.lock`, created with `O_EXCL` so that two
/// processes cannot both create it; it holds the owner's process ID. A lock
/// whose process no longer runs is taken over.
public final class RepositoryLock {
    public let path: String
    /// False until this process created the file, so a refused lock never removes another process's file.
    private var held = false

    /// Takes the lock of the repository whose git folder is `gitDirectory`, or throws `.locked`.
    public init(gitDirectory: String) throws(GitOpsError) {
        path = (gitDirectory as NSString).appendingPathComponent("umctl.lock")
        for attempt in 0..<2 {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o644)
            if descriptor >= 0 {
                let owner = "\(getpid())\n"
                _ = owner.withCString { write(descriptor, $0, strlen($0)) }
                close(descriptor)
                held = true
                return
            }
            guard errno == EEXIST else {
                throw GitOpsError.io("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            let owner = (try? String(contentsOfFile: path, encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            // A lock file without a running owner is left over from a killed run.
            if attempt == 0, let owner, kill(owner, 0) != 0, errno == ESRCH {
                unlink(path)
                continue
            }
            throw GitOpsError.locked(path: path, owner: owner)
        }
        throw GitOpsError.locked(path: path, owner: nil)
    }

    public func release() {
        guard held else { return }
        held = false
        unlink(path)
    }

    deinit {
        release()
    }
}
