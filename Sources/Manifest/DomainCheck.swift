import Foundation

/// Validation and normalisation of one textual value against its domain type.
enum DomainCheck {
    enum Result {
        case valid(Value)
        case invalid(Diagnostic.Code, String, hint: String?)
    }

    static func check(_ text: String, as type: OptionType) -> Result {
        switch type {
        case .text(let pattern, let example):
            if text.contains("\n") { return .invalid(.patternMismatch, "expected one line of text", hint: nil) }
            if let pattern, !matches(text, pattern) {
                return .invalid(
                    .patternMismatch, "'\(text)' does not match \(pattern)",
                    hint: example.map { "for example '\($0)'" })
            }
            return .valid(.string(text))
        case .duration(let min, let max):
            guard let ms = DomainValue.milliseconds(text) else {
                return .invalid(
                    .invalidDuration, "'\(text)' is not a duration",
                    hint: "write a whole number and one unit without a space: ms, s, m, h, d, w or y, for example 90d or 12h")
            }
            guard ms >= min, ms <= max else {
                return .invalid(
                    .outOfRange, "duration \(text) is outside \(format(ms: min))…\(max == .max ? "∞" : format(ms: max))", hint: nil)
            }
            return .valid(.string(text))
        case .byteSize(let min, let max):
            guard let bytes = DomainValue.bytes(text), text.last?.isLetter == true else {
                return .invalid(
                    .invalidByteSize, "'\(text)' is not a byte size",
                    hint: "write a whole number and one unit without a space: K, M, G or T, for example 100M")
            }
            guard bytes >= min, bytes <= max else {
                return .invalid(.outOfRange, "size \(text) is outside the allowed range", hint: nil)
            }
            return .valid(.string(text))
        case .url(let allowHTTP):
            return checkURL(text, allowHTTP: allowHTTP)
        case .hostname:
            let host = text.lowercased()
            guard DomainValue.isHostname(host), host.contains(".") || host == "localhost" else {
                return .invalid(
                    .invalidHostname, "'\(text)' is not a hostname",
                    hint: "write a DNS name such as matrix.example.org, without scheme, port or path")
            }
            return .valid(.string(host))
        case .email:
            if text.lowercased().hasPrefix("mailto:") {
                return .invalid(
                    .invalidEmail, "'\(text)' is a mailto: link, not an email address",
                    hint: "write it without mailto:; umctl adds it where a file needs it")
            }
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains(" "),
                DomainValue.isHostname(String(parts[1])), parts[1].contains(".")
            else {
                return .invalid(.invalidEmail, "'\(text)' is not an email address", hint: "write it as name@example.org, without mailto:")
            }
            return .valid(.string(text))
        case .cidr:
            guard DomainValue.isCIDR(text) else {
                return .invalid(
                    .invalidCIDR, "'\(text)' is not a CIDR block",
                    hint:
                        "write an address and a prefix length such as 10.20.0.0/16; one invalid entry makes older OpenShift routers ignore the whole allow-list"
                )
            }
            return .valid(.string(text))
        case .color:
            guard matches(text, "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})") else {
                return .invalid(
                    .invalidColor, "'\(text)' is not a hex colour",
                    hint: "write #rrggbb, for example \"#005ea8\", in quotes because # starts a comment")
            }
            return .valid(.string(text.lowercased()))
        case .languageTag:
            guard matches(text, "[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?") else {
                return .invalid(.invalidLanguageTag, "'\(text)' is not a BCP 47 language tag", hint: "for example de, en or de-CH")
            }
            return .valid(.string(text))
        case .image:
            guard
                matches(
                    text,
                    "[a-z0-9]+([._/-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[0-9a-f]{64})?"
                ),
                text.contains("@sha256:") || lastComponentHasTag(text)
            else {
                return .invalid(
                    .invalidImage, "'\(text)' is not an image reference with a tag or digest",
                    hint: "write registry/name:tag or registry/name@sha256:<64 hex digits>")
            }
            return .valid(.string(text))
        case .secretReference:
            guard matches(text, "[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[-._a-zA-Z0-9]+") else {
                return .invalid(
                    .invalidSecretReference, "'\(text)' is not a secret reference",
                    hint: "name an OpenShift Secret and a key in it as secret-name/key; never write the secret itself")
            }
            return .valid(.string(text))
        case .enumeration(let cases):
            guard cases.contains(text) else {
                let suggestion = Suggestion.closest(to: text, among: cases)
                return .invalid(
                    .invalidChoice, "'\(text)' is not one of \(cases.joined(separator: ", "))",
                    hint: suggestion.map { "did you mean '\($0)'?" })
            }
            return .valid(.string(text))
        case .bool, .int, .number, .list, .map, .record:
            return .invalid(.wrongType, "expected a \(type.name)", hint: nil)
        }
    }

    private static func checkURL(_ text: String, allowHTTP: Bool) -> Result {
        let lowered = text.lowercased()
        let schemeOK = lowered.hasPrefix("https://") || (allowHTTP && lowered.hasPrefix("http://"))
        guard schemeOK else {
            return .invalid(
                .invalidURL, "'\(text)' is not an \(allowHTTP ? "http or https" : "https") URL",
                hint: allowHTTP ? "start it with https:// or http://" : "start it with https://; the hospital baseline allows no plain http"
            )
        }
        guard let host = DomainValue.host(ofURL: text), DomainValue.isHostname(host) || host.hasPrefix("["),
            !text.contains(" ")
        else {
            return .invalid(.invalidURL, "'\(text)' has no valid host", hint: "for example https://matrix.example.org")
        }
        if let port = port(ofURL: text), !(port.allSatisfy(\.isNumber) && (1...65535).contains(Int(port) ?? 0)) {
            return .invalid(.invalidURL, "'\(text)' has an invalid port '\(port)'", hint: "use a port from 1 to 65535, or none for 443")
        }
        var normalized = text
        while normalized.hasSuffix("/") { normalized.removeLast() }
        return .valid(.string(normalized))
    }

    /// Returns the text after the host's colon when the URL names a port.
    private static func port(ofURL url: String) -> Substring? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let authority = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        guard !hostPort.hasPrefix("["), let colon = hostPort.lastIndex(of: ":") else { return nil }
        return hostPort[hostPort.index(after: colon)...]
    }

    private static func lastComponentHasTag(_ text: String) -> Bool {
        let last = text.split(separator: "/").last ?? Substring(text)
        return last.contains(":")
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: "^(?:\(pattern))$", options: .regularExpression) != nil
    }

    static func format(ms: Int64) -> String {
        for (unit, factor) in [("d", Int64(86_400_000)), ("h", 3_600_000), ("m", 60_000), ("s", 1_000)]
        where ms >= factor && ms % factor == 0 {
            return "\(ms / factor)\(unit)"
        }
        return "\(ms)ms"
    }
}
