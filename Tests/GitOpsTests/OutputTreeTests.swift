import Foundation
import Rendering
import TestSupport
import Testing

@testable import GitOps

@Suite struct OutputTreeTests {
    private func environment(_ files: [String: String]) -> RenderedEnvironment {
        RenderedEnvironment(environment: "beta", files: files.map { RenderedFile(path: $0.key, contents: $0.value, documents: []) })
    }

    @Test func writeReplacesWholeFolder() throws {
        let folder = try TemporaryFolder()
        let tree = OutputTree(root: folder.url)
        let first = try tree.write(environment(["a.yaml": "1\n", "sub/b.json": "{}\n"]))
        #expect(first.added == ["a.yaml", "sub/b.json"])
        let second = try tree.write(environment(["a.yaml": "2\n", "c.yaml": "3\n"]))
        #expect(second.changed == ["a.yaml"])
        #expect(second.added == ["c.yaml"])
        #expect(second.removed == ["sub/b.json"])
        #expect(Set(folder.snapshot("beta").keys) == ["a.yaml", "c.yaml"])
        // Nothing of the staging or retired folders is left beside the target.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["beta"])
    }

    @Test func unchangedWriteTouchesNothing() throws {
        let folder = try TemporaryFolder()
        let tree = OutputTree(root: folder.url)
        try tree.write(environment(["a.yaml": "1\n"]))
        let path = folder.url.appendingPathComponent("beta/a.yaml").path
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try tree.write(environment(["a.yaml": "1\n"])).isUnchanged)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
    }

    @Test func exchangeSwapsFolders() throws {
        let folder = try TemporaryFolder()
        try folder.write("old", to: "one/file")
        try folder.write("new", to: "two/file")
        #expect(AtomicExchange.exchange(folder.url.appendingPathComponent("one").path, folder.url.appendingPathComponent("two").path))
        #expect(try folder.read("one/file") == "new")
        #expect(try folder.read("two/file") == "old")
    }
}
