internal import CGit2

/// A SHA-1 object name as 40 lowercase hexadecimal digits.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    public let hex: String

    /// Accepts exactly 40 hexadecimal digits in either case; abbreviated ids return nil.
    public init?(hex: String) {
        let digits = hex.lowercased()
        guard digits.utf8.count == 40, digits.utf8.allSatisfy(ObjectID.isHexDigit) else {
            return nil
        }
        self.hex = digits
    }

    public var description: String { hex }

    init(_ oid: git_oid) {
        var buffer = [CChar](repeating: 0, count: 40)
        withUnsafePointer(to: oid) { pointer in
            _ = git_oid_fmt(&buffer, pointer)
        }
        self.hex = String(decoding: buffer.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Converts to libgit2's `git_oid`. Parsing cannot fail because `init?(hex:)`
    /// accepts only 40 hexadecimal digits, but the return code is still checked.
    func oid() throws(GitError) -> git_oid {
        var oid = git_oid()
        try check(git_oid_fromstrn(&oid, hex, hex.utf8.count), "git_oid_fromstrn")
        return oid
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
    }
}

extension ObjectID {
    /// Copies an id that libgit2 returned by pointer. A null pointer, which libgit2
    /// documents for no valid object, becomes an error naming `function`.
    init(_ pointer: UnsafePointer<git_oid>?, function: String) throws(GitError) {
        guard let pointer else {
            throw GitError(function: function, code: GIT_ERROR.rawValue, message: "libgit2 returned no object id")
        }
        self.init(pointer.pointee)
    }
}
