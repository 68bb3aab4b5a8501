import Foundation
import Testing
import TestSupport

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
        let result = try ProcessRunner.run(binary.path, ["render", "--all", "--templates", PackagePaths.templates.path],
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
}
