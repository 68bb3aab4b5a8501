/// A template expression such as `features.calls == 'jitsi'` or `sso.session_idle | seconds`.
///
/// Grammar, loosest binding first:
/// `or` → `and` → `not` → comparison (`==`, `!=`) → filters (`| name` or `| name(arg)`) → atom.
/// An atom is a dotted name, a quoted string, a number, `true`, `false`, `null` or a parenthesised expression.
indirect enum Expression: Sendable, Hashable {
    case name(String)
    case literal(Tree)
    case not(Expression)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case equal(Expression, Expression)
    case notEqual(Expression, Expression)
    case filter(Expression, String, [Expression])

    static func parse(_ text: String) throws(TemplateError) -> Expression {
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(text), text: text)
        let expression = try parser.parseOr()
        guard parser.atEnd else {
            throw TemplateError(message: "unexpected '\(parser.current)' in expression '\(text)'")
        }
        return expression
    }
}

enum Token: Hashable, CustomStringConvertible {
    case name(String)
    case string(String)
    case number(String)
    case symbol(String)

    var description: String {
        switch self {
        case .name(let text), .symbol(let text): text
        case .string(let text): "'\(text)'"
        case .number(let text): text
        }
    }
}

enum ExpressionLexer {
    static func tokens(_ text: String) throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character == "'" || character == "\"" {
                let start = text.index(after: index)
                guard let end = text[start...].firstIndex(of: character) else {
                    throw TemplateError(message: "unterminated string in expression '\(text)'")
                }
                tokens.append(.string(String(text[start..<end])))
                index = text.index(after: end)
            } else if character.isNumber {
                let end = text[index...].firstIndex { !($0.isNumber || $0 == ".") } ?? text.endIndex
                tokens.append(.number(String(text[index..<end])))
                index = end
            } else if character.isLetter || character == "_" {
                let end = text[index...].firstIndex { !($0.isLetter || $0.isNumber || "_.-".contains($0)) } ?? text.endIndex
                tokens.append(.name(String(text[index..<end])))
                index = end
            } else if text[index...].hasPrefix("==") || text[index...].hasPrefix("!=") {
                tokens.append(.symbol(String(text[index...].prefix(2))))
                index = text.index(index, offsetBy: 2)
            } else if "|(),".contains(character) {
                tokens.append(.symbol(String(character)))
                index = text.index(after: index)
            } else {
                throw TemplateError(message: "unexpected character '\(character)' in expression '\(text)'")
            }
        }
        return tokens
    }
}

struct ExpressionParser {
    let tokens: [Token]
    let text: String
    var position = 0

    init(tokens: [Token], text: String) {
        self.tokens = tokens
        self.text = text
    }

    var atEnd: Bool { position >= tokens.count }
    var current: Token { atEnd ? .symbol("end") : tokens[position] }

    mutating func parseOr() throws(TemplateError) -> Expression {
        var left = try parseAnd()
        while current == .name("or") {
            position += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    mutating func parseAnd() throws(TemplateError) -> Expression {
        var left = try parseNot()
        while current == .name("and") {
            position += 1
            left = .and(left, try parseNot())
        }
        return left
    }

    mutating func parseNot() throws(TemplateError) -> Expression {
        if current == .name("not") {
            position += 1
            return .not(try parseNot())
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws(TemplateError) -> Expression {
        let left = try parseFiltered()
        if current == .symbol("==") {
            position += 1
            return .equal(left, try parseFiltered())
        }
        if current == .symbol("!=") {
            position += 1
            return .notEqual(left, try parseFiltered())
        }
        return left
    }

    mutating func parseFiltered() throws(TemplateError) -> Expression {
        var expression = try parseAtom()
        while current == .symbol("|") {
            position += 1
            guard case .name(let filter) = current else {
                throw TemplateError(message: "expected a filter name after '|' in '\(text)'")
            }
            position += 1
            var arguments: [Expression] = []
            if current == .symbol("(") {
                position += 1
                while current != .symbol(")") {
                    arguments.append(try parseOr())
                    if current == .symbol(",") {
                        position += 1
                    } else if current != .symbol(")") {
                        throw TemplateError(message: "expected ',' or ')' in '\(text)'")
                    }
                }
                position += 1
            }
            expression = .filter(expression, filter, arguments)
        }
        return expression
    }

    mutating func parseAtom() throws(TemplateError) -> Expression {
        let token = current
        position += 1
        switch token {
        case .name("true"): return .literal(.bool(true))
        case .name("false"): return .literal(.bool(false))
        case .name("null"): return .literal(.null)
        case .name(let name): return .name(name)
        case .string(let text): return .literal(.string(text))
        case .number(let text):
            if let integer = Int(text) { return .literal(.int(integer)) }
            guard !text.contains(where: { $0 == "." }) || text.filter({ $0 == "." }).count == 1,
                let value = Double(text), value.isFinite
            else {
                throw TemplateError(message: "invalid number '\(text)' in '\(self.text)'")
            }
            return .literal(.number(value))
        case .symbol("("):
            let inner = try parseOr()
            guard current == .symbol(")") else { throw TemplateError(message: "missing ')' in '\(text)'") }
            position += 1
            return inner
        default:
            throw TemplateError(message: "unexpected '\(token)' in expression '\(text)'")
        }
    }
}
