/// One file that differs between two trees.
public struct FileChange: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case added
        case modified
        case deleted
    }

    /// Path relative to the repository root, with `/` separators.
    public var path: String
    /// A change of file mode only, such as setting the executable bit, counts as `.modified`.
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String { "\(kind.rawValue) \(path)" }
}
