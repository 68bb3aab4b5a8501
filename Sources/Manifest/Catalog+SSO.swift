extension CatalogSections {
    private static let synapse = "synapse/homeserver.yaml"
    private static let realm = "keycloak/realm.json"
    private static let claim = OptionType.text(pattern: "[A-Za-z_][A-Za-z0-9_]*", example: "preferred_username")

    static let sso: [Option] = [
        Option(
            "sso.keycloak_url", .url(), required: true, scope: .overridable,
            "Public address of Keycloak, without /realms; its host gets the Keycloak route.",
            reaches: ["\(synapse): oidc_providers[0].issuer", "openshift/keycloak.yaml: spec.hostname"]),
        Option(
            "sso.realm", .text(pattern: "[A-Za-z0-9_-]+", example: "umessenger"), default: .string("messenger"),
            "Keycloak realm that holds the staff accounts.",
            reaches: ["\(realm): realm", "\(synapse): oidc_providers[0].issuer"]),
        Option(
            "sso.client_id", .text(pattern: "[A-Za-z0-9_.-]+", example: "synapse"), default: .string("synapse"),
            "OpenID Connect client that Synapse signs in with.",
            reaches: ["\(realm): clients[0].clientId", "\(synapse): oidc_providers[0].client_id"]),
        Option(
            "sso.client_secret", .secretReference, required: true, scope: .overridable, security: true,
            "Secret holding the OpenID Connect client secret, shared by Synapse and the realm import.",
            reaches: ["openshift/synapse.yaml: volumes", "openshift/keycloak.yaml: spec.placeholders"]),
        Option(
            "sso.idp_id", .text(pattern: "[a-z0-9._-]+", example: "keycloak"), default: .string("keycloak"),
            "Identifier of the identity provider inside Synapse; changing it breaks existing logins.",
            reaches: ["\(synapse): oidc_providers[0].idp_id"]),
        Option(
            "sso.idp_name", .text(), default: .string("Single sign-on"),
            "Name of the identity provider on the login button.",
            reaches: ["\(synapse): oidc_providers[0].idp_name"]),
        Option(
            "sso.idp_icon", .text(pattern: "mxc://[^/]+/.+", example: "mxc://example.org/abc"),
            "Icon of the login button, as an mxc:// URI.",
            reaches: ["\(synapse): oidc_providers[0].idp_icon"]),
        Option(
            "sso.scopes", .list(.text(pattern: "[A-Za-z0-9_:.-]+", example: "profile")),
            default: .list([.string("openid"), .string("profile"), .string("email")]),
            "Scopes Synapse requests; openid is required.",
            reaches: ["\(synapse): oidc_providers[0].scopes", "\(realm): clients[0].defaultClientScopes"]),
        Option(
            "sso.localpart_claim", claim, default: .string("preferred_username"),
            "Claim that becomes the user ID's local part.",
            reaches: ["\(synapse): oidc_providers[0].user_mapping_provider.config.localpart_template"]),
        Option(
            "sso.display_name_claim", claim, default: .string("name"),
            "Claim that becomes the display name.",
            reaches: ["\(synapse): oidc_providers[0].user_mapping_provider.config.display_name_template"]),
        Option(
            "sso.email_claim", claim, default: .string("email"),
            "Claim that becomes the user's email address.",
            reaches: ["\(synapse): oidc_providers[0].user_mapping_provider.config.email_template"]),
        Option(
            "sso.allow_existing_users", .bool, default: .bool(false), security: true,
            "Whether an SSO login may take over an existing account with the same local part.",
            reaches: ["\(synapse): oidc_providers[0].allow_existing_users"]),
        Option(
            "sso.backchannel_logout", .bool, default: .bool(true), security: true,
            "Whether logging out in Keycloak ends the Matrix sessions too.",
            reaches: [
                "\(synapse): oidc_providers[0].backchannel_logout_enabled",
                "\(realm): clients[0].attributes.backchannel.logout.url",
            ]),
        Option(
            "sso.session_idle", .duration(min: 60_000), default: .string("8h"), security: true,
            "Keycloak ends an SSO session after this much inactivity.",
            reaches: ["\(realm): ssoSessionIdleTimeout"]),
        Option(
            "sso.session_max", .duration(min: 60_000), default: .string("10h"), security: true,
            "Keycloak ends an SSO session after this long in any case.",
            reaches: ["\(realm): ssoSessionMaxLifespan"]),
        Option(
            "sso.brute_force_protection", .bool, default: .bool(true), security: true,
            "Whether Keycloak locks accounts after repeated failed logins.",
            reaches: ["\(realm): bruteForceProtected"]),
        Option(
            "sso.max_login_failures", .int(1...100), default: .int(5), security: true,
            "Failed logins before Keycloak locks an account for a while.",
            reaches: ["\(realm): failureFactor"]),
        Option(
            "sso.password_policy", .text(), default: .string("length(12) and notUsername"), security: true,
            "Keycloak password policy for local accounts.",
            reaches: ["\(realm): passwordPolicy"]),
        Option(
            "sso.otp_required", .bool, default: .bool(false), security: true,
            "Whether every user must set up a one-time password app.",
            reaches: ["\(realm): requiredActions"]),
        Option(
            "sso.otp_algorithm", .enumeration(["HmacSHA1", "HmacSHA256", "HmacSHA512"]), default: .string("HmacSHA1"),
            "Hash algorithm of one-time passwords; most authenticator apps support only HmacSHA1.",
            reaches: ["\(realm): otpPolicyAlgorithm"]),
        Option(
            "sso.otp_digits", .int(6...8), default: .int(6),
            "Digits of a one-time password.",
            reaches: ["\(realm): otpPolicyDigits"]),
        Option(
            "sso.login_with_email", .bool, default: .bool(true),
            "Whether users may sign in to Keycloak with their email address.",
            reaches: ["\(realm): loginWithEmailAllowed"]),
        Option(
            "sso.remember_me", .bool, default: .bool(false), security: true,
            "Whether the Keycloak login page offers to remember the user.",
            reaches: ["\(realm): rememberMe"]),
    ]
}
