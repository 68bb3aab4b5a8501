import Testing

@testable import GitOps

@Suite struct PromotionLockTests {
    @Test func textRoundTrips() throws {
        let lock = PromotionLock(
            sourceEnvironment: "beta", sourceCommit: String(repeating: "a", count: 40), manifestCommit: String(repeating: "b", count: 40),
            manifestSHA256: String(repeating: "0", count: 64), promotedAt: PromotionLock.timestamp(seconds: 1767225600),
            promotedBy: "Release Manager <release@example.org>")
        #expect(lock.promotedAt == "2026-01-01T00:00:00Z")
        #expect(try PromotionLock(text: lock.text, file: "prod.lock") == lock)
        #expect(lock.text.hasPrefix("# Written by umctl promote."))
    }

    @Test func missingFieldNamesIt() {
        #expect {
            try PromotionLock(text: "source_environment: beta\n", file: "Environments/prod.lock")
        } throws: { error in
            "\(error)".contains("Environments/prod.lock: missing 'source_commit'")
        }
    }
}
