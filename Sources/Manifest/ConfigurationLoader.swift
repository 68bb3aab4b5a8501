import Foundation
import YAML

/// Reads `Environments/manifest.yaml` and `Environments/<env>.yaml` from a
/// configuration folder and resolves them into a `Configuration`.
public struct ConfigurationLoader: Sendable {
    public static let folder = "Environments"
    public static let manifestName = "manifest.yaml"

    public let catalog: Catalog
    /// The folder that contains `Environments/`.
    public let root: URL

    public init(root: URL, catalog: Catalog = .standard) {
        self.root = root
        self.catalog = catalog
    }

    /// The result of loading: a configuration when there were no errors, and every diagnostic found.
    public struct Result: Sendable {
        public var configuration: Configuration?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public var manifestPath: String { "\(Self.folder)/\(Self.manifestName)" }

    public func environmentPath(_ name: String) -> String { "\(Self.folder)/\(name).yaml" }

    /// Names of the environments, from the `*.yaml` files beside the manifest, sorted.
    public func environmentNames() throws -> [String] {
        let folder = root.appendingPathComponent(Self.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".yaml") && $0 != Self.manifestName }
            .map { String($0.dropLast(5)) }
            .sorted()
    }

    /// Loads one environment. `manifestText` and `environmentText` replace the files' content,
    /// for renders from a locked or committed revision.
    public func load(environment: String, manifestText: String? = nil, environmentText: String? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        let manifest = manifestText.map { (text: $0, diagnostic: Diagnostic?.none) } ?? read(manifestPath)
        let overlay = environmentText.map { (text: $0, diagnostic: Diagnostic?.none) } ?? read(environmentPath(environment))
        if let problem = manifest.diagnostic ?? overlay.diagnostic {
            diagnostics.append(problem)
            if let other = overlay.diagnostic, other != problem { diagnostics.append(other) }
            return Result(configuration: nil, diagnostics: diagnostics)
        }

        let base = walk(manifest.text, file: manifestPath, isEnvironmentFile: false)
        let local = walk(overlay.text, file: environmentPath(environment), isEnvironmentFile: true)
        diagnostics += base.diagnostics + local.diagnostics

        var values: [String: Value] = [:]
        var origins: [String: Configuration.Origin] = [:]
        for option in catalog.options {
            if let setting = local.settings[option.path] {
                values[option.path] = setting.value
                origins[option.path] = .environment(setting.mark)
            } else if let setting = base.settings[option.path] {
                values[option.path] = setting.value
                origins[option.path] = .manifest(setting.mark)
            } else {
                values[option.path] = option.defaultValue
                origins[option.path] = .defaultValue
            }
        }

        let errorsSoFar = diagnostics.contains { $0.severity == .error }
        for option in catalog.options where option.required && (values[option.path] ?? .null).isNull {
            // A value that failed to parse was reported already; a missing one is reported here.
            let failed = base.failedPaths.union(local.failedPaths)
            if failed.contains(where: { option.path == $0 || option.path.hasPrefix($0 + ".") }) { continue }
            let file = option.isOverridable ? environmentPath(environment) : manifestPath
            diagnostics.append(
                Diagnostic(
                    .error, .missingRequired, "required option '\(option.path)' is not set",
                    file: file, mark: .start, option: option.path,
                    hint: "add it (\(option.type.name)): \(option.summary)"))
        }

        var positions: [String: Configuration.Origin] = [:]
        for (path, mark) in base.positions { positions[path] = .manifest(mark) }
        for (path, mark) in local.positions { positions[path] = .environment(mark) }
        let configuration = Configuration(
            environment: environment, catalog: catalog, values: values, origins: origins,
            positions: positions)
        if !errorsSoFar && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += ConsistencyRules.check(
                configuration, manifestPath: manifestPath,
                environmentPath: environmentPath(environment))
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return Result(configuration: failed ? nil : configuration, diagnostics: Diagnostic.sorted(diagnostics))
    }

    private func read(_ relativePath: String) -> (text: String, diagnostic: Diagnostic?) {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (
                "",
                Diagnostic(
                    .error, .fileUnreadable, "cannot read \(relativePath)", file: relativePath,
                    hint: "check that \(url.path) exists and is readable")
            )
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (
                "",
                Diagnostic(
                    .error, .fileUnreadable, "\(relativePath) is not valid UTF-8", file: relativePath,
                    hint: "save the file as UTF-8")
            )
        }
        return (text, nil)
    }

    private func walk(_ text: String, file: String, isEnvironmentFile: Bool)
        -> (settings: [String: DocumentWalker.Setting], diagnostics: [Diagnostic], failedPaths: Set<String>, positions: [String: Mark])
    {
        let source = SourceText(text)
        let root: Node
        do {
            root = try Parser.parse(text)
        } catch {
            var hint = "check the indentation and quoting near this position"
            let message = error.context.map { "\(error.problem) \($0)" } ?? error.problem
            // At the end of the file libyaml's position is useless, so point at where the unclosed construct began.
            var mark = error.mark
            if error.problem.contains("end of stream") || source.line(mark.line) == nil, let start = error.contextMark {
                mark = start
                hint = "this was never closed; add the closing quote or bracket"
            } else if source.line(mark.line)?.contains("\t") == true || error.problem.contains("tab") {
                hint = "indent with spaces; YAML does not allow tabs for indentation"
            }
            let diagnostic = Diagnostic(
                .error, .yamlSyntax, "invalid YAML: \(message)", file: file, mark: mark,
                hint: hint, sourceLine: source.line(mark.line))
            return ([:], [diagnostic], Set(catalog.options.map(\.path)), [:])
        }
        var walker = DocumentWalker(catalog: catalog, file: file, source: source, isEnvironmentFile: isEnvironmentFile)
        walker.walk(root)
        let failed = Set(walker.diagnostics.compactMap(\.option).map { $0.split(separator: "[").first.map(String.init) ?? $0 })
            .union(walker.suggestedPaths)
        return (walker.settings, walker.diagnostics, failed, walker.positions)
    }
}
