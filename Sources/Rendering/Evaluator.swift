import Manifest

/// Evaluates expressions against a scope.
enum Evaluator {
    /// Evaluates `expression`; returns nil when an `optional` filter met null, which drops the entry.
    static func evaluate(_ expression: Expression, in scope: Scope) throws(TemplateError) -> Tree? {
        switch expression {
        case .name(let name):
            return try scope.lookup(name)
        case .literal(let value):
            return value
        case .not(let inner):
            return .bool(!truthy(try evaluate(inner, in: scope)))
        case .and(let left, let right):
            guard truthy(try evaluate(left, in: scope)) else { return .bool(false) }
            return .bool(truthy(try evaluate(right, in: scope)))
        case .or(let left, let right):
            if truthy(try evaluate(left, in: scope)) { return .bool(true) }
            return .bool(truthy(try evaluate(right, in: scope)))
        case .equal(let left, let right):
            let a = try evaluate(left, in: scope), b = try evaluate(right, in: scope)
            return .bool(a == b)
        case .notEqual(let left, let right):
            let a = try evaluate(left, in: scope), b = try evaluate(right, in: scope)
            return .bool(a != b)
        case .filter(let inner, let name, let arguments):
            let value = try evaluate(inner, in: scope)
            if name == "optional" { return value == .null ? nil : value }
            var evaluatedArguments: [Tree] = []
            for argument in arguments { evaluatedArguments.append(try evaluate(argument, in: scope) ?? .null) }
            return try Filters.apply(name, to: value ?? .null, arguments: evaluatedArguments)
        }
    }

    static func truthy(_ value: Tree?) -> Bool {
        switch value {
        case nil, .null?: false
        case .bool(let flag)?: flag
        case .int(let number)?: number != 0
        case .number(let number)?: number != 0
        case .string(let text)?: !text.isEmpty
        case .list(let items)?: !items.isEmpty
        case .map(let entries)?: !entries.isEmpty
        }
    }
}

/// The conversions templates may apply with `| name`.
enum Filters {
    static func apply(_ name: String, to value: Tree, arguments: [Tree]) throws(TemplateError) -> Tree {
        switch (name, value) {
        case ("ms", .string(let text)):
            guard let ms = DomainValue.milliseconds(text) else { throw invalid(name, value) }
            return .int(Int(ms))
        case ("seconds", .string(let text)):
            guard let ms = DomainValue.milliseconds(text) else { throw invalid(name, value) }
            // Round up, so that a timeout is never shorter than configured.
            return .int(Int((ms + 999) / 1000))
        case ("bytes", .string(let text)):
            guard let bytes = DomainValue.bytes(text) else { throw invalid(name, value) }
            return .int(Int(bytes))
        case ("host", .string(let text)):
            guard let host = DomainValue.host(ofURL: text) else { throw invalid(name, value) }
            return .string(host)
        case ("slash", .string(let text)):
            return .string(text.hasSuffix("/") ? text : text + "/")
        case ("claim", .string(let text)):
            // Synapse evaluates this Jinja expression against the OpenID Connect userinfo.
            return .string("{{ user.\(text) }}")
        case ("dns_label", .string(let text)):
            return .string(dnsLabel(text))
        case ("mailto", .string(let text)):
            return .string("mailto:" + text)
        case ("html", .string(let text)):
            return .string(escapeHTML(text))
        case ("secret_name", .string(let text)):
            return .string(String(text.split(separator: "/").first ?? ""))
        case ("secret_key", .string(let text)):
            return .string(String(text.split(separator: "/").dropFirst().joined(separator: "/")))
        case ("join", .list(let items)):
            let separator = arguments.first?.stringValue ?? " "
            return .string(items.map(\.interpolated).joined(separator: separator))
        case ("default", .null):
            return arguments.first ?? .null
        case ("default", _):
            return value
        case ("string", _):
            return .string(value.interpolated)
        case ("count", .list(let items)):
            return .int(items.count)
        case ("not_empty", .list(let items)):
            return .bool(!items.isEmpty)
        default:
            throw invalid(name, value)
        }
    }

    private static func invalid(_ name: String, _ value: Tree) -> TemplateError {
        TemplateError(message: "the filter '\(name)' cannot convert \(value)")
    }

    /// Converts text to a DNS-1123 label: lower-case ASCII letters, digits and single hyphens, at most 63 characters.
    private static func dnsLabel(_ text: String) -> String {
        var label = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                label.append(character)
            } else if !label.isEmpty && label.last != "-" {
                label.append("-")
            }
        }
        label = String(label.prefix(63))
        while label.hasSuffix("-") { label.removeLast() }
        return label
    }

    private static func escapeHTML(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
