import YAML

/// Walks one parsed manifest or environment file against the catalog and
/// collects the typed value and position of every option it sets.
struct DocumentWalker {
    struct Setting: Sendable {
        var value: Value
        var mark: Mark
    }

    let catalog: Catalog
    let file: String
    let isEnvironmentFile: Bool
    private var parser: ValueParser
    private(set) var settings: [String: Setting] = [:]
    /// Options that an unknown key was probably meant to set, so that they are not also reported as missing.
    private(set) var suggestedPaths: Set<String> = []

    init(catalog: Catalog, file: String, source: SourceText, isEnvironmentFile: Bool) {
        self.catalog = catalog
        self.file = file
        self.isEnvironmentFile = isEnvironmentFile
        self.parser = ValueParser(file: file, source: source)
    }

    var diagnostics: [Diagnostic] { parser.diagnostics + ownDiagnostics }
    /// Positions of values inside options, such as `push.apps[1].id`.
    var positions: [String: Mark] { parser.positions }
    private var ownDiagnostics: [Diagnostic] = []

    mutating func walk(_ root: Node) {
        if root.isNull { return }
        walkSection(root, path: "")
    }

    private mutating func walkSection(_ node: Node, path section: String) {
        guard let pairs = node.pairs else {
            report(
                .wrongType,
                section.isEmpty ? "the file must be a mapping of sections" : "expected the section '\(section)' to be a mapping",
                at: node, option: section.isEmpty ? nil : section,
                hint: "write the options as 'key: value' lines indented under their section")
            return
        }
        var seen: [String: Mark] = [:]
        var adopted: Set<Int> = []
        for (index, pair) in pairs.enumerated() where !adopted.contains(index) {
            guard let key = pair.key.scalarText else {
                report(.wrongType, "keys must be plain text", at: pair.key, option: section.isEmpty ? nil : section)
                continue
            }
            let path = section.isEmpty ? key : "\(section).\(key)"
            if let first = seen[key] {
                report(
                    .duplicateKey, "duplicate key '\(key)', first set at line \(first.line)", at: pair.key, option: path,
                    hint: "remove one of the two entries; YAML readers silently keep only the last one")
                continue
            }
            seen[key] = pair.key.mark

            if let option = catalog[path] {
                walkOption(option, pair: pair)
            } else if catalog.sections.contains(path) {
                if pair.value.isNull {
                    let orphans = orphanedChildren(of: path, in: pairs, after: index, within: section)
                    adopted.formUnion(orphans.map(\.offset))
                    reportEmptySection(path, key: pair.key, orphans: orphans.map(\.element))
                } else {
                    walkSection(pair.value, path: path)
                }
            } else {
                reportUnknown(key, path: path, in: section, at: pair.key)
            }
        }
    }

    private mutating func walkOption(_ option: Option, pair: Node.Pair) {
        if isEnvironmentFile && !option.isOverridable {
            report(
                .notOverridable, "'\(option.path)' may not be set in an environment file", at: pair.key, option: option.path,
                hint: "set it in manifest.yaml, so that every environment gets the same value")
            return
        }
        if let value = parser.parse(pair.value, as: option.type, option: option.path) {
            settings[option.path] = Setting(value: value, mark: pair.value.mark)
        }
    }

    /// Keys after an empty section that belong in it: its children that lost their indentation.
    private func orphanedChildren(of path: String, in pairs: [Node.Pair], after index: Int, within section: String)
        -> [(offset: Int, element: Node.Pair)]
    {
        let children = Set(catalog.childNames(of: path))
        let siblings = Set(catalog.childNames(of: section))
        var orphans: [(offset: Int, element: Node.Pair)] = []
        for candidate in (index + 1)..<pairs.count {
            guard let key = pairs[candidate].key.scalarText, children.contains(key), !siblings.contains(key) else { break }
            orphans.append((candidate, pairs[candidate]))
        }
        return orphans
    }

    private mutating func reportEmptySection(_ path: String, key: Node, orphans: [Node.Pair]) {
        if orphans.isEmpty {
            report(
                .lostIndentation, "section '\(path)' is empty", at: key, option: path,
                hint: "indent its options under it, or remove the line")
            return
        }
        let names = orphans.compactMap(\.key.scalarText)
        let lines = orphans.map { String($0.key.mark.line) }.joined(separator: ", ")
        report(
            .lostIndentation,
            "section '\(path)' is empty because its options lost their indentation: \(names.joined(separator: ", ")) (line \(lines))",
            at: key, option: path, hint: "indent \(names.joined(separator: ", ")) by two spaces under '\(key.scalarText ?? path):'")
    }

    private mutating func reportUnknown(_ key: String, path: String, in section: String, at node: Node) {
        let candidates = catalog.childNames(of: section)
        let hint: String
        if let suggestion = Suggestion.closest(to: key, among: candidates) {
            hint = "did you mean '\(suggestion)'?"
            suggestedPaths.insert(section.isEmpty ? suggestion : "\(section).\(suggestion)")
        } else if let elsewhere = catalog.options.first(where: { $0.path.hasSuffix(".\(key)") }) {
            hint = "'\(key)' exists as '\(elsewhere.path)'"
        } else {
            hint =
                section.isEmpty
                ? "known sections: \(candidates.joined(separator: ", "))"
                : "run 'umctl options' to list the options of '\(section)'"
        }
        report(.unknownOption, "unknown option '\(path)'", at: node, option: path, hint: hint)
    }

    private mutating func report(_ code: Diagnostic.Code, _ message: String, at node: Node, option: String?, hint: String? = nil) {
        ownDiagnostics.append(
            Diagnostic(
                .error, code, message, file: file, mark: node.mark, option: option, hint: hint,
                sourceLine: parser.source.line(node.mark.line)))
    }
}
