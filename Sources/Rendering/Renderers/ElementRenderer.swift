/// Renders Element Web's `config.json`.
enum ElementRenderer {
    static let configPath = "element/config.json"

    static func render(_ context: inout RenderContext) throws(TemplateError) {
        let config = context.configuration
        let theme = config.string("branding.default_theme") ?? "light"
        let themeName = config.string("branding.custom_theme_name") ?? ""
        context.derive("element_default_theme", .string(theme == "custom" ? "custom-\(themeName)" : theme))

        let directory: [Tree] =
            config.string("features.room_directory") == "off" ? [] : [.string(config.string("identity.server_name") ?? "")]
        context.derive("room_directory_servers", .list(directory))

        // Element falls back to a public integration manager unless these keys are null.
        let custom = config.string("features.integration_manager") == "custom"
        let ui = custom ? Tree(config["features.integrations_ui_url"]) : .null
        let rest = custom ? Tree(config["features.integrations_rest_url"]) : .null
        context.derive("integrations_ui_url", ui)
        context.derive("integrations_rest_url", rest)
        context.derive("integrations_widgets_urls", custom ? .list([ui]) : .list([]))
        context.derive("bug_reports_enabled", .bool(!config["features.bug_report_url"].isNull))

        try context.render("element/config.json", to: configPath, as: .json)
    }
}
