import Foundation
import Git
import Testing

@Suite struct CommitTests {
    @Test func commitWritesValidHistory() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        try directory.write("rendered/beta/nested/config.json", "{\"site\": \"Universitätsklinikum\"}\n")

        let outcome = try repository.commitFixture(["rendered/beta"], message: "Render beta\n\nTwo files.")
        let info = try #require(outcome.info)
        #expect(
            outcome.changes == [
                FileChange(path: "rendered/beta/app.yaml", kind: .added),
                FileChange(path: "rendered/beta/nested/config.json", kind: .added),
            ])
        #expect(info.summary == "Render beta")
        #expect(info.message == "Render beta\n\nTwo files.\n")
        #expect(info.parentIDs.isEmpty)
        #expect(try repository.head() == info)

        let fsck = try GitCLI.run("fsck", "--strict", in: directory.path)
        #expect(fsck.status == 0, "\(fsck.errorOutput)")

        let log = try GitCLI.run("log", "-1", "--format=%H%n%an%n%ae%n%at%n%ai%n%cn%n%ce%n%ci%n%s%n%b", in: directory.path)
        #expect(log.status == 0)
        #expect(
            log.lines == [
                info.id.hex,
                "Ada Lovelace",
                "ada@example.com",
                "1700000000",
                "2023-11-14 23:13:20 +0100",
                "umctl",
                "umctl@example.com",
                "2023-11-14 17:13:20 -0500",
                "Render beta",
                "Two files.",
            ])

        let status = try GitCLI.run("status", "--porcelain", in: directory.path)
        #expect(status.status == 0)
        #expect(status.text == "")

        let tree = try GitCLI.run("ls-tree", "-r", "HEAD", in: directory.path)
        #expect(
            tree.lines.map { $0.split(separator: "\t").last.map(String.init) } == [
                "rendered/beta/app.yaml",
                "rendered/beta/nested/config.json",
            ])
        #expect(tree.lines.allSatisfy { $0.hasPrefix("100644 blob ") })

        let branch = try GitCLI.run("symbolic-ref", "HEAD", in: directory.path)
        #expect(branch.text == "refs/heads/main\n")
    }

    @Test func commitWithoutChangesIsUnchanged() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        _ = try repository.commitFixture(["rendered/beta"], message: "Render beta")

        let second = try repository.commitFixture(["rendered/beta"], message: "Render beta again", time: 1_700_000_500)
        #expect(second == .unchanged)

        let count = try GitCLI.run("rev-list", "--count", "HEAD", in: directory.path)
        #expect(count.text == "1\n")
    }

    @Test func commitOfEmptyFolderOnUnbornBranchIsUnchanged() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)

        #expect(try repository.commitFixture(["rendered/beta"], message: "Nothing") == .unchanged)
        #expect(try repository.head() == nil)
    }

    @Test func commitRecordsDeletionAndModification() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        try directory.write("rendered/beta/old.yaml", "obsolete: true\n")
        let first = try #require(try repository.commitFixture(["rendered/beta"], message: "Render beta").info)

        try directory.remove("rendered/beta/old.yaml")
        try directory.write("rendered/beta/app.yaml", "replicas: 3\n")
        let outcome = try repository.commitFixture(["rendered/beta"], message: "Scale beta", time: 1_700_000_100)

        let second = try #require(outcome.info)
        #expect(second.parentIDs == [first.id])
        #expect(
            outcome.changes == [
                FileChange(path: "rendered/beta/app.yaml", kind: .modified),
                FileChange(path: "rendered/beta/old.yaml", kind: .deleted),
            ])
        let tree = try GitCLI.run("ls-tree", "-r", "--name-only", "HEAD", in: directory.path)
        #expect(tree.lines == ["rendered/beta/app.yaml"])
        let status = try GitCLI.run("status", "--porcelain", in: directory.path)
        #expect(status.text == "")
        let fsck = try GitCLI.run("fsck", "--strict", in: directory.path)
        #expect(fsck.status == 0, "\(fsck.errorOutput)")
    }

    @Test func commitOfDeletedFolderRemovesAllEntries() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/alpha/app.yaml", "a\n")
        try directory.write("rendered/beta/app.yaml", "b\n")
        _ = try repository.commitFixture(["rendered"], message: "Render all")

        try directory.remove("rendered/beta")
        let outcome = try repository.commitFixture(["rendered/beta"], message: "Drop beta", time: 1_700_000_100)

        #expect(outcome.changes == [FileChange(path: "rendered/beta/app.yaml", kind: .deleted)])
        let tree = try GitCLI.run("ls-tree", "-r", "--name-only", "HEAD", in: directory.path)
        #expect(tree.lines == ["rendered/alpha/app.yaml"])
    }

    @Test func commitLeavesOtherFoldersOut() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/alpha/app.yaml", "alpha\n")
        try directory.write("rendered/beta/app.yaml", "beta\n")
        try directory.write("rendered/beta-extra/app.yaml", "sibling with the same name start\n")

        _ = try repository.commitFixture(["rendered/beta/"], message: "Render beta")

        let tree = try GitCLI.run("ls-tree", "-r", "--name-only", "HEAD", in: directory.path)
        #expect(tree.lines == ["rendered/beta/app.yaml"])
        let status = try GitCLI.run("status", "--porcelain", in: directory.path)
        #expect(status.lines == ["?? rendered/alpha/", "?? rendered/beta-extra/"])
    }

    @Test func commitStagesSingleFilePaths() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/prod/app.yaml", "prod\n")
        try directory.write("Environments/prod.lock", "digest: 1\n")
        try directory.write("Environments/prod.yaml", "not staged\n")

        let outcome = try repository.commitFixture(["rendered/prod", "Environments/prod.lock"], message: "Render prod")

        #expect(outcome.changes?.map(\.path) == ["Environments/prod.lock", "rendered/prod/app.yaml"])
        let tree = try GitCLI.run("ls-tree", "-r", "--name-only", "HEAD", in: directory.path)
        #expect(tree.lines == ["Environments/prod.lock", "rendered/prod/app.yaml"])
    }

    @Test func commitRecordsFileModes() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/run.sh", "#!/bin/sh\necho ok\n")
        try directory.makeExecutable("rendered/beta/run.sh")
        try directory.write("rendered/beta/plain.txt", "plain\n")
        try directory.makeSymbolicLink("rendered/beta/current", target: "plain.txt")

        _ = try repository.commitFixture(["rendered/beta"], message: "Add modes")

        let tree = try GitCLI.run("ls-tree", "-r", "HEAD", in: directory.path)
        let modes = Dictionary(
            uniqueKeysWithValues: tree.lines.compactMap { line -> (String, String)? in
                let parts = line.split(separator: "\t")
                guard parts.count == 2, let mode = parts[0].split(separator: " ").first else { return nil }
                return (String(parts[1]), String(mode))
            })
        #expect(
            modes == [
                "rendered/beta/current": "120000",
                "rendered/beta/plain.txt": "100644",
                "rendered/beta/run.sh": "100755",
            ])
        let status = try GitCLI.run("status", "--porcelain", in: directory.path)
        #expect(status.text == "")
    }

    @Test func commitIdsAreReproducible() throws {
        var ids: [[ObjectID]] = []
        for _ in 0..<2 {
            let directory = try TemporaryDirectory()
            let repository = try Repository.initialize(at: directory.path)
            try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
            try directory.write("rendered/beta/site.txt", "Universitätsklinikum\n")
            let first = try #require(try repository.commitFixture(["rendered/beta"], message: "Render beta").info)
            try directory.write("rendered/beta/app.yaml", "replicas: 3\n")
            let second = try #require(try repository.commitFixture(["rendered/beta"], message: "Scale", time: 1_700_000_900).info)
            ids.append([first.id, second.id])
        }

        #expect(ids[0] == ids[1])
    }

    @Test func commitRejectsPathsOutsideWorkTree() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)

        for path in ["../outside", "/etc", "rendered/../../x", ".git/config", "a/.GIT"] {
            let error = #expect(throws: GitError.self, "path \(path)") {
                try repository.commitFixture([path], message: "Escape")
            }
            #expect(error?.code == -21, "path \(path)")
            #expect(error?.message.contains(path) == true, "path \(path)")
        }
    }

    @Test func commitRejectsEmptyMessage() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")

        let error = #expect(throws: GitError.self) {
            try repository.commitFixture(["rendered/beta"], message: " \n\n")
        }
        #expect(error?.message.contains("empty") == true)
    }

    @Test func commitInBareRepositoryFails() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initializeBare(at: directory.path)

        let error = #expect(throws: GitError.self) {
            try repository.commitFixture(["rendered"], message: "No work tree")
        }
        #expect(error?.code == -8)
    }
}
