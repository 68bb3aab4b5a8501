import Foundation

/// Paths of the package under test, found from this source file's location.
public enum PackagePaths {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var templates: URL { root.appendingPathComponent("Templates") }
    public static var environments: URL { root.appendingPathComponent("Environments") }

    /// The shared upstream data beside the repository, when this checkout has it.
    public static var upstream: URL? {
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/upstream")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }
}
