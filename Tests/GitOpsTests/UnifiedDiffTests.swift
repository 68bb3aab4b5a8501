import Testing

@testable import GitOps

@Suite struct UnifiedDiffTests {
    @Test func equalTextsGiveNoDiff() {
        #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", path: "f") == "")
    }

    @Test func changedLineWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(
            UnifiedDiff.diff(old: old, new: new, path: "f.yaml") == """
                --- a/f.yaml
                +++ b/f.yaml
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func addedFileComesFromDevNull() {
        #expect(UnifiedDiff.diff(old: nil, new: "x\n", path: "f") == "--- /dev/null\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n")
    }

    @Test func removedFileGoesToDevNull() {
        #expect(UnifiedDiff.diff(old: "x\ny\n", new: nil, path: "f") == "--- a/f\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n")
    }

    @Test func distantChangesMakeTwoHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n").replacingOccurrences(of: "\n19\n", with: "\nnineteen\n")
        let diff = UnifiedDiff.diff(old: old, new: new, path: "f")
        #expect(diff.components(separatedBy: "\n@@ ").count == 3)
        #expect(diff.contains("@@ -1,5 +1,5 @@\n"))
        #expect(diff.contains("@@ -16,5 +16,5 @@\n"))
    }
}
