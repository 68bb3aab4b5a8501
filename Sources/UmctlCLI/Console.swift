import Foundation

/// The output streams of a command: results to stdout, diagnostics and progress to stderr.
///
/// Colour is used only when the stream is a terminal and `NO_COLOR` is unset.
/// Tests pass a console that collects the text instead.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeError: (String) -> Void
    let colorOut: Bool
    let colorError: Bool

    public init(out: @escaping (String) -> Void, error: @escaping (String) -> Void, colorOut: Bool = false, colorError: Bool = false) {
        self.writeOut = out
        self.writeError = error
        self.colorOut = colorOut
        self.colorError = colorError
    }

    /// Returns a console on the process's own stdout and stderr.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Console {
        let colorAllowed = environment["NO_COLOR"].map(\.isEmpty) ?? true
        return Console(
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            error: { FileHandle.standardError.write(Data($0.utf8)) },
            colorOut: colorAllowed && isatty(STDOUT_FILENO) == 1,
            colorError: colorAllowed && isatty(STDERR_FILENO) == 1)
    }

    func out(_ line: String) { writeOut(line + "\n") }

    /// Writes `text` to stdout as it is, for documents that end with their own newline.
    func write(_ text: String) { writeOut(text) }

    func error(_ line: String) { writeError(line + "\n") }
}

/// ANSI styles for terminal output.
enum Style: String {
    case bold = "1"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case dim = "2"

    func apply(_ text: String, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
    }
}
