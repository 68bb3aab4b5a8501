internal import CGit2
import Foundation

/// The name, email and timestamp recorded as a commit's author or committer.
public struct Signature: Sendable, Hashable {
    public var name: String
    public var email: String
    /// Seconds since 1970-01-01 00:00:00 UTC.
    public var time: Int64
    /// Minutes east of UTC of the signer's time zone, for example 60 for +0100.
    public var offsetMinutes: Int

    /// Stores the values as given. libgit2 rejects a name or email containing
    /// `<`, `>` or a newline only when the signature is used.
    public init(name: String, email: String, time: Int64, offsetMinutes: Int) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    /// Creates a signature stamped with the system clock and the local time zone's current UTC offset.
    public static func now(name: String, email: String) -> Signature {
        let date = Date()
        let offsetSeconds = TimeZone.current.secondsFromGMT(for: date)
        return Signature(
            name: name,
            email: email,
            time: Int64(date.timeIntervalSince1970.rounded(.down)),
            offsetMinutes: offsetSeconds / 60
        )
    }

    init(_ signature: UnsafePointer<git_signature>) {
        let raw = signature.pointee
        name = raw.name.map { String(cString: $0) } ?? ""
        email = raw.email.map { String(cString: $0) } ?? ""
        time = raw.when.time
        offsetMinutes = Int(raw.when.offset)
    }

    /// Runs `body` with a libgit2 copy of this signature that is freed when `body` returns.
    func withGitSignature<Result>(
        _ body: (UnsafePointer<git_signature>) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        guard let offset = Int32(exactly: offsetMinutes) else {
            throw GitError.invalidArgument("Signature", "UTC offset \(offsetMinutes) minutes is out of range")
        }
        var signature: UnsafeMutablePointer<git_signature>?
        try check(git_signature_new(&signature, name, email, time, offset), "git_signature_new")
        defer { git_signature_free(signature) }
        guard let signature else {
            throw GitError.invalidArgument("git_signature_new", "libgit2 returned no signature")
        }
        return try body(signature)
    }
}
