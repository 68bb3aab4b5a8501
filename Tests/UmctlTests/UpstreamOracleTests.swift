import Foundation
import TestSupport
import Testing

/// The rendered example judged by the real programs: Synapse's own config
/// loader, a booted Synapse, and the Kubernetes schemas in strict mode.
@Suite(.enabled(if: Oracles.available, Comment(rawValue: Oracles.skipReason)), .serialized)
struct UpstreamOracleTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try exampleWorkspace()
        let run = CLI.run(["render", "--all"], in: folder.url)
        try #require(run.status == 0, "\(run.stderr)")
    }

    private func rendered(_ environment: String, _ path: String) -> String {
        folder.url.appendingPathComponent("rendered/\(environment)/\(path)").path
    }

    @Test func synapseLoadsEveryHomeserver() throws {
        let stubs = try TemporaryFolder(prefix: "synapse-stubs")
        let files = exampleEnvironments.map { rendered($0, "synapse/homeserver.yaml") }
        let result = try Oracles.run("synapse_load.py", ["--stub-files", stubs.path] + files)
        #expect(result.status == 0, "\(result.output)")
        let passed = result.stdout.split(separator: "\n").filter { $0.hasPrefix("PASS ") }
        #expect(passed.count == 3, "\(result.output)")
    }

    /// The loader really judges: a duration Synapse cannot parse makes it fail.
    @Test func synapseRejectsBrokenHomeserver() throws {
        let path = rendered("beta", "synapse/homeserver.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "session_lifetime: 30d", with: "session_lifetime: 30 days").utf8)
            .write(to: URL(fileURLWithPath: path))
        let stubs = try TemporaryFolder(prefix: "synapse-stubs")
        let result = try Oracles.run("synapse_load.py", ["--stub-files", stubs.path, path])
        #expect(result.status == 1, "\(result.output)")
    }

    /// Strict mode really judges: an unknown field in a Deployment fails.
    @Test func strictSchemaRejectsUnknownField() throws {
        let path = rendered("beta", "openshift/element-web.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  replicas:", with: "  replicaz:").utf8).write(to: URL(fileURLWithPath: path))
        let result = try Oracles.run("k8s_validate.py", [path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stdout.contains("replicaz"), "\(result.output)")
    }

    @Test func synapseBootsBetaOnLoopback() throws {
        let result = try Oracles.run("synapse_boot.py", ["--timeout", "90", rendered("beta", "synapse/homeserver.yaml")])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("answered GET /_matrix/client/versions with 200"), "\(result.output)")
    }

    @Test func coreKindsPassStrictSchemas() throws {
        var arguments = ["--kubernetes-version", "1.29.0"]
        if let upstream = PackagePaths.upstream {
            for crd in ["k8s/openshift-api_route_v1_routes.crd.yaml", "k8s/argo-cd-v3.5.1_application-crd.yaml"] {
                arguments += ["--crd", upstream.appendingPathComponent(crd).path]
            }
        }
        let folders = exampleEnvironments.map { rendered($0, "openshift") }
        let result = try Oracles.run("k8s_validate.py", arguments + folders)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.stdout.contains("FAIL"), "\(result.output)")
        // Deployments, Services, ConfigMaps, the volume claim and network policies are core kinds.
        for kind in [
            "Deployment/synapse", "Service/synapse", "ConfigMap/synapse-config", "PersistentVolumeClaim/synapse-data",
            "NetworkPolicy/default-deny-ingress", "Deployment/element-web", "Deployment/sygnal",
        ] {
            let passed = result.stdout.split(separator: "\n").contains { $0.hasPrefix("PASS") && $0.contains(kind) }
            #expect(passed, "\(kind) was not validated: \(result.output)")
        }
    }

    @Test(.enabled(if: PackagePaths.upstream != nil, "the shared upstream folder with the Route and Argo CD CRDs is absent"))
    func routesAndApplicationPassCRDs() throws {
        let upstream = try #require(PackagePaths.upstream)
        let result = try Oracles.run(
            "k8s_validate.py",
            [
                "--crd", upstream.appendingPathComponent("k8s/openshift-api_route_v1_routes.crd.yaml").path,
                "--crd", upstream.appendingPathComponent("k8s/argo-cd-v3.5.1_application-crd.yaml").path,
            ] + exampleEnvironments.flatMap { [rendered($0, "openshift/routes.yaml"), rendered($0, "openshift/argocd-application.yaml")] })
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.stdout.contains("SKIP"), "\(result.output)")
    }

    @Test func jsonFilesParseStrictly() throws {
        let files = exampleEnvironments.flatMap { environment in
            [
                "element/config.json", "keycloak/realm.json", "well-known/client.json", "well-known/server.json",
                "well-known/support.json",
            ].map { rendered(environment, $0) }
        }
        let result = try Oracles.run("json_check.py", files)
        #expect(result.status == 0, "\(result.output)")
    }
}
