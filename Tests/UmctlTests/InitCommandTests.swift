import Foundation
import Manifest
import TestSupport
import Testing

@Suite struct InitCommandTests {
    /// Author and time fixed, so the commit id depends only on what init writes.
    static let fixed = ["--author-name", "Init Test", "--author-email", "init@example.org", "--date", "1767225600"]
    static let committedFiles: Set<String> = [
        "Environments/manifest.yaml", "Environments/beta.yaml", "Environments/prod.yaml", "Environments/satellite.yaml",
        ".github/workflows/umctl.yml", ".githooks/pre-commit", ".gitignore", "README.md",
    ]

    /// A repository made by `umctl init config` inside a fresh folder, which lives as long as this value.
    struct Initialized {
        let folder: TemporaryFolder
        let run: CLIRun
        var repository: URL { folder.url.appendingPathComponent("config") }
    }

    private func initialized() throws -> Initialized {
        let folder = try TemporaryFolder(prefix: "umctl-init")
        return Initialized(folder: folder, run: CLI.run(["init", "config"] + Self.fixed, in: folder.url))
    }

    @Test func initCommitsExactlyTheScaffold() throws {
        let setup = try initialized()
        let (repository, run) = (setup.repository, setup.run)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("Created a configuration repository in \(repository.path)\n"))
        #expect(run.stdout.contains("Next steps:"))

        let log = try GitCommand.run(["log", "--format=%H %an <%ae> %at"], in: repository)
        let commits = log.stdout.split(separator: "\n")
        #expect(commits.count == 1)
        #expect(commits.first?.hasSuffix(" Init Test <init@example.org> 1767225600") == true)
        let id = String(commits.first?.prefix(40) ?? "")
        #expect(run.stdout.contains("Committed \(id) on main: "))
        #expect(try GitCommand.run(["symbolic-ref", "--short", "HEAD"], in: repository).stdout == "main\n")

        let tree = try GitCommand.run(["ls-tree", "-r", "--name-only", "HEAD"], in: repository)
        #expect(Set(tree.stdout.split(separator: "\n").map(String.init)) == Self.committedFiles)
        #expect(try GitCommand.run(["ls-tree", "HEAD", ".githooks/pre-commit"], in: repository).stdout.hasPrefix("100755 "))
        let fsck = try GitCommand.run(["fsck", "--strict"], in: repository)
        #expect(fsck.status == 0, "\(fsck.output)")
        #expect(try GitCommand.run(["status", "--porcelain"], in: repository).stdout.isEmpty)

        let hook = repository.appendingPathComponent(".git/hooks/pre-commit").path
        #expect(FileManager.default.isExecutableFile(atPath: hook))
        let hookText = try String(contentsOfFile: hook, encoding: .utf8)
        #expect(hookText.hasPrefix("#!/bin/sh\n"))
        #expect(hookText.contains("umctl validate"))
        #expect(hookText == (try String(contentsOf: repository.appendingPathComponent(".githooks/pre-commit"), encoding: .utf8)))
        #expect(hookText.contains("git config core.hooksPath .githooks"))
        let workflow = try String(contentsOf: repository.appendingPathComponent(".github/workflows/umctl.yml"), encoding: .utf8)
        #expect(workflow.contains("umctl check --format github"))
    }

    @Test func newRepositoryValidatesAndRenders() throws {
        let setup = try initialized()
        let repository = setup.repository
        #expect(setup.run.status == 0, "\(setup.run.stderr)")

        let validate = CLI.run(["validate", "--all"], in: repository)
        #expect(validate.status == 0)
        #expect(validate.stdout == "beta: valid\nprod: valid\nsatellite: valid\n")
        #expect(validate.stderr.isEmpty, "\(validate.stderr)")

        let render = CLI.run(["render", "--all"], in: repository)
        #expect(render.status == 0, "\(render.stderr)")
        for environment in exampleEnvironments {
            #expect(Set(setup.folder.snapshot("config/rendered/\(environment)").keys) == expectedRenderedFiles, "\(environment)")
        }
    }

    @Test func manifestListsEveryOptionDescribed() throws {
        let setup = try initialized()
        let manifest = try String(contentsOf: setup.repository.appendingPathComponent("Environments/manifest.yaml"), encoding: .utf8)
        let keys = Self.keyPaths(in: manifest)
        for option in Catalog.standard.options {
            #expect(keys.contains(option.path), "\(option.path) is missing")
            #expect(manifest.contains("# \(option.summary)\n"), "\(option.path) lacks its description")
        }
    }

    /// Every value the manifest writes reads back as the catalog's default. Only the placeholders differ.
    @Test func manifestValuesReadBackAsDefaults() throws {
        let setup = try initialized()
        let result = ConfigurationLoader(root: setup.repository).load(environment: "beta")
        let configuration = try #require(result.configuration, "\(result.diagnostics)")
        let placeholders: Set<String> = ["branding.product_name", "branding.organization"]
        for option in Catalog.standard.options where !option.defaultValue.isNull && !placeholders.contains(option.path) {
            #expect(configuration[option.path] == option.defaultValue, "\(option.path)")
            guard case .manifest = configuration.origins[option.path] else {
                Issue.record("\(option.path) is not set in the manifest")
                continue
            }
        }
        #expect(configuration["branding.product_name"] == .string("Messenger"))
        #expect(configuration["branding.organization"] == .string("Example Hospital"))
        #expect(configuration["identity.server_name"] == .string("beta.messenger.example.org"))
    }

    @Test func refusesNonEmptyFolderWithoutTouchingIt() throws {
        let folder = try TemporaryFolder(prefix: "umctl-init")
        try folder.write("keep me\n", to: "config/notes.txt")
        let before = folder.snapshot()

        let run = CLI.run(["init", "config"] + Self.fixed, in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is not empty"))
        #expect(run.stderr.contains("notes.txt"))
        #expect(run.stdout.isEmpty)
        #expect(folder.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("config/.git").path))
    }

    @Test func refusesFileAndMissingArgument() throws {
        let folder = try TemporaryFolder(prefix: "umctl-init")
        try folder.write("text\n", to: "file")
        let onFile = CLI.run(["init", "file"] + Self.fixed, in: folder.url)
        #expect(onFile.status == 2)
        #expect(onFile.stderr.contains("is not a folder"))
        #expect(try folder.read("file") == "text\n")

        let bare = CLI.run(["init"] + Self.fixed, in: folder.url)
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("missing folder to create"))
    }

    @Test func acceptsAnEmptyFolder() throws {
        let folder = try TemporaryFolder(prefix: "umctl-init")
        let run = CLI.run(["init", folder.path] + Self.fixed, in: URL(fileURLWithPath: "/"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try GitCommand.run(["rev-list", "--count", "HEAD"], in: folder.url).stdout == "1\n")
    }

    @Test func sameDateGivesSameCommitID() throws {
        let first = try initialized()
        let second = try initialized()
        #expect(first.run.status == 0)
        #expect(second.run.status == 0)
        let firstID = try GitCommand.run(["rev-parse", "HEAD"], in: first.repository).stdout
        let secondID = try GitCommand.run(["rev-parse", "HEAD"], in: second.repository).stdout
        #expect(firstID.count == 41)
        #expect(firstID == secondID)
    }

    @Test func manifestIsByteIdenticalAcrossRuns() throws {
        let first = try initialized()
        let second = try initialized()
        let path = "Environments/manifest.yaml"
        let a = try #require(FileManager.default.contents(atPath: first.repository.appendingPathComponent(path).path))
        let b = try #require(FileManager.default.contents(atPath: second.repository.appendingPathComponent(path).path))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    /// Separate processes hash differently, so this catches output that depends on dictionary order.
    @Test func binaryCommitSameInEveryProcess() throws {
        let binary = try #require(BinaryTests.binary, "swift test builds the umctl executable beside the test bundle")
        let inProcess = try initialized()
        var ids: Set<String> = [try GitCommand.run(["rev-parse", "HEAD"], in: inProcess.repository).stdout]
        for _ in 0..<2 {
            let folder = try TemporaryFolder(prefix: "umctl-init")
            let result = try ProcessRunner.run(binary.path, ["init", "config"] + Self.fixed, in: folder.url)
            #expect(result.status == 0, "\(result.output)")
            ids.insert(try GitCommand.run(["rev-parse", "HEAD"], in: folder.url.appendingPathComponent("config")).stdout)
        }
        #expect(ids.count == 1, "\(ids)")
    }

    /// Dotted paths of every key in `text`, commented out (`# key:`) or not, from the indentation.
    /// Description lines start with a capital letter, so they never look like keys.
    static func keyPaths(in text: String) -> Set<String> {
        var stack: [(indent: Int, key: String)] = []
        var paths: Set<String> = []
        for line in text.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indent)
            if rest.hasPrefix("# ") { rest = rest.dropFirst(2) }
            guard let colon = rest.firstIndex(of: ":"),
                rest[..<colon].allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "_" }), colon != rest.startIndex
            else { continue }
            while let last = stack.last, last.indent >= indent { stack.removeLast() }
            stack.append((indent, String(rest[..<colon])))
            paths.insert(stack.map(\.key).joined(separator: "."))
        }
        return paths
    }
}
