import Foundation
import TestSupport
import Testing

/// Behaviour a first user tripped over: each test pins one of those cases.
@Suite struct TrialRegressionTests {
    let signing = ["--author-name", "Release Manager", "--author-email", "release@example.org", "--date", "1767225600"]

    @Test func refusedCommitKeepsOthersLock() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        try folder.write("1\n", to: ".git/umctl.lock")
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 4)
        #expect(try folder.read(".git/umctl.lock") == "1\n")
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 4)
    }

    @Test func quietCommitPrintsNothing() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        let run = CLI.run(["commit", "--env", "beta", "-q"] + signing, in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "")
    }

    @Test func lockedCommitLeavesManifestOut() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        #expect(CLI.run(["promote", "beta", "prod"] + signing, in: folder.url).status == 0)
        let manifest = try folder.read("Environments/manifest.yaml")
        try folder.write(manifest.replacingOccurrences(of: "  labs: false", with: "  labs: true"), to: "Environments/manifest.yaml")
        try folder.write(try folder.read("Environments/prod.yaml") + "\n# reviewed\n", to: "Environments/prod.yaml")

        #expect(CLI.run(["commit", "--env", "prod"] + signing, in: folder.url).status == 0)
        let changed = try GitCommand.run(["show", "--name-only", "--format=", "HEAD"], in: folder.url).stdout
        #expect(changed == "Environments/prod.yaml\n")
        #expect(try GitCommand.run(["diff", "--quiet", "--", "Environments/manifest.yaml"], in: folder.url).status == 1)
    }

    @Test func explainFollowsLock() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        #expect(CLI.run(["promote", "beta", "prod"] + signing, in: folder.url).status == 0)
        let manifest = try folder.read("Environments/manifest.yaml")
        try folder.write(manifest.replacingOccurrences(of: "  labs: false", with: "  labs: true"), to: "Environments/manifest.yaml")
        let run = CLI.run(["explain", "features.labs"], in: folder.url)
        #expect(run.status == 0)
        #expect(
            run.stdout.range(of: #"beta\s+true  \(Environments/manifest\.yaml:\d+:\d+\)"#, options: .regularExpression) != nil,
            "\(run.stdout)")
        #expect(
            run.stdout.range(
                of: #"prod\s+false  \(Environments/manifest\.yaml of [0-9a-f]{12}, locked, line \d+\)"#, options: .regularExpression)
                != nil,
            "\(run.stdout)")
    }

    @Test func promoteToItselfIsUsageError() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["promote", "beta", "beta"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot promote beta to itself"))
    }

    @Test func renderRefusesKeyMaterial() throws {
        let folder = try exampleWorkspace()
        let manifest = try folder.read("Environments/manifest.yaml")
        try folder.write(
            manifest.replacingOccurrences(of: "  tagline: \"", with: "  tagline: \"-----BEGIN RSA PRIVATE KEY----- "),
            to: "Environments/manifest.yaml")
        let run = CLI.run(["render", "--env", "beta"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("looks like a PEM private key"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("rendered").path))
    }

    @Test func commitWarnsAboutHandEdits() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        try folder.write(try folder.read("rendered/beta/synapse/log.yaml") + "# tuned\n", to: "rendered/beta/synapse/log.yaml")
        let run = CLI.run(["commit", "--env", "beta"] + signing, in: folder.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: replacing hand edits in rendered/beta/synapse/log.yaml"))
        #expect(!(try folder.read("rendered/beta/synapse/log.yaml")).contains("# tuned"))
    }

    @Test func typoIsOneError() throws {
        let folder = try exampleWorkspace()
        let beta = try folder.read("Environments/beta.yaml")
        try folder.write(beta.replacingOccurrences(of: "  server_name:", with: "  server_nam:"), to: "Environments/beta.yaml")
        let run = CLI.run(["validate", "--env", "beta"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("did you mean 'server_name'?"))
        #expect(!run.stderr.contains("[UM007]"))
    }

    @Test func unknownCommandWithoutCloseMatch() {
        let run = CLI.run(["deploy"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 2)
        #expect(!run.stderr.contains("did you mean"))
        #expect(run.stderr.contains("commands: validate, render, commit"))
    }

    @Test func unknownFlagPointsAtCommandHelp() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["validate", "--verbose"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr == "Error: unknown option '--verbose'\nRun 'umctl help validate' for its options.\n")
    }

    @Test func committedHandEditIsNamed() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        try folder.write(try folder.read("rendered/beta/synapse/log.yaml") + "# hotfix\n", to: "rendered/beta/synapse/log.yaml")
        _ = try GitCommand.run(["commit", "-q", "-am", "Hotfix logging"], in: folder.url)
        let run = CLI.run(["commit", "--env", "beta"] + signing, in: folder.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: replacing hand edits in rendered/beta/synapse/log.yaml"))
    }

    @Test func manifestCommittedWithGitStillCounts() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        let manifest = try folder.read("Environments/manifest.yaml")
        try folder.write(manifest.replacingOccurrences(of: "  polls: true", with: "  polls: false"), to: "Environments/manifest.yaml")
        _ = try GitCommand.run(["commit", "-q", "-am", "Turn polls off"], in: folder.url)

        let diff = CLI.run(["diff", "--env", "beta", "--options"], in: folder.url)
        #expect(diff.stdout == "beta: 1 option change\n  features.polls: true → false\n")
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        let message = try GitCommand.run(["log", "-1", "--format=%B"], in: folder.url).stdout
        #expect(message.contains("- features.polls: true → false\n"))
        let check = CLI.run(["check"], in: folder.url)
        #expect(check.status == 0)
    }

    @Test func renderedButUncommittedIsNotDrift() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["render", "--all"], in: folder.url).status == 0)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        let check = CLI.run(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("prod: not committed yet"))
    }

    @Test func firstPromotionSaysSo() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        let run = CLI.run(["promote", "beta", "prod", "--dry-run"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("  first render of prod; every option takes its effective value\n"))
    }
}
