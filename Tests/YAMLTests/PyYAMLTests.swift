import Foundation
import Testing
import YAML

/// Round trips through PyYAML, the YAML 1.1 reader that Synapse loads its configuration with.
@Suite struct PyYAMLTests {
    static let pyYAMLAvailable: Bool = {
        guard let result = try? runPython(["-c", "import yaml"]) else { return false }
        return result.status == 0
    }()

    @Test(.enabled(if: pyYAMLAvailable, "python3 cannot import yaml; install PyYAML (Debian package python3-yaml) to run this test"))
    func trickyStringsLoadAsStrings() throws {
        let root = Node.mapping(trickyStrings.map { Node.Pair(key: .string($0), value: .string($0)) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("umctl-pyyaml-\(UUID().uuidString).yaml")
        try Data(try Emitter.emit(root).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let script = """
            import json, sys, yaml
            with open(sys.argv[1], encoding="utf-8") as handle:
                print(json.dumps(yaml.safe_load(handle)))
            """
        let result = try Self.runPython(["-c", script, file.path])
        try #require(result.status == 0, "PyYAML failed: \(result.stderr)")

        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let loaded = try #require(object as? [String: Any])
        #expect(loaded.count == trickyStrings.count)
        for text in trickyStrings {
            #expect(loaded[text] as? String == text, "PyYAML read \(text.debugDescription) as \(String(describing: loaded[text]))")
        }
    }

    private static func runPython(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // stderr receives at most a short traceback, so it cannot fill its pipe while stdout is read.
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
