import Manifest

/// The state the renderers of one environment share: the templates, the names
/// templates see, and the files rendered so far.
struct RenderContext {
    enum Format {
        case yaml, json
    }

    let configuration: Configuration
    let templates: TemplateLibrary
    private(set) var scope: Scope
    private(set) var files: [RenderedFile] = []

    init(configuration: Configuration, templates: TemplateLibrary) {
        self.configuration = configuration
        self.templates = templates
        var names: [String: Tree] = ["env.name": .string(configuration.environment)]
        for (path, value) in configuration.values { names[path] = Tree(value) }
        scope = Scope(names)
    }

    /// Makes `value` visible to templates rendered later as `derived.NAME`.
    mutating func derive(_ name: String, _ value: Tree) {
        scope = scope.binding("derived.\(name)", to: value)
    }

    func value(_ path: String) -> Value { configuration[path] }

    func string(_ path: String) -> String { configuration.string(path) ?? "" }

    /// Renders `template` into the file at `path` and records it.
    @discardableResult
    mutating func render(_ template: String, to path: String, as format: Format) throws(TemplateError) -> RenderedFile {
        let documents = try templates.template(template).render(in: scope)
        let contents: String
        switch format {
        case .json:
            guard documents.count == 1 else {
                throw TemplateError(message: "a JSON template must hold exactly one document", location: template)
            }
            contents = JSONWriter.write(documents[0])
        case .yaml:
            do {
                contents = try YAMLWriter.write(documents)
            } catch {
                throw TemplateError(message: "cannot write YAML: \(error)", location: template)
            }
        }
        let file = RenderedFile(path: path, contents: contents, documents: documents)
        files.append(file)
        return file
    }

    /// Returns the text of a file rendered earlier, for ConfigMaps that carry it.
    func contents(of path: String) throws(TemplateError) -> String {
        guard let file = files.first(where: { $0.path == path }) else {
            throw TemplateError(message: "\(path) must be rendered before it is embedded")
        }
        return file.contents
    }
}
