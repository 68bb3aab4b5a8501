import Manifest

/// The routes of an environment, with their hosts and paths.
///
/// Synapse is published only under `/_matrix` and `/_synapse/client`, so the
/// admin API under `/_synapse/admin` is never on a public route. An admin
/// route exists only when `security.admin_api_allowlist` names networks, and
/// it admits only those. Keycloak is published under `/realms` and
/// `/resources`, which keeps its admin console off the routes too.
enum RoutePlan {
    static func routes(for config: Configuration, pushEnabled: Bool) -> [Tree] {
        let matrixHost = host(config, "identity.public_base_url")
        let webHost = host(config, "identity.web_client_url")
        let keycloakHost = host(config, "sso.keycloak_url")
        let serverName = config.string("identity.server_name") ?? matrixHost
        let allowlist = config.list("platform.ip_allowlist").compactMap(\.stringValue)

        var routes: [Tree] = [
            route("synapse-matrix", matrixHost, "/_matrix", "synapse", "http", allowlist, config, timeout: "300s"),
            route("synapse-client", matrixHost, "/_synapse/client", "synapse", "http", allowlist, config),
            route("element-web", webHost, nil, "element-web", "http", allowlist, config),
            route("keycloak-realms", keycloakHost, "/realms", "keycloak-service", "http", allowlist, config),
            route("keycloak-resources", keycloakHost, "/resources", "keycloak-service", "http", allowlist, config),
            route("well-known-support", serverName, "/.well-known/matrix/support", "element-web", "http", allowlist, config),
        ]
        if config.bool("identity.serve_well_known") {
            routes.append(route("well-known", serverName, "/.well-known/matrix", "synapse", "http", allowlist, config))
        }
        if pushEnabled {
            routes.append(route("sygnal", config.string("platform.push_host") ?? "", "/_matrix/push", "sygnal", "http", allowlist, config))
        }
        let adminNetworks = config.list("security.admin_api_allowlist").compactMap(\.stringValue)
        if !adminNetworks.isEmpty {
            routes.append(route("synapse-admin", matrixHost, "/_synapse/admin", "synapse", "http", adminNetworks, config))
        }
        return routes.sorted { ($0["name"]?.stringValue ?? "") < ($1["name"]?.stringValue ?? "") }
    }

    private static func host(_ config: Configuration, _ path: String) -> String {
        config.string(path).flatMap(DomainValue.host(ofURL:)) ?? ""
    }

    private static func route(
        _ name: String, _ host: String, _ path: String?, _ service: String, _ port: String,
        _ allowlist: [String], _ config: Configuration, timeout: String? = nil
    ) -> Tree {
        var annotations: [Tree.Entry] = []
        if !allowlist.isEmpty {
            // Routers before OpenShift 4.18 read only ip_whitelist; later ones prefer ip_allowlist.
            let networks = allowlist.joined(separator: " ")
            annotations.append(Tree.Entry("haproxy.router.openshift.io/ip_allowlist", .string(networks)))
            annotations.append(Tree.Entry("haproxy.router.openshift.io/ip_whitelist", .string(networks)))
        }
        if let timeout {
            annotations.append(Tree.Entry("haproxy.router.openshift.io/timeout", .string(timeout)))
        }
        var labels: [Tree.Entry] = [
            Tree.Entry("app.kubernetes.io/part-of", .string("matrix")),
            Tree.Entry("app.kubernetes.io/managed-by", .string("umctl")),
            Tree.Entry("umctl/environment", .string(config.environment)),
        ]
        if case .map(let extra) = Tree(config["platform.route_labels"]) { labels += extra }
        return .map([
            Tree.Entry("name", .string(name)),
            Tree.Entry("host", .string(host)),
            Tree.Entry("path", path.map(Tree.string) ?? .null),
            Tree.Entry("service", .string(service)),
            Tree.Entry("port", .string(port)),
            Tree.Entry("labels", .map(labels)),
            Tree.Entry("annotations", .map(annotations)),
        ])
    }
}
