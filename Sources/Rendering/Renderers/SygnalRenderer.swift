/// Renders Sygnal's configuration: one app per push app ID.
enum SygnalRenderer {
    static let configPath = "sygnal/sygnal.yaml"

    static func render(_ context: inout RenderContext) throws(TemplateError) {
        try context.render("sygnal/sygnal.yaml", to: configPath, as: .yaml)
    }
}
