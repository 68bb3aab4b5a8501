import Foundation
import Manifest
import Rendering
import TestSupport
import Testing

@Suite struct CatalogCommandTests {
    @Test func optionsJSONListsWholeCatalog() throws {
        let run = CLI.run(["options", "--format", "json"], in: PackagePaths.root)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let options = try #require(json["options"] as? [[String: Any]])
        #expect(options.count >= 120)
        #expect(json["count"] as? Int == options.count)
        for option in options {
            let path = option["path"] as? String ?? "?"
            #expect((option["description"] as? String)?.isEmpty == false, "\(path) has no description")
            #expect((option["reaches"] as? [String])?.isEmpty == false, "\(path) reaches no rendered file")
            #expect(option["type"] is String, "\(path) has no type")
        }
    }

    @Test func committedOptionsDocIsCurrent() throws {
        let committed = try String(contentsOf: PackagePaths.root.appendingPathComponent("docs/options.md"), encoding: .utf8)
        #expect(
            committed == CatalogDocument.markdown(.standard),
            "docs/options.md is stale; run: umctl options --format markdown > docs/options.md")
    }

    @Test func explainShowsEveryOrigin() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["explain", "storage.postgres.pool_max"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  type         integer\n"))
        #expect(run.stdout.contains("  default      10\n"))
        #expect(run.stdout.contains("database.args.cp_max"))
        #expect(run.stdout.contains("    beta       10  (default)\n"))
        #expect(run.stdout.range(of: #"    prod       20  \(Environments/prod\.yaml:\d+:\d+\)"#, options: .regularExpression) != nil)
    }

    @Test func explainManifestOrigin() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["explain", "security.session_lifetime", "--env", "beta"], in: folder.url)
        #expect(run.status == 0)
        #expect(
            run.stdout.range(of: #"beta  30d  \(Environments/manifest\.yaml:\d+:21\)"#, options: .regularExpression) != nil,
            "\(run.stdout)")
        #expect(run.stdout.contains("scope        manifest only"))
    }

    @Test func explainUnknownSuggests() {
        let run = CLI.run(["explain", "features.url_preview"], in: PackagePaths.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'features.url_previews'?"))
    }

    @Test func explainSectionListsOptions() {
        let run = CLI.run(["explain", "security.retention"], in: PackagePaths.root)
        #expect(run.status == 0)
        #expect(run.stdout.contains("  security.retention.default_period\n"))
    }
}

/// The emitted JSON Schema judged by Python's jsonschema, the way an editor would use it.
@Suite(.enabled(if: Oracles.available, Comment(rawValue: Oracles.skipReason)))
struct SchemaOracleTests {
    /// Validates each YAML file against the schema; prints one line per file: the file, then the error messages.
    static let checker = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        failed = False
        for path in sys.argv[2:]:
            errors = sorted(e.message for e in validator.iter_errors(yaml.safe_load(open(path))))
            failed = failed or bool(errors)
            print(path, json.dumps(errors))
        sys.exit(1 if failed else 0)
        """

    private func check(schemaArguments: [String], files: [String]) throws -> ProcessResult {
        let folder = try TemporaryFolder()
        let run = CLI.run(["schema"] + schemaArguments, in: PackagePaths.root)
        try #require(run.status == 0)
        try folder.write(run.stdout, to: "schema.json")
        try folder.write(Self.checker, to: "check.py")
        return try ProcessRunner.run(Oracles.python ?? "python3", [folder.path + "/check.py", folder.path + "/schema.json"] + files)
    }

    @Test func exampleManifestMatchesSchema() throws {
        let result = try check(schemaArguments: [], files: [PackagePaths.environments.appendingPathComponent("manifest.yaml").path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func environmentFilesMatchSchema() throws {
        let files = ["beta", "prod", "satellite"].map { PackagePaths.environments.appendingPathComponent("\($0).yaml").path }
        let result = try check(schemaArguments: ["--environment"], files: files)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func unknownKeyFailsSchema() throws {
        let folder = try exampleWorkspace()
        let manifest = try folder.read("Environments/manifest.yaml")
        try folder.write(manifest.replacingOccurrences(of: "  url_previews: false", with: "  url_preview: false"), to: "bad.yaml")
        let result = try check(schemaArguments: [], files: [folder.path + "/bad.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("'url_preview' was unexpected"), "\(result.output)")
    }

    @Test func wrongTypeFailsSchema() throws {
        let folder = try exampleWorkspace()
        try folder.write("features:\n  guest_access: \"false\"\nsecurity:\n  session_lifetime: 30 days\n", to: "bad.yaml")
        let result = try check(schemaArguments: [], files: [folder.path + "/bad.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("'false' is not of type 'boolean'"), "\(result.output)")
        #expect(result.stdout.contains("'30 days' does not match"), "\(result.output)")
    }
}
