import Manifest
import YAML

extension ConfigurationScaffold {
    /// `Environments/manifest.yaml`: every catalog option with a comment, at its default value.
    ///
    /// Options without a default are commented out, and so are the required
    /// ones that each environment file sets, so the file validates as written
    /// while still showing the operator every key there is.
    func manifestText() throws(YAMLError) -> String {
        var lines = Self.manifestHeader(environments: environments)
        for entry in Self.entries(catalog.options) {
            guard case .section(let name, let children) = entry else {
                try writeOption(entry, indent: 0, into: &lines)
                continue
            }
            let count = entry.options.count
            lines += [
                "", "# " + String(repeating: "=", count: 76), "# \(name) (\(count) option\(count == 1 ? "" : "s"))",
                "# " + String(repeating: "=", count: 76),
            ]
            lines.append(isActive(entry) ? "\(name):" : "# \(name):")
            for (index, child) in children.enumerated() {
                try writeOption(child, indent: 2, separated: index > 0, into: &lines)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes one option or nested section. Every entry but the first of a section
    /// gets a blank line before it (`separated`).
    private func writeOption(_ entry: Entry, indent: Int, separated: Bool = true, into lines: inout [String]) throws(YAMLError) {
        let padding = String(repeating: " ", count: indent)
        if separated { lines.append("") }
        switch entry {
        case .section(let name, let children):
            lines.append(padding + (isActive(entry) ? "\(name):" : "# \(name):"))
            for (index, child) in children.enumerated() {
                try writeOption(child, indent: indent + 2, separated: index > 0, into: &lines)
            }
        case .option(let name, let option):
            lines.append(padding + "# " + option.summary)
            lines.append(padding + "# " + details(of: option))
            if let value = manifestValue(option) {
                lines += try Self.keyValueLines(name, value, type: option.type, indent: indent)
            } else {
                lines.append(padding + "# \(name):")
            }
        }
    }

    /// Returns the value the manifest sets: a placeholder for required manifest options, else the default.
    /// Nil leaves the key commented out.
    func manifestValue(_ option: Option) -> Value? {
        if setsInEnvironments(option) { return nil }
        if option.required, option.defaultValue.isNull {
            return Placeholders.manifestValue(for: option)
        }
        return option.defaultValue.isNull ? nil : option.defaultValue
    }

    /// Tells whether the environment files set the option instead of the manifest.
    func setsInEnvironments(_ option: Option) -> Bool {
        option.isOverridable && option.required && option.defaultValue.isNull
    }

    /// Tells whether a section sets any option. Only such a section is written as a key,
    /// because an empty section is an error.
    private func isActive(_ entry: Entry) -> Bool {
        entry.options.contains { manifestValue($0) != nil }
    }

    /// Describes the type, limits, requirement and scope of an option, for its second comment line.
    func details(of option: Option) -> String {
        let name = option.type.name
        var type = "Type: \(name)"
        if let constraints = Self.constraints(of: option.type) {
            // Record type names end in a parenthesised field list already.
            type += name.hasSuffix(")") ? ", \(constraints)" : " (\(constraints))"
        }
        var parts = [type]
        if setsInEnvironments(option) {
            let files = environments.map { "\($0).yaml" }
            parts.append("Required. Every environment file sets it (\(Self.sentenceList(files))), not the manifest")
        } else {
            if option.required {
                parts.append("Required")
            } else if option.defaultValue.isNull {
                parts.append("Optional, unset by default")
            }
            parts.append(option.isOverridable ? "Environment files may override it" : "Environment files may not override it")
        }
        if option.securityRelevant { parts.append("Security baseline") }
        return parts.joined(separator: ". ") + "."
    }

    /// Returns the type's limits, or nil for an enumeration because its type name already lists the cases.
    private static func constraints(of type: OptionType) -> String? {
        switch type {
        case .enumeration: return nil
        case .list(let element), .map(let element): return constraints(of: element)
        default: return type.constraints
        }
    }

    private static func manifestHeader(environments: [String]) -> [String] {
        let files = environments.map { "\($0).yaml" }
        return [
            "# The configuration every environment shares.",
            "#",
            "# umctl init wrote this file from umctl's option catalog: every option is",
            "# listed with what it does, its type and limits, and whether an environment",
            "# file may override it. Options are set to their defaults, and required ones",
            "# without a default to example values. An option that is commented out is",
            "# unset. Change values here, then run `umctl validate`.",
            "# `umctl explain OPTION` tells more about any key, for example",
            "# `umctl explain features.url_previews`.",
            "#",
            "# Facts of one place (domains, images, namespaces, database hosts, Secret",
            "# names) belong in \(Self.sentenceList(files)) beside this file.",
        ]
    }

    /// Joins words as English prose: "a", "a and b", "a, b and c".
    static func sentenceList(_ words: [String]) -> String {
        guard words.count > 1, let last = words.last else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + last
    }
}
