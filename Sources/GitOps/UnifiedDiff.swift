/// Line-based unified diffs, in the format `git diff` prints.
public enum UnifiedDiff {
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// Returns the diff of `old` to `new` with three lines of context, or "" when they are equal.
    /// Nil text stands for a missing file, shown as /dev/null.
    public static func diff(old: String?, new: String?, path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let oldLines = lines(old), newLines = lines(new)
        let edits = Self.edits(oldLines, newLines)
        var output = "--- \(old == nil ? "/dev/null" : "a/\(path)")\n+++ \(new == nil ? "/dev/null" : "b/\(path)")\n"
        for hunk in hunks(edits, context: context) { output += hunk }
        return output
    }

    private static func lines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Computes a shortest edit script from the longest common subsequence of lines.
    static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        let n = old.count, m = new.count
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                edits.append(.same(old[i]))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Removals come first, as in git's output.
                edits.append(.removed(old[i]))
                i += 1
            } else {
                edits.append(.added(new[j]))
                j += 1
            }
        }
        return edits
    }

    private static func hunks(_ edits: [Edit], context: Int) -> [String] {
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        guard !changed.isEmpty else { return [] }
        // Group changes whose context windows touch into one hunk.
        var groups: [(start: Int, end: Int)] = []
        for index in changed {
            let start = max(0, index - context), end = min(edits.count - 1, index + context)
            if let last = groups.last, start <= last.end + 1 {
                groups[groups.count - 1].end = end
            } else {
                groups.append((start, end))
            }
        }
        var oldLine = [Int](repeating: 0, count: edits.count + 1)
        var newLine = [Int](repeating: 0, count: edits.count + 1)
        for (index, edit) in edits.enumerated() {
            oldLine[index + 1] = oldLine[index] + (isOld(edit) ? 1 : 0)
            newLine[index + 1] = newLine[index] + (isNew(edit) ? 1 : 0)
        }
        return groups.map { group in
            let slice = edits[group.start...group.end]
            let oldCount = slice.filter(isOld).count, newCount = slice.filter(isNew).count
            let oldStart = oldCount == 0 ? oldLine[group.start] : oldLine[group.start] + 1
            let newStart = newCount == 0 ? newLine[group.start] : newLine[group.start] + 1
            var text = "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in slice {
                switch edit {
                case .same(let line): text += " \(line)\n"
                case .removed(let line): text += "-\(line)\n"
                case .added(let line): text += "+\(line)\n"
                }
            }
            return text
        }
    }

    private static func isOld(_ edit: Edit) -> Bool {
        if case .added = edit { return false }
        return true
    }

    private static func isNew(_ edit: Edit) -> Bool {
        if case .removed = edit { return false }
        return true
    }
}
