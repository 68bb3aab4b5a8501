/// One output file of an environment, with its path below `rendered/<env>/`.
public struct RenderedFile: Sendable, Hashable {
    public var path: String
    public var contents: String
    /// The documents the file was written from, for checks that compare files.
    public var documents: [Tree]

    public init(path: String, contents: String, documents: [Tree]) {
        self.path = path
        self.contents = contents
        self.documents = documents
    }
}

/// Every rendered file of one environment, sorted by path.
public struct RenderedEnvironment: Sendable {
    public var environment: String
    public var files: [RenderedFile]

    public init(environment: String, files: [RenderedFile]) {
        self.environment = environment
        self.files = files.sorted { $0.path < $1.path }
    }

    public subscript(path: String) -> RenderedFile? {
        files.first { $0.path == path }
    }
}
