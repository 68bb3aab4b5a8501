import Foundation
import YAML

/// `Environments/<env>.lock`: the record that an environment renders from a
/// promoted manifest revision instead of the working tree.
public struct PromotionLock: Sendable, Equatable {
    public var sourceEnvironment: String
    /// The commit that last rendered the source environment when it was promoted.
    public var sourceCommit: String
    /// The commit whose `Environments/manifest.yaml` the environment renders from. It equals
    /// `sourceCommit` unless the source was itself locked to an earlier revision.
    public var manifestCommit: String
    public var manifestSHA256: String
    /// ISO 8601 time of the promotion, in UTC.
    public var promotedAt: String
    /// The promoting author as `Name <email>`.
    public var promotedBy: String

    public init(
        sourceEnvironment: String, sourceCommit: String, manifestCommit: String, manifestSHA256: String, promotedAt: String,
        promotedBy: String
    ) {
        self.sourceEnvironment = sourceEnvironment
        self.sourceCommit = sourceCommit
        self.manifestCommit = manifestCommit
        self.manifestSHA256 = manifestSHA256
        self.promotedAt = promotedAt
        self.promotedBy = promotedBy
    }

    public static func path(for environment: String) -> String { "Environments/\(environment).lock" }

    /// Parses a lock file; throws with the missing or invalid key.
    public init(text: String, file: String) throws(GitOpsError) {
        let root: Node
        do {
            root = try Parser.parse(text)
        } catch {
            throw .io("\(file):\(error.mark): invalid YAML: \(error.problem)")
        }
        func field(_ key: String) throws(GitOpsError) -> String {
            guard let value = root[key]?.scalarText, !value.isEmpty else {
                throw .io("\(file): missing '\(key)'; restore the file from git or promote again")
            }
            return value
        }
        sourceEnvironment = try field("source_environment")
        sourceCommit = try field("source_commit")
        manifestCommit = try field("manifest_commit")
        manifestSHA256 = try field("manifest_sha256")
        promotedAt = try field("promoted_at")
        promotedBy = try field("promoted_by")
    }

    public var text: String {
        let entries: [(String, String)] = [
            ("source_environment", sourceEnvironment), ("source_commit", sourceCommit),
            ("manifest_commit", manifestCommit), ("manifest_sha256", manifestSHA256), ("promoted_at", promotedAt),
            ("promoted_by", promotedBy),
        ]
        let node = Node.mapping(entries.map { Node.Pair(key: .string($0.0), value: .string($0.1)) })
        let body = (try? Emitter.emit(node)) ?? ""
        return "# Written by umctl promote. While this file exists, umctl renders this environment\n"
            + "# from Environments/manifest.yaml as of manifest_commit; promote again to move it.\n" + body
    }

    /// Formats a time as promote records it, for example 2026-12-04T21:40:00Z.
    public static func timestamp(seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
