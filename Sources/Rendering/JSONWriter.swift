/// Writes a `Tree` as JSON, indented by two spaces, keys in tree order.
///
/// Non-ASCII characters are written as they are (UTF-8), so German text
/// stays readable in diffs; only quotes, backslashes and control characters
/// are escaped.
public enum JSONWriter {
    public static func write(_ tree: Tree) -> String {
        var output = ""
        write(tree, indent: 0, into: &output)
        output += "\n"
        return output
    }

    private static func write(_ tree: Tree, indent: Int, into output: inout String) {
        switch tree {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .number(let number): output += NumberFormat.shortest(number)
        case .string(let text): writeString(text, into: &output)
        case .list(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .map(let entries):
            guard !entries.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                writeString(entry.key, into: &output)
                output += ": "
                write(entry.value, indent: indent + 2, into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                output +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
