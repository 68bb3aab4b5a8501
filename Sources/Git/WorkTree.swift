internal import CGit2
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file found on disk in the work tree.
struct WorkTreeFile: Equatable {
    enum Kind: Equatable {
        case regular
        /// A regular file with the owner's execute bit set, which git records as mode 100755.
        case executable
        case symbolicLink
    }

    /// Path relative to the work tree root, with `/` separators.
    var path: String
    var kind: Kind
}

/// Lists files in a work tree the way git would see them for staging.
enum WorkTree {
    /// Regular files and symbolic links at or below `prefix`, sorted by path.
    ///
    /// Symbolic links are not followed. `.git` entries are skipped, and so are
    /// folders containing one, because git records a nested repository as a
    /// gitlink rather than as its files. Sockets, FIFOs and devices are skipped.
    static func files(under prefix: String, root: String) throws(GitError) -> [WorkTreeFile] {
        var result: [WorkTreeFile] = []
        try collect(relativePath: prefix, root: root, into: &result)
        return result.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    private static func collect(relativePath: String, root: String, into result: inout [WorkTreeFile]) throws(GitError) {
        let absolutePath = relativePath.isEmpty ? root : root + "/" + relativePath
        guard let mode = try fileMode(absolutePath) else {
            return
        }

        switch mode & S_IFMT {
        case S_IFREG:
            let kind: WorkTreeFile.Kind = mode & S_IXUSR != 0 ? .executable : .regular
            result.append(WorkTreeFile(path: relativePath, kind: kind))
        case S_IFLNK:
            result.append(WorkTreeFile(path: relativePath, kind: .symbolicLink))
        case S_IFDIR:
            let names = try directoryEntries(absolutePath)
            if !relativePath.isEmpty && names.contains(".git") {
                return
            }
            for name in names where name != ".git" {
                let child = relativePath.isEmpty ? name : relativePath + "/" + name
                try collect(relativePath: child, root: root, into: &result)
            }
        default:
            return
        }
    }

    /// Returns the `st_mode` from lstat, or nil when nothing exists at the path.
    private static func fileMode(_ path: String) throws(GitError) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                return nil
            }
            throw systemError("lstat", path: path, code: code)
        }
        return info.st_mode
    }

    private static func directoryEntries(_ path: String) throws(GitError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw GitError(
                function: "FileManager.contentsOfDirectory",
                code: GIT_ERROR.rawValue,
                message: "cannot list '\(path)': \(error.localizedDescription)"
            )
        }
    }

    /// Reads the raw bytes a symbolic link points to, which git stores as the link's blob.
    static func symbolicLinkTarget(_ path: String) throws(GitError) -> [UInt8] {
        var capacity = 256
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let length = readlink(path, &buffer, capacity)
            guard length >= 0 else {
                throw systemError("readlink", path: path, code: errno)
            }
            // readlink truncates silently, so a full buffer means the target may be longer.
            if length < capacity {
                return buffer.prefix(length).map { UInt8(truncatingIfNeeded: $0) }
            }
            capacity *= 2
        }
    }

    static func systemError(_ function: String, path: String, code: Int32) -> GitError {
        let reason = strerror(code).map { String(cString: $0) } ?? "errno \(code)"
        return GitError(function: function, code: GIT_ERROR.rawValue, message: "\(function) failed for '\(path)': \(reason)")
    }
}
