extension CatalogSections {
    private static let element = "element/config.json"
    private static let keycloak = "keycloak/realm.json"

    static let branding: [Option] = [
        Option(
            "branding.product_name", .text(), required: true,
            "Product name shown in the web client and on the login page.",
            reaches: ["\(element): brand", "\(keycloak): displayName"]),
        Option(
            "branding.organization", .text(), required: true,
            "Organisation that runs the messenger, shown on the login page.",
            reaches: ["\(keycloak): displayNameHtml"]),
        Option(
            "branding.tagline", .text(), default: .string(""),
            "Line shown under the product name on the login page.",
            reaches: ["\(keycloak): displayNameHtml"]),
        Option(
            "branding.default_theme", .enumeration(["light", "dark", "custom"]), default: .string("light"),
            "Theme a new session starts with; custom uses the brand colours.",
            reaches: ["\(element): default_theme"]),
        Option(
            "branding.custom_theme_name", .text(), default: .string("Brand"),
            "Name of the custom theme built from the brand colours.",
            reaches: ["\(element): setting_defaults.custom_themes[0].name", "\(element): default_theme"]),
        Option(
            "branding.custom_theme_dark", .bool, default: .bool(false),
            "Whether the custom theme is a dark theme.",
            reaches: ["\(element): setting_defaults.custom_themes[0].is_dark"]),
        color("accent", "#0dbd8b", "Accent colour of buttons and links.", key: "accent-color"),
        color("primary", "#0dbd8b", "Primary colour of the custom theme.", key: "primary-color"),
        color("warning", "#ff4b55", "Colour of warnings and destructive actions.", key: "warning-color"),
        color("sidebar", "#27303a", "Background colour of the space bar.", key: "sidebar-color"),
        color("roomlist_background", "#f3f8fd", "Background colour of the room list.", key: "roomlist-background-color"),
        color("roomlist_text", "#2e2f32", "Text colour of the room list.", key: "roomlist-text-color"),
        color("timeline_background", "#ffffff", "Background colour of the timeline.", key: "timeline-background-color"),
        color("timeline_text", "#2e2f32", "Text colour of the timeline.", key: "timeline-text-color"),
        Option(
            "branding.logo_url", .url(),
            "Logo above the login form of the web client.",
            reaches: ["\(element): branding.auth_header_logo_url"]),
        Option(
            "branding.auth_background_url", .url(),
            "Background image of the web client's login page.",
            reaches: ["\(element): branding.welcome_background_url"]),
        Option(
            "branding.footer_links", .list(.record([RecordField("text", .text()), RecordField("url", .url())])),
            default: .list([]),
            "Links in the footer of the web client's login page.",
            reaches: ["\(element): branding.auth_footer_links"]),
        Option(
            "branding.privacy_policy_url", .url(),
            "Privacy policy the web client links to.",
            reaches: ["\(element): privacy_policy_url"]),
        Option(
            "branding.terms_links", .list(.record([RecordField("text", .text()), RecordField("url", .url())])),
            default: .list([]),
            "Terms of use the web client links to.",
            reaches: ["\(element): terms_and_conditions_links"]),
        Option(
            "branding.help_url", .url(),
            "Help page the web client's help menu opens.",
            reaches: ["\(element): help_url"]),
        Option(
            "branding.support_email", .email,
            "Address users write to for support.",
            reaches: ["well-known/support.json: contacts[0].email_address"]),
        Option(
            "branding.support_url", .url(),
            "Support page published for clients.",
            reaches: ["well-known/support.json: support_page"]),
        Option(
            "branding.default_language", .languageTag, default: .string("en"),
            "Language of the web client and login page until a user picks another.",
            reaches: ["\(element): setting_defaults.language", "\(keycloak): defaultLocale"]),
        Option(
            "branding.languages", .list(.languageTag), default: .list([.string("en")]),
            "Languages the login page offers.",
            reaches: ["\(keycloak): supportedLocales"]),
        Option(
            "branding.default_country_code", .text(pattern: "[A-Z]{2}", example: "DE"), default: .string("GB"),
            "Country whose dialling code phone number fields assume.",
            reaches: ["\(element): default_country_code"]),
        Option(
            "branding.welcome_url", .url(),
            "Page the web client shows before login instead of its own welcome page.",
            reaches: ["\(element): embedded_pages.welcome_url"]),
        Option(
            "branding.home_url", .url(),
            "Page the web client shows on its home screen.",
            reaches: ["\(element): embedded_pages.home_url"]),
        Option(
            "branding.login_language_selector", .bool, default: .bool(true),
            "Whether the login page offers a language selector.",
            reaches: ["\(element): disable_login_language_selector"]),
    ]

    private static func color(_ name: String, _ value: String, _ summary: String, key: String) -> Option {
        Option(
            "branding.colors.\(name)", .color, default: .string(value), summary,
            reaches: ["\(element): setting_defaults.custom_themes[0].colors.\(key)"])
    }
}
