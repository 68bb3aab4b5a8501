import Foundation
import Rendering

/// Compares what the manifest renders to with the committed and the checked-out rendered files.
public enum DriftCheck {
    public struct DriftedFile: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable {
            /// The file differs from the render.
            case modified
            /// The render has the file; the tree lacks it.
            case missing
            /// The tree has a file that the render does not produce.
            case unexpected
        }

        public enum Location: String, Sendable {
            case committed = "committed"
            case workTree = "work tree"
        }

        /// The path from the repository root, such as `rendered/prod/synapse/homeserver.yaml`.
        public var path: String
        public var kind: Kind
        public var location: Location

        public var description: String { "\(path): \(kind.rawValue) (\(location.rawValue))" }
    }

    /// Lists the files of `folder` that disagree with `rendered`, first in the commit, then in the work tree.
    public static func compare(
        _ rendered: RenderedEnvironment, committed: [String: [UInt8]], workTree: [String: [UInt8]], folder: String
    ) -> [DriftedFile] {
        var drifted: [DriftedFile] = []
        for (location, files) in [(DriftedFile.Location.committed, committed), (.workTree, workTree)] {
            for file in rendered.files {
                switch files[file.path] {
                case nil: drifted.append(DriftedFile(path: "\(folder)/\(file.path)", kind: .missing, location: location))
                case let bytes? where bytes != Array(file.contents.utf8):
                    drifted.append(DriftedFile(path: "\(folder)/\(file.path)", kind: .modified, location: location))
                default: break
                }
            }
            let expected = Set(rendered.files.map(\.path))
            for path in files.keys.sorted() where !expected.contains(path) {
                drifted.append(DriftedFile(path: "\(folder)/\(path)", kind: .unexpected, location: location))
            }
        }
        return drifted
    }
}
