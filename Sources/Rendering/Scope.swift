/// Names a template can refer to: option paths, derived values and loop variables.
struct Scope: Sendable {
    private var names: [String: Tree]

    init(_ names: [String: Tree]) {
        self.names = names
    }

    func binding(_ name: String, to value: Tree) -> Scope {
        var copy = self
        copy.names[name] = value
        return copy
    }

    /// Looks up a dotted name: the longest defined prefix, then mapping keys for the rest.
    func lookup(_ dotted: String) throws(TemplateError) -> Tree {
        let parts = dotted.split(separator: ".").map(String.init)
        for length in stride(from: parts.count, through: 1, by: -1) {
            guard var value = names[parts[0..<length].joined(separator: ".")] else { continue }
            for key in parts[length...] {
                guard case .map = value else {
                    throw TemplateError(message: "'\(dotted)': '\(key)' is looked up in a value that is not a mapping")
                }
                value = value[key] ?? .null
            }
            return value
        }
        throw TemplateError(message: "unknown name '\(dotted)'")
    }
}
