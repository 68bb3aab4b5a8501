import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init(prefix: String = "umctl-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    public var path: String { url.path }

    /// Writes `text` to `relativePath`, creating folders as needed.
    public func write(_ text: String, to relativePath: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    public func read(_ relativePath: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Copies the example deployment's Environments/ folder into this folder.
    public func copyExampleEnvironments() throws {
        try FileManager.default.copyItem(at: PackagePaths.environments, to: url.appendingPathComponent("Environments"))
    }

    /// Reads every file below `relativePath` with its bytes, for before-and-after comparisons.
    public func snapshot(_ relativePath: String = "") -> [String: Data] {
        let base = relativePath.isEmpty ? url : url.appendingPathComponent(relativePath)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [:] }
        var files: [String: Data] = [:]
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = base.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
