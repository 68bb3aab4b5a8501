import Foundation

/// The Python oracle scripts of Tests/Oracles, available when `make test` set UMCTL_PYTHON.
public enum Oracles {
    public static var python: String? { ProcessInfo.processInfo.environment["UMCTL_PYTHON"] }

    /// True when the oracle tests should run. Under CI they always run, so a
    /// missing virtual environment fails them instead of skipping them.
    public static var available: Bool {
        if ProcessInfo.processInfo.environment["CI"] != nil { return true }
        guard let python else { return false }
        return FileManager.default.isExecutableFile(atPath: python)
    }

    /// Why oracle tests are skipped, for the test's disabled message.
    public static let skipReason =
        "UMCTL_PYTHON is not set; run 'make test' to create the virtual environment with Synapse and kubernetes-validate"

    public static func run(_ script: String, _ arguments: [String]) throws -> ProcessResult {
        let folder = PackagePaths.root.appendingPathComponent("Tests/Oracles")
        return try ProcessRunner.run(python ?? "python3", [folder.appendingPathComponent(script).path] + arguments)
    }
}
