internal import CYAML

/// Writes a `Node` tree as YAML text through libyaml's emitter.
///
/// The output is block style, indented by two spaces and never folded, so
/// the same tree always gives the same bytes. Characters of the Basic
/// Multilingual Plane, umlauts among them, are written as they are. libyaml
/// writes others, such as emoji, as `\U` escapes, which every reader restores. Scalars are written in the style the node carries; use
/// `Node.string(_:)` for text that must come back as a string.
public enum Emitter {
    public static func emit(_ root: Node) throws(YAMLError) -> String {
        try emit(documents: [root])
    }

    /// Writes several documents, each after a `---` line but the first.
    public static func emit(documents: [Node]) throws(YAMLError) -> String {
        let sink = OutputSink()
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        defer { emitter.deallocate() }
        guard yaml_emitter_initialize(emitter) == 1 else {
            throw YAMLError(kind: .emitter, problem: "yaml_emitter_initialize failed", mark: .start)
        }
        defer { yaml_emitter_delete(emitter) }

        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        yaml_emitter_set_output(
            emitter,
            { data, buffer, size in
                guard let data, let buffer else { return 0 }
                let sink = Unmanaged<OutputSink>.fromOpaque(data).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, context)

        let writer = EventWriter(emitter: emitter)
        try writer.send { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        for (index, root) in documents.enumerated() {
            let implicit: Int32 = index == 0 ? 1 : 0
            try writer.send { yaml_document_start_event_initialize(&$0, nil, nil, nil, implicit) }
            try writer.write(root)
            try writer.send { yaml_document_end_event_initialize(&$0, 1) }
        }
        try writer.send { yaml_stream_end_event_initialize(&$0) }
        return String(decoding: sink.bytes, as: UTF8.self)
    }
}

private final class OutputSink {
    var bytes: [UInt8] = []
}

private struct EventWriter {
    let emitter: UnsafeMutablePointer<yaml_emitter_t>

    func write(_ node: Node) throws(YAMLError) {
        switch node.content {
        case .scalar(let text, let style):
            try send { event in
                text.withCString { value in
                    let bytes = UnsafeMutableRawPointer(mutating: value).assumingMemoryBound(to: yaml_char_t.self)
                    // Quoted scalars are always strings, so their tag may stay implicit too.
                    let plainImplicit: Int32 = style == .plain ? 1 : 0
                    return yaml_scalar_event_initialize(
                        &event, nil, nil, bytes, Int32(text.utf8.count),
                        plainImplicit, 1, Self.libyamlStyle(style))
                }
            }
        case .sequence(let items):
            let flow = items.isEmpty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
            try send { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, flow) }
            for item in items { try write(item) }
            try send { yaml_sequence_end_event_initialize(&$0) }
        case .mapping(let pairs):
            let flow = pairs.isEmpty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
            try send { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, flow) }
            for pair in pairs {
                try write(pair.key)
                try write(pair.value)
            }
            try send { yaml_mapping_end_event_initialize(&$0) }
        }
    }

    /// Initialises one event with `make` and hands it to the emitter, which frees it.
    func send(_ make: (inout yaml_event_t) -> Int32) throws(YAMLError) {
        var event = yaml_event_t()
        guard make(&event) == 1 else {
            throw YAMLError(kind: .emitter, problem: "could not create a YAML event", mark: .start)
        }
        guard yaml_emitter_emit(emitter, &event) == 1 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "yaml_emitter_emit failed"
            throw YAMLError(kind: .emitter, problem: problem, mark: .start)
        }
    }

    private static func libyamlStyle(_ style: ScalarStyle) -> yaml_scalar_style_t {
        switch style {
        case .plain: YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: YAML_LITERAL_SCALAR_STYLE
        case .folded: YAML_FOLDED_SCALAR_STYLE
        }
    }
}
