import Foundation

/// A fresh folder under the system temporary directory, removed when the value is released.
final class TemporaryDirectory {
    /// Absolute path with symbolic links resolved, so it compares equal to paths libgit2 reports.
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("umctl-git-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.resolvingSymlinksInPath().path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Absolute path of `relativePath` inside this folder.
    func url(_ relativePath: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(relativePath)
    }

    /// Writes bytes to `relativePath`, creating missing parent folders.
    func write(_ relativePath: String, bytes: [UInt8]) throws {
        let target = url(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
    }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, bytes: Array(text.utf8))
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url(relativePath))
    }

    func makeExecutable(_ relativePath: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url(relativePath).path)
    }

    func makeSymbolicLink(_ relativePath: String, target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url(relativePath).path, withDestinationPath: target)
    }

    func read(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }
}
