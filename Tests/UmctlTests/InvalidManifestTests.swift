import Foundation
import TestSupport
import Testing

/// A manifest mistake must fail with its position, option and hint, and leave rendered/ untouched.
@Suite struct InvalidManifestTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// Text to replace in the example manifest, and its replacement.
        var find: String
        var replace: String
        /// Line offset from the changed line, and column, of the reported position.
        var lineOffset: Int
        var column: Int
        var expectedCode: String
        var expectedOption: String?
        var expectedHint: String

        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "syntax error", find: "  presence: true\n", replace: "  presence: [true\n",
            // libyaml notices the unclosed flow sequence at the next key, on the following line.
            lineOffset: 1, column: 16, expectedCode: "UM001", expectedOption: nil,
            expectedHint: "check the indentation and quoting"),
        Case(
            name: "unknown option", find: "  url_previews: false\n", replace: "  url_preview: false\n",
            lineOffset: 0, column: 3, expectedCode: "UM003",
            expectedOption: "features.url_preview", expectedHint: "did you mean 'url_previews'?"),
        Case(
            name: "wrong type", find: "  guest_access: false\n", replace: "  guest_access: \"false\"\n",
            lineOffset: 0, column: 17, expectedCode: "UM004",
            expectedOption: "features.guest_access", expectedHint: "write true or false without quotes"),
    ]

    @Test(arguments: cases)
    func rejectedWithPosition(_ example: Case) throws {
        let folder = try exampleWorkspace()
        #expect(CLI.run(["render", "--all"], in: folder.url).status == 0)
        let before = folder.snapshot("rendered")

        let manifest = try folder.read("Environments/manifest.yaml")
        let changedLine = try #require(lineNumber(of: example.find, in: manifest), "the example manifest changed; update this test")
        let location = "Environments/manifest.yaml:\(changedLine + example.lineOffset):\(example.column):"
        try folder.write(manifest.replacingOccurrences(of: example.find, with: example.replace), to: "Environments/manifest.yaml")

        let run = CLI.run(["render", "--all"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(location) error: [\(example.expectedCode)]"), "\(run.stderr)")
        if let option = example.expectedOption {
            #expect(run.stderr.contains("option: \(option)"))
        }
        #expect(run.stderr.contains("hint: \(example.expectedHint)"))
        #expect(run.stderr.contains("nothing was written"))
        #expect(folder.snapshot("rendered") == before)
    }

    @Test func errorShowsSourceLineAndCaret() throws {
        let folder = try exampleWorkspace()
        let manifest = try folder.read("Environments/manifest.yaml")
        try folder.write(
            manifest.replacingOccurrences(of: "  session_lifetime: 30d\n", with: "  session_lifetime: 30 days\n"),
            to: "Environments/manifest.yaml")
        let run = CLI.run(["validate"], in: folder.url)
        #expect(run.status == 1)
        let lines = run.stderr.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.contains("[UM011]") })
        #expect(lines[header].hasPrefix("Environments/manifest.yaml:"))
        #expect(lines[header + 1].hasSuffix("|   session_lifetime: 30 days"))
        #expect(lines[header + 2].hasSuffix("|                     ^"))
        #expect(lines[header + 3] == "  option: security.session_lifetime")
    }

    @Test func environmentFileErrorNamesIt() throws {
        let folder = try exampleWorkspace()
        let beta = try folder.read("Environments/beta.yaml")
        try folder.write(beta + "\nfeatures:\n  registration: true\n", to: "Environments/beta.yaml")
        let run = CLI.run(["validate", "--env", "beta"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Environments/beta.yaml:"))
        #expect(run.stderr.contains("[UM008] 'features.registration' may not be set in an environment file"))
    }

    @Test func jsonFormatCarriesPositions() throws {
        let folder = try exampleWorkspace()
        let manifest = try folder.read("Environments/manifest.yaml")
        let line = try #require(lineNumber(of: "  labs: false\n", in: manifest))
        try folder.write(manifest.replacingOccurrences(of: "  labs: false\n", with: "  labs: maybe\n"), to: "Environments/manifest.yaml")
        let run = CLI.run(["validate", "--format", "json"], in: folder.url)
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "UM004")
        #expect(diagnostics.first?["option"] as? String == "features.labs")
        #expect(diagnostics.first?["line"] as? Int == line)
        #expect(diagnostics.first?["column"] as? Int == 9)
    }

    /// Returns the 1-based line on which `text` starts in `document`.
    private func lineNumber(of text: String, in document: String) -> Int? {
        guard let range = document.range(of: text) else { return nil }
        return document[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
