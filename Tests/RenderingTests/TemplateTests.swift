import Testing

@testable import Rendering

/// Names that the templates below refer to, shaped like a small deployment.
private let deployment: [String: Tree] = [
    "identity.server_name": .string("matrix.example.org"),
    "identity.admin_contact": .null,
    "platform.metrics": .bool(true),
    "security.registration": .bool(false),
    "server.port": .int(8008),
    "sso.scopes": .list([.string("openid"), .string("profile")]),
    "storage.limits": .map([Tree.Entry("upload", .string("100M")), Tree.Entry("avatar", .string("1M"))]),
]

private func render(_ text: String) throws -> [Tree] {
    try Template(name: "test.yaml", text: text).render(in: Scope(deployment))
}

/// Renders `text` and returns its only document.
private func renderOne(_ text: String) throws -> Tree {
    let trees = try render(text)
    try #require(trees.count == 1)
    return trees[0]
}

@Suite struct TemplateTests {
    @Test func placeholderKeepsValueType() throws {
        let tree = try renderOne(
            """
            metrics: "{{ platform.metrics }}"
            port: "{{ server.port }}"
            scopes: "{{ sso.scopes }}"
            limits: "{{ storage.limits }}"
            name: "{{ identity.server_name }}"
            padded: " {{ server.port }} "
            """)

        #expect(tree["metrics"] == .bool(true))
        #expect(tree["port"] == .int(8008))
        #expect(tree["scopes"] == .list([.string("openid"), .string("profile")]))
        #expect(tree["limits"] == .map([Tree.Entry("upload", .string("100M")), Tree.Entry("avatar", .string("1M"))]))
        #expect(tree["name"] == .string("matrix.example.org"))
        #expect(tree["padded"] == .int(8008))
    }

    @Test func interpolationBuildsText() throws {
        let tree = try renderOne(
            """
            url: "https://{{ identity.server_name }}:{{ server.port }}/"
            flag: "metrics={{ platform.metrics }}"
            scopes: "{{ sso.scopes }} email"
            empty: "contact:{{ identity.admin_contact }}"
            """)

        #expect(tree["url"] == .string("https://matrix.example.org:8008/"))
        #expect(tree["flag"] == .string("metrics=true"))
        #expect(tree["scopes"] == .string("openid profile email"))
        #expect(tree["empty"] == .string("contact:"))
    }

    @Test func interpolatedKeyRendered() throws {
        let tree = try renderOne(
            """
            "{{ identity.server_name }}/port": 1
            """)

        #expect(tree == .map([Tree.Entry("matrix.example.org/port", .int(1))]))
    }

    @Test func ifKeyMergesWhenTrue() throws {
        let tree = try renderOne(
            """
            name: synapse
            $if platform.metrics:
              enable_metrics: true
              metrics_port: 9000
            $if security.registration:
              enable_registration: true
            last: 1
            """)

        #expect(
            tree
                == .map([
                    Tree.Entry("name", .string("synapse")),
                    Tree.Entry("enable_metrics", .bool(true)),
                    Tree.Entry("metrics_port", .int(9000)),
                    Tree.Entry("last", .int(1)),
                ]))
    }

    @Test func mergedKeyReplacesEarlierKey() throws {
        let tree = try renderOne(
            """
            enable_metrics: false
            other: 1
            $if platform.metrics:
              enable_metrics: true
            """)

        #expect(tree == .map([Tree.Entry("other", .int(1)), Tree.Entry("enable_metrics", .bool(true))]))
    }

    @Test func eachKeyMergesOverList() throws {
        let tree = try renderOne(
            """
            name: scopes
            $each scope in sso.scopes:
              "scope_{{ scope }}": "{{ scope }}"
            """)

        #expect(
            tree
                == .map([
                    Tree.Entry("name", .string("scopes")),
                    Tree.Entry("scope_openid", .string("openid")),
                    Tree.Entry("scope_profile", .string("profile")),
                ]))
    }

    @Test func eachKeyMergesOverMap() throws {
        let tree = try renderOne(
            """
            name: limits
            $each limit in storage.limits:
              "max_{{ limit.key }}": "{{ limit.value }}"
            """)

        #expect(
            tree
                == .map([
                    Tree.Entry("name", .string("limits")),
                    Tree.Entry("max_upload", .string("100M")),
                    Tree.Entry("max_avatar", .string("1M")),
                ]))
    }

    @Test func eachOverNullAddsNothing() throws {
        let tree = try renderOne(
            """
            $each contact in identity.admin_contact:
              "{{ contact }}": true
            kept: 1
            """)

        #expect(tree == .map([Tree.Entry("kept", .int(1))]))
    }

    @Test func eachOverScalarFails() throws {
        let error = #expect(throws: TemplateError.self) {
            try render("$each port in server.port:\n  a: 1\nb: 2\n")
        }

        #expect(error?.message == "'server.port' is not a list")
    }

    @Test func listEachItemExpands() throws {
        let tree = try renderOne(
            """
            scopes:
              - email
              - $each: scope in sso.scopes
                $item: "{{ scope }}"
              - $each: scope in sso.scopes
                $if: scope != 'openid'
                $item:
                  name: "{{ scope }}"
            """)

        #expect(
            tree["scopes"]
                == .list([
                    .string("email"),
                    .string("openid"),
                    .string("profile"),
                    .map([Tree.Entry("name", .string("profile"))]),
                ]))
    }

    @Test func listIfItemFiltered() throws {
        let tree = try renderOne(
            """
            listeners:
              - client
              - $if: platform.metrics
                $item: metrics
              - $if: security.registration
                $item: registration
            """)

        #expect(tree["listeners"] == .list([.string("client"), .string("metrics")]))
    }

    @Test func valueIfPicksBranch() throws {
        let tree = try renderOne(
            """
            metrics:
              $if: platform.metrics
              $then: "{{ server.port }}"
              $else: off
            registration:
              $if: security.registration
              $then: open
              $else:
                mode: closed
            """)

        #expect(tree["metrics"] == .int(8008))
        #expect(tree["registration"] == .map([Tree.Entry("mode", .string("closed"))]))
    }

    @Test func valueIfWithoutElseDropsEntry() throws {
        let tree = try renderOne(
            """
            registration:
              $if: security.registration
              $then: open
            kept: 1
            """)

        #expect(tree == .map([Tree.Entry("kept", .int(1))]))
    }

    @Test func optionalDropsNullEntry() throws {
        let tree = try renderOne(
            """
            admin_contact: "{{ identity.admin_contact | optional }}"
            server_name: "{{ identity.server_name | optional }}"
            contacts:
              - "{{ identity.admin_contact | optional }}"
              - fixed
            """)

        #expect(tree["admin_contact"] == nil)
        #expect(tree["server_name"] == .string("matrix.example.org"))
        #expect(tree["contacts"] == .list([.string("fixed")]))
    }

    @Test func documentEachRepeatsDocument() throws {
        let trees = try render(
            """
            $each scope in sso.scopes:
              kind: Scope
              name: "{{ scope }}"
            ---
            kind: Summary
            """)

        #expect(
            trees == [
                .map([Tree.Entry("kind", .string("Scope")), Tree.Entry("name", .string("openid"))]),
                .map([Tree.Entry("kind", .string("Scope")), Tree.Entry("name", .string("profile"))]),
                .map([Tree.Entry("kind", .string("Summary"))]),
            ])
    }

    @Test func documentIfGuardsDocument() throws {
        let trees = try render(
            """
            $if security.registration:
              kind: Registration
            ---
            $if platform.metrics:
              kind: ServiceMonitor
            """)

        #expect(trees == [.map([Tree.Entry("kind", .string("ServiceMonitor"))])])
    }

    @Test func quotedScalarsStayStrings() throws {
        let tree = try renderOne(
            """
            single: 'true'
            double: "10"
            null_word: 'null'
            tagged: !!str 5
            block: |
              8008
            last: x
            """)

        #expect(tree["single"] == .string("true"))
        #expect(tree["double"] == .string("10"))
        #expect(tree["null_word"] == .string("null"))
        #expect(tree["tagged"] == .string("5"))
        #expect(tree["block"] == .string("8008\n"))
    }

    @Test func plainScalarsTyped() throws {
        let tree = try renderOne(
            """
            enabled: true
            disabled: false
            port: 10
            negative: -3
            ratio: 0.5
            nothing: null
            tilde: ~
            empty:
            word: text
            """)

        #expect(tree["enabled"] == .bool(true))
        #expect(tree["disabled"] == .bool(false))
        #expect(tree["port"] == .int(10))
        #expect(tree["negative"] == .int(-3))
        #expect(tree["ratio"] == .number(0.5))
        #expect(tree["nothing"] == .null)
        #expect(tree["tilde"] == .null)
        #expect(tree["empty"] == .null)
        #expect(tree["word"] == .string("text"))
    }

    @Test func unknownNameLocatesError() throws {
        let template = try Template(
            name: "synapse/homeserver.yaml",
            text: """
                server_name: "{{ identity.server_name }}"
                listeners:
                  - port: "{{ identity.missing }}"
                """)

        let error = #expect(throws: TemplateError.self) {
            try template.render(in: Scope(deployment))
        }
        #expect(error?.message == "unknown name 'identity.missing'")
        #expect(error?.location == "synapse/homeserver.yaml:3:11")
        #expect(error?.description == "synapse/homeserver.yaml:3:11: unknown name 'identity.missing'")
    }

    @Test func unclosedPlaceholderFails() throws {
        let error = #expect(throws: TemplateError.self) {
            try render("name: \"x {{ identity.server_name\"\n")
        }

        #expect(error?.message == "unclosed '{{' in 'x {{ identity.server_name'")
        #expect(error?.location == "test.yaml:1:7")
    }

    @Test func invalidYAMLLocatesError() throws {
        let error = #expect(throws: TemplateError.self) {
            try Template(name: "sygnal/sygnal.yaml", text: "apps:\n\tkey: 1\n")
        }

        #expect(error?.message == "invalid YAML: found character that cannot start any token")
        #expect(error?.location == "sygnal/sygnal.yaml:2:1")
    }

    @Test func mergeKeyNeedsMapping() throws {
        let error = #expect(throws: TemplateError.self) {
            try render("name: x\n$if platform.metrics: 1\n")
        }

        #expect(error?.message == "a '$if' or '$each' key needs a mapping as its value")
        #expect(error?.location == "test.yaml:2:23")
    }
}
