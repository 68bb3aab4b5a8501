import Foundation
import TestSupport
import Testing
import YAML

/// What the OpenShift manifests of the example promise: no public admin API, TLS everywhere,
/// secrets only by reference, and the IP allow-list on every route.
@Suite struct OpenShiftManifestTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try exampleWorkspace()
        let run = CLI.run(["render", "--all"], in: folder.url)
        try #require(run.status == 0, "\(run.stderr)")
    }

    private func documents(_ environment: String, _ file: String) throws -> [Node] {
        try Parser.parseDocuments(try folder.read("rendered/\(environment)/openshift/\(file)"))
    }

    @Test(arguments: exampleEnvironments)
    func routesNeverExposeAdminAPI(_ environment: String) throws {
        let routes = try documents(environment, "routes.yaml")
        #expect(routes.count >= 7)
        for route in routes {
            let name = route["metadata"]?["name"]?.scalarText ?? "?"
            let path = route["spec"]?["path"]?.scalarText ?? "/"
            #expect(route["kind"]?.scalarText == "Route")
            #expect(route["spec"]?["tls"]?["termination"]?.scalarText == "edge", "\(name) has no TLS")
            let annotations = route["metadata"]?["annotations"]
            // Routers before OpenShift 4.18 read only ip_whitelist, so both annotations must be present.
            #expect(annotations?["haproxy.router.openshift.io/ip_allowlist"]?.scalarText?.isEmpty == false, "\(name) has no allow-list")
            #expect(
                annotations?["haproxy.router.openshift.io/ip_whitelist"]?.scalarText
                    == annotations?["haproxy.router.openshift.io/ip_allowlist"]?.scalarText)
            if route["spec"]?["to"]?["name"]?.scalarText == "synapse" {
                #expect(
                    ["/_matrix", "/_synapse/client", "/.well-known/matrix", "/_synapse/admin"].contains(path), "\(name) serves \(path)")
            }
            if path.hasPrefix("/_synapse/admin") {
                #expect(name == "synapse-admin")
                #expect(annotations?["haproxy.router.openshift.io/ip_allowlist"]?.scalarText == "10.40.12.0/24")
            }
        }
        let hasAdminRoute = routes.contains { $0["metadata"]?["name"]?.scalarText == "synapse-admin" }
        #expect(hasAdminRoute == (environment == "prod"), "only prod names admin networks")
    }

    @Test(arguments: exampleEnvironments)
    func secretsOnlyByReference(_ environment: String) throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: folder.url.appendingPathComponent("rendered/\(environment)/openshift").path)
        for file in files where file.hasSuffix(".yaml") {
            for document in try documents(environment, file) {
                #expect(document["kind"]?.scalarText != "Secret", "\(file) defines a Secret")
            }
        }
        let synapse = try documents(environment, "synapse.yaml")
        let deployment = try #require(synapse.first { $0["kind"]?.scalarText == "Deployment" })
        let container = try #require(deployment["spec"]?["template"]?["spec"]?["containers"]?.items?.first)
        let password = container["env"]?.items?.first { $0["name"]?.scalarText == "PGPASSWORD" }
        #expect(password?["valueFrom"]?["secretKeyRef"]?["name"]?.scalarText == "synapse-db")
        #expect(password?["value"] == nil)
    }

    @Test(arguments: exampleEnvironments)
    func podsRunUnderRestrictedSCC(_ environment: String) throws {
        for file in ["synapse.yaml", "element-web.yaml", "sygnal.yaml"] {
            for deployment in try documents(environment, file) where deployment["kind"]?.scalarText == "Deployment" {
                let pod = deployment["spec"]?["template"]?["spec"]
                // restricted-v2 assigns the user ID from the namespace's range, so a fixed one would keep pods from starting.
                #expect(pod?["securityContext"]?["runAsUser"] == nil)
                #expect(pod?["securityContext"]?["fsGroup"] == nil)
                #expect(pod?["securityContext"]?["runAsNonRoot"]?.scalarText == "true")
                for container in pod?["containers"]?.items ?? [] {
                    #expect(container["securityContext"]?["allowPrivilegeEscalation"]?.scalarText == "false")
                    #expect(container["securityContext"]?["capabilities"]?["drop"]?.items?.first?.scalarText == "ALL")
                }
            }
        }
    }

    @Test(arguments: exampleEnvironments)
    func keycloakAdvertisesPublicHost(_ environment: String) throws {
        let keycloak = try #require(try documents(environment, "keycloak.yaml").first { $0["kind"]?.scalarText == "Keycloak" })
        let hostname = keycloak["spec"]?["hostname"]?["hostname"]?.scalarText
        #expect(hostname?.hasPrefix("https://sso.") == true)
        #expect(keycloak["spec"]?["proxy"]?["headers"]?.scalarText == "xforwarded")
        #expect(keycloak["spec"]?["db"]?["vendor"]?.scalarText == "postgres")
        let application = try #require(try documents(environment, "argocd-application.yaml").first)
        #expect(application["spec"]?["source"]?["path"]?.scalarText == "rendered/\(environment)/openshift")
    }
}
