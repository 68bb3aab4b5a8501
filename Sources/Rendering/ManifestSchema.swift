import Manifest

/// A JSON Schema (draft 2020-12) of the manifest or of an environment file,
/// so that editors complete option names and flag unknown keys.
///
/// The schema checks structure, types, enums, ranges and patterns. Rules that
/// relate several options, and exact domain checks such as CIDR prefix
/// lengths, stay with `umctl validate`.
public enum ManifestSchema {
    public enum Target: Sendable {
        case manifest
        case environment
    }

    public static func json(_ catalog: Catalog, for target: Target = .manifest) -> String {
        let options = catalog.options.filter { target == .manifest || $0.isOverridable }
        var root = section("", options: options, target: target)
        let title = target == .manifest ? "umctl manifest (Environments/manifest.yaml)" : "umctl environment file (Environments/<env>.yaml)"
        root.insert(
            contentsOf: [
                Tree.Entry("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
                Tree.Entry("$id", .string(target == .manifest ? "urn:umctl:manifest" : "urn:umctl:environment")),
                Tree.Entry("title", .string(title)),
            ], at: 0)
        return JSONWriter.write(.map(root))
    }

    private static func section(_ path: String, options: [Option], target: Target) -> [Tree.Entry] {
        let prefix = path.isEmpty ? "" : path + "."
        let below = options.filter { $0.path.hasPrefix(prefix) }
        var names: [String] = []
        for option in below {
            let name = String(option.path.dropFirst(prefix.count).split(separator: ".")[0])
            if !names.contains(name) { names.append(name) }
        }
        var properties: [Tree.Entry] = []
        var required: [String] = []
        for name in names {
            if let option = below.first(where: { $0.path == prefix + name }) {
                properties.append(Tree.Entry(name, property(option)))
                if target == .manifest, option.required, !option.isOverridable { required.append(name) }
            } else {
                let child = section(prefix + name, options: below, target: target)
                properties.append(Tree.Entry(name, .map(child)))
                let childRequired = child.first { $0.key == "required" }
                if childRequired != nil { required.append(name) }
            }
        }
        var entries = [
            Tree.Entry("type", .string("object")),
            Tree.Entry("additionalProperties", .bool(false)),
            Tree.Entry("properties", .map(properties)),
        ]
        if !required.isEmpty { entries.append(Tree.Entry("required", .list(required.map(Tree.string)))) }
        return entries
    }

    private static func property(_ option: Option) -> Tree {
        guard case .map(var entries) = schema(option.type) else { return .null }
        entries.insert(Tree.Entry("description", .string(option.summary)), at: 0)
        if !option.defaultValue.isNull { entries.append(Tree.Entry("default", Tree(option.defaultValue))) }
        return .map(entries)
    }

    static func schema(_ type: OptionType) -> Tree {
        func string(_ pattern: String) -> Tree {
            .map([Tree.Entry("type", .string("string")), Tree.Entry("pattern", .string("^(?:\(pattern))$"))])
        }
        switch type {
        case .bool:
            return .map([Tree.Entry("type", .string("boolean"))])
        case .int(let range):
            return .map([
                Tree.Entry("type", .string("integer")), Tree.Entry("minimum", .int(range.lowerBound)),
                Tree.Entry("maximum", .int(range.upperBound)),
            ])
        case .number(let range):
            return .map([
                Tree.Entry("type", .string("number")), Tree.Entry("minimum", .number(range.lowerBound)),
                Tree.Entry("maximum", .number(range.upperBound)),
            ])
        case .text(let pattern, _):
            return pattern.map(string) ?? .map([Tree.Entry("type", .string("string"))])
        case .duration:
            return string("[0-9]+(ms|s|m|h|d|w|y)")
        case .byteSize:
            return string("[0-9]+[KMGT]")
        case .url(let allowHTTP):
            return string((allowHTTP ? "https?" : "https") + "://[^\\s/?#]+(/[^\\s]*)?")
        case .hostname:
            return string("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")
        case .email:
            return string("[^@\\s]+@[A-Za-z0-9.-]+\\.[A-Za-z]+")
        case .cidr:
            return string("[0-9.]+/[0-9]{1,2}|[0-9A-Fa-f:]+/[0-9]{1,3}")
        case .color:
            return string("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
        case .languageTag:
            return string("[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?")
        case .image:
            return string("[a-z0-9][^\\s@]*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[0-9a-f]{64})?")
        case .secretReference:
            return string("[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[-._a-zA-Z0-9]+")
        case .enumeration(let cases):
            return .map([Tree.Entry("enum", .list(cases.map(Tree.string)))])
        case .list(let element):
            return .map([Tree.Entry("type", .string("array")), Tree.Entry("items", schema(element))])
        case .map(let element):
            return .map([Tree.Entry("type", .string("object")), Tree.Entry("additionalProperties", schema(element))])
        case .record(let fields):
            let properties = fields.map { Tree.Entry($0.name, schema($0.type)) }
            let required = fields.filter(\.required).map { Tree.string($0.name) }
            return .map([
                Tree.Entry("type", .string("object")),
                Tree.Entry("additionalProperties", .bool(false)),
                Tree.Entry("properties", .map(properties)),
                Tree.Entry("required", .list(required)),
            ])
        }
    }
}
