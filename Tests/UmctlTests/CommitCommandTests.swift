import Foundation
import TestSupport
import Testing

@Suite struct CommitCommandTests {
    let author = ["--author-name", "Release Bot", "--author-email", "release@example.org"]

    @Test func commitsExactlyBetaFiles() throws {
        let folder = try exampleWorkspace()
        let repository = try TemporaryFolder(prefix: "umctl-gitops")
        try GitCommand.initialize(repository.url)
        let run = CLI.run(["commit", "--env", "beta", "--repo", repository.path] + author, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("beta: committed "))

        let tree = try GitCommand.run(["ls-tree", "-r", "--name-only", "HEAD"], in: repository.url)
        let expected = expectedRenderedFiles.map { "rendered/beta/\($0)" }.sorted()
        #expect(tree.stdout.split(separator: "\n").map(String.init) == expected)
        #expect(try GitCommand.run(["fsck", "--strict"], in: repository.url).status == 0)
        #expect(try GitCommand.run(["status", "--porcelain"], in: repository.url).stdout == "")

        let log = try GitCommand.run(["log", "--format=%an <%ae>%n%B"], in: repository.url)
        #expect(log.status == 0)
        #expect(log.stdout.hasPrefix("Release Bot <release@example.org>\nRender beta\n"))
        #expect(log.stdout.contains("\nEnvironment: beta\n"))
        #expect(log.stdout.contains("\nManifest-SHA256: "))
        // The index was written, so git reports no staged difference to HEAD.
        #expect(try GitCommand.run(["diff", "--cached", "--quiet"], in: repository.url).status == 0)
    }

    @Test func configurationRepositoryCommitsInputs() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + author, in: folder.url).status == 0)
        let tree = try GitCommand.run(["ls-tree", "-r", "--name-only", "HEAD"], in: folder.url)
        let expected = (expectedRenderedFiles.map { "rendered/beta/\($0)" } + ["Environments/beta.yaml", "Environments/manifest.yaml"])
            .sorted()
        #expect(tree.stdout.split(separator: "\n").map(String.init) == expected)
    }

    @Test func secondCommitIsNoOp() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + author, in: folder.url).status == 0)
        let head = try GitCommand.run(["rev-parse", "HEAD"], in: folder.url).stdout

        let again = CLI.run(["commit", "--env", "beta"] + author, in: folder.url)
        #expect(again.status == 0)
        #expect(again.stdout == "beta: nothing to commit; rendered/beta already matches HEAD\n")
        #expect(try GitCommand.run(["rev-parse", "HEAD"], in: folder.url).stdout == head)
        #expect(try GitCommand.run(["rev-list", "--count", "HEAD"], in: folder.url).stdout == "1\n")
    }

    @Test func invalidManifestCommitsNothing() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + author, in: folder.url).status == 0)
        let manifest = try folder.read("Environments/manifest.yaml")
        try folder.write(manifest.replacingOccurrences(of: "  presence: true", with: "  presence: yes"), to: "Environments/manifest.yaml")
        let before = folder.snapshot("rendered")

        let run = CLI.run(["commit", "--env", "beta"] + author, in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("nothing was written or committed"))
        #expect(folder.snapshot("rendered") == before)
        #expect(try GitCommand.run(["rev-list", "--count", "HEAD"], in: folder.url).stdout == "1\n")
    }

    @Test func refusesUnrelatedStagedChanges() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        try folder.write("notes", to: "NOTES.md")
        try GitCommand.run(["add", "NOTES.md"], in: folder.url)

        let run = CLI.run(["commit", "--env", "beta"] + author, in: folder.url)
        #expect(run.status == 4)
        #expect(run.stderr.contains("NOTES.md"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("rendered").path))
        #expect(try GitCommand.run(["rev-parse", "--verify", "HEAD"], in: folder.url).status != 0)
    }

    @Test func refusesWhileLocked() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        // PID 1 always runs, so the lock counts as held by a live process.
        try folder.write("1\n", to: ".git/umctl.lock")
        let run = CLI.run(["commit", "--env", "beta"] + author, in: folder.url)
        #expect(run.status == 4)
        #expect(run.stderr.contains("locked by process 1"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("rendered").path))
    }

    @Test func authorFromEnvironmentOrConfig() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        try GitCommand.run(["config", "user.name", "Config Person"], in: folder.url)
        try GitCommand.run(["config", "user.email", "config@example.org"], in: folder.url)
        #expect(CLI.run(["commit", "--env", "beta"], in: folder.url).status == 0)
        let log = try GitCommand.run(["log", "-1", "--format=%an <%ae>"], in: folder.url)
        #expect(log.stdout == "Config Person <config@example.org>\n")
    }

    @Test func fixedDateGivesSameCommitID() throws {
        var ids: [String] = []
        for _ in 0..<2 {
            let folder = try exampleWorkspace()
            try GitCommand.initialize(folder.url)
            #expect(CLI.run(["commit", "--env", "prod", "--date", "1767225600"] + author, in: folder.url).status == 0)
            ids.append(try GitCommand.run(["rev-parse", "HEAD"], in: folder.url).stdout)
        }
        #expect(ids[0] == ids[1])
        #expect(ids[0].count == 41)
    }
}
