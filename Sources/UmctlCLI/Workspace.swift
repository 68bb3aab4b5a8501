import Foundation
import Manifest
import Rendering

/// The configuration folder a command works on, with its loader and templates.
struct Workspace {
    let root: URL
    let loader: ConfigurationLoader
    let console: Console
    private let templatesOverride: String?

    init(root: URL, templates: String?, console: Console) {
        self.root = root
        self.loader = ConfigurationLoader(root: root)
        self.templatesOverride = templates
        self.console = console
    }

    /// The environments a command acts on: those named with `--env`, or every one for `--all` or when `defaultAll`.
    func environments(_ arguments: ArgumentParser.Parsed, defaultAll: Bool) throws(CommandFailure) -> [String] {
        let known: [String]
        do {
            known = try loader.environmentNames()
        } catch {
            throw CommandFailure(.ioFailure, "cannot list \(root.appendingPathComponent(ConfigurationLoader.folder).path)",
                                 hint: "run umctl in the folder that contains Environments/, or pass --config DIR")
        }
        let named = arguments.all("env")
        if arguments.isSet("all") {
            guard named.isEmpty else { throw CommandFailure(.usage, "--all and --env exclude each other") }
            return known
        }
        if named.isEmpty {
            if defaultAll { return known }
            throw CommandFailure(.usage, "name an environment with --env NAME or use --all",
                                 hint: "environments here: \(known.joined(separator: ", "))")
        }
        for name in named where !known.contains(name) {
            let suggestion = Suggestion.closest(to: name, among: known)
            throw CommandFailure(.usage, "unknown environment '\(name)'",
                                 hint: suggestion.map { "did you mean '\($0)'?" } ?? "environments here: \(known.joined(separator: ", "))")
        }
        return named
    }

    func templates() throws(CommandFailure) -> TemplateLibrary {
        guard let folder = TemplateLibrary.locate(explicit: templatesOverride, configRoot: root) else {
            throw CommandFailure(.ioFailure, "cannot find the Templates folder",
                                 hint: "pass --templates DIR or set UMCTL_TEMPLATES")
        }
        do {
            return try TemplateLibrary(directory: folder)
        } catch {
            throw CommandFailure(.ioFailure, "cannot load the templates: \(error)")
        }
    }

    /// Loads, validates and renders each environment; returns the renders only when every one is valid.
    func renderAll(_ environments: [String], manifestOverrides: [String: String] = [:])
        throws(CommandFailure) -> (renders: [RenderedEnvironment], diagnostics: [Diagnostic])
    {
        let renderer = EnvironmentRenderer(templates: try templates())
        var renders: [RenderedEnvironment] = []
        var diagnostics: [Diagnostic] = []
        for environment in environments {
            let result = loader.load(environment: environment, manifestText: manifestOverrides[environment])
            diagnostics += result.diagnostics
            guard let configuration = result.configuration else { continue }
            let rendered: RenderedEnvironment
            do {
                rendered = try renderer.render(configuration)
            } catch {
                throw CommandFailure(.ioFailure, "internal template error in \(environment): \(error)",
                                     hint: "this is a bug in umctl's templates; please report it with the manifest")
            }
            diagnostics += RenderedConsistency.check(rendered)
            renders.append(rendered)
        }
        return (renders, Self.deduplicated(diagnostics))
    }

    /// The manifest's diagnostics appear once per environment; keep one of each.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return Diagnostic.sorted(diagnostics.filter { seen.insert($0).inserted })
    }
}
