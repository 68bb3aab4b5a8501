/// A typed option value after parsing, and the value type templates insert.
///
/// Domain types are stored in their canonical text form, such as a duration
/// as `90d` or a URL without a trailing slash. `DomainValue` converts them to
/// the units each output needs.
public indirect enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case list([Value])
    case map([String: Value])

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var listValue: [Value]? {
        if case .list(let value) = self { return value }
        return nil
    }

    public var mapValue: [String: Value]? {
        if case .map(let value) = self { return value }
        return nil
    }

    /// False for null, false, zero, empty text and empty collections; true otherwise.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .number(let value): value != 0
        case .string(let value): !value.isEmpty
        case .list(let value): !value.isEmpty
        case .map(let value): !value.isEmpty
        }
    }

    /// The value as an operator writes it in a manifest, used in messages and `explain`.
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): value
        case .list(let items): "[" + items.map(\.quotedDescription).joined(separator: ", ") + "]"
        case .map(let entries):
            "{" + entries.keys.sorted().map { "\($0): \(entries[$0]!.quotedDescription)" }.joined(separator: ", ") + "}"
        }
    }

    private var quotedDescription: String {
        if case .string(let text) = self { return "\"\(text)\"" }
        return description
    }
}
