import YAML

/// Writes `Tree` documents as YAML through libyaml's emitter.
public enum YAMLWriter {
    public static func write(_ documents: [Tree]) throws(YAMLError) -> String {
        try Emitter.emit(documents: documents.map(node))
    }

    static func node(_ tree: Tree) -> Node {
        switch tree {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .number(let number): .scalar(NumberFormat.shortest(number))
        case .string(let text): stringNode(text)
        case .list(let items): .sequence(items.map(node))
        case .map(let entries): .mapping(entries.map { Node.Pair(key: .string($0.key), value: node($0.value)) })
        }
    }

    /// Multi-line text becomes a literal block, so embedded files stay readable.
    /// libyaml falls back to a quoted scalar where a block cannot keep the text exactly.
    private static func stringNode(_ text: String) -> Node {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let blockSafe =
            text.contains("\n") && !text.contains("\r") && !text.contains("\t")
            && lines.allSatisfy { !$0.hasSuffix(" ") } && text.first != " "
        return blockSafe ? .scalar(text, style: .literal) : .string(text)
    }
}
