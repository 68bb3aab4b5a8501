internal import CYAML

/// Parses YAML text into a `Node` tree with source positions.
///
/// Anchors and aliases are resolved by copying the anchored node.
public enum Parser {
    public static func parse(_ text: String) throws(YAMLError) -> Node {
        let documents = try EventReader(text).readDocuments()
        if documents.count > 1 {
            throw YAMLError(kind: .syntax, problem: "a second document is not allowed in this file", mark: documents[1].mark)
        }
        return documents.first ?? .scalar("", mark: .start)
    }

    /// Parses every document of a stream, for files that hold several, such as Kubernetes manifests.
    public static func parseDocuments(_ text: String) throws(YAMLError) -> [Node] {
        try EventReader(text).readDocuments()
    }
}

/// Owns a libyaml parser and the bytes it reads for the parser's whole life.
///
/// libyaml reads its input lazily, so the buffer must outlive every call to
/// `yaml_parser_parse`; both live at stable heap addresses until `deinit`.
private final class EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var anchors: [String: Node] = [:]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        buffer.deallocate()
    }

    func readDocuments() throws(YAMLError) -> [Node] {
        var documents: [Node] = []
        while true {
            let event = try nextEvent()
            switch event.kind {
            case .streamStart, .documentStart, .documentEnd:
                continue
            case .streamEnd:
                return documents
            default:
                documents.append(try readNode(startingWith: event))
                anchors = [:]
            }
        }
    }

    private func readNode(startingWith event: Event) throws(YAMLError) -> Node {
        switch event.kind {
        case .alias(let name):
            guard let node = anchors[name] else {
                throw YAMLError(kind: .syntax, problem: "unknown alias '\(name)'", mark: event.mark)
            }
            return node
        case .scalar(let value, let style):
            let node = Node(.scalar(value, style), mark: event.mark, tag: event.tag)
            remember(node, as: event.anchor)
            return node
        case .sequenceStart:
            var items: [Node] = []
            while true {
                let next = try nextEvent()
                if case .sequenceEnd = next.kind { break }
                items.append(try readNode(startingWith: next))
            }
            let node = Node(.sequence(items), mark: event.mark, tag: event.tag)
            remember(node, as: event.anchor)
            return node
        case .mappingStart:
            var pairs: [Node.Pair] = []
            while true {
                let next = try nextEvent()
                if case .mappingEnd = next.kind { break }
                let key = try readNode(startingWith: next)
                let value = try readNode(startingWith: try nextEvent())
                pairs.append(Node.Pair(key: key, value: value))
            }
            let node = Node(.mapping(pairs), mark: event.mark, tag: event.tag)
            remember(node, as: event.anchor)
            return node
        default:
            throw YAMLError(kind: .syntax, problem: "unexpected event in the document", mark: event.mark)
        }
    }

    private func remember(_ node: Node, as anchor: String?) {
        if let anchor { anchors[anchor] = node }
    }

    private func nextEvent() throws(YAMLError) -> Event {
        var raw = yaml_event_t()
        guard yaml_parser_parse(parser, &raw) == 1 else {
            throw parserError()
        }
        defer { yaml_event_delete(&raw) }
        return Event(raw)
    }

    private func parserError() -> YAMLError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = p.context.map { String(cString: $0) }
        // libyaml's marks are 0-based; the problem mark points at the offending token.
        let mark = Mark(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)
        let contextMark = p.context == nil ? nil : Mark(line: Int(p.context_mark.line) + 1, column: Int(p.context_mark.column) + 1)
        return YAMLError(kind: .syntax, problem: problem, context: context, mark: mark, contextMark: contextMark)
    }
}

/// A libyaml event copied into Swift values, so it outlives `yaml_event_delete`.
private struct Event {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(String)
        case scalar(String, ScalarStyle)
        case sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    var mark: Mark
    var anchor: String?
    var tag: String?

    init(_ raw: yaml_event_t) {
        mark = Mark(line: Int(raw.start_mark.line) + 1, column: Int(raw.start_mark.column) + 1)
        switch raw.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT:
            kind = .alias(Self.string(raw.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = raw.data.scalar
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            let value = String(decoding: bytes, as: UTF8.self)
            kind = .scalar(value, Self.style(scalar.style))
            anchor = Self.string(scalar.anchor)
            tag = Self.string(scalar.tag)
        case YAML_SEQUENCE_START_EVENT:
            kind = .sequenceStart
            anchor = Self.string(raw.data.sequence_start.anchor)
            tag = Self.string(raw.data.sequence_start.tag)
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            kind = .mappingStart
            anchor = Self.string(raw.data.mapping_start.anchor)
            tag = Self.string(raw.data.mapping_start.tag)
        default: kind = .mappingEnd
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
