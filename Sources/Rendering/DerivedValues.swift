import Manifest

/// Values computed from several options, so that templates stay free of logic
/// and every file derives them the same way.
enum DerivedValues {
    /// Mount points of the Synapse pod's secrets and data, shared by homeserver.yaml and the OpenShift manifests.
    static let synapseSecretsDirectory = "/secrets/synapse"
    static let oidcSecretDirectory = "/secrets/oidc"
    static let configDirectory = "/config"
    static let dataDirectory = "/data"

    static func add(to context: inout RenderContext) {
        let baseURL = context.string("identity.public_base_url")
        let publicBaseURL = baseURL + "/"
        let issuer = context.string("sso.keycloak_url") + "/realms/" + context.string("sso.realm")
        let serverName = context.string("identity.server_name")
        let matrixHost = DomainValue.host(ofURL: baseURL) ?? ""

        context.derive("public_baseurl", .string(publicBaseURL))
        context.derive("matrix_host", .string(matrixHost))
        context.derive("web_host", .string(DomainValue.host(ofURL: context.string("identity.web_client_url")) ?? ""))
        context.derive("keycloak_host", .string(DomainValue.host(ofURL: context.string("sso.keycloak_url")) ?? ""))
        context.derive("separate_server_name_host", .bool(serverName != matrixHost))
        context.derive("oidc_issuer", .string(issuer))
        context.derive("oidc_callback_url", .string(publicBaseURL + "_synapse/client/oidc/callback"))
        context.derive("oidc_backchannel_logout_url", .string(publicBaseURL + "_synapse/client/oidc/backchannel_logout"))
        context.derive("push_gateway_url", .string("https://\(context.string("platform.push_host"))/_matrix/push/v1/notify"))
        context.derive("oidc_secret_file", .string("\(oidcSecretDirectory)/\(secretKey(context.string("sso.client_secret")))"))
        context.derive("synapse_secrets_directory", .string(synapseSecretsDirectory))
        context.derive("oidc_secret_directory", .string(oidcSecretDirectory))
        context.derive("config_directory", .string(configDirectory))
        context.derive("data_directory", .string(dataDirectory))

        let mode = context.string("security.federation.mode")
        let allowlist = Tree(context.value("security.federation.allowlist"))
        context.derive("federation_enabled", .bool(mode != "closed"))
        // Synapse reads an absent whitelist as "federate with anyone" and an empty one as "with no one".
        switch mode {
        case "open": context.derive("federation_whitelist", .null)
        case "closed": context.derive("federation_whitelist", .list([]))
        default: context.derive("federation_whitelist", allowlist)
        }
    }

    static func secretKey(_ reference: String) -> String {
        String(reference.split(separator: "/").dropFirst().joined(separator: "/"))
    }
}
