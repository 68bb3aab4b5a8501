import Foundation
import Rendering

/// Writes an environment's rendered files to `<out>/<env>/` so that readers
/// only ever see the old tree or the new one.
///
/// Files go to a temporary folder beside the target, on the same file
/// system, and that folder replaces the old one by rename. An interrupted run
/// leaves the old tree in place and at most a `.umctl-*` folder behind.
public struct OutputTree: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The result of `write` for one environment's folder.
    public struct Outcome: Sendable, Equatable {
        public var environment: String
        public var added: [String]
        public var changed: [String]
        public var removed: [String]

        public var isUnchanged: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
    }

    /// Reads the files currently under `<out>/<env>/`, keyed by path relative to that folder.
    public func existingFiles(of environment: String) -> [String: [UInt8]] {
        let folder = root.appendingPathComponent(environment)
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        var files: [String: [UInt8]] = [:]
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            files[relative] = Array(data)
        }
        return files
    }

    /// Compares `rendered` with the folder on disk without writing anything.
    public func plan(_ rendered: RenderedEnvironment) -> Outcome {
        let existing = existingFiles(of: rendered.environment)
        var outcome = Outcome(environment: rendered.environment, added: [], changed: [], removed: [])
        for file in rendered.files {
            switch existing[file.path] {
            case nil: outcome.added.append(file.path)
            case let bytes? where bytes != Array(file.contents.utf8): outcome.changed.append(file.path)
            default: break
            }
        }
        let renderedPaths = Set(rendered.files.map(\.path))
        outcome.removed = existing.keys.filter { !renderedPaths.contains($0) }.sorted()
        return outcome
    }

    /// Replaces `<out>/<env>/` with exactly the rendered files, unless nothing would change.
    @discardableResult
    public func write(_ rendered: RenderedEnvironment) throws(OutputError) -> Outcome {
        let outcome = plan(rendered)
        guard !outcome.isUnchanged else { return outcome }

        let manager = FileManager.default
        let target = root.appendingPathComponent(rendered.environment)
        let staging = root.appendingPathComponent(".umctl-new-\(rendered.environment)-\(getpid())")
        let retired = root.appendingPathComponent(".umctl-old-\(rendered.environment)-\(getpid())")
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
            try? manager.removeItem(at: staging)
            for file in rendered.files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw OutputError(path: staging.path, reason: "cannot write the rendered files: \(error.localizedDescription)")
        }
        try Self.replace(target, with: staging, retiring: retired)
        return outcome
    }

    /// Puts `staging` where `target` is: one atomic exchange when the target
    /// exists, else one rename.
    private static func replace(_ target: URL, with staging: URL, retiring retired: URL) throws(OutputError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: target.path) {
            if AtomicExchange.exchange(staging.path, target.path) {
                try? manager.removeItem(at: staging)
                return
            }
            // Without renameat2 there is a short window between two renames;
            // the old tree is kept at `retired` until the new one is in place.
            guard rename(target.path, retired.path) == 0 else {
                throw OutputError(path: target.path, reason: "cannot move the old folder aside: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(staging.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(retired.path, target.path)
            throw OutputError(path: target.path, reason: "cannot move the new folder into place: \(reason)")
        }
        try? manager.removeItem(at: retired)
    }
}

/// A failure to write rendered files; the CLI exits with status 5 for it.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
