import Testing

@testable import Rendering

private let names: [String: Tree] = [
    "features.calls": .string("jitsi"),
    "identity.admin_contact": .null,
    "identity.homepage": .string("https://Matrix.Example.org:8448/_matrix/client"),
    "platform.metrics": .bool(true),
    "security.registration": .bool(false),
    "server.port": .int(8008),
    "sso.scopes": .list([.string("openid"), .string("profile")]),
    "storage.limits": .map([Tree.Entry("upload", .string("100M"))]),
    "branding.footer": .string(#"<a href="/help">Tom & Jerry's</a>"#),
]

/// Evaluates `source` in the scope above. Nil means that an `optional` filter met null.
private func evaluate(_ source: String) throws -> Tree? {
    try Evaluator.evaluate(try Expression.parse(source), in: Scope(names))
}

@Suite struct ExpressionTests {
    @Test func precedenceBuildsTree() throws {
        #expect(try Expression.parse("a or b and not c") == .or(.name("a"), .and(.name("b"), .not(.name("c")))))
        #expect(try Expression.parse("not a == 'x'") == .not(.equal(.name("a"), .literal(.string("x")))))
        #expect(try Expression.parse("(a or b) and c") == .and(.or(.name("a"), .name("b")), .name("c")))
        #expect(
            try Expression.parse("a | join(', ') != ''")
                == .notEqual(.filter(.name("a"), "join", [.literal(.string(", "))]), .literal(.string(""))))
    }

    @Test func literalsTyped() throws {
        #expect(try evaluate("'single'") == .string("single"))
        #expect(try evaluate("\"double\"") == .string("double"))
        #expect(try evaluate("42") == .int(42))
        #expect(try evaluate("0.17") == .number(0.17))
        #expect(try evaluate("true") == .bool(true))
        #expect(try evaluate("false") == .bool(false))
        #expect(try evaluate("null") == .null)
    }

    @Test func notNegatesTruthiness() throws {
        #expect(try evaluate("not platform.metrics") == .bool(false))
        #expect(try evaluate("not security.registration") == .bool(true))
        #expect(try evaluate("not identity.admin_contact") == .bool(true))
        #expect(try evaluate("not ''") == .bool(true))
        #expect(try evaluate("not 0") == .bool(true))
        #expect(try evaluate("not sso.scopes") == .bool(false))
        #expect(try evaluate("not not 'x'") == .bool(true))
    }

    @Test func andOrReturnBooleans() throws {
        #expect(try evaluate("platform.metrics and security.registration") == .bool(false))
        #expect(try evaluate("platform.metrics and 'yes'") == .bool(true))
        #expect(try evaluate("security.registration or server.port") == .bool(true))
        #expect(try evaluate("security.registration or ''") == .bool(false))
    }

    @Test func andOrShortCircuit() throws {
        #expect(try evaluate("security.registration and missing.name") == .bool(false))
        #expect(try evaluate("platform.metrics or missing.name") == .bool(true))
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try evaluate("true or false and false") == .bool(true))
        #expect(try evaluate("(true or false) and false") == .bool(false))
    }

    @Test func equalityComparesValues() throws {
        #expect(try evaluate("features.calls == 'jitsi'") == .bool(true))
        #expect(try evaluate("features.calls == \"off\"") == .bool(false))
        #expect(try evaluate("features.calls != 'off'") == .bool(true))
        #expect(try evaluate("server.port == 8008") == .bool(true))
        #expect(try evaluate("server.port != 8008") == .bool(false))
        #expect(try evaluate("identity.admin_contact == null") == .bool(true))
        #expect(try evaluate("server.port == '8008'") == .bool(false))
    }

    @Test func dottedNameLooksIntoMap() throws {
        #expect(try evaluate("storage.limits.upload") == .string("100M"))
        #expect(try evaluate("storage.limits.avatar") == .null)
    }

    @Test func unknownNameFails() throws {
        let error = #expect(throws: TemplateError.self) {
            try evaluate("features.video")
        }

        #expect(error?.message == "unknown name 'features.video'")
    }

    @Test(arguments: ["", "a ==", "(a", "a b", "'open", "a |", "a | 1", "a $ b", "a | join(','", "== a", "a and"])
    func badSyntaxFails(_ source: String) {
        #expect(throws: TemplateError.self) {
            try Expression.parse(source)
        }
    }

    @Test func badSyntaxMessageNamesToken() {
        let error = #expect(throws: TemplateError.self) {
            try Expression.parse("a b")
        }

        #expect(error?.message == "unexpected 'b' in expression 'a b'")
    }

    @Test func msFilterConvertsDuration() throws {
        #expect(try evaluate("'90d' | ms") == .int(7_776_000_000))
        #expect(try evaluate("'12h' | ms") == .int(43_200_000))
        #expect(try evaluate("'500ms' | ms") == .int(500))
        #expect(throws: TemplateError.self) { try evaluate("'soon' | ms") }
    }

    @Test func secondsFilterConvertsDuration() throws {
        #expect(try evaluate("'5m' | seconds") == .int(300))
        #expect(try evaluate("'1h' | seconds") == .int(3600))
        #expect(try evaluate("'2000ms' | seconds") == .int(2))
    }

    @Test func bytesFilterConvertsSize() throws {
        #expect(try evaluate("storage.limits.upload | bytes") == .int(104_857_600))
        #expect(try evaluate("'2G' | bytes") == .int(2_147_483_648))
        #expect(try evaluate("'512' | bytes") == .int(512))
        #expect(throws: TemplateError.self) { try evaluate("'1.5G' | bytes") }
    }

    @Test func hostFilterExtractsHost() throws {
        #expect(try evaluate("identity.homepage | host") == .string("matrix.example.org"))
        #expect(try evaluate("'https://user@[::1]:8448/' | host") == .string("[::1]"))
        #expect(throws: TemplateError.self) { try evaluate("'matrix.example.org' | host") }
    }

    @Test func slashFilterAddsOneSlash() throws {
        #expect(try evaluate("'https://chat.example.org' | slash") == .string("https://chat.example.org/"))
        #expect(try evaluate("'https://chat.example.org/' | slash") == .string("https://chat.example.org/"))
    }

    @Test func mailtoFilterPrefixesAddress() throws {
        #expect(try evaluate("'admin@example.org' | mailto") == .string("mailto:admin@example.org"))
    }

    @Test func htmlFilterEscapesMarkup() throws {
        #expect(
            try evaluate("branding.footer | html")
                == .string("&lt;a href=&quot;/help&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"))
    }

    @Test func secretFiltersSplitReference() throws {
        #expect(try evaluate("'synapse-secrets/signing.key' | secret_name") == .string("synapse-secrets"))
        #expect(try evaluate("'synapse-secrets/signing.key' | secret_key") == .string("signing.key"))
        #expect(try evaluate("'store/dir/key' | secret_key") == .string("dir/key"))
    }

    @Test func joinFilterUsesSeparator() throws {
        #expect(try evaluate("sso.scopes | join(',')") == .string("openid,profile"))
        #expect(try evaluate("sso.scopes | join") == .string("openid profile"))
        #expect(throws: TemplateError.self) { try evaluate("server.port | join") }
    }

    @Test func defaultFilterReplacesNull() throws {
        #expect(try evaluate("identity.admin_contact | default('nobody')") == .string("nobody"))
        #expect(try evaluate("features.calls | default('off')") == .string("jitsi"))
        #expect(try evaluate("security.registration | default(true)") == .bool(false))
        #expect(try evaluate("identity.admin_contact | default") == .null)
    }

    @Test func stringFilterFormatsScalars() throws {
        #expect(try evaluate("server.port | string") == .string("8008"))
        #expect(try evaluate("platform.metrics | string") == .string("true"))
        #expect(try evaluate("0.5 | string") == .string("0.5"))
        #expect(try evaluate("identity.admin_contact | string") == .string(""))
        #expect(try evaluate("sso.scopes | string") == .string("openid profile"))
    }

    @Test func claimFilterBuildsJinjaReference() throws {
        #expect(try evaluate("'preferred_username' | claim") == .string("{{ user.preferred_username }}"))
    }

    @Test func dnsLabelFilterReplacesSymbols() throws {
        #expect(try evaluate("'Klinik Nord_2.Test' | dns_label") == .string("klinik-nord-2-test"))
    }

    @Test func optionalFilterYieldsNilForNull() throws {
        #expect(try evaluate("identity.admin_contact | optional") == nil)
        #expect(try evaluate("features.calls | optional") == .string("jitsi"))
    }

    @Test func unknownFilterFails() throws {
        let error = #expect(throws: TemplateError.self) {
            try evaluate("features.calls | shout")
        }

        #expect(error?.message == "the filter 'shout' cannot convert string(\"jitsi\")")
    }

    @Test func filterRejectsWrongType() throws {
        #expect(throws: TemplateError.self) { try evaluate("server.port | ms") }
        #expect(throws: TemplateError.self) { try evaluate("platform.metrics | host") }
    }
}
