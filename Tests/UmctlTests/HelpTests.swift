import Foundation
import TestSupport
import Testing

@testable import UmctlCLI

@Suite struct HelpTests {
    @Test func helpListsCommandsAndExitCodes() throws {
        let run = CLI.run(["--help"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        for command in ["validate", "render", "commit"] { #expect(run.stdout.contains("\n  \(command)")) }
        for status in ["0  success", "1  validation failed", "2  usage error", "3  drift found", "4  git failure", "5  I/O failure"] {
            #expect(run.stdout.contains(status))
        }
    }

    @Test func versionPrintsVersion() {
        let run = CLI.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        #expect(run.stdout == "umctl \(Umctl.version)\n")
    }

    @Test func unknownCommandIsUsageError() {
        let run = CLI.run(["rendr"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown command 'rendr'"))
        #expect(run.stderr.contains("did you mean 'render'?"))
    }

    @Test func unknownFlagSuggestsNearest() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["render", "--evn", "beta"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown option '--evn'"))
        #expect(run.stderr.contains("did you mean '--env'?"))
    }

    @Test func unknownEnvironmentIsUsageError() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["validate", "--env", "prd"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'prod'?"))
    }

    @Test func missingConfigFolderIsIOError() throws {
        let folder = try TemporaryFolder()
        let run = CLI.run(["validate"], in: folder.url)
        #expect(run.status == 5)
        #expect(run.stderr.contains("Environments"))
    }
}
