import Foundation

extension Node {
    /// A scalar that any YAML 1.1 or 1.2 reader (PyYAML, Go's yaml, libyaml)
    /// reads back as exactly `text`, as a string.
    ///
    /// Text that a plain scalar would turn into a boolean, null, number or
    /// date is single-quoted. Multi-line text is double-quoted so that line
    /// breaks and trailing spaces survive.
    public static func string(_ text: String) -> Node {
        if text.contains("\n") || text.contains("\r") || text.contains("\t") {
            return .scalar(text, style: .doubleQuoted)
        }
        return .scalar(text, style: PlainScalar.isString(text) ? .plain : .singleQuoted)
    }

    public static func bool(_ value: Bool) -> Node {
        .scalar(value ? "true" : "false")
    }

    public static func int(_ value: Int) -> Node {
        .scalar(String(value))
    }

    public static var null: Node {
        .scalar("null")
    }
}

/// The resolution of unquoted YAML scalars, under the rules of YAML 1.1 and 1.2 together.
public enum PlainScalar {
    /// Words YAML 1.1 readers (PyYAML among them) take as booleans.
    public static let booleanWords: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    public static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// True when an unquoted `text` is read back as a string by every common reader.
    public static func isString(_ text: String) -> Bool {
        if booleanWords.contains(text) || nullWords.contains(text) { return false }
        // YAML 1.1 gives these two their own tags (value and merge), which safe loaders reject.
        if text == "=" || text == "<<" { return false }
        if looksNumeric(text) { return false }
        if text.first == " " || text.last == " " { return false }
        return true
    }

    /// Patterns of plain scalars that YAML 1.1 or YAML 1.2 readers turn into numbers or dates.
    private static let nonStringPatterns: [String] = [
        // Integers in any base, with a leading zero or underscores (Go's yaml reads 08 and 0_8 as numbers).
        "[-+]?[0-9][0-9_]*",
        "[-+]?0[xXoObB][0-9a-fA-F_]+",
        "[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?",
        "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?",
        "[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)",
        "[-+]?\\.(inf|Inf|INF)",
        "\\.(nan|NaN|NAN)",
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?",
    ]

    /// True for integers, floats (including `.inf` and `.nan`), sexagesimal numbers and dates.
    public static func looksNumeric(_ text: String) -> Bool {
        // Every pattern starts with a sign, a digit or a dot, so other text needs no regular expression.
        guard let first = text.first, first.isNumber || first == "+" || first == "-" || first == "." else { return false }
        return nonStringPatterns.contains { text.range(of: "^(?:\($0))$", options: .regularExpression) != nil }
    }
}
