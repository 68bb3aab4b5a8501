import Foundation
import YAML

/// Converts YAML nodes to typed values, reporting every mismatch with its position.
struct ValueParser {
    let file: String
    let source: SourceText
    private(set) var diagnostics: [Diagnostic] = []
    /// The position of every value parsed, by path such as `push.apps[1].id`, for rules that point inside a list.
    private(set) var positions: [String: Mark] = [:]

    init(file: String, source: SourceText) {
        self.file = file
        self.source = source
    }

    /// Returns the typed value of `node`, or nil after recording why it is invalid.
    mutating func parse(_ node: Node, as type: OptionType, option: String) -> Value? {
        positions[option] = node.mark
        switch type {
        case .list(let element):
            guard let items = node.items else {
                return fail(
                    .wrongType, "expected a list of \(element.name), found \(describe(node))", node, option,
                    hint: "write one item per line, each starting with '- '")
            }
            var values: [Value] = []
            var ok = true
            for (index, item) in items.enumerated() {
                if let value = parse(item, as: element, option: "\(option)[\(index)]") { values.append(value) } else { ok = false }
            }
            return ok ? .list(values) : nil
        case .map(let element):
            guard let pairs = node.pairs else {
                return fail(.wrongType, "expected a mapping of \(element.name), found \(describe(node))", node, option)
            }
            var entries: [String: Value] = [:]
            var ok = true
            for pair in pairs {
                let key = pair.key.scalarText ?? ""
                if entries[key] != nil {
                    _ = fail(
                        .duplicateKey, "duplicate key '\(key)'", pair.key, "\(option).\(key)",
                        hint: "remove one of the two entries; YAML readers silently keep only one")
                    ok = false
                    continue
                }
                if let value = parse(pair.value, as: element, option: "\(option).\(key)") { entries[key] = value } else { ok = false }
            }
            return ok ? .map(entries) : nil
        case .record(let fields):
            return parseRecord(node, fields: fields, option: option)
        default:
            return parseScalar(node, as: type, option: option)
        }
    }

    private mutating func parseRecord(_ node: Node, fields: [RecordField], option: String) -> Value? {
        guard let pairs = node.pairs else {
            let names = fields.map(\.name).joined(separator: ", ")
            return fail(.wrongType, "expected a mapping with the keys \(names), found \(describe(node))", node, option)
        }
        var entries: [String: Value] = [:]
        var ok = true
        var seen: Set<String> = []
        for pair in pairs {
            let key = pair.key.scalarText ?? ""
            let path = "\(option).\(key)"
            guard seen.insert(key).inserted else {
                _ = fail(.duplicateKey, "duplicate key '\(key)'", pair.key, path, hint: "remove one of the two entries")
                ok = false
                continue
            }
            guard let field = fields.first(where: { $0.name == key }) else {
                let suggestion = Suggestion.closest(to: key, among: fields.map(\.name))
                _ = fail(
                    .unknownOption, "unknown key '\(key)'", pair.key, path,
                    hint: suggestion.map { "did you mean '\($0)'?" } ?? "valid keys: " + fields.map(\.name).joined(separator: ", "))
                ok = false
                continue
            }
            if let value = parse(pair.value, as: field.type, option: path) { entries[key] = value } else { ok = false }
        }
        for field in fields where entries[field.name] == nil && !seen.contains(field.name) {
            if field.required {
                _ = fail(
                    .missingRequired, "missing required key '\(field.name)'", node, "\(option).\(field.name)",
                    hint: "add '\(field.name):' (\(field.type.name))")
                ok = false
            } else if !field.defaultValue.isNull {
                entries[field.name] = field.defaultValue
            }
        }
        return ok ? .map(entries) : nil
    }

    private mutating func parseScalar(_ node: Node, as type: OptionType, option: String) -> Value? {
        guard case .scalar(let text, let style) = node.content else {
            return fail(.wrongType, "expected a \(type.name), found \(describe(node))", node, option)
        }
        let plain = style == .plain && node.tag == nil
        if plain && PlainScalar.booleanWords.contains(text) && !["true", "false"].contains(text), type.isTextual {
            return fail(
                .ambiguousBoolean, "'\(text)' is a boolean in YAML 1.1, not the text '\(text)'", node, option,
                hint: "quote it: \"\(text)\"")
        }
        switch type {
        case .bool:
            guard plain, text == "true" || text == "false" else {
                let hint =
                    plain && PlainScalar.booleanWords.contains(text)
                    ? "write true or false; YAML 1.1 readers and YAML 1.2 readers disagree on '\(text)'"
                    : "write true or false without quotes"
                return fail(.wrongType, "expected a boolean, found \(describe(node))", node, option, hint: hint)
            }
            return .bool(text == "true")
        case .int(let range):
            guard plain, let value = Int(text) else {
                return fail(
                    .wrongType, "expected an integer, found \(describe(node))", node, option, hint: "write a whole number without quotes")
            }
            guard range.contains(value) else {
                return fail(.outOfRange, "\(value) is outside \(range.lowerBound)…\(range.upperBound)", node, option)
            }
            return .int(value)
        case .number(let range):
            guard plain, let value = Double(text), value.isFinite else {
                return fail(
                    .wrongType, "expected a number, found \(describe(node))", node, option,
                    hint: "write a number such as 0.5 without quotes")
            }
            guard range.contains(value) else {
                return fail(.outOfRange, "\(text) is outside \(range.lowerBound)…\(range.upperBound)", node, option)
            }
            return .number(value)
        default:
            if plain && PlainScalar.nullWords.contains(text) {
                // An unquoted '#' starts a comment, which leaves the value empty.
                if let line = source.line(node.mark.line), let hash = commentStart(in: line, from: node.mark.column) {
                    let comment = String(line[line.index(line.startIndex, offsetBy: hash - 1)...])
                    return fail(
                        .wrongType, "expected a \(type.name), found nothing: the value became a comment", node, option,
                        hint: "'#' starts a comment in YAML; quote the value: \"\(comment)\"",
                        at: Mark(line: node.mark.line, column: hash))
                }
                return fail(
                    .wrongType, "expected a \(type.name), found \(describe(node))", node, option,
                    hint: "quote the value if it is meant as text")
            }
            return parseText(text, node: node, as: type, option: option)
        }
    }

    private mutating func parseText(_ text: String, node: Node, as type: OptionType, option: String) -> Value? {
        let check = DomainCheck.check(text, as: type)
        switch check {
        case .valid(let value):
            return value
        case .invalid(let code, let message, let hint):
            return fail(code, message, node, option, hint: hint)
        }
    }

    private func describe(_ node: Node) -> String {
        switch node.content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let text, let style):
            if node.isNull { return "nothing (null)" }
            if style == .plain && (text == "true" || text == "false") { return "the boolean \(text)" }
            if style == .plain && Int(text) != nil { return "the number \(text)" }
            return "'\(text)'"
        }
    }

    private mutating func fail(
        _ code: Diagnostic.Code, _ message: String, _ node: Node, _ option: String, hint: String? = nil, at mark: Mark? = nil
    ) -> Value? {
        let position = mark ?? node.mark
        diagnostics.append(
            Diagnostic(
                .error, code, message, file: file, mark: position, option: option, hint: hint,
                sourceLine: source.line(position.line)))
        return nil
    }

    /// Returns the 1-based column of a '#' at or after `column` that begins a comment, if any.
    private func commentStart(in line: String, from column: Int) -> Int? {
        let characters = Array(line)
        guard column >= 1 else { return nil }
        for index in (column - 1)..<characters.count where characters[index] == "#" {
            if index == 0 || characters[index - 1] == " " || characters[index - 1] == "\t" { return index + 1 }
        }
        return nil
    }
}
