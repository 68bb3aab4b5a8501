/// A mistake in a template or in the data a renderer hands it; always a bug in umctl, not in the manifest.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The template file and position, filled in as the error travels up.
    public var location: String?

    public init(message: String, location: String? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}
