/// A position in a YAML source, 1-based as editors show it.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = Mark(line: 1, column: 1)

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// How a scalar was written, which decides how a plain value is resolved.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a parsed YAML document with the position of its first character.
///
/// Mappings keep their entries in source order and keep duplicate keys, so
/// that the manifest layer can report a duplicate instead of losing it.
public struct Node: Sendable, Hashable {
    public indirect enum Content: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([Node])
        case mapping([Pair])
    }

    public struct Pair: Sendable, Hashable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    public var mark: Mark
    /// An explicit tag such as `!!str`, or nil for the usual resolution.
    public var tag: String?

    public init(_ content: Content, mark: Mark = .start, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }

    public static func scalar(_ text: String, style: ScalarStyle = .plain, mark: Mark = .start) -> Node {
        Node(.scalar(text, style), mark: mark)
    }

    public static func sequence(_ items: [Node], mark: Mark = .start) -> Node {
        Node(.sequence(items), mark: mark)
    }

    public static func mapping(_ pairs: [Pair], mark: Mark = .start) -> Node {
        Node(.mapping(pairs), mark: mark)
    }

    /// The text of a scalar node, or nil for a collection.
    public var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The entries of a mapping node, or nil for any other node.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items of a sequence node, or nil for any other node.
    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// True for a plain scalar that YAML resolves to null (`~`, `null` or nothing).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// Returns the value of the first entry whose key is the scalar `key`.
    public subscript(key: String) -> Node? {
        pairs?.first { $0.key.scalarText == key }?.value
    }
}
