import Foundation
import Git
import Testing

@Suite struct PushTests {
    @Test func pushToBarePathUpdatesBranch() throws {
        let work = try TemporaryDirectory()
        let remote = try TemporaryDirectory()
        let bare = try Repository.initializeBare(at: remote.path)
        #expect(bare.workdir == remote.path)
        let repository = try Repository.initialize(at: work.path)
        try work.write("rendered/beta/app.yaml", "replicas: 2\n")
        let info = try #require(try repository.commitFixture(["rendered/beta"], message: "Render beta").info)

        try repository.push(remote: remote.path)

        let log = try GitCLI.run("log", "--format=%H %s", "main", in: remote.path)
        #expect(log.status == 0, "\(log.errorOutput)")
        #expect(log.lines == ["\(info.id.hex) Render beta"])
        let fsck = try GitCLI.run("fsck", "--strict", in: remote.path)
        #expect(fsck.status == 0, "\(fsck.errorOutput)")
    }

    @Test func pushToNamedRemote() throws {
        let work = try TemporaryDirectory()
        let remote = try TemporaryDirectory()
        let initBare = try GitCLI.run("init", "--bare", "--initial-branch=main", remote.path, in: work.path)
        #expect(initBare.status == 0, "\(initBare.errorOutput)")
        let repository = try Repository.initialize(at: work.path)
        let addRemote = try GitCLI.run("remote", "add", "origin", remote.path, in: work.path)
        #expect(addRemote.status == 0, "\(addRemote.errorOutput)")

        try work.write("rendered/beta/app.yaml", "replicas: 2\n")
        _ = try repository.commitFixture(["rendered/beta"], message: "First")
        try repository.push(remote: "origin")
        try work.write("rendered/beta/app.yaml", "replicas: 3\n")
        let second = try #require(try repository.commitFixture(["rendered/beta"], message: "Second", time: 1_700_000_100).info)
        try repository.push(remote: "origin")

        let remoteHead = try GitCLI.run("rev-parse", "main", in: remote.path)
        #expect(remoteHead.text == second.id.hex + "\n")
        let count = try GitCLI.run("rev-list", "--count", "main", in: remote.path)
        #expect(count.text == "2\n")
        let tracking = try GitCLI.run("rev-parse", "refs/remotes/origin/main", in: work.path)
        #expect(tracking.text == second.id.hex + "\n")
    }

    @Test func pushToOtherBranchName() throws {
        let work = try TemporaryDirectory()
        let remote = try TemporaryDirectory()
        _ = try Repository.initializeBare(at: remote.path)
        let repository = try Repository.initialize(at: work.path)
        try work.write("rendered/beta/app.yaml", "replicas: 2\n")
        let info = try #require(try repository.commitFixture(["rendered/beta"], message: "Render beta").info)

        try repository.push(remote: remote.path, branch: "release")

        let release = try GitCLI.run("rev-parse", "refs/heads/release", in: remote.path)
        #expect(release.text == info.id.hex + "\n")
        let main = try GitCLI.run("rev-parse", "--verify", "--quiet", "refs/heads/main", in: remote.path)
        #expect(main.status != 0)
    }

    @Test func pushRejectsNonFastForward() throws {
        let remote = try TemporaryDirectory()
        _ = try Repository.initializeBare(at: remote.path)

        let first = try TemporaryDirectory()
        let firstRepository = try Repository.initialize(at: first.path)
        try first.write("rendered/beta/app.yaml", "first\n")
        let pushed = try #require(try firstRepository.commitFixture(["rendered/beta"], message: "First").info)
        try firstRepository.push(remote: remote.path)

        let second = try TemporaryDirectory()
        let secondRepository = try Repository.initialize(at: second.path)
        try second.write("rendered/beta/app.yaml", "unrelated history\n")
        _ = try secondRepository.commitFixture(["rendered/beta"], message: "Unrelated")

        let error = #expect(throws: GitError.self) {
            try secondRepository.push(remote: remote.path)
        }
        #expect(error?.code == -11)
        let remoteHead = try GitCLI.run("rev-parse", "main", in: remote.path)
        #expect(remoteHead.text == pushed.id.hex + "\n")
    }

    @Test func pushOfUnbornBranchFails() throws {
        let work = try TemporaryDirectory()
        let remote = try TemporaryDirectory()
        _ = try Repository.initializeBare(at: remote.path)
        let repository = try Repository.initialize(at: work.path)

        let error = #expect(throws: GitError.self) {
            try repository.push(remote: remote.path)
        }
        #expect(error?.message.contains("no commits") == true)
    }
}
