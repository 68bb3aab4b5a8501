import Foundation
import Git
import Testing

@Suite struct RepositoryTests {
    @Test func openMissingPathFails() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path + "/missing"

        let error = #expect(throws: GitError.self) {
            try Repository.open(at: missing)
        }
        #expect(error?.function == "git_repository_open_ext")
        #expect(error?.isNotFound == true)
        #expect(error?.description.contains("git_repository_open_ext") == true)
        #expect(error?.description.contains(missing) == true)
    }

    @Test func openDoesNotSearchParents() throws {
        let directory = try TemporaryDirectory()
        _ = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")

        #expect(throws: GitError.self) {
            try Repository.open(at: directory.path + "/rendered/beta")
        }
    }

    @Test func openAndDiscoverReportWorkdir() throws {
        let directory = try TemporaryDirectory()
        _ = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "replicas: 2\n")

        let opened = try Repository.open(at: directory.path)
        #expect(opened.workdir == directory.path)
        #expect(opened.isBare == false)
        let discovered = try Repository.discover(from: directory.path + "/rendered/beta")
        #expect(discovered.workdir == directory.path)
    }

    @Test func discoverOutsideRepositoryFails() throws {
        let directory = try TemporaryDirectory()

        let error = #expect(throws: GitError.self) {
            try Repository.discover(from: directory.path)
        }
        #expect(error?.function == "git_repository_discover")
    }

    @Test func initializeSetsInitialBranch() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path + "/nested/repo", initialBranch: "trunk")

        #expect(try repository.head() == nil)
        let branch = try GitCLI.run("symbolic-ref", "HEAD", in: directory.path + "/nested/repo")
        #expect(branch.text == "refs/heads/trunk\n")

        let bare = try Repository.initializeBare(at: directory.path + "/bare.git", initialBranch: "stable")
        #expect(bare.isBare)
        let bareBranch = try GitCLI.run("symbolic-ref", "HEAD", in: directory.path + "/bare.git")
        #expect(bareBranch.text == "refs/heads/stable\n")
    }

    @Test func initializeRejectsInvalidBranchAndExistingRepository() throws {
        let directory = try TemporaryDirectory()

        let invalid = #expect(throws: GitError.self) {
            try Repository.initialize(at: directory.path, initialBranch: "bad..name")
        }
        #expect(invalid?.code == -12)

        _ = try Repository.initialize(at: directory.path)
        let existing = #expect(throws: GitError.self) {
            try Repository.initialize(at: directory.path)
        }
        #expect(existing?.code == -4)
    }

    @Test func configStringReadsRepositoryConfig() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        let set = try GitCLI.run("config", "user.name", "Local Name", in: directory.path)
        #expect(set.status == 0, "\(set.errorOutput)")

        #expect(repository.configString("user.name") == "Local Name")
        #expect(repository.configString("umctl.missing") == nil)
        #expect(repository.configString("not a key") == nil)
    }
}
