import Foundation
import Git
import Testing

@Suite struct HistoryTests {
    @Test func lastCommitFindsNewestChangeUnderPrefix() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        let prefixes = ["rendered", "Environments/prod.lock"]

        try directory.write("rendered/alpha/app.yaml", "alpha 1\n")
        try directory.write("rendered/beta/app.yaml", "beta 1\n")
        let first = try #require(try repository.commitFixture(prefixes, message: "Render both", time: 1_700_000_000).info)
        try directory.write("rendered/beta/app.yaml", "beta 2\n")
        let second = try #require(try repository.commitFixture(prefixes, message: "Change beta", time: 1_700_000_100).info)
        try directory.write("rendered/alpha/app.yaml", "alpha 2\n")
        let third = try #require(try repository.commitFixture(prefixes, message: "Change alpha", time: 1_700_000_200).info)
        try directory.write("Environments/prod.lock", "digest: 1\n")
        let fourth = try #require(try repository.commitFixture(prefixes, message: "Lock prod", time: 1_700_000_300).info)

        #expect(try repository.lastCommit(touching: "rendered/beta")?.id == second.id)
        #expect(try repository.lastCommit(touching: "rendered/alpha")?.id == third.id)
        #expect(try repository.lastCommit(touching: "rendered/alpha/app.yaml")?.id == third.id)
        #expect(try repository.lastCommit(touching: "rendered")?.id == third.id)
        #expect(try repository.lastCommit(touching: "Environments/prod.lock")?.id == fourth.id)
        #expect(try repository.lastCommit(touching: "rendered/gamma") == nil)
        #expect(first.parentIDs.isEmpty)

        let cli = try GitCLI.run("log", "-1", "--format=%H", "--", "rendered/beta", in: directory.path)
        #expect(cli.text == second.id.hex + "\n")
    }

    @Test func lastCommitCountsDeletion() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        try directory.write("rendered/beta/app.yaml", "beta\n")
        try directory.write("rendered/alpha/app.yaml", "alpha\n")
        _ = try repository.commitFixture(["rendered"], message: "Render", time: 1_700_000_000)
        try directory.remove("rendered/beta")
        let removal = try #require(try repository.commitFixture(["rendered"], message: "Remove beta", time: 1_700_000_100).info)
        try directory.write("rendered/alpha/app.yaml", "alpha 2\n")
        _ = try repository.commitFixture(["rendered"], message: "Change alpha", time: 1_700_000_200)

        #expect(try repository.lastCommit(touching: "rendered/beta")?.id == removal.id)
    }

    @Test func logListsNewestFirst() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        var ids: [ObjectID] = []
        for step in 1...3 {
            try directory.write("rendered/beta/app.yaml", "replicas: \(step)\n")
            let outcome = try repository.commitFixture(["rendered/beta"], message: "Step \(step)", time: 1_700_000_000 + Int64(step))
            ids.append(try #require(outcome.info).id)
        }

        let log = try repository.log(limit: 10)
        #expect(log.map(\.summary) == ["Step 3", "Step 2", "Step 1"])
        #expect(log.map(\.id) == ids.reversed())
        #expect(log[0].parentIDs == [ids[1]])
        #expect(log[0].author == Fixtures.author(at: 1_700_000_003))
        #expect(log[0].committer == Fixtures.committer(at: 1_700_000_003))
        #expect(try repository.log(limit: 2).map(\.id) == [ids[2], ids[1]])
        #expect(try repository.log(limit: 0).isEmpty)

        let cli = try GitCLI.run("rev-list", "HEAD", in: directory.path)
        #expect(cli.lines == ids.reversed().map(\.hex))
    }

    @Test func logOrdersChildrenBeforeParentsWithEqualTimes() throws {
        let directory = try TemporaryDirectory()
        let repository = try Repository.initialize(at: directory.path)
        var ids: [ObjectID] = []
        for step in 1...4 {
            try directory.write("rendered/beta/app.yaml", "replicas: \(step)\n")
            ids.append(try #require(try repository.commitFixture(["rendered/beta"], message: "Step \(step)").info).id)
        }

        #expect(try repository.log(limit: 10).map(\.id) == ids.reversed())
    }
}
