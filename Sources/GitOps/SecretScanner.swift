import Foundation

/// Looks for key material in files about to be written or committed.
///
/// It finds PEM private keys, well-known token formats, and long random-looking
/// values under keys whose name suggests a secret. Placeholders such as
/// `${SYNAPSE_OIDC_CLIENT_SECRET}` and file paths are not secrets.
public enum SecretScanner {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String

        public var description: String { "\(file):\(line): \(reason)" }
    }

    private static let tokenPatterns: [(String, String)] = [
        ("-----BEGIN [A-Z ]*PRIVATE KEY-----", "a PEM private key"),
        ("AKIA[0-9A-Z]{16}", "an AWS access key ID"),
        ("gh[pousr]_[A-Za-z0-9]{36,}", "a GitHub token"),
        ("xox[abpr]-[A-Za-z0-9-]{10,}", "a Slack token"),
        ("AIza[0-9A-Za-z_-]{35}", "a Google API key"),
        ("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}", "a JSON Web Token"),
    ]

    private static let secretKeyWords = ["password", "passwd", "secret", "token", "private_key", "api_key", "apikey", "credential"]

    public static func scan(_ contents: String, file: String) -> [Finding] {
        var findings: [Finding] = []
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            // One finding per line is enough to point the operator at it.
            if let (_, name) = tokenPatterns.first(where: { text.range(of: $0.0, options: .regularExpression) != nil }) {
                findings.append(Finding(file: file, line: index + 1, reason: "looks like \(name)"))
            } else if let value = secretLikeValue(text) {
                findings.append(
                    Finding(
                        file: file, line: index + 1,
                        reason: "a random-looking value of \(value.count) characters under a secret-like key"))
            }
        }
        return findings
    }

    /// Returns the value of a `key: value` or `"key": "value"` line whose key names a secret and whose value looks random.
    static func secretLikeValue(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'-")).lowercased()
        guard secretKeyWords.contains(where: { key.contains($0) }), !key.hasSuffix("_path"), !key.hasSuffix("file") else { return nil }
        let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"',"))
        guard value.count >= 20, !value.contains("/"), !value.contains("${"), !value.contains(" ") else { return nil }
        return entropy(value) >= 3.5 ? value : nil
    }

    /// Shannon entropy in bits per character.
    static func entropy(_ text: String) -> Double {
        var counts: [Character: Int] = [:]
        for character in text { counts[character, default: 0] += 1 }
        let total = Double(text.count)
        return counts.values.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }
}
