import Foundation

/// The templates of `Templates/`, read once per run.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]
    public let directory: URL

    /// Reads every `.yaml` and `.json` file below `directory`.
    public init(directory: URL) throws(TemplateError) {
        self.directory = directory
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else {
            throw TemplateError(message: "cannot read the templates folder \(directory.path)")
        }
        var templates: [String: Template] = [:]
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".json") else { continue }
            let url = directory.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(message: "cannot read the template \(url.path)")
            }
            templates[relative] = try Template(name: relative, text: text)
        }
        guard !templates.isEmpty else {
            throw TemplateError(message: "no templates in \(directory.path)")
        }
        self.templates = templates
    }

    public func template(_ name: String) throws(TemplateError) -> Template {
        guard let template = templates[name] else {
            throw TemplateError(message: "missing template \(name) in \(directory.path)")
        }
        return template
    }

    /// Finds `Templates/`: an explicit folder, `UMCTL_TEMPLATES`, the configuration
    /// folder, or the source tree the running binary was built in.
    public static func locate(explicit: String?, configRoot: URL) -> URL? {
        var candidates: [URL] = []
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["UMCTL_TEMPLATES"] {
            return URL(fileURLWithPath: fromEnvironment)
        }
        candidates.append(configRoot.appendingPathComponent("Templates"))
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        // .build/<triple>/<configuration>/umctl sits three levels below the package root.
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("Templates"))
            candidates.append(folder.appendingPathComponent("share/umctl/Templates"))
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("synapse").path) }
    }
}
