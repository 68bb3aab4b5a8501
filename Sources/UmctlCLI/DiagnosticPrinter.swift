import Foundation
import Manifest

/// Prints diagnostics as text with the source line and a caret, as JSON, or as GitHub annotations.
struct DiagnosticPrinter {
    enum Format: String, CaseIterable {
        case text, json, github
    }

    let format: Format
    let console: Console
    /// The configuration folder, to read a source line a diagnostic did not carry.
    let root: URL

    func print(_ diagnostics: [Diagnostic]) {
        switch format {
        case .text:
            for diagnostic in diagnostics { console.error(text(diagnostic, color: console.colorError)) }
        case .github:
            for diagnostic in diagnostics { console.out(github(diagnostic)) }
        case .json:
            console.out(JSONText.array(diagnostics.map(json)))
        }
    }

    func text(_ diagnostic: Diagnostic, color: Bool) -> String {
        let position = diagnostic.mark.map { ":\($0.line):\($0.column)" } ?? ""
        let severity: String =
            switch diagnostic.severity {
            case .error: Style.red.apply("error", enabled: color)
            case .warning: Style.yellow.apply("warning", enabled: color)
            case .note: Style.cyan.apply("note", enabled: color)
            }
        let location = Style.bold.apply("\(diagnostic.file)\(position):", enabled: color)
        var lines = ["\(location) \(severity): [\(diagnostic.code.rawValue)] \(diagnostic.message)"]
        if let mark = diagnostic.mark, let source = diagnostic.sourceLine ?? sourceLine(diagnostic.file, mark.line) {
            let number = String(mark.line)
            let gutter = String(repeating: " ", count: number.count)
            lines.append(" \(number) | \(source)")
            let caretIndent = String(source.prefix(mark.column - 1).map { $0 == "\t" ? "\t" : " " })
            lines.append(" \(gutter) | \(caretIndent)" + Style.green.apply("^", enabled: color))
        }
        if let option = diagnostic.option { lines.append("  option: \(option)") }
        if let hint = diagnostic.hint { lines.append("  hint: \(hint)") }
        return lines.joined(separator: "\n")
    }

    private func github(_ diagnostic: Diagnostic) -> String {
        var properties = ["file=\(escapeProperty(diagnostic.file))"]
        if let mark = diagnostic.mark {
            properties.append("line=\(mark.line)")
            properties.append("col=\(mark.column)")
        }
        properties.append(
            "title=\(escapeProperty("\(diagnostic.code.rawValue) \(diagnostic.option ?? "")".trimmingCharacters(in: .whitespaces)))")
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        return
            "::\(diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    private func json(_ diagnostic: Diagnostic) -> String {
        JSONText.object([
            ("severity", JSONText.string(diagnostic.severity.rawValue)),
            ("code", JSONText.string(diagnostic.code.rawValue)),
            ("message", JSONText.string(diagnostic.message)),
            ("file", JSONText.string(diagnostic.file)),
            ("line", diagnostic.mark.map { String($0.line) } ?? "null"),
            ("column", diagnostic.mark.map { String($0.column) } ?? "null"),
            ("option", diagnostic.option.map(JSONText.string) ?? "null"),
            ("hint", diagnostic.hint.map(JSONText.string) ?? "null"),
        ])
    }

    private func sourceLine(_ file: String, _ line: Int) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        return SourceText(text).line(line)
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
