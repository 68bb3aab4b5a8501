extension CatalogSections {
    private static let quantityCPU = OptionType.text(pattern: "[0-9]+m?|[0-9]+\\.[0-9]+", example: "500m")
    private static let quantityMemory = OptionType.text(pattern: "[0-9]+(Mi|Gi)", example: "1Gi")

    static let platform: [Option] = [
        Option(
            "platform.namespace", kubernetesName, required: true, scope: .overridable,
            "OpenShift namespace of the deployment.",
            reaches: ["openshift/*.yaml: metadata.namespace", "openshift/argocd-application.yaml: spec.destination.namespace"]),
        Option(
            "platform.cluster_url", .url(), default: .string("https://kubernetes.default.svc"), scope: .overridable,
            "API server Argo CD deploys to.",
            reaches: ["openshift/argocd-application.yaml: spec.destination.server"]),
        image("synapse", "Synapse image; it must contain the oidc extra and the S3 storage provider."),
        image("element", "Element Web image."),
        image("sygnal", "Sygnal image."),
        image("keycloak", "Keycloak image, which fixes the Keycloak version the realm is rendered for."),
        replicas("synapse", 1, "Synapse pods; more than one needs workers."),
        replicas("element", 2, "Element Web pods."),
        replicas("sygnal", 1, "Sygnal pods."),
        replicas("keycloak", 1, "Keycloak instances."),
        Option(
            "platform.resources.synapse_cpu", quantityCPU, default: .string("500m"), scope: .overridable,
            "CPU requested for each Synapse pod.",
            reaches: ["openshift/synapse.yaml: resources.requests.cpu"]),
        Option(
            "platform.resources.synapse_memory", quantityMemory, default: .string("2Gi"), scope: .overridable,
            "Memory limit of each Synapse pod.",
            reaches: ["openshift/synapse.yaml: resources.limits.memory"]),
        Option(
            "platform.resources.element_memory", quantityMemory, default: .string("128Mi"), scope: .overridable,
            "Memory limit of each Element Web pod.",
            reaches: ["openshift/element-web.yaml: resources.limits.memory"]),
        Option(
            "platform.resources.sygnal_memory", quantityMemory, default: .string("256Mi"), scope: .overridable,
            "Memory limit of each Sygnal pod.",
            reaches: ["openshift/sygnal.yaml: resources.limits.memory"]),
        Option(
            "platform.synapse_secrets", kubernetesName, default: .string("synapse-secrets"), scope: .overridable, security: true,
            "Secret with the keys signing.key, macaroon_secret_key and form_secret that Synapse reads as files.",
            reaches: ["openshift/synapse.yaml: volumes", "synapse/homeserver.yaml: signing_key_path"]),
        Option(
            "platform.push_host", .hostname, required: true, scope: .overridable,
            "Host of the route that mobile apps register their pushers with.",
            reaches: ["openshift/routes.yaml: sygnal", "synapse/homeserver.yaml: push gateway allow-list"]),
        Option(
            "platform.tls_insecure_policy", .enumeration(["Redirect", "None"]), default: .string("Redirect"), scope: .overridable,
            "What the router does with plain HTTP requests: redirect them to HTTPS, or refuse them.",
            reaches: ["openshift/routes.yaml: spec.tls.insecureEdgeTerminationPolicy"]),
        Option(
            "platform.ip_allowlist", .list(.cidr), default: .list([]), scope: .overridable, security: true,
            "Networks allowed to reach the routes; empty leaves them open.",
            reaches: ["openshift/routes.yaml: haproxy.router.openshift.io/ip_allowlist"]),
        Option(
            "platform.route_labels", .map(.text(pattern: "[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?", example: "internal")),
            default: .map([:]), scope: .overridable,
            "Labels on every route, for example to select an internal router shard.",
            reaches: ["openshift/routes.yaml: metadata.labels"]),
        Option(
            "platform.storage_class", kubernetesName, scope: .overridable,
            "Storage class of the media volume; unset uses the cluster default.",
            reaches: ["openshift/synapse.yaml: PersistentVolumeClaim.spec.storageClassName"]),
        Option(
            "platform.metrics", .bool, default: .bool(true), scope: .overridable,
            "Whether Synapse serves Prometheus metrics on a separate port inside the cluster.",
            reaches: ["synapse/homeserver.yaml: enable_metrics", "openshift/synapse.yaml: metrics port"]),
        Option(
            "platform.log_level", .enumeration(["DEBUG", "INFO", "WARNING", "ERROR"]), default: .string("INFO"),
            scope: .overridable,
            "Log level of Synapse and Sygnal.",
            reaches: ["synapse/log.yaml: root.level", "sygnal/sygnal.yaml: log.setup.root.level"]),
        Option(
            "platform.argocd.repo_url", .text(pattern: "(https://|ssh://|git@)[^ ]+", example: "https://git.example.org/ops/messenger.git"),
            required: true, scope: .overridable,
            "GitOps repository Argo CD syncs from.",
            reaches: ["openshift/argocd-application.yaml: spec.source.repoURL"]),
        Option(
            "platform.argocd.revision", .text(), default: .string("main"), scope: .overridable,
            "Branch or tag Argo CD syncs.",
            reaches: ["openshift/argocd-application.yaml: spec.source.targetRevision"]),
        Option(
            "platform.argocd.project", kubernetesName, default: .string("default"), scope: .overridable,
            "Argo CD project of the application.",
            reaches: ["openshift/argocd-application.yaml: spec.project"]),
        Option(
            "platform.argocd.namespace", kubernetesName, default: .string("openshift-gitops"), scope: .overridable,
            "Namespace of the Argo CD instance.",
            reaches: ["openshift/argocd-application.yaml: metadata.namespace"]),
        Option(
            "platform.argocd.auto_sync", .bool, default: .bool(true), scope: .overridable,
            "Whether Argo CD applies changes without a manual sync.",
            reaches: ["openshift/argocd-application.yaml: spec.syncPolicy.automated"]),
        Option(
            "platform.argocd.self_heal", .bool, default: .bool(true), scope: .overridable,
            "Whether Argo CD reverts changes made in the cluster by hand.",
            reaches: ["openshift/argocd-application.yaml: spec.syncPolicy.automated.selfHeal"]),
        Option(
            "platform.argocd.prune", .bool, default: .bool(false), scope: .overridable,
            "Whether Argo CD deletes resources that left the rendered files.",
            reaches: ["openshift/argocd-application.yaml: spec.syncPolicy.automated.prune"]),
    ]

    private static func image(_ component: String, _ summary: String) -> Option {
        Option(
            "platform.images.\(component)", .image, required: true, scope: .overridable, summary,
            reaches: ["openshift/\(component == "element" ? "element-web" : component).yaml: image"])
    }

    private static func replicas(_ component: String, _ count: Int, _ summary: String) -> Option {
        Option(
            "platform.replicas.\(component)", .int(0...20), default: .int(count), scope: .overridable, summary,
            reaches: ["openshift/\(component == "element" ? "element-web" : component).yaml: spec.replicas"])
    }
}
