import Foundation
import TestSupport

/// The git CLI, isolated from the user's global configuration, to check what umctl committed.
enum GitCommand {
    static let isolation = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]

    @discardableResult
    static func run(_ arguments: [String], in folder: URL) throws -> ProcessResult {
        try ProcessRunner.run(
            "git", ["-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments,
            in: folder, environment: isolation)
    }

    /// A new repository on branch main inside `folder`.
    static func initialize(_ folder: URL) throws {
        try run(["init", "-q", "-b", "main", "."], in: folder)
    }
}
