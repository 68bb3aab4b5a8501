import Manifest

extension ConfigurationScaffold {
    /// Example values for options that have no default but must be set before anything validates.
    ///
    /// They use example.org names, so a rendered file that still carries one
    /// is easy to spot and cannot reach a real host.
    enum Placeholders {
        /// Images every environment starts with: the versions of umctl's example deployment, under an example registry.
        static let images: [String: String] = [
            "synapse": "registry.example.org/matrix/synapse:v1.163.2",
            "element": "registry.example.org/matrix/element-web:v1.12.4",
            "sygnal": "registry.example.org/matrix/sygnal:v0.17.0",
            "keycloak": "registry.example.org/iam/keycloak:26.4.5",
        ]

        /// Options that a consistency rule requires under the defaults although the catalog does not.
        /// Each environment file sets them, with the reason as a comment.
        static let conditional: [String: String] = [
            "storage.media.s3_bucket": "Needed while storage.media.backend is s3.",
            "storage.media.s3_credentials": "Needed while storage.media.backend is s3.",
        ]

        /// Values for required manifest-only options.
        static func manifestValue(for option: Option) -> Value? {
            switch option.path {
            case "branding.product_name": .string("Messenger")
            case "branding.organization": .string("Example Hospital")
            default: fallback(for: option, domain: "messenger.example.org")
            }
        }

        /// Returns the domain of an environment's placeholders. Prod gets the shortest one, as production usually does.
        static func domain(of environment: String) -> String {
            environment == "prod" ? "messenger.example.org" : "\(environment).messenger.example.org"
        }

        static func environmentValue(for option: Option, environment: String) -> Value? {
            let domain = domain(of: environment)
            let text: String? =
                switch option.path {
                case "identity.server_name": domain
                case "identity.public_base_url": "https://matrix.\(domain)"
                case "identity.web_client_url": "https://chat.\(domain)"
                case "sso.keycloak_url": "https://sso.\(domain)"
                case "sso.client_secret": "synapse-oidc/client-secret"
                case "storage.postgres.host": "postgres.\(domain)"
                case "storage.postgres.password": "synapse-db/password"
                case "storage.postgres.keycloak_credentials": "keycloak-db"
                case "storage.media.s3_bucket": "messenger-media-\(environment)"
                case "storage.media.s3_credentials": "synapse-s3"
                case "platform.namespace": "messenger-\(environment)"
                case "platform.push_host": "push.\(domain)"
                case "platform.argocd.repo_url": "https://git.example.org/ops/messenger-gitops.git"
                default: option.path.hasPrefix("platform.images.") ? images[String(option.components.last ?? "")] : nil
                }
            return text.map(Value.string) ?? fallback(for: option, domain: domain)
        }

        /// Builds a value from the type, so an option added to the catalog later still gets an example.
        /// Returns nil when the type allows no safe guess.
        private static func fallback(for option: Option, domain: String) -> Value? {
            let name = String(option.components.last ?? "value").replacingOccurrences(of: "_", with: "-")
            switch option.type {
            case .text(_, let example): return example.map(Value.string)
            case .hostname: return .string("\(name).\(domain)")
            case .url: return .string("https://\(name).\(domain)")
            case .email: return .string("admin@\(domain)")
            case .secretReference: return .string("\(name)/value")
            default: return nil
            }
        }
    }
}
