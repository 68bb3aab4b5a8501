import Foundation

/// Parsing and unit conversion of the domain types.
public enum DomainValue {
    /// Milliseconds per duration unit, as Synapse reads them (`y` is 365 days).
    static let durationUnits: [Character: Int64] = [
        "s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000, "y": 31_536_000_000,
    ]

    /// Milliseconds of a duration written like `90d`, `12h`, `30m` or `500ms`; nil when invalid.
    public static func milliseconds(_ text: String) -> Int64? {
        if text.hasSuffix("ms") {
            return positiveInteger(text.dropLast(2))
        }
        guard let unit = text.last, let factor = durationUnits[unit],
            let count = positiveInteger(text.dropLast())
        else { return nil }
        let (product, overflow) = count.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product
    }

    /// Bytes of a size written like `100M` or `2G` (powers of 1024, as Synapse reads them); nil when invalid.
    public static func bytes(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        guard let unit = text.last else { return nil }
        if let factor = units[unit] {
            guard let count = positiveInteger(text.dropLast()) else { return nil }
            let (product, overflow) = count.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        return positiveInteger(Substring(text))
    }

    private static func positiveInteger(_ text: Substring) -> Int64? {
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return Int64(text)
    }

    /// Returns the host of an absolute URL, or nil.
    public static func host(ofURL url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        if hostPort.hasPrefix("[") {
            return hostPort.firstIndex(of: "]").map { String(hostPort[hostPort.startIndex...$0]) }
        }
        let host = hostPort.split(separator: ":", omittingEmptySubsequences: false).first ?? hostPort
        return host.isEmpty ? nil : String(host).lowercased()
    }

    /// True for a DNS name of letters, digits and hyphens in dot-separated labels.
    public static func isHostname(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 253 else { return false }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            guard (1...63).contains(label.count), label.first != "-", label.last != "-" else { return false }
            return label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    /// True for `address/prefix` with an IPv4 or IPv6 address and a prefix length that fits it.
    public static func isCIDR(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), parts[1].allSatisfy(\.isNumber) else { return false }
        if isIPv4(parts[0]) { return (0...32).contains(prefix) }
        if isIPv6(parts[0]) { return (0...128).contains(prefix) }
        return false
    }

    static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                guard (1...3).contains(octet.count), octet.allSatisfy(\.isNumber), let value = Int(octet) else { return false }
                return value <= 255 && !(octet.count > 1 && octet.first == "0")
            }
    }

    static func isIPv6(_ text: Substring) -> Bool {
        guard text.contains(":"), text.allSatisfy({ $0.isHexDigit || $0 == ":" }) else { return false }
        let doubleColons = text.components(separatedBy: "::").count - 1
        guard doubleColons <= 1 else { return false }
        let groups = text.split(separator: ":", omittingEmptySubsequences: true)
        guard groups.allSatisfy({ (1...4).contains($0.count) }) else { return false }
        return doubleColons == 1 ? groups.count < 8 : groups.count == 8
    }
}
