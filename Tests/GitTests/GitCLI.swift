import Foundation

/// Output of one `git` CLI run.
struct CommandResult {
    var status: Int32
    var output: [UInt8]
    var errorOutput: String

    var text: String { String(decoding: output, as: UTF8.self) }

    /// Output lines without the final newline.
    var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
}

/// Runs the real `git` program to check what libgit2 wrote.
enum GitCLI {
    /// Runs `git -C directory arguments...` with the user's and system's git
    /// config hidden, so a developer's settings cannot change test results.
    static func run(_ arguments: [String], in directory: String) throws -> CommandResult {
        let scratch = try TemporaryDirectory()
        let outputURL = scratch.url("stdout")
        let errorURL = scratch.url("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        process.environment = environment()
        // Files instead of pipes, because a full pipe buffer would block git before it exits.
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        try outputHandle.close()
        try errorHandle.close()

        return CommandResult(
            status: process.terminationStatus,
            output: Array(try Data(contentsOf: outputURL)),
            errorOutput: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
        )
    }

    static func run(_ arguments: String..., in directory: String) throws -> CommandResult {
        try run(arguments, in: directory)
    }

    private static func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("GIT_") {
            environment[key] = nil
        }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_NAME"] = "CLI Author"
        environment["GIT_AUTHOR_EMAIL"] = "cli@example.com"
        environment["GIT_COMMITTER_NAME"] = "CLI Committer"
        environment["GIT_COMMITTER_EMAIL"] = "cli@example.com"
        environment["LC_ALL"] = "C"
        return environment
    }
}
