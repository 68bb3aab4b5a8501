/// Renders the Keycloak realm with Synapse's OpenID Connect client.
///
/// The client secret is not in the file: the realm carries the placeholder
/// `${SYNAPSE_OIDC_CLIENT_SECRET}`, which the Keycloak operator's realm import
/// fills from the Secret that `sso.client_secret` names.
enum KeycloakRenderer {
    static let realmPath = "keycloak/realm.json"
    static let secretPlaceholder = "SYNAPSE_OIDC_CLIENT_SECRET"

    static func render(_ context: inout RenderContext) throws(TemplateError) {
        // `openid` is a protocol scope, not a Keycloak client scope; `basic` carries the sub claim since Keycloak 25.
        let requested = context.configuration.list("sso.scopes").compactMap(\.stringValue).filter { $0 != "openid" }
        let scopes = (["basic", "web-origins", "acr"] + requested).reduce(into: [String]()) { list, scope in
            if !list.contains(scope) { list.append(scope) }
        }
        context.derive("keycloak_client_scopes", .list(scopes.map(Tree.string)))
        try context.render("keycloak/realm.json", to: realmPath, as: .json)
    }
}
