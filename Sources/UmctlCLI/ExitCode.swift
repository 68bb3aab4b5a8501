/// The exit statuses of `umctl`, documented in `umctl --help` and the README.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case validationFailed = 1
    case usage = 2
    case drift = 3
    case gitFailure = 4
    case ioFailure = 5
}

/// An error that ends a command with a message and an exit status.
struct CommandFailure: Error {
    var code: ExitCode
    var message: String
    var hint: String?

    init(_ code: ExitCode, _ message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }
}
