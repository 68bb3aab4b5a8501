import Foundation
import Git
import Testing

@Suite struct StagingTests {
    @Test func stagedPathsListsFilesOutsidePrefix() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        try directory.write("rendered/alpha/app.yaml", "replicas: 1\n")
        _ = try repository.commitFixture(["rendered/beta", "rendered/alpha"], message: "Render")

        try directory.write("README.md", "# Notes\n")
        try directory.write("rendered/beta/app.yaml", "replicas: 5\n")
        try directory.remove("rendered/alpha/app.yaml")
        let add = try GitCLI.run("add", "-A", "README.md", "rendered/beta", "rendered/alpha", in: directory.path)
        #expect(add.status == 0, "\(add.errorOutput)")

        #expect(try repository.stagedPaths(outside: "rendered/beta") == ["README.md", "rendered/alpha/app.yaml"])
        #expect(try repository.stagedPaths(outside: "rendered") == ["README.md"])
        #expect(try repository.stagedPaths(outside: "") == [])
    }

    @Test func stagedPathsIsEmptyAfterCommit() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        try directory.write("notes.txt", "untracked files are not staged\n")
        _ = try repository.commitFixture(["rendered/beta"], message: "Render beta")

        #expect(try repository.stagedPaths(outside: "rendered/beta") == [])
    }

    @Test func stagedPathsOnUnbornBranch() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("notes.txt", "staged before the first commit\n")
        let add = try GitCLI.run("add", "notes.txt", in: directory.path)
        #expect(add.status == 0, "\(add.errorOutput)")

        #expect(try repository.stagedPaths(outside: "rendered/beta") == ["notes.txt"])
    }

    @Test func commitIncludesEntriesStagedElsewhere() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        try directory.write("notes.txt", "staged with the CLI\n")
        let add = try GitCLI.run("add", "notes.txt", in: directory.path)
        #expect(add.status == 0, "\(add.errorOutput)")

        let outcome = try repository.commitFixture(["rendered/beta"], message: "Render beta")

        #expect(outcome.changes?.map(\.path) == ["notes.txt", "rendered/beta/app.yaml"])
        let status = try GitCLI.run("status", "--porcelain", in: directory.path)
        #expect(status.text == "")
    }

    @Test func pendingChangesMatchesCommitWithoutStaging() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")
        try directory.write("rendered/beta/old.yaml", "obsolete: true\n")
        try directory.write("rendered/beta/same.yaml", "unchanged\n")
        try directory.write("rendered/beta/tool.sh", "#!/bin/sh\n")
        try directory.makeSymbolicLink("rendered/beta/link", target: "same.yaml")
        _ = try repository.commitFixture(["rendered/beta"], message: "Render beta")

        try directory.write("rendered/beta/app.yaml", "replicas: 3\n")
        try directory.remove("rendered/beta/old.yaml")
        try directory.write("rendered/beta/new/service.yaml", "port: 80\n")
        try directory.makeExecutable("rendered/beta/tool.sh")
        try directory.write("rendered/alpha/ignored.yaml", "outside the prefix\n")
        let indexBefore = try directory.read(".git/index")

        let pending = try repository.pendingChanges(under: ["rendered/beta"])

        #expect(
            pending == [
                FileChange(path: "rendered/beta/app.yaml", kind: .modified),
                FileChange(path: "rendered/beta/new/service.yaml", kind: .added),
                FileChange(path: "rendered/beta/old.yaml", kind: .deleted),
                FileChange(path: "rendered/beta/tool.sh", kind: .modified),
            ])
        #expect(try directory.read(".git/index") == indexBefore)
        let cached = try GitCLI.run("diff", "--cached", "--name-only", in: directory.path)
        #expect(cached.text == "")

        let outcome = try repository.commitFixture(["rendered/beta"], message: "Update beta", time: 1_700_000_100)
        #expect(outcome.changes == pending)
        #expect(try repository.pendingChanges(under: ["rendered/beta"]) == [])
    }

    @Test func pendingChangesOnUnbornBranchListsAdditions() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/b.yaml", "b\n")
        try directory.write("rendered/beta/a.yaml", "a\n")
        try directory.write("Environments/prod.lock", "digest: 1\n")

        let pending = try repository.pendingChanges(under: ["rendered/beta", "Environments/prod.lock"])

        #expect(
            pending == [
                FileChange(path: "Environments/prod.lock", kind: .added),
                FileChange(path: "rendered/beta/a.yaml", kind: .added),
                FileChange(path: "rendered/beta/b.yaml", kind: .added),
            ])
        let objects = try GitCLI.run("count-objects", in: directory.path)
        #expect(objects.text.hasPrefix("0 objects"))
    }
}
