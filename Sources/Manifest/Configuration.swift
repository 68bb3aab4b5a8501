import YAML

/// The effective options of one environment: defaults, overlaid by the
/// manifest, overlaid by the environment file.
public struct Configuration: Sendable {
    /// The source of an effective value.
    public enum Origin: Sendable, Hashable {
        case defaultValue
        case manifest(Mark)
        case environment(Mark)
    }

    public let environment: String
    public let catalog: Catalog
    /// Every option with its effective value; `.null` for an unset optional option.
    public let values: [String: Value]
    public let origins: [String: Origin]
    /// Source positions of values inside options, by paths such as `push.apps[1].id`.
    public let positions: [String: Origin]

    public init(
        environment: String, catalog: Catalog, values: [String: Value], origins: [String: Origin],
        positions: [String: Origin] = [:]
    ) {
        self.environment = environment
        self.catalog = catalog
        self.values = values
        self.origins = origins
        self.positions = positions
    }

    public subscript(path: String) -> Value {
        precondition(catalog[path] != nil, "no option \(path) in the catalog")
        return values[path] ?? .null
    }

    public func bool(_ path: String) -> Bool { self[path].boolValue ?? false }

    public func string(_ path: String) -> String? { self[path].stringValue }

    public func list(_ path: String) -> [Value] { self[path].listValue ?? [] }
}
