import Foundation
import TestSupport
import Testing

/// Runs the built `umctl` executable as a user would, beside the test bundle.
@Suite struct BinaryTests {
    static var binary: URL? {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        let candidate = folder.appendingPathComponent("umctl")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    @Test func binaryRendersExample() throws {
        let binary = try #require(Self.binary, "swift test builds the umctl executable beside the test bundle")
        let folder = try exampleWorkspace()
        let result = try ProcessRunner.run(
            binary.path, ["render", "--all", "--templates", PackagePaths.templates.path],
            in: folder.url, environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("beta: 16 added"))
        #expect(Set(folder.snapshot("rendered/satellite").keys) == expectedRenderedFiles)
    }

    @Test func binaryExitStatusForBadManifest() throws {
        let binary = try #require(Self.binary)
        let folder = try exampleWorkspace()
        try folder.write("branding:\n  product_nam: X\n", to: "Environments/manifest.yaml")
        let result = try ProcessRunner.run(binary.path, ["validate", "--templates", PackagePaths.templates.path], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout == "beta: invalid\nprod: invalid\nsatellite: invalid\n")
        #expect(result.stderr.contains("Environments/manifest.yaml:2:3: error: [UM003] unknown option 'branding.product_nam'"))
        // Diagnostics go to a pipe here, so they carry no colour codes.
        #expect(!result.stderr.contains("\u{1B}["))
    }

    /// Two commits started at once: the lock lets one through and turns the other away.
    @Test func concurrentCommitsTakeTurns() throws {
        let binary = try #require(Self.binary)
        let folder = try exampleWorkspace()
        try GitCommand.initialize(folder.url)
        let arguments = [
            "commit", "--env", "beta", "--templates", PackagePaths.templates.path,
            "--author-name", "Bot", "--author-email", "bot@example.org",
        ]
        // Each process keeps the lock for a second before committing, so the two runs overlap.
        let environment = ["UMCTL_LOCK_HOLD_MS": "1000", "NO_COLOR": "1"]
        nonisolated(unsafe) var results: [ProcessResult?] = [nil, nil]
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            results[index] = try? ProcessRunner.run(binary.path, arguments, in: folder.url, environment: environment)
        }
        let finished = results.compactMap { $0 }
        try #require(finished.count == 2)
        let committed = finished.filter { $0.status == 0 }
        let locked = finished.filter { $0.status == 4 }
        #expect(committed.count == 1, "\(finished.map(\.output))")
        #expect(locked.count == 1, "\(finished.map(\.output))")
        #expect(committed.first?.stdout.hasPrefix("beta: committed ") == true)
        #expect(locked.first?.stderr.contains("the repository is locked by") == true)

        #expect(try GitCommand.run(["rev-list", "--count", "HEAD"], in: folder.url).stdout == "1\n")
        #expect(try GitCommand.run(["fsck", "--strict"], in: folder.url).status == 0)
        // prod.yaml and satellite.yaml stay untracked, as only beta's inputs were committed.
        #expect(try GitCommand.run(["status", "--porcelain", "--untracked-files=no"], in: folder.url).stdout == "")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".git/umctl.lock").path))
    }
}
