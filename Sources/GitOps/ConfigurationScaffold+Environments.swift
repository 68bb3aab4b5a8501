import Manifest
import YAML

extension ConfigurationScaffold {
    /// `Environments/<environment>.yaml`: the options a new repository needs set per environment.
    ///
    /// These are the required overridable options and those a consistency rule
    /// requires under the defaults, each with an example.org placeholder.
    func environmentText(_ environment: String) throws(YAMLError) -> String {
        var lines = Self.environmentHeader(environment)
        let options = catalog.options.filter { setsInEnvironments($0) || Placeholders.conditional[$0.path] != nil }
        for entry in Self.entries(options) {
            lines.append("")
            try writeEnvironmentEntry(entry, environment: environment, indent: 0, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func writeEnvironmentEntry(
        _ entry: Entry, environment: String, indent: Int,
        into lines: inout [String]
    ) throws(YAMLError) {
        let padding = String(repeating: " ", count: indent)
        switch entry {
        case .section(let name, let children):
            // A section whose options all lack a placeholder would be empty, which is an error.
            let active = entry.options.contains { Placeholders.environmentValue(for: $0, environment: environment) != nil }
            lines.append(padding + (active ? "\(name):" : "# \(name):"))
            for child in children {
                try writeEnvironmentEntry(child, environment: environment, indent: indent + 2, into: &lines)
            }
        case .option(let name, let option):
            lines.append(padding + "# " + option.summary)
            if let reason = Placeholders.conditional[option.path] {
                lines.append(padding + "# " + reason)
            }
            if let value = Placeholders.environmentValue(for: option, environment: environment) {
                lines += try Self.keyValueLines(name, value, type: option.type, indent: indent)
            } else {
                lines.append(padding + "# No example fits this option; set it (\(option.type.name)) before validating.")
                lines.append(padding + "# \(name):")
            }
        }
    }

    private static func environmentHeader(_ environment: String) -> [String] {
        [
            "# \(environment): the facts of this one environment.",
            "#",
            "# Only what differs between environments belongs here: domains, images,",
            "# namespaces, database hosts, sizes and the names of OpenShift Secrets.",
            "# Everything else goes in manifest.yaml, where the comment above each option",
            "# says whether an environment file may override it; setting any other option",
            "# here is an error.",
            "#",
            "# umctl init filled in example.org placeholders that pass validation.",
            "# Replace them with the real values before the first deployment.",
        ]
    }
}
