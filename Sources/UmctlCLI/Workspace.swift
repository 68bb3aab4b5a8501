import Foundation
import GitOps
import Manifest
import Rendering

/// The configuration folder a command works on, with its loader and templates.
struct Workspace {
    let root: URL
    let loader: ConfigurationLoader
    let console: Console
    /// The folder relative paths on the command line are resolved against.
    let currentDirectory: URL
    private let templatesOverride: String?

    init(root: URL, templates: String?, console: Console, currentDirectory: URL) {
        self.root = root
        self.currentDirectory = currentDirectory
        self.loader = ConfigurationLoader(root: root)
        self.templatesOverride = templates
        self.console = console
    }

    /// Resolves a path from the command line; relative paths start in the current folder.
    func resolve(_ path: String) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)).standardizedFileURL
    }

    /// Returns the environments a command acts on: those named with `--env`, or every one for `--all` or when `defaultAll`.
    func environments(_ arguments: ArgumentParser.Parsed, defaultAll: Bool) throws(CommandFailure) -> [String] {
        let known = try knownEnvironments()
        let named = arguments.all("env")
        if arguments.isSet("all") {
            guard named.isEmpty else { throw CommandFailure(.usage, "--all and --env exclude each other") }
            return known
        }
        if named.isEmpty {
            if defaultAll { return known }
            throw CommandFailure(
                .usage, "name an environment with --env NAME or use --all",
                hint: "environments here: \(known.joined(separator: ", "))")
        }
        try requireKnown(named)
        return named
    }

    /// Throws a usage error for the first name that has no `Environments/<name>.yaml`.
    func requireKnown(_ names: [String]) throws(CommandFailure) {
        let known = try knownEnvironments()
        for name in names where !known.contains(name) {
            let suggestion = Suggestion.closest(to: name, among: known)
            throw CommandFailure(
                .usage, "unknown environment '\(name)'",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "environments here: \(known.joined(separator: ", "))")
        }
    }

    private func knownEnvironments() throws(CommandFailure) -> [String] {
        do {
            return try loader.environmentNames()
        } catch {
            throw CommandFailure(
                .ioFailure, "cannot list \(root.appendingPathComponent(ConfigurationLoader.folder).path)",
                hint: "run umctl in the folder that contains Environments/, or pass --config DIR")
        }
    }

    func templates() throws(CommandFailure) -> TemplateLibrary {
        guard let folder = TemplateLibrary.locate(explicit: templatesOverride.map { resolve($0).path }, configRoot: root) else {
            throw CommandFailure(
                .ioFailure, "cannot find the Templates folder",
                hint: "pass --templates DIR or set UMCTL_TEMPLATES")
        }
        do {
            return try TemplateLibrary(directory: folder)
        } catch {
            throw CommandFailure(.ioFailure, "cannot load the templates: \(error)")
        }
    }

    /// Returns the configuration folder's git repository, or nil when it is not in one.
    func repository() -> ConfigurationRepository? {
        try? ConfigurationRepository(root: root)
    }

    /// Reads the manifest text of each locked environment from the commit its lock names.
    func lockedManifests(_ environments: [String]) throws(CommandFailure) -> [String: (lock: PromotionLock, text: String)] {
        let locked = environments.filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent(PromotionLock.path(for: $0)).path)
        }
        guard !locked.isEmpty else { return [:] }
        guard let repository = repository() else {
            throw CommandFailure(
                .gitFailure, "\(PromotionLock.path(for: locked[0])) needs the git history of \(root.path), which is not a repository",
                hint: "run umctl in a clone of the configuration repository")
        }
        var manifests: [String: (lock: PromotionLock, text: String)] = [:]
        for environment in locked {
            do {
                manifests[environment] = try repository.lockedManifest(for: environment)
            } catch {
                throw CommandFailure(.gitFailure, error.description)
            }
        }
        return manifests
    }

    /// Loads, validates and renders each environment; returns the renders only when every one is valid.
    ///
    /// A locked environment renders from its locked manifest revision unless `manifestOverrides` names another text.
    func renderAll(_ environments: [String], manifestOverrides: [String: String] = [:], environmentOverrides: [String: String] = [:])
        throws(CommandFailure) -> (renders: [RenderedEnvironment], diagnostics: [Diagnostic])
    {
        let renderer = EnvironmentRenderer(templates: try templates())
        let locked = try lockedManifests(environments.filter { manifestOverrides[$0] == nil })
        var renders: [RenderedEnvironment] = []
        var diagnostics: [Diagnostic] = []
        for environment in environments {
            let manifest = manifestOverrides[environment] ?? locked[environment]?.text
            let result = loader.load(environment: environment, manifestText: manifest, environmentText: environmentOverrides[environment])
            diagnostics += result.diagnostics
            guard let configuration = result.configuration else { continue }
            let rendered: RenderedEnvironment
            do {
                rendered = try renderer.render(configuration)
            } catch {
                throw CommandFailure(
                    .ioFailure, "internal template error in \(environment): \(error)",
                    hint: "this is a bug in umctl's templates; please report it with the manifest")
            }
            diagnostics += RenderedConsistency.check(rendered)
            renders.append(rendered)
        }
        return (renders, Self.deduplicated(diagnostics))
    }

    /// Keeps one of each diagnostic, because the manifest's diagnostics appear once per environment.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return Diagnostic.sorted(diagnostics.filter { seen.insert($0).inserted })
    }
}
