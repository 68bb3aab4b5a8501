/// A failure to read or write YAML, with the position libyaml reported.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case syntax
        case emitter
    }

    public var kind: Kind
    /// libyaml's problem text, for example "mapping values are not allowed in this context".
    public var problem: String
    /// The context libyaml gives, for example "while parsing a block mapping".
    public var context: String?
    public var mark: Mark
    /// The start of the construct that failed, such as the opening quote of an unclosed string.
    public var contextMark: Mark?

    public init(kind: Kind, problem: String, context: String? = nil, mark: Mark, contextMark: Mark? = nil) {
        self.kind = kind
        self.problem = problem
        self.context = context
        self.mark = mark
        self.contextMark = contextMark
    }

    public var description: String {
        if let context { return "\(mark): \(problem) (\(context))" }
        return "\(mark): \(problem)"
    }
}
