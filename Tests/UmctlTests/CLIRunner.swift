import Foundation
import TestSupport

@testable import UmctlCLI

/// Runs umctl in-process with a console that collects what it prints.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    static func run(_ arguments: [String], in directory: URL) -> CLIRun {
        let collected = Collected()
        let console = Console(out: { collected.append(out: $0) }, error: { collected.append(error: $0) })
        let status = Umctl.run(arguments + templatesArgument(arguments), console: console, currentDirectory: directory)
        return CLIRun(status: status, stdout: collected.out, stderr: collected.error)
    }

    /// Tests render from a copy of Environments/ elsewhere, so they name the package's templates.
    private static func templatesArgument(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, ["validate", "render", "commit"].contains(command),
            !arguments.contains("--templates")
        else { return [] }
        return ["--templates", PackagePaths.templates.path]
    }

    private final class Collected: @unchecked Sendable {
        var out = ""
        var error = ""
        func append(out text: String) { out += text }
        func append(error text: String) { error += text }
    }
}

/// Creates a temporary configuration folder with a copy of the example deployment.
func exampleWorkspace() throws -> TemporaryFolder {
    let folder = try TemporaryFolder(prefix: "umctl-example")
    try folder.copyExampleEnvironments()
    return folder
}

let exampleEnvironments = ["beta", "prod", "satellite"]

/// The files every environment of the example renders, relative to rendered/<env>/.
let expectedRenderedFiles: Set<String> = [
    "element/config.json", "keycloak/realm.json",
    "openshift/argocd-application.yaml", "openshift/element-web.yaml", "openshift/keycloak.yaml",
    "openshift/kustomization.yaml", "openshift/network-policy.yaml", "openshift/routes.yaml",
    "openshift/sygnal.yaml", "openshift/synapse.yaml",
    "sygnal/sygnal.yaml", "synapse/homeserver.yaml", "synapse/log.yaml",
    "well-known/client.json", "well-known/server.json", "well-known/support.json",
]
