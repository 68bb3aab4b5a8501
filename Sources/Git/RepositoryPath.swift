/// Repository-relative paths in the form libgit2 stores them: `/`-separated,
/// without leading or trailing slashes, and "" for the repository root.
enum RepositoryPath {
    /// Normalizes a caller's folder or file path. Empty and "." components are
    /// dropped. Absolute paths, ".." and ".git" components are rejected, because
    /// they would reach outside the work tree or into the repository's own files.
    static func normalize(_ raw: String, function: String) throws(GitError) -> String {
        if raw.hasPrefix("/") {
            throw GitError.invalidArgument(function, "path '\(raw)' must be relative to the repository root")
        }
        var components: [Substring] = []
        for component in raw.split(separator: "/", omittingEmptySubsequences: true) where component != "." {
            if component == ".." || component.lowercased() == ".git" {
                throw GitError.invalidArgument(function, "path '\(raw)' must not contain a '\(component)' component")
            }
            components.append(component)
        }
        return components.joined(separator: "/")
    }

    static func normalize(_ raws: [String], function: String) throws(GitError) -> [String] {
        var result: [String] = []
        for raw in raws {
            result.append(try normalize(raw, function: function))
        }
        return result
    }

    /// True when `path` is `prefix` itself or lies below it. Compares UTF-8 bytes,
    /// as git does, instead of Swift's canonical-equivalence string comparison.
    static func isPath(_ path: String, inside prefix: String) -> Bool {
        if prefix.isEmpty {
            return true
        }
        if path.utf8.elementsEqual(prefix.utf8) {
            return true
        }
        return path.utf8.starts(with: prefix.utf8) && path.utf8.dropFirst(prefix.utf8.count).first == UInt8(ascii: "/")
    }

    /// Orders paths by their UTF-8 bytes, the order git uses.
    static func sorted(_ paths: some Sequence<String>) -> [String] {
        paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
