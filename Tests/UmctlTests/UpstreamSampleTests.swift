import Foundation
import TestSupport
import Testing
import YAML

/// Element ignores unknown keys and Keycloak rejects a whole realm for one unknown field, so
/// every key umctl renders must be one the upstream program accepts. The upstream sample
/// configurations are the reference; a few keys they happen not to use are listed with the
/// upstream type that declares them.
@Suite(.enabled(if: PackagePaths.upstream != nil, "the upstream sample configurations are absent, so there is nothing to compare with"))
struct UpstreamSampleTests {
    /// Fields of Keycloak 26's RealmRepresentation that the sample realms leave out.
    static let realmFieldsBeyondSamples: Set<String> = ["displayName", "displayNameHtml", "passwordPolicy"]
    /// Keys of Element Web's IConfigOptions that the sample configs leave out.
    static let elementKeysBeyondSamples: Set<String> = [
        "branding", "embedded_pages", "help_url", "mobile_guide_toast", "permalink_prefix", "sso_redirect_options",
        "branding.auth_footer_links", "branding.auth_header_logo_url", "branding.welcome_background_url",
        "sso_redirect_options.immediate",
    ]

    let folder: TemporaryFolder

    init() throws {
        folder = try exampleWorkspace()
        let run = CLI.run(["render", "--env", "beta"], in: folder.url)
        try #require(run.status == 0, "\(run.stderr)")
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func samples(_ folder: String) throws -> [[String: Any]] {
        let directory = try #require(PackagePaths.upstream).appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .filter { $0.hasSuffix(".json") }
            .map { try json(directory.appendingPathComponent($0)) }
    }

    @Test func realmFieldsAreKeycloakFields() throws {
        let references = try samples("clients/keycloak")
        let realmFields = Set(references.flatMap(\.keys)).union(Self.realmFieldsBeyondSamples)
        let clientFields = Set(references.flatMap { ($0["clients"] as? [[String: Any]] ?? []).flatMap(\.keys) })
        let actionFields = Set(references.flatMap { ($0["requiredActions"] as? [[String: Any]] ?? []).flatMap(\.keys) })

        let realm = try json(folder.url.appendingPathComponent("rendered/beta/keycloak/realm.json"))
        #expect(Set(realm.keys).subtracting(realmFields).isEmpty, "unknown realm fields: \(Set(realm.keys).subtracting(realmFields))")
        for client in realm["clients"] as? [[String: Any]] ?? [] {
            #expect(
                Set(client.keys).subtracting(clientFields).isEmpty, "unknown client fields: \(Set(client.keys).subtracting(clientFields))")
        }
        for action in realm["requiredActions"] as? [[String: Any]] ?? [] {
            #expect(Set(action.keys).subtracting(actionFields).isEmpty)
        }
    }

    @Test func elementKeysAreConfigOptions() throws {
        let references = try samples("clients/element")
        var known = Self.elementKeysBeyondSamples
        for reference in references {
            for (key, value) in reference {
                known.insert(key)
                guard let nested = value as? [String: Any] else { continue }
                for name in nested.keys { known.insert("\(key).\(name)") }
            }
        }
        let config = try json(folder.url.appendingPathComponent("rendered/beta/element/config.json"))
        for (key, value) in config {
            #expect(known.contains(key), "Element does not know '\(key)'")
            guard key != "setting_defaults", key != "default_server_config", let nested = value as? [String: Any] else { continue }
            for name in nested.keys { #expect(known.contains("\(key).\(name)"), "Element does not know '\(key).\(name)'") }
        }
    }

    @Test func sygnalKeysAppearInSample() throws {
        let sample = try String(
            contentsOf: try #require(PackagePaths.upstream).appendingPathComponent("clients/sygnal/upstream-element-hq-sygnal.yaml.sample"),
            encoding: .utf8)
        let rendered = try Parser.parse(try folder.read("rendered/beta/sygnal/sygnal.yaml"))
        let sampleRoot = try Parser.parse(sample)
        for pair in rendered.pairs ?? [] {
            let key = try #require(pair.key.scalarText)
            #expect(sampleRoot[key] != nil, "the Sygnal sample has no top-level '\(key)'")
        }
        // The sample documents app keys in comments, as "#  key: value".
        for app in rendered["apps"]?.pairs ?? [] {
            for field in app.value.pairs ?? [] {
                let key = try #require(field.key.scalarText)
                #expect(
                    sample.range(of: "#\\s*#?\\s*\(key):", options: .regularExpression) != nil, "the Sygnal sample never mentions '\(key)'")
            }
        }
    }

    /// Keys the Synapse 1.163 config loader reads that its published schema leaves out.
    static let synapseKeysBeyondSchema: Set<String> = ["server_notices.system_mxid_localpart"]

    /// Synapse accepts unknown keys without a word, so a misspelt key would be a setting that never applies.
    @Test func homeserverKeysAreInSynapseSchema() throws {
        let schemaURL = try #require(PackagePaths.upstream).appendingPathComponent("synapse/synapse-config.schema.yaml")
        let schema = try Parser.parse(try String(contentsOf: schemaURL, encoding: .utf8))
        let properties = try #require(schema["properties"])
        let homeserver = try Parser.parse(try folder.read("rendered/beta/synapse/homeserver.yaml"))
        for pair in homeserver.pairs ?? [] {
            let key = try #require(pair.key.scalarText)
            let declared = properties[key]
            #expect(declared != nil, "Synapse's schema has no top-level '\(key)'")
            guard let nested = declared?["properties"], let values = pair.value.pairs else { continue }
            for field in values {
                let name = try #require(field.key.scalarText)
                #expect(
                    nested[name] != nil || Self.synapseKeysBeyondSchema.contains("\(key).\(name)"),
                    "Synapse's schema has no '\(key).\(name)'")
            }
        }
    }
}
