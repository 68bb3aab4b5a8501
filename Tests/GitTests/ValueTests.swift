import Foundation
import Git
import Testing

@Suite struct ValueTests {
    @Test func objectIDValidatesHex() {
        #expect(ObjectID(hex: String(repeating: "A", count: 40))?.hex == String(repeating: "a", count: 40))
        #expect(ObjectID(hex: "abc123") == nil)
        #expect(ObjectID(hex: String(repeating: "g", count: 40)) == nil)
        #expect(ObjectID(hex: String(repeating: "a", count: 41)) == nil)
    }

    @Test func signatureNowUsesCurrentTime() {
        let signature = Signature.now(name: "Ada", email: "ada@example.com")
        let now = Int64(Date().timeIntervalSince1970)

        #expect(abs(signature.time - now) <= 5)
        #expect(signature.offsetMinutes == TimeZone.current.secondsFromGMT() / 60)
    }

    @Test func invalidSignatureFailsCommit() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        let invalid = Signature(name: "Bad <Name>", email: "bad@example.com", time: 1_700_000_000, offsetMinutes: 0)

        let error = #expect(throws: GitError.self) {
            try repository.commit(paths: ["rendered/beta"], message: "Bad", author: invalid, committer: invalid)
        }
        #expect(error?.function == "git_signature_new")
        #expect(try repository.head() == nil)
    }

    @Test func gitErrorDescriptionNamesFunction() {
        let error = GitError(function: "git_index_write", code: -14, message: "index is locked")

        #expect(error.description == "git_index_write failed (code -14): index is locked")
    }
}
