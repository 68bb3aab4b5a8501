import Git

/// Fixed signatures, so commit ids in tests do not depend on the clock.
enum Fixtures {
    static func author(at time: Int64 = 1_700_000_000) -> Signature {
        Signature(name: "Ada Lovelace", email: "ada@example.com", time: time, offsetMinutes: 60)
    }

    static func committer(at time: Int64 = 1_700_000_000) -> Signature {
        Signature(name: "umctl", email: "umctl@example.com", time: time, offsetMinutes: -300)
    }
}

extension Repository {
    /// Commits `prefixes` with the fixture signatures at `time`.
    func commitFixture(_ prefixes: [String], message: String, time: Int64 = 1_700_000_000) throws -> Repository.CommitOutcome {
        try commit(paths: prefixes, message: message, author: Fixtures.author(at: time), committer: Fixtures.committer(at: time))
    }
}

extension Repository.CommitOutcome {
    var info: CommitInfo? {
        if case .committed(let info, _) = self {
            return info
        }
        return nil
    }

    var changes: [FileChange]? {
        if case .committed(_, let changes) = self {
            return changes
        }
        return nil
    }
}
