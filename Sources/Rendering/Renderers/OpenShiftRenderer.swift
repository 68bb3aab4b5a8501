import Manifest

/// Renders the OpenShift manifests that deploy the other rendered files:
/// ConfigMaps carry them, Deployments mount them, Routes publish them.
enum OpenShiftRenderer {
    static let folder = "openshift"

    static func render(_ context: inout RenderContext) throws(TemplateError) {
        let config = context.configuration
        let pushEnabled = config.bool("push.enabled")

        context.derive("labels", labels(environment: config.environment))
        let files: [(String, String)] = [
            ("homeserver", SynapseRenderer.homeserverPath), ("synapse_log", SynapseRenderer.logConfigPath),
            ("element_config", ElementRenderer.configPath), ("well_known_support", WellKnownRenderer.supportPath),
            ("sygnal", SygnalRenderer.configPath),
        ]
        var embedded: [Tree.Entry] = []
        for (name, path) in files { embedded.append(Tree.Entry(name, .string(try context.contents(of: path)))) }
        context.derive("files", .map(embedded))

        // A changed checksum in the pod template makes the Deployment roll its pods.
        let checksums: [Tree.Entry] = [
            Tree.Entry(
                "synapse",
                .string(
                    SHA256.hex(
                        try context.contents(of: SynapseRenderer.homeserverPath)
                            + context.contents(of: SynapseRenderer.logConfigPath)))),
            Tree.Entry(
                "element",
                .string(
                    SHA256.hex(
                        try context.contents(of: ElementRenderer.configPath)
                            + context.contents(of: WellKnownRenderer.supportPath)))),
            Tree.Entry("sygnal", .string(SHA256.hex(try context.contents(of: SygnalRenderer.configPath)))),
        ]
        context.derive("checksums", .map(checksums))

        guard let realm = context.files.first(where: { $0.path == KeycloakRenderer.realmPath })?.documents.first else {
            throw TemplateError(message: "the realm must be rendered before the realm import")
        }
        context.derive("realm", realm)

        let secrets = Set(
            config.list("push.apps").compactMap { $0.mapValue?["credentials"]?.stringValue }
                .map { String($0.split(separator: "/")[0]) }
        ).sorted()
        let pushSecrets = secrets.enumerated().map { index, name in
            Tree.map([Tree.Entry("name", .string(name)), Tree.Entry("volume", .string("push-credentials-\(index)"))])
        }
        context.derive("push_secrets", .list(pushSecrets))
        context.derive("routes", .list(RoutePlan.routes(for: config, pushEnabled: pushEnabled)))

        var resources = ["synapse.yaml", "element-web.yaml", "keycloak.yaml", "routes.yaml", "network-policy.yaml"]
        if pushEnabled { resources.insert("sygnal.yaml", at: 2) }
        context.derive("kustomize_resources", .list(resources.map(Tree.string)))

        for resource in resources {
            try context.render("openshift/\(resource)", to: "\(folder)/\(resource)", as: .yaml)
        }
        try context.render("openshift/kustomization.yaml", to: "\(folder)/kustomization.yaml", as: .yaml)
        // Argo CD's Application stays outside the kustomization, so that it never manages itself.
        try context.render("openshift/argocd-application.yaml", to: "\(folder)/argocd-application.yaml", as: .yaml)
    }

    private static func labels(environment: String) -> Tree {
        let common: [Tree.Entry] = [
            Tree.Entry("app.kubernetes.io/part-of", .string("matrix")),
            Tree.Entry("app.kubernetes.io/managed-by", .string("umctl")),
            Tree.Entry("umctl/environment", .string(environment)),
        ]
        func component(_ name: String) -> Tree {
            .map([Tree.Entry("app.kubernetes.io/name", .string(name))] + common)
        }
        return .map([
            Tree.Entry("common", .map(common)),
            Tree.Entry("synapse", component("synapse")),
            Tree.Entry("element", component("element-web")),
            Tree.Entry("sygnal", component("sygnal")),
            Tree.Entry("keycloak", component("keycloak")),
        ])
    }
}
