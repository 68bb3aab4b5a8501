import Foundation
import TestSupport
import Testing
import YAML

@Suite struct RenderCommandTests {
    @Test func exampleValidatesClean() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["validate", "--all"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == "beta: valid\nprod: valid\nsatellite: valid\n")
    }

    @Test func renderWritesEveryOutputFile() throws {
        let folder = try exampleWorkspace()
        let run = CLI.run(["render", "--all"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        for environment in exampleEnvironments {
            #expect(Set(folder.snapshot("rendered/\(environment)").keys) == expectedRenderedFiles)
        }
    }

    @Test func secondRenderIsByteIdentical() throws {
        let folder = try exampleWorkspace()
        #expect(CLI.run(["render", "--all"], in: folder.url).status == 0)
        let first = folder.snapshot("rendered")
        let second = CLI.run(["render", "--all"], in: folder.url)
        #expect(second.status == 0)
        #expect(folder.snapshot("rendered") == first)
        #expect(second.stdout.components(separatedBy: "unchanged").count - 1 == exampleEnvironments.count)
    }

    @Test func renderToSeparateOutputFolder() throws {
        let folder = try exampleWorkspace()
        let out = try TemporaryFolder(prefix: "umctl-out")
        let run = CLI.run(["render", "--env", "prod", "--out", out.path], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Set(out.snapshot("prod").keys) == expectedRenderedFiles)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("rendered").path))
    }

    @Test func staleFilesAreRemoved() throws {
        let folder = try exampleWorkspace()
        #expect(CLI.run(["render", "--env", "beta"], in: folder.url).status == 0)
        try folder.write("left over", to: "rendered/beta/openshift/old.yaml")
        let run = CLI.run(["render", "--env", "beta"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 removed"))
        #expect(Set(folder.snapshot("rendered/beta").keys) == expectedRenderedFiles)
    }

    @Test func germanTextRoundTrips() throws {
        let folder = try exampleWorkspace()
        #expect(CLI.run(["render", "--env", "beta"], in: folder.url).status == 0)
        let realm = try folder.read("rendered/beta/keycloak/realm.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(realm.utf8)) as? [String: Any])
        let html = try #require(json["displayNameHtml"] as? String)
        #expect(html.contains("Universitätsklinikum Musterstadt"))
        #expect(html.contains("Sicher kommunizieren – für alle Beschäftigten des Klinikums"))

        let homeserver = try Parser.parse(try folder.read("rendered/beta/synapse/homeserver.yaml"))
        #expect(homeserver["server_notices"]?["room_name"]?.scalarText == "Hinweise der IT")
    }

    @Test func renderedFilesAgreeOnServer() throws {
        let folder = try exampleWorkspace()
        #expect(CLI.run(["render", "--all"], in: folder.url).status == 0)
        for environment in exampleEnvironments {
            let base = "rendered/\(environment)/"
            let homeserver = try Parser.parse(try folder.read(base + "synapse/homeserver.yaml"))
            let serverName = try #require(homeserver["server_name"]?.scalarText)
            let publicBaseURL = try #require(homeserver["public_baseurl"]?.scalarText)
            #expect(publicBaseURL.hasSuffix("/"))

            let element = try jsonObject(folder, base + "element/config.json")
            let defaultServer = try #require((element["default_server_config"] as? [String: Any])?["m.homeserver"] as? [String: Any])
            #expect(defaultServer["server_name"] as? String == serverName)
            #expect((defaultServer["base_url"] as? String).map { $0 + "/" } == publicBaseURL)

            let client = try jsonObject(folder, base + "well-known/client.json")
            #expect(((client["m.homeserver"] as? [String: Any])?["base_url"] as? String).map { $0 + "/" } == publicBaseURL)
            let server = try jsonObject(folder, base + "well-known/server.json")
            let host = try #require(URL(string: publicBaseURL)?.host)
            #expect(server["m.server"] as? String == "\(host):443")

            let realm = try jsonObject(folder, base + "keycloak/realm.json")
            let clients = try #require(realm["clients"] as? [[String: Any]])
            #expect(clients.first?["redirectUris"] as? [String] == [publicBaseURL + "_synapse/client/oidc/callback"])
            let provider = try #require(homeserver["oidc_providers"]?.items?.first)
            #expect(provider["client_id"]?.scalarText == clients.first?["clientId"] as? String)
            #expect(provider["issuer"]?.scalarText?.hasSuffix("/realms/\(realm["realm"] as? String ?? "")") == true)
        }
    }

    private func jsonObject(_ folder: TemporaryFolder, _ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(try folder.read(path).utf8)) as? [String: Any])
    }
}
