import Foundation
import Git
import Testing

@Suite struct ReadTests {
    @Test func filesReadBackExactBytes() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        let yaml = Array("name: Universitätsklinikum\r\nort: Düsseldorf\n".utf8)
        let binary: [UInt8] = [0, 255, 10, 13, 10, 0x80, 0x7F]
        try directory.write("rendered/beta/app.yaml", bytes: yaml)
        try directory.write("rendered/beta/data/blob.bin", bytes: binary)
        try directory.write("rendered/beta/empty.txt", bytes: [])
        try directory.write("rendered/alpha/other.yaml", "other\n")
        let info = try #require(try repository.commitFixture(["rendered"], message: "Render").info)

        let files = try repository.files(under: "rendered/beta")
        #expect(
            files == [
                "rendered/beta/app.yaml": yaml,
                "rendered/beta/data/blob.bin": binary,
                "rendered/beta/empty.txt": [],
            ])
        #expect(try repository.files(under: "rendered/beta", at: info.id) == files)
        #expect(try repository.files(under: "rendered").count == 4)
        #expect(try repository.files(under: "").count == 4)
        #expect(try repository.files(under: "rendered/beta/app.yaml") == ["rendered/beta/app.yaml": yaml])
        #expect(try repository.files(under: "rendered/gamma").isEmpty)

        #expect(try repository.file(at: "rendered/beta/app.yaml") == yaml)
        #expect(try repository.file(at: "rendered/beta/data/blob.bin", in: info.id) == binary)
        let cli = try GitCLI.run("cat-file", "blob", "HEAD:rendered/beta/app.yaml", in: directory.path)
        #expect(cli.output == yaml)
    }

    @Test func fileReturnsNilWhenAbsent() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        _ = try repository.commitFixture(["rendered/beta"], message: "Render beta")

        #expect(try repository.file(at: "rendered/beta/missing.yaml") == nil)
        #expect(try repository.file(at: "rendered/beta") == nil)
        #expect(try repository.file(at: "rendered/beta/app.yaml/below") == nil)
        #expect(try repository.file(at: "") == nil)
    }

    @Test func filesAtOlderCommit() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        let first = try #require(try repository.commitFixture(["rendered/beta"], message: "First").info)
        try directory.write("rendered/beta/app.yaml", "replicas: 3\n")
        try directory.write("rendered/beta/added.yaml", "new\n")
        _ = try repository.commitFixture(["rendered/beta"], message: "Second", time: 1_700_000_100)

        #expect(try repository.file(at: "rendered/beta/app.yaml", in: first.id) == Array("replicas: 2\n".utf8))
        #expect(try repository.file(at: "rendered/beta/app.yaml") == Array("replicas: 3\n".utf8))
        #expect(try repository.file(at: "rendered/beta/added.yaml", in: first.id) == nil)
        #expect(try repository.files(under: "rendered/beta", at: first.id).keys.sorted() == ["rendered/beta/app.yaml"])
    }

    @Test func readsOnUnbornBranchAreEmpty() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)

        #expect(try repository.head() == nil)
        #expect(try repository.files(under: "rendered").isEmpty)
        #expect(try repository.file(at: "rendered/beta/app.yaml") == nil)
        #expect(try repository.log(limit: 10).isEmpty)
        #expect(try repository.lastCommit(touching: "rendered") == nil)
    }

    @Test func unknownCommitIsNotFound() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        _ = try repository.commitFixture(["rendered/beta"], message: "Render beta")
        let unknown = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))

        let error = #expect(throws: GitError.self) {
            try repository.file(at: "rendered/beta/app.yaml", in: unknown)
        }
        #expect(error?.isNotFound == true)
        #expect(error?.function == "git_commit_lookup")
    }
}
