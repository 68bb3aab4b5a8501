import Foundation
import TestSupport
import Testing

/// The release manager's path through a configuration repository, checked with the git CLI at every step.
@Suite struct ReleaseWorkflowTests {
    let signing = ["--author-name", "Release Manager", "--author-email", "release@example.org", "--date", "1767225600"]

    private func replace(_ old: String, with new: String, in folder: TemporaryFolder) throws {
        let manifest = try folder.read("Environments/manifest.yaml")
        try #require(manifest.contains(old), "the example manifest lacks '\(old)'")
        try folder.write(manifest.replacingOccurrences(of: old, with: new), to: "Environments/manifest.yaml")
    }

    private func git(_ arguments: [String], _ folder: TemporaryFolder) throws -> String {
        let result = try GitCommand.run(arguments, in: folder.url)
        try #require(result.status == 0, "git \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        return result.stdout
    }

    private func labsSetting(_ folder: TemporaryFolder, _ environment: String) throws -> Bool? {
        let config = try folder.read("rendered/\(environment)/element/config.json")
        let json = try JSONSerialization.jsonObject(with: Data(config.utf8)) as? [String: Any]
        return json?["show_labs_settings"] as? Bool
    }

    @Test func scriptedRelease() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)

        // A feature change, committed for beta, lists the option in the message.
        try replace("  polls: true", with: "  polls: false", in: folder)
        let diff = CLI.run(["diff", "--env", "beta", "--options"], in: folder.url)
        #expect(diff.stdout == "beta: 1 option change\n  features.polls: true → false\n")
        #expect(CLI.run(["commit", "--env", "beta", "-m", "Disable polls in beta"] + signing, in: folder.url).status == 0)
        let message = try git(["log", "-1", "--format=%B"], folder)
        #expect(message.hasPrefix("Disable polls in beta\n\nChanged options:\n- features.polls: true → false\n"))
        #expect(message.hasSuffix("Environment: beta\nManifest-SHA256: \(try sha256(folder, "Environments/manifest.yaml"))\n\n"))
        #expect(CLI.run(["check"], in: folder.url).status == 0)

        // A hand edit of a rendered file is drift, named in the output.
        try folder.write(try folder.read("rendered/beta/synapse/log.yaml") + "# edited\n", to: "rendered/beta/synapse/log.yaml")
        let drift = CLI.run(["check"], in: folder.url)
        #expect(drift.status == 3)
        #expect(
            drift.stderr.contains(
                "rendered/beta/synapse/log.yaml: error: [UM050] differs from what the manifest renders to in the work tree"))
        #expect(drift.stdout.contains("beta: drift found\n"))
        _ = try git(["checkout", "--", "rendered/beta/synapse/log.yaml"], folder)
        #expect(CLI.run(["check"], in: folder.url).status == 0)

        // Promotion locks prod to beta's manifest and commits lock and files together.
        let betaCommit = try git(["rev-parse", "HEAD"], folder).trimmingCharacters(in: .newlines)
        let promote = CLI.run(["promote", "beta", "prod"] + signing, in: folder.url)
        #expect(promote.status == 0, "\(promote.stderr)")
        let promoted = try git(["show", "--name-only", "--format=%B", "HEAD"], folder)
        #expect(promoted.hasPrefix("Promote beta to prod\n"))
        #expect(promoted.contains("Environment: prod\n"))
        #expect(promoted.contains("Promoted-From: beta \(betaCommit)\n"))
        #expect(promoted.contains("Environments/prod.lock\n"))
        #expect(promoted.contains("rendered/prod/synapse/homeserver.yaml\n"))
        let lock = try folder.read("Environments/prod.lock")
        #expect(lock.contains("source_environment: beta\n"))
        #expect(lock.contains("source_commit: \(betaCommit)\n"))
        #expect(lock.contains("manifest_commit: \(betaCommit)\n"))
        #expect(try labsSetting(folder, "prod") == false)

        // A later manifest change does not reach prod until it is promoted.
        try replace("  labs: false", with: "  labs: true", in: folder)
        let render = CLI.run(["render", "--env", "prod"], in: folder.url)
        #expect(render.status == 0)
        #expect(render.stdout.hasPrefix("prod: unchanged"))
        #expect(try labsSetting(folder, "prod") == false)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        #expect(try labsSetting(folder, "beta") == true)
        #expect(CLI.run(["check"], in: folder.url).status == 0)

        let dryRun = CLI.run(["promote", "beta", "prod", "--dry-run"], in: folder.url)
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("    features.labs: false → true\n"))
        #expect(dryRun.stdout.contains("    modified element/config.json\n"))
        #expect(try labsSetting(folder, "prod") == false)

        #expect(CLI.run(["promote", "beta", "prod"] + signing, in: folder.url).status == 0)
        #expect(try labsSetting(folder, "prod") == true)
        #expect(try git(["log", "-1", "--format=%B"], folder).contains("- features.labs: false → true\n"))

        // The chain goes on: satellite gets the revision prod carries.
        let prodSource = try folder.read("Environments/prod.lock")
        #expect(CLI.run(["promote", "prod", "satellite"] + signing, in: folder.url).status == 0)
        let satelliteLock = try folder.read("Environments/satellite.lock")
        #expect(satelliteLock.contains("source_environment: prod\n"))
        let manifestLine = prodSource.split(separator: "\n").first { $0.hasPrefix("manifest_commit:") }
        #expect(manifestLine.map { satelliteLock.contains($0) } == true)
        let prodRender = try git(["log", "-1", "--format=%H", "--", "rendered/prod"], folder).trimmingCharacters(in: .newlines)
        #expect(satelliteLock.contains("source_commit: \(prodRender)\n"))

        #expect(CLI.run(["check"], in: folder.url).status == 0)
        #expect(try GitCommand.run(["fsck", "--strict"], in: folder.url).status == 0)
        #expect(try git(["status", "--porcelain"], folder) == "")
        #expect(try git(["rev-list", "--count", "HEAD"], folder) == "6\n")
    }

    @Test func promotingSameRevisionCommitsNothing() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        #expect(CLI.run(["promote", "beta", "prod"] + signing, in: folder.url).status == 0)
        let again = CLI.run(["promote", "beta", "prod", "--date", "1767229200"] + signing.dropLast(2), in: folder.url)
        #expect(again.status == 0)
        #expect(again.stdout.contains("prod: already at this revision; nothing to commit"))
        #expect(try git(["rev-list", "--count", "HEAD"], folder) == "2\n")
    }

    @Test func driftedSourceLeavesRepositoryUnchanged() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        // Someone commits a hand edit of beta's rendered files.
        try folder.write(try folder.read("rendered/beta/synapse/log.yaml") + "# edited\n", to: "rendered/beta/synapse/log.yaml")
        _ = try git(["commit", "-q", "-am", "Tweak logging by hand"], folder)
        let before = folder.snapshot()

        let run = CLI.run(["promote", "beta", "prod"] + signing, in: folder.url)
        #expect(run.status == 3)
        #expect(run.stderr.contains("beta has drifted from its manifest"))
        #expect(run.stderr.contains("rendered/beta/synapse/log.yaml"))
        #expect(folder.snapshot() == before)
    }

    @Test func uncommittedSourceIsRefused() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        let never = CLI.run(["promote", "beta", "prod"] + signing, in: folder.url)
        #expect(never.status == 4)
        #expect(never.stderr.contains("beta has never been committed"))

        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        try folder.write("stray", to: "rendered/beta/stray.yaml")
        let dirty = CLI.run(["promote", "beta", "prod"] + signing, in: folder.url)
        #expect(dirty.status == 4)
        #expect(dirty.stderr.contains("rendered/beta has uncommitted changes"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Environments/prod.lock").path))
    }

    @Test func committedDriftFailsCheck() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        #expect(CLI.run(["commit", "--env", "beta"] + signing, in: folder.url).status == 0)
        try folder.write("{}\n", to: "rendered/beta/well-known/server.json")
        _ = try git(["commit", "-q", "-am", "Break delegation"], folder)
        let run = CLI.run(["check", "--format", "github"], in: folder.url)
        #expect(run.status == 3)
        #expect(run.stdout.contains("::error file=rendered/beta/well-known/server.json,title=UM050 drift::"))
        #expect(run.stdout.contains("differs from what the manifest renders to in the last commit and in the work tree"))
    }

    @Test func compareListsDifferences() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["compare", "beta", "prod"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("storage.postgres.pool_max"))
        #expect(run.stdout.range(of: #"platform\.replicas\.element\s+2 → 3"#, options: .regularExpression) != nil)
        #expect(!run.stdout.contains("features.polls"))
    }

    @Test func secretInManifestIsNotCommitted() throws {
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        try replace(
            "  tagline: \"Sicher kommunizieren", with: "  tagline: \"-----BEGIN RSA PRIVATE KEY----- Sicher kommunizieren", in: folder)
        let run = CLI.run(["commit", "--env", "beta"] + signing, in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("looks like a PEM private key"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("rendered").path))
        #expect(try GitCommand.run(["rev-parse", "--verify", "HEAD"], in: folder.url).status != 0)
    }

    @Test func pushReachesBareRepository() throws {
        let folder = try exampleWorkspace()
        let remote = try TemporaryFolder(prefix: "umctl-remote")
        _ = try GitCommand.run(["init", "-q", "--bare", "-b", "main", "."], in: remote.url)
        try GitCommand.initialize(folder.url)
        let run = CLI.run(["commit", "--env", "beta", "--push", remote.path] + signing, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("beta: pushed to \(remote.path)"))
        let local = try git(["rev-parse", "HEAD"], folder)
        #expect(try GitCommand.run(["rev-parse", "main"], in: remote.url).stdout == local)
    }

    private func sha256(_ folder: TemporaryFolder, _ path: String) throws -> String {
        let result = try ProcessRunner.run("sha256sum", [folder.url.appendingPathComponent(path).path])
        return String(result.stdout.prefix(64))
    }
}
