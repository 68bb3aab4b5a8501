import Foundation
import Manifest
import YAML

/// A template from `Templates/`: a YAML or JSON document with placeholders.
///
/// - A scalar that is exactly `{{ expression }}` becomes the typed value of the expression.
/// - A scalar with `{{ expression }}` inside other text becomes text.
/// - A mapping key `$if EXPRESSION` merges its mapping into the parent when the expression is true.
/// - A mapping key `$each NAME in EXPRESSION` merges its mapping once per list item, with NAME bound.
/// - A list item `{$each: NAME in EXPRESSION, $item: …}` expands to one item per list element;
///   `{$if: EXPRESSION, $item: …}` adds the item only when the expression is true.
/// - A value `{$if: EXPRESSION, $then: …, $else: …}` picks one branch; without `$else` the entry is dropped.
/// - A value whose expression ends in `| optional` is dropped when it is null.
/// - A document that is a single `$each …` or `$if …` key repeats or guards the whole document.
public struct Template: Sendable {
    public let name: String
    let documents: [Node]

    public init(name: String, text: String) throws(TemplateError) {
        self.name = name
        do {
            documents = try Parser.parseDocuments(text)
        } catch {
            throw TemplateError(message: "invalid YAML: \(error.problem)", location: "\(name):\(error.mark)")
        }
    }

    /// Renders every document; documents that evaluate to nothing are left out.
    func render(in scope: Scope) throws(TemplateError) -> [Tree] {
        var trees: [Tree] = []
        for document in documents {
            try located(document.mark) { () throws(TemplateError) in try renderDocument(document, in: scope, into: &trees) }
        }
        return trees
    }

    private func renderDocument(_ document: Node, in scope: Scope, into trees: inout [Tree]) throws(TemplateError) {
        // A document that is one `$each` or `$if` key repeats or guards the whole document.
        if let pairs = document.pairs, pairs.count == 1, let key = pairs[0].key.scalarText {
            if key.hasPrefix("$each ") {
                let loop = Node.scalar(String(key.dropFirst(6)), mark: pairs[0].key.mark)
                for bound in try Self.loopScopes(loop, in: scope) {
                    if let tree = try evaluate(pairs[0].value, in: bound) { trees.append(tree) }
                }
                return
            }
            if key.hasPrefix("$if ") {
                let condition = Node.scalar(String(key.dropFirst(4)), mark: pairs[0].key.mark)
                if try Self.isTrue(condition, in: scope), let tree = try evaluate(pairs[0].value, in: scope) {
                    trees.append(tree)
                }
                return
            }
        }
        if let tree = try evaluate(document, in: scope) { trees.append(tree) }
    }

    private func evaluate(_ node: Node, in scope: Scope) throws(TemplateError) -> Tree? {
        do {
            switch node.content {
            case .scalar(let text, let style):
                return try scalar(text, style: style, tag: node.tag, in: scope)
            case .sequence(let items):
                return .list(try sequence(items, in: scope))
            case .mapping(let pairs):
                if let condition = pairs.first(where: { $0.key.scalarText == "$if" }),
                    pairs.contains(where: { $0.key.scalarText == "$then" })
                {
                    let chosen = try Self.isTrue(condition.value, in: scope) ? node["$then"] : node["$else"]
                    return try chosen.flatMap { node throws(TemplateError) in try evaluate(node, in: scope) }
                }
                return .map(try mapping(pairs, in: scope))
            }
        } catch var error where error.location == nil {
            error.location = "\(name):\(node.mark)"
            throw error
        }
    }

    private func scalar(_ text: String, style: ScalarStyle, tag: String?, in scope: Scope) throws(TemplateError) -> Tree? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.components(separatedBy: "{{").count == 2 {
            let source = String(trimmed.dropFirst(2).dropLast(2))
            return try Evaluator.evaluate(try Expression.parse(source), in: scope)
        }
        if text.contains("{{") {
            return .string(try interpolate(text, in: scope))
        }
        guard style == .plain, tag == nil else { return .string(text) }
        if PlainScalar.nullWords.contains(text) { return .null }
        if text == "true" || text == "false" { return .bool(text == "true") }
        if let number = Int(text) { return .int(number) }
        if let number = Double(text), PlainScalar.looksNumeric(text) { return .number(number) }
        return .string(text)
    }

    private func interpolate(_ text: String, in scope: Scope) throws(TemplateError) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw TemplateError(message: "unclosed '{{' in '\(text)'")
            }
            let source = String(rest[open.upperBound..<close.lowerBound])
            let value = try Evaluator.evaluate(try Expression.parse(source), in: scope)
            result += value?.interpolated ?? ""
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    private func sequence(_ items: [Node], in scope: Scope) throws(TemplateError) -> [Tree] {
        var trees: [Tree] = []
        for item in items {
            try located(item.mark) { () throws(TemplateError) in try sequenceItem(item, in: scope, into: &trees) }
        }
        return trees
    }

    private func sequenceItem(_ item: Node, in scope: Scope, into trees: inout [Tree]) throws(TemplateError) {
        if let loop = item["$each"], let body = item["$item"] {
            for bound in try Self.loopScopes(loop, in: scope) where try Self.passes(item["$if"], in: bound) {
                if let tree = try evaluate(body, in: bound) { trees.append(tree) }
            }
        } else if let condition = item["$if"], let body = item["$item"] {
            if try Self.isTrue(condition, in: scope), let tree = try evaluate(body, in: scope) { trees.append(tree) }
        } else if let tree = try evaluate(item, in: scope) {
            trees.append(tree)
        }
    }

    private func mapping(_ pairs: [Node.Pair], in scope: Scope) throws(TemplateError) -> [Tree.Entry] {
        var entries: [Tree.Entry] = []
        for pair in pairs {
            try located(pair.key.mark) { () throws(TemplateError) in try mappingEntry(pair, in: scope, into: &entries) }
        }
        return entries
    }

    private func mappingEntry(_ pair: Node.Pair, in scope: Scope, into entries: inout [Tree.Entry]) throws(TemplateError) {
        let key = pair.key.scalarText ?? ""
        if key.hasPrefix("$if ") {
            let condition = Node.scalar("{{ \(key.dropFirst(4)) }}", mark: pair.key.mark)
            guard try Self.isTrue(condition, in: scope) else { return }
            try merge(pair.value, into: &entries, in: scope)
        } else if key.hasPrefix("$each ") {
            let loop = Node.scalar(String(key.dropFirst(6)), mark: pair.key.mark)
            for bound in try Self.loopScopes(loop, in: scope) {
                try merge(pair.value, into: &entries, in: bound)
            }
        } else {
            let renderedKey = key.contains("{{") ? try interpolate(key, in: scope) : key
            if let value = try evaluate(pair.value, in: scope) {
                guard !entries.contains(where: { $0.key == renderedKey }) else {
                    throw TemplateError(message: "the key '\(renderedKey)' is set twice")
                }
                entries.append(Tree.Entry(renderedKey, value))
            }
        }
    }

    /// Runs `body`, giving any error without a location the position of `mark`.
    private func located<T>(_ mark: Mark, _ body: () throws(TemplateError) -> T) throws(TemplateError) -> T {
        do {
            return try body()
        } catch var error where error.location == nil {
            error.location = "\(name):\(mark)"
            throw error
        }
    }

    private func merge(_ node: Node, into entries: inout [Tree.Entry], in scope: Scope) throws(TemplateError) {
        guard let pairs = node.pairs else {
            throw TemplateError(message: "a '$if' or '$each' key needs a mapping as its value", location: "\(name):\(node.mark)")
        }
        for entry in try mapping(pairs, in: scope) {
            entries.removeAll { $0.key == entry.key }
            entries.append(entry)
        }
    }

    private static func isTrue(_ condition: Node, in scope: Scope) throws(TemplateError) -> Bool {
        let source = condition.scalarText ?? ""
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        let expression = trimmed.hasPrefix("{{") ? String(trimmed.dropFirst(2).dropLast(2)) : trimmed
        return Evaluator.truthy(try Evaluator.evaluate(try Expression.parse(expression), in: scope))
    }

    private static func passes(_ condition: Node?, in scope: Scope) throws(TemplateError) -> Bool {
        guard let condition else { return true }
        return try isTrue(condition, in: scope)
    }

    /// Scopes for `NAME in EXPRESSION`, one per list item (or per entry of a mapping, as `{key, value}`).
    private static func loopScopes(_ loop: Node, in scope: Scope) throws(TemplateError) -> [Scope] {
        let text = loop.scalarText ?? ""
        let parts = text.components(separatedBy: " in ")
        guard parts.count == 2 else {
            throw TemplateError(message: "a loop reads 'NAME in EXPRESSION', not '\(text)'")
        }
        let variable = parts[0].trimmingCharacters(in: .whitespaces)
        switch try Evaluator.evaluate(try Expression.parse(parts[1]), in: scope) {
        case .list(let items)?:
            return items.map { scope.binding(variable, to: $0) }
        case .map(let entries)?:
            return entries.map { scope.binding(variable, to: .map([Tree.Entry("key", .string($0.key)), Tree.Entry("value", $0.value)])) }
        case nil, .null?:
            return []
        default:
            throw TemplateError(message: "'\(parts[1])' is not a list")
        }
    }
}
