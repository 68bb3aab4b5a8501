/// A commit's metadata, copied out of libgit2 so it outlives the repository handle.
public struct CommitInfo: Sendable, Hashable {
    public var id: ObjectID
    /// The first paragraph of the message with line breaks folded into spaces, as `git log --format=%s` shows it.
    public var summary: String
    /// The full message, normally ending in a newline because commits made here are prettified first.
    public var message: String
    public var author: Signature
    public var committer: Signature
    /// The root tree's id. Two commits with equal tree ids record identical content.
    public var treeID: ObjectID
    /// Parent ids in order. The first is the branch the commit was made on, empty for a root commit.
    public var parentIDs: [ObjectID]

    public init(
        id: ObjectID,
        summary: String,
        message: String,
        author: Signature,
        committer: Signature,
        treeID: ObjectID,
        parentIDs: [ObjectID]
    ) {
        self.id = id
        self.summary = summary
        self.message = message
        self.author = author
        self.committer = committer
        self.treeID = treeID
        self.parentIDs = parentIDs
    }
}
