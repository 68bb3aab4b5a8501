/// One manifest option as the catalog declares it.
public struct Option: Sendable {
    /// The files in which an option may be set.
    public enum Scope: Sendable {
        /// Only in the manifest, so it is the same in every environment.
        case manifest
        /// In the manifest, and an environment file may override it.
        case overridable
    }

    /// The dotted path, for example `features.url_previews`.
    public var path: String
    public var type: OptionType
    /// The value used when neither the manifest nor the environment sets one; `.null` means unset.
    public var defaultValue: Value
    /// True when a render needs a value and the option has no default.
    public var required: Bool
    public var scope: Scope
    /// True for options that the hospital's security baseline is about.
    public var securityRelevant: Bool
    public var summary: String
    /// Rendered files and keys the option reaches, as `file: key`.
    public var reaches: [String]

    public init(
        _ path: String, _ type: OptionType, default defaultValue: Value = .null, required: Bool = false,
        scope: Scope = .manifest, security: Bool = false, _ summary: String, reaches: [String]
    ) {
        self.path = path
        self.type = type
        self.defaultValue = defaultValue
        self.required = required
        self.scope = scope
        self.securityRelevant = security
        self.summary = summary
        self.reaches = reaches
    }

    public var isOverridable: Bool { scope == .overridable }

    /// The path split at its dots.
    public var components: [Substring] { path.split(separator: ".") }
}
