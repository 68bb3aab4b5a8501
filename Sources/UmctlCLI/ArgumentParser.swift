import Manifest

/// Parses `umctl` arguments: a command, then flags and positionals in any order.
///
/// Flags take their value as the next argument or after `=`; `--` ends flag
/// parsing. Every flag a command accepts is declared, so a typo is a usage
/// error with a suggestion instead of an ignored setting.
struct ArgumentParser {
    struct Flag: Sendable {
        var name: String
        var short: Character?
        var valueName: String?
        var repeatable = false
        var help: String

        var takesValue: Bool { valueName != nil }
    }

    struct Parsed {
        var values: [String: [String]] = [:]
        var switches: Set<String> = []
        var positionals: [String] = []

        func value(_ name: String) -> String? { values[name]?.last }
        func all(_ name: String) -> [String] { values[name] ?? [] }
        func isSet(_ name: String) -> Bool { switches.contains(name) }
    }

    let flags: [Flag]

    func parse(_ arguments: [String]) throws(CommandFailure) -> Parsed {
        var parsed = Parsed()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                parsed.positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                parsed.positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let flag = lookup(name) else {
                let suggestion = Suggestion.closest(to: name, among: flags.map { "--\($0.name)" })
                throw CommandFailure(
                    .usage, "unknown option '\(name)'",
                    hint: suggestion.map { "did you mean '\($0)'?" })
            }
            if flag.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw CommandFailure(.usage, "option '--\(flag.name)' needs a value (\(flag.valueName ?? "VALUE"))")
                }
                if !flag.repeatable, parsed.values[flag.name] != nil {
                    throw CommandFailure(.usage, "option '--\(flag.name)' is given twice")
                }
                parsed.values[flag.name, default: []].append(value)
            } else {
                if inlineValue != nil { throw CommandFailure(.usage, "option '--\(flag.name)' takes no value") }
                parsed.switches.insert(flag.name)
            }
        }
        return parsed
    }

    private func lookup(_ argument: String) -> Flag? {
        if argument.hasPrefix("--") { return flags.first { "--\($0.name)" == argument } }
        if argument.count == 2, let letter = argument.last { return flags.first { $0.short == letter } }
        return nil
    }
}
