/// One option whose effective value differs between two configurations.
public struct OptionChange: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var old: Value
    public var new: Value

    public var description: String {
        "\(path): \(Self.show(old)) → \(Self.show(new))"
    }

    private static func show(_ value: Value) -> String {
        value.isNull ? "unset" : value.description
    }
}

extension Configuration {
    /// Lists the options whose effective value in `self` differs from `other`, in catalog order.
    public func changes(from other: Configuration) -> [OptionChange] {
        catalog.options.compactMap { option in
            let old = other.values[option.path] ?? .null
            let new = values[option.path] ?? .null
            return old == new ? nil : OptionChange(path: option.path, old: old, new: new)
        }
    }
}
