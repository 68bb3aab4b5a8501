import Manifest

/// Checks that the rendered files of one environment agree with each other:
/// server name, base URL, OpenID Connect issuer, client and redirect URI, and
/// routes. A failure here means a renderer or template is wrong.
public enum RenderedConsistency {
    public static func check(_ rendered: RenderedEnvironment) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func document(_ path: String) -> Tree? { rendered[path]?.documents.first }
        func expect(_ actual: String?, _ expected: String?, _ path: String, _ what: String) {
            guard actual != expected else { return }
            problems.append(
                Diagnostic(
                    .error, .renderedMismatch,
                    "\(what) is '\(actual ?? "missing")' but homeserver.yaml implies '\(expected ?? "missing")'",
                    file: "rendered/\(rendered.environment)/\(path)",
                    hint: "this is a bug in umctl's templates; please report it"))
        }

        guard let homeserver = document(SynapseRenderer.homeserverPath) else { return problems }
        let serverName = homeserver["server_name"]?.stringValue
        let baseURL = homeserver["public_baseurl"]?.stringValue.map(trimSlash)

        let element = document(ElementRenderer.configPath)
        expect(
            element?.at("default_server_config")?["m.homeserver"]?["server_name"]?.stringValue, serverName,
            ElementRenderer.configPath, "the server name")
        expect(
            element?.at("default_server_config")?["m.homeserver"]?["base_url"]?.stringValue.map(trimSlash), baseURL,
            ElementRenderer.configPath, "the base URL")
        expect(
            document(WellKnownRenderer.clientPath)?["m.homeserver"]?["base_url"]?.stringValue.map(trimSlash), baseURL,
            WellKnownRenderer.clientPath, "the base URL")
        let matrixHost = baseURL.flatMap(DomainValue.host(ofURL:))
        let delegated = document(WellKnownRenderer.serverPath)?["m.server"]?.stringValue
        expect(delegated.map { String($0.split(separator: ":")[0]) }, matrixHost, WellKnownRenderer.serverPath, "the delegated host")

        if case .list(let providers)? = homeserver["oidc_providers"], let provider = providers.first,
            let realm = document(KeycloakRenderer.realmPath)
        {
            let realmName = realm["realm"]?.stringValue ?? ""
            let client = realm["clients"]?.listValue?.first
            expect(client?["clientId"]?.stringValue, provider["client_id"]?.stringValue, KeycloakRenderer.realmPath, "the client ID")
            let redirects = client?["redirectUris"]?.listValue?.compactMap(\.stringValue) ?? []
            let callback = baseURL.map { $0 + "/_synapse/client/oidc/callback" }
            expect(redirects.first { $0 == callback } ?? redirects.first, callback, KeycloakRenderer.realmPath, "the redirect URI")
            let issuer = provider["issuer"]?.stringValue
            expect(
                issuer.map { String($0.hasSuffix("/realms/\(realmName)") ? $0 : "") }, issuer, KeycloakRenderer.realmPath,
                "the issuer's realm")

            let keycloak = rendered["openshift/keycloak.yaml"]?.documents.first
            let hostname = keycloak?.at("spec.hostname.hostname")?.stringValue
            expect(hostname.map { "\($0)/realms/\(realmName)" }, issuer, "openshift/keycloak.yaml", "the Keycloak issuer")
        }
        problems += checkRoutes(rendered, matrixHost: matrixHost)
        return problems
    }

    private static func checkRoutes(_ rendered: RenderedEnvironment, matrixHost: String?) -> [Diagnostic] {
        let path = "openshift/routes.yaml"
        let routes = rendered[path]?.documents ?? []
        var problems: [Diagnostic] = []
        let servesMatrix = routes.contains {
            $0.at("spec.host")?.stringValue == matrixHost && $0.at("spec.path")?.stringValue == "/_matrix"
        }
        if !servesMatrix {
            problems.append(
                Diagnostic(
                    .error, .renderedMismatch, "no route serves /_matrix on \(matrixHost ?? "the Matrix host")",
                    file: "rendered/\(rendered.environment)/\(path)"))
        }
        for route in routes {
            let routePath = route.at("spec.path")?.stringValue ?? "/"
            let restricted = route.at("metadata.annotations")?["haproxy.router.openshift.io/ip_allowlist"] != nil
            if (routePath == "/" || "/_synapse/admin".hasPrefix(routePath) || routePath.hasPrefix("/_synapse/admin")) && !restricted
                && route.at("spec.host")?.stringValue == matrixHost
            {
                problems.append(
                    Diagnostic(
                        .error, .renderedMismatch,
                        "route \(route.at("metadata.name")?.stringValue ?? "?") exposes /_synapse/admin without an IP allow-list",
                        file: "rendered/\(rendered.environment)/\(path)",
                        hint: "the admin API must never be on a public route"))
            }
        }
        return problems
    }

    private static func trimSlash(_ text: String) -> String {
        text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
