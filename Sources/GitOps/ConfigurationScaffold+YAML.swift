import Manifest
import YAML

extension ConfigurationScaffold {
    /// Catalog options arranged as the nested YAML sections of a manifest.
    indirect enum Entry {
        case option(name: String, Option)
        case section(name: String, [Entry])

        var options: [Option] {
            switch self {
            case .option(_, let option): [option]
            case .section(_, let children): children.flatMap(\.options)
            }
        }
    }

    /// Groups `options` by their dotted paths. Sections keep the position of their first
    /// option, so the layout follows the catalog's order and is the same on every run.
    static func entries(_ options: [Option]) -> [Entry] {
        entries(options.map { (rest: $0.components.map(String.init), option: $0) })
    }

    private static func entries(_ items: [(rest: [String], option: Option)]) -> [Entry] {
        var order: [String] = []
        var groups: [String: [(rest: [String], option: Option)]] = [:]
        for item in items {
            let head = item.rest[0]
            if groups[head] == nil { order.append(head) }
            groups[head, default: []].append(item)
        }
        return order.map { head in
            let group = groups[head] ?? []
            if group.count == 1, group[0].rest.count == 1 {
                return .option(name: head, group[0].option)
            }
            // The catalog never uses one path as both an option and a section, so every item here has a tail.
            let children = group.filter { $0.rest.count > 1 }.map { (rest: Array($0.rest.dropFirst()), option: $0.option) }
            return .section(name: head, entries(children))
        }
    }

    /// Emits `name: value` as lines indented by `indent` spaces.
    ///
    /// libyaml writes the value, so every scalar gets the quoting it needs
    /// (a leading `#`, `yes`, `10` as text) and reads back as the same value.
    static func keyValueLines(_ name: String, _ value: Value, type: OptionType, indent: Int) throws(YAMLError) -> [String] {
        let pair = Node.Pair(key: .string(name), value: node(value, type: type))
        let text = try Emitter.emit(.mapping([pair]))
        let padding = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map { padding + $0 }
    }

    /// Converts a typed value to a YAML node. `type` decides the key order of records.
    static func node(_ value: Value, type: OptionType) -> Node {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .number(let number): return .scalar(String(number))
        case .string(let text): return .string(text)
        case .list(let items):
            let element: OptionType = if case .list(let inner) = type { inner } else { type }
            return .sequence(items.map { node($0, type: element) })
        case .map(let entries):
            return .mapping(
                orderedKeys(entries, type: type).map { key in
                    Node.Pair(key: .string(key), value: node(entries[key] ?? .null, type: fieldType(key, in: type)))
                })
        }
    }

    /// Record fields in declaration order, then any other keys sorted, so output never depends on hashing.
    private static func orderedKeys(_ entries: [String: Value], type: OptionType) -> [String] {
        guard case .record(let fields) = type else { return entries.keys.sorted() }
        let declared = fields.map(\.name).filter { entries[$0] != nil }
        return declared + entries.keys.filter { !declared.contains($0) }.sorted()
    }

    private static func fieldType(_ key: String, in type: OptionType) -> OptionType {
        switch type {
        case .record(let fields): fields.first { $0.name == key }?.type ?? .text()
        case .map(let element): element
        default: .text()
        }
    }
}
