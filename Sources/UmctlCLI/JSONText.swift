import Rendering

/// Small helpers for the JSON that commands print with `--format json`.
enum JSONText {
    static func string(_ text: String) -> String {
        // The renderer's writer handles escaping; strip the newline it ends a document with.
        String(JSONWriter.write(.string(text)).dropLast())
    }

    /// Builds an object from already encoded values, on one line.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func array(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ",\n ") + "]"
    }
}
