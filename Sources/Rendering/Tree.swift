import Manifest

/// A rendered document before it is written: like `Value`, but mappings keep
/// the order the template gives them.
public indirect enum Tree: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case list([Tree])
    case map([Entry])

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: Tree

        public init(_ key: String, _ value: Tree) {
            self.key = key
            self.value = value
        }
    }

    /// Creates the tree of a typed value, with map keys sorted because a `Value.map` has no order.
    public init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .list(let items): self = .list(items.map(Tree.init))
        case .map(let entries): self = .map(entries.keys.sorted().map { Entry($0, Tree(entries[$0]!)) })
        }
    }

    /// Returns the value at a key of a mapping, for tests and cross-file checks.
    public subscript(key: String) -> Tree? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// Returns the value at a dotted path of mapping keys.
    public func at(_ path: String) -> Tree? {
        var node: Tree? = self
        for key in path.split(separator: ".") { node = node?[String(key)] }
        return node
    }

    public var listValue: [Tree]? {
        if case .list(let items) = self { return items }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A short rendering of scalars for interpolation into text.
    var interpolated: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .number(let number): NumberFormat.shortest(number)
        case .string(let text): text
        case .list(let items): items.map(\.interpolated).joined(separator: " ")
        case .map: ""
        }
    }
}

enum NumberFormat {
    /// Returns the shortest decimal text that reads back as `value`, without a trailing `.0` for whole numbers.
    static func shortest(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(value)
        // YAML 1.1 readers such as PyYAML need a dot in a float with an exponent.
        if let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }), !text[..<exponent].contains(".") {
            text.insert(contentsOf: ".0", at: exponent)
        }
        return text
    }
}
