import YAML

/// One problem found in the manifest, an environment file or the rendered output.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    public var severity: Severity
    /// A stable code such as `UM003`; `docs` and tests refer to it.
    public var code: Code
    public var message: String
    /// The file as the user named it, relative to the configuration folder where possible.
    public var file: String
    public var mark: Mark?
    /// The option path the problem is about, when there is one.
    public var option: String?
    public var hint: String?
    /// The line of source text at `mark`, for the caret display.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error, _ code: Code, _ message: String, file: String, mark: Mark? = nil,
        option: String? = nil, hint: String? = nil, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.mark = mark
        self.option = option
        self.hint = hint
        self.sourceLine = sourceLine
    }
}

extension Diagnostic {
    /// Stable diagnostic codes. The number never changes meaning once released.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        case yamlSyntax = "UM001"
        case duplicateKey = "UM002"
        case unknownOption = "UM003"
        case wrongType = "UM004"
        case outOfRange = "UM005"
        case invalidChoice = "UM006"
        case missingRequired = "UM007"
        case notOverridable = "UM008"
        case ambiguousBoolean = "UM009"
        case lostIndentation = "UM010"
        case invalidDuration = "UM011"
        case invalidByteSize = "UM012"
        case invalidURL = "UM013"
        case invalidHostname = "UM014"
        case invalidEmail = "UM015"
        case invalidCIDR = "UM016"
        case invalidColor = "UM017"
        case invalidLanguageTag = "UM018"
        case invalidImage = "UM019"
        case invalidSecretReference = "UM020"
        case patternMismatch = "UM021"
        case fileUnreadable = "UM022"
        case inconsistentOptions = "UM030"
        case renderedMismatch = "UM031"
        case secretLiteral = "UM040"
        case drift = "UM050"
    }

    /// Orders diagnostics by file, then position, so output is stable.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            if $0.file != $1.file { return $0.file < $1.file }
            let left = $0.mark ?? .start, right = $1.mark ?? .start
            if left != right { return left < right }
            return $0.code.rawValue < $1.code.rawValue
        }
    }
}
