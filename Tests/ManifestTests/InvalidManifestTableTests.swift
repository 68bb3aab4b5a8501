import Foundation
import TestSupport
import Testing

@testable import Manifest

/// Broken manifests and environment files, each with the diagnostic it must produce.
///
/// Every case edits a valid base manifest and environment file. In the edited text, `⟨` is placed right
/// before the token the targeted diagnostic must point at, and `⟪` before the token of a second
/// diagnostic, if the case expects one. The markers are removed before the files are written, and
/// their positions become the expected 1-based line and column, counted in characters.
@Suite struct InvalidManifestTableTests {
    static let manifestPath = "Environments/manifest.yaml"
    static let environmentPath = "Environments/test.yaml"

    /// The smallest valid manifest: only the required options that an environment file may not set.
    static let baseManifest = """
        branding:
          product_name: UMessenger
          organization: Example Hospital

        """

    /// Every required option that an environment file may set, plus the S3 settings the default media backend needs.
    static let baseEnvironment = """
        identity:
          server_name: example.org
          public_base_url: https://matrix.example.org
          web_client_url: https://chat.example.org
        sso:
          keycloak_url: https://sso.example.org
          client_secret: synapse-oidc/client-secret
        storage:
          postgres:
            host: db.example.org
            password: synapse-db/password
            keycloak_credentials: keycloak-db
          media:
            s3_bucket: messenger-media
            s3_credentials: synapse-s3
        platform:
          namespace: messenger-test
          images:
            synapse: registry.example.org/matrix/synapse:v1.120.0
            element: registry.example.org/matrix/element-web:v1.11.90
            sygnal: registry.example.org/matrix/sygnal:v0.15.1
            keycloak: registry.example.org/iam/keycloak:26.0.7
          push_host: push.example.org
          argocd:
            repo_url: https://git.example.org/ops/messenger.git

        """

    @Test func baseFilesAreValid() throws {
        let result = try Self.load(manifest: Self.baseManifest, environment: Self.baseEnvironment)
        #expect(result.diagnostics.isEmpty, "\(Self.listing(result.diagnostics))")
        #expect(result.configuration != nil)
    }

    @Test func tableHasUniqueCases() {
        #expect(Self.cases.count >= 60)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func mistakeIsReported(_ badCase: BadCase) throws {
        try Self.check(badCase)
    }

    // MARK: - Cases

    static let cases: [BadCase] =
        syntaxCases + duplicateCases + unknownCases + recordCases + typeCases
        + booleanCases + indentationCases + domainCases + environmentCases + choiceCases + ruleCases + combinedCases

    static let syntaxCases: [BadCase] = [
        BadCase(
            "unclosed double quote",
            manifest: .branding(
                """
                  tagline: ⟨"Safe messaging
                  help_url: https://help.example.org
                """),
            expect: "UM001", option: nil, hint: "never closed", message: "quoted scalar"),
        BadCase(
            "key indented too little",
            manifest: .branding(
                """
                  tagline: Safe messaging
                 ⟨help_url: https://help.example.org
                """),
            expect: "UM001", option: nil, hint: "check the indentation", message: "did not find expected key"),
        // The deeper line continues the plain scalar 'Safe messaging', so the first invalid token is the colon.
        BadCase(
            "key indented too far",
            manifest: .branding(
                """
                  tagline: Safe messaging
                   help_url⟨: https://help.example.org
                """),
            expect: "UM001", option: nil, hint: "check the indentation", message: "mapping values are not allowed"),
        BadCase(
            "tab before a key", manifest: .branding("  tagline: Safe messaging\n⟨\thelp_url: https://help.example.org\n"),
            expect: "UM001", option: nil, message: "tab character"),
        BadCase(
            "tab in environment file",
            environment: .replace("  namespace: messenger-test\n", with: "⟨\tnamespace: messenger-test\n"),
            expect: "UM001", option: nil, hint: "indent with spaces"),
    ]

    static let duplicateCases: [BadCase] = [
        BadCase(
            "duplicate top-level section",
            manifest: .append(
                """
                features:
                  presence: true
                ⟨features:
                  polls: false
                """),
            expect: "UM002", option: "features", hint: "remove one of the two entries", message: "duplicate key 'features'"),
        BadCase(
            "duplicate nested key",
            manifest: .append(
                """
                features:
                  presence: true
                  polls: true
                  ⟨presence: false
                """),
            expect: "UM002", option: "features.presence", message: "duplicate key 'presence'"),
        BadCase(
            "duplicate key in push app",
            manifest: .append(
                """
                push:
                  apps:
                    - id: org.example.android
                      platform: android
                      ⟨platform: ios
                      credentials: push/fcm
                      fcm_project: example-push
                """),
            expect: "UM002", option: "push.apps[0].platform", hint: "remove one of the two entries"),
        BadCase(
            "duplicate section in environment",
            environment: .replace("sso:\n", with: "⟨identity:\n  server_name: example.net\nsso:\n"),
            expect: "UM002", option: "identity", message: "duplicate key 'identity'"),
        BadCase(
            "duplicate route label",
            environment: .insert(
                """
                  route_labels:
                    shard: internal
                    ⟨shard: external

                """, after: "  push_host: push.example.org\n"),
            expect: "UM002", option: "platform.route_labels.shard", hint: "remove one of the two entries"),
    ]

    static let unknownCases: [BadCase] = [
        BadCase(
            "misspelt section name", manifest: .append("⟨feature:\n  presence: true"),
            expect: "UM003", option: "feature", hint: "did you mean 'features'?"),
        BadCase(
            "unknown section", manifest: .append("⟨matrix:\n  presence: true"),
            expect: "UM003", option: "matrix", hint: "known sections: branding, features, identity"),
        BadCase(
            "misspelt option name", manifest: .append("features:\n  ⟨url_preview: true"),
            expect: "UM003", option: "features.url_preview", hint: "did you mean 'url_previews'?"),
        BadCase(
            "option in wrong section", manifest: .append("features:\n  ⟨session_lifetime: 30d"),
            expect: "UM003", option: "features.session_lifetime",
            hint: "'session_lifetime' exists as 'security.session_lifetime'"),
        BadCase(
            "unknown option without suggestion", manifest: .append("features:\n  ⟨chat_bots: true"),
            expect: "UM003", option: "features.chat_bots", hint: "run 'umctl options' to list the options of 'features'"),
        BadCase(
            "misspelt push app key",
            manifest: .append(
                """
                push:
                  apps:
                    - id: org.example.ios
                      platform: ios
                      credentials: push/apns
                      ⟨topik: org.example.ios
                      key_id: ABC123DEFG
                      team_id: ABC123DEFG
                """),
            expect: "UM003", option: "push.apps[0].topik", hint: "did you mean 'topic'?"),
        // The misspelt key also leaves the required 'url' unset, which is the second error.
        BadCase(
            "misspelt footer link key",
            manifest: .branding(
                """
                  footer_links:
                    - text: Imprint
                      ⟨ulr: https://example.org/imprint
                """),
            expect: "UM003", option: "branding.footer_links[0].ulr", hint: "did you mean 'url'?", errors: 2),
        BadCase(
            "misspelt key in environment",
            environment: .insert("    ⟨prot: 5433\n", after: "    host: db.example.org\n"),
            expect: "UM003", option: "storage.postgres.prot", hint: "did you mean 'port'?"),
    ]

    static let recordCases: [BadCase] = [
        BadCase(
            "push app without credentials",
            manifest: .append(
                """
                push:
                  apps:
                    - ⟨id: org.example.android
                      platform: android
                      fcm_project: example-push
                """),
            expect: "UM007", option: "push.apps[0].credentials", hint: "add 'credentials:' (secret reference)"),
        BadCase(
            "footer link without url",
            manifest: .branding(
                """
                  footer_links:
                    - ⟨text: Imprint
                """),
            expect: "UM007", option: "branding.footer_links[0].url", message: "missing required key 'url'"),
        BadCase(
            "footer link as text", manifest: .branding("  footer_links: [⟨Imprint]\n"),
            expect: "UM004", option: "branding.footer_links[0]", message: "expected a mapping with the keys text, url"),
    ]

    static let typeCases: [BadCase] = [
        BadCase(
            "word for a boolean", manifest: .append("features:\n  presence: ⟨enabled"),
            expect: "UM004", option: "features.presence", hint: "write true or false", message: "expected a boolean"),
        BadCase(
            "quoted false for boolean", manifest: .append("features:\n  guest_access: ⟨\"false\""),
            expect: "UM004", option: "features.guest_access", hint: "write true or false without quotes"),
        BadCase(
            "yes for a boolean", manifest: .append("features:\n  presence: ⟨yes"),
            expect: "UM004", option: "features.presence", hint: "YAML 1.1 readers and YAML 1.2 readers disagree on 'yes'"),
        BadCase(
            "capitalised True for boolean", manifest: .append("features:\n  presence: ⟨True"),
            expect: "UM004", option: "features.presence", hint: "disagree on 'True'"),
        BadCase(
            "list for a hostname", manifest: .append("features:\n  calls: jitsi\n  jitsi_domain: ⟨[meet.example.org]"),
            expect: "UM004", option: "features.jitsi_domain", message: "expected a hostname, found a list"),
        BadCase(
            "text for a list", manifest: .branding("  languages: ⟨de\n"),
            expect: "UM004", option: "branding.languages", hint: "one item per line"),
        BadCase(
            "mapping for text", manifest: .branding("  tagline:\n    ⟨text: Safe messaging\n"),
            expect: "UM004", option: "branding.tagline", message: "expected a string, found a mapping"),
        BadCase(
            "list for a section", manifest: .append("features: ⟨[presence]"),
            expect: "UM004", option: "features", hint: "indented under their section"),
        BadCase(
            "integer above maximum", manifest: .append("sso:\n  max_login_failures: ⟨500"),
            expect: "UM005", option: "sso.max_login_failures", message: "500 is outside 1…100"),
        BadCase(
            "fraction for an integer", manifest: .append("sso:\n  max_login_failures: ⟨2.5"),
            expect: "UM004", option: "sso.max_login_failures", hint: "write a whole number"),
        BadCase(
            "quoted port number", environment: .insert("    port: ⟨\"5432\"\n", after: "    host: db.example.org\n"),
            expect: "UM004", option: "storage.postgres.port", hint: "write a whole number without quotes"),
        BadCase(
            "word for replica count",
            environment: .insert(
                """
                  replicas:
                    synapse: ⟨two

                """, after: "  push_host: push.example.org\n"),
            expect: "UM004", option: "platform.replicas.synapse", message: "expected an integer"),
        BadCase(
            "rate below minimum",
            manifest: .append(
                """
                security:
                  rate_limits:
                    login_per_second: ⟨0
                """),
            expect: "UM005", option: "security.rate_limits.login_per_second", message: "is outside 0.001…"),
        BadCase(
            "text for route labels", environment: .insert("  route_labels: ⟨internal\n", after: "  push_host: push.example.org\n"),
            expect: "UM004", option: "platform.route_labels", message: "expected a mapping"),
    ]

    static let booleanCases: [BadCase] = [
        BadCase(
            "unquoted on as text", manifest: .branding("  tagline: ⟨on\n"),
            expect: "UM009", option: "branding.tagline", hint: "quote it: \"on\""),
        BadCase(
            "unquoted off as choice", manifest: .append("features:\n  room_directory: ⟨off"),
            expect: "UM009", option: "features.room_directory", hint: "quote it: \"off\""),
        BadCase(
            "unquoted yes as text", manifest: .append("features:\n  server_notices_name: ⟨yes"),
            expect: "UM009", option: "features.server_notices_name", message: "'yes' is a boolean in YAML 1.1"),
        BadCase(
            "unquoted no as choice", manifest: .append("security:\n  encryption_default: ⟨no"),
            expect: "UM009", option: "security.encryption_default", hint: "quote it: \"no\""),
        BadCase(
            "country code NO unquoted", manifest: .branding("  default_country_code: ⟨NO\n"),
            expect: "UM009", option: "branding.default_country_code", hint: "quote it: \"NO\""),
        BadCase(
            "unquoted on in a list", manifest: .append("sso:\n  scopes: [openid, ⟨on]"),
            expect: "UM009", option: "sso.scopes[1]", hint: "quote it: \"on\""),
    ]

    static let indentationCases: [BadCase] = [
        BadCase(
            "section lost its indentation",
            manifest: .append(
                """
                ⟨features:
                presence: true
                polls: false
                """),
            expect: "UM010", option: "features", hint: "indent presence, polls by two spaces under 'features:'",
            message: "lost their indentation: presence, polls"),
        BadCase(
            "subsection lost its indentation",
            manifest: .append(
                """
                security:
                  ⟨retention:
                  enabled: true
                  min_period: 2d
                """),
            expect: "UM010", option: "security.retention", hint: "indent enabled, min_period by two spaces under 'retention:'",
            message: "lost their indentation: enabled, min_period"),
        BadCase(
            "empty section", manifest: .append("⟨features:"),
            expect: "UM010", option: "features", hint: "indent its options under it", message: "section 'features' is empty"),
        BadCase(
            "environment section lost indentation",
            environment: .replace(
                """
                identity:
                  server_name: example.org
                  public_base_url: https://matrix.example.org
                  web_client_url: https://chat.example.org

                """,
                with: """
                    ⟨identity:
                    server_name: example.org
                    public_base_url: https://matrix.example.org
                    web_client_url: https://chat.example.org

                    """),
            expect: "UM010", option: "identity", hint: "indent server_name, public_base_url, web_client_url"),
    ]

    static let domainCases: [BadCase] = [
        // Durations
        BadCase(
            "duration with a space", manifest: .append("security:\n  session_lifetime: ⟨1 day"),
            expect: "UM011", option: "security.session_lifetime", hint: "without a space", message: "'1 day' is not a duration"),
        BadCase(
            "duration with unit word", manifest: .append("security:\n  session_lifetime: ⟨30days"),
            expect: "UM011", option: "security.session_lifetime", message: "'30days' is not a duration"),
        BadCase(
            "duration without unit", manifest: .append("security:\n  session_lifetime: ⟨90"),
            expect: "UM011", option: "security.session_lifetime", hint: "for example 90d or 12h"),
        BadCase(
            "duration with unknown unit", manifest: .append("security:\n  session_lifetime: ⟨5x"),
            expect: "UM011", option: "security.session_lifetime", message: "'5x' is not a duration"),
        BadCase(
            "duration below minimum", manifest: .append("security:\n  session_lifetime: ⟨30m"),
            expect: "UM005", option: "security.session_lifetime", message: "duration 30m is outside 1h…"),
        // Byte sizes
        BadCase(
            "size with MB suffix", manifest: .append("storage:\n  max_upload_size: ⟨50MB"),
            expect: "UM012", option: "storage.max_upload_size", hint: "K, M, G or T"),
        BadCase(
            "fractional size", manifest: .append("storage:\n  max_upload_size: ⟨1.5G"),
            expect: "UM012", option: "storage.max_upload_size", message: "'1.5G' is not a byte size"),
        BadCase(
            "lower-case size unit", manifest: .append("storage:\n  max_upload_size: ⟨50m"),
            expect: "UM012", option: "storage.max_upload_size", message: "'50m' is not a byte size"),
        // URLs
        BadCase(
            "plain http URL", manifest: .branding("  help_url: ⟨http://help.example.org\n"),
            expect: "UM013", option: "branding.help_url", hint: "allows no plain http"),
        BadCase(
            "ftp URL", manifest: .branding("  help_url: ⟨ftp://files.example.org/help\n"),
            expect: "UM013", option: "branding.help_url", message: "is not an https URL"),
        BadCase(
            "URL without host", manifest: .branding("  help_url: ⟨https:///help\n"),
            expect: "UM013", option: "branding.help_url", message: "has no valid host"),
        BadCase(
            "URL with invalid port", manifest: .branding("  help_url: ⟨https://help.example.org:99999/\n"),
            expect: "UM013", option: "branding.help_url"),
        BadCase(
            "URL with a space", manifest: .branding("  help_url: ⟨https://help.example.org/user guide\n"),
            expect: "UM013", option: "branding.help_url"),
        // The column counts 'Ü' as one character, as editors do, not as its two UTF-8 bytes.
        BadCase(
            "http URL after umlaut", manifest: .branding("  footer_links: [{text: Über uns, url: ⟨http://example.org/about}]\n"),
            expect: "UM013", option: "branding.footer_links[0].url", hint: "start it with https://"),
        // Hostnames
        BadCase(
            "hostname with underscore", manifest: .append("features:\n  calls: jitsi\n  jitsi_domain: ⟨meet_server.example.org"),
            expect: "UM014", option: "features.jitsi_domain", hint: "write a DNS name"),
        BadCase(
            "hostname with scheme", manifest: .append("features:\n  calls: jitsi\n  jitsi_domain: ⟨https://meet.example.org"),
            expect: "UM014", option: "features.jitsi_domain", hint: "without scheme, port or path"),
        BadCase(
            "hostname with port", manifest: .append("features:\n  calls: jitsi\n  jitsi_domain: ⟨meet.example.org:443"),
            expect: "UM014", option: "features.jitsi_domain", message: "is not a hostname"),
        // A required option whose value is invalid is reported once, not again as missing.
        BadCase(
            "server name with underscore",
            environment: .replace("  server_name: example.org\n", with: "  server_name: ⟨matrix_server\n"),
            expect: "UM014", option: "identity.server_name", message: "'matrix_server' is not a hostname"),
        // Email addresses
        BadCase(
            "email without at sign", manifest: .branding("  support_email: ⟨support.example.org\n"),
            expect: "UM015", option: "branding.support_email", hint: "name@example.org"),
        BadCase(
            "email with mailto prefix", manifest: .branding("  support_email: ⟨mailto:support@example.org\n"),
            expect: "UM015", option: "branding.support_email", hint: "without mailto:"),
        BadCase(
            "email with a space", manifest: .branding("  support_email: ⟨support team@example.org\n"),
            expect: "UM015", option: "branding.support_email"),
        // CIDR blocks
        BadCase(
            "CIDR prefix 33",
            manifest: .append(
                """
                security:
                  ip_range_blocklist:
                    - 10.0.0.0/8
                    - ⟨192.168.0.0/33
                """),
            expect: "UM016", option: "security.ip_range_blocklist[1]", hint: "10.20.0.0/16"),
        BadCase(
            "CIDR with three octets", manifest: .append("security:\n  ip_range_blocklist:\n    - ⟨10.0.0/8"),
            expect: "UM016", option: "security.ip_range_blocklist[0]", message: "'10.0.0/8' is not a CIDR block"),
        BadCase(
            "CIDR octet leading zero", manifest: .append("security:\n  ip_range_blocklist: [10.0.0.0/8, ⟨010.1.0.0/16]"),
            expect: "UM016", option: "security.ip_range_blocklist[1]"),
        BadCase(
            "allow-list entry without prefix",
            environment: .insert(
                """
                  ip_allowlist: [10.0.0.0/8, ⟨141.20.0.0]

                """, after: "  push_host: push.example.org\n"),
            expect: "UM016", option: "platform.ip_allowlist[1]", message: "'141.20.0.0' is not a CIDR block"),
        // Colours
        BadCase(
            "colour name", manifest: .branding("  colors:\n    accent: ⟨blue\n"),
            expect: "UM017", option: "branding.colors.accent", hint: "write #rrggbb"),
        BadCase(
            "five-digit colour", manifest: .branding("  colors:\n    accent: ⟨\"#12345\"\n"),
            expect: "UM017", option: "branding.colors.accent", message: "'#12345' is not a hex colour"),
        // Unquoted, '#' starts a comment and the value is null.
        BadCase(
            "unquoted hex colour", manifest: .branding("  colors:\n    accent: ⟨#12345a\n"),
            expect: "UM004", option: "branding.colors.accent", hint: "quote the value: \"#12345a\"",
            message: "the value became a comment"),
        // Language tags
        BadCase(
            "language name", manifest: .branding("  default_language: ⟨german\n"),
            expect: "UM018", option: "branding.default_language", hint: "de, en or de-CH"),
        BadCase(
            "underscore in language tag", manifest: .branding("  languages:\n    - de\n    - ⟨de_DE\n"),
            expect: "UM018", option: "branding.languages[1]", message: "'de_DE' is not a BCP 47 language tag"),
        // Container images
        BadCase(
            "image without tag",
            environment: .replace(
                "    synapse: registry.example.org/matrix/synapse:v1.120.0\n",
                with: "    synapse: ⟨registry.example.org/matrix/synapse\n"),
            expect: "UM019", option: "platform.images.synapse", hint: "registry/name:tag"),
        BadCase(
            "image with upper case",
            environment: .replace(
                "    element: registry.example.org/matrix/element-web:v1.11.90\n",
                with: "    element: ⟨registry.example.org/Matrix/Element-Web:v1.11.90\n"),
            expect: "UM019", option: "platform.images.element", message: "is not an image reference"),
        BadCase(
            "image with registry port only",
            environment: .replace(
                "    sygnal: registry.example.org/matrix/sygnal:v0.15.1\n",
                with: "    sygnal: ⟨registry.example.org:5000/matrix/sygnal\n"),
            expect: "UM019", option: "platform.images.sygnal", message: "with a tag or digest"),
        BadCase(
            "image with short digest",
            environment: .replace(
                "    keycloak: registry.example.org/iam/keycloak:26.0.7\n",
                with: "    keycloak: ⟨registry.example.org/iam/keycloak@sha256:abc123\n"),
            expect: "UM019", option: "platform.images.keycloak", hint: "@sha256:<64 hex digits>"),
        // Secret references
        BadCase(
            "secret without key",
            environment: .replace(
                "  client_secret: synapse-oidc/client-secret\n",
                with: "  client_secret: ⟨oidc-secret\n"),
            expect: "UM020", option: "sso.client_secret", hint: "secret-name/key"),
        BadCase(
            "literal database password",
            environment: .replace(
                "    password: synapse-db/password\n",
                with: "    password: ⟨\"Sommer2024!\"\n"),
            expect: "UM020", option: "storage.postgres.password", hint: "never write the secret itself"),
        // Text patterns
        BadCase(
            "lower-case country code", manifest: .branding("  default_country_code: ⟨de\n"),
            expect: "UM021", option: "branding.default_country_code", hint: "for example 'DE'"),
        BadCase(
            "namespace with capitals", environment: .replace("  namespace: messenger-test\n", with: "  namespace: ⟨Messenger_Test\n"),
            expect: "UM021", option: "platform.namespace", hint: "for example 'synapse-media'"),
    ]

    static let environmentCases: [BadCase] = [
        BadCase(
            "environment sets registration", environment: .append("features:\n  ⟨registration: true"),
            expect: "UM008", option: "features.registration", hint: "set it in manifest.yaml"),
        BadCase(
            "environment sets product name", environment: .append("branding:\n  ⟨product_name: Test Messenger"),
            expect: "UM008", option: "branding.product_name", message: "may not be set in an environment file"),
        BadCase(
            "environment sets retention", environment: .append("security:\n  retention:\n    ⟨enabled: false"),
            expect: "UM008", option: "security.retention.enabled"),
        // A missing option has no token, so the diagnostic points at the start of the file that should set it.
        BadCase(
            "push host missing", environment: .prepend("⟨"), .delete("  push_host: push.example.org\n"),
            expect: "UM007", option: "platform.push_host", hint: "add it (hostname)"),
        BadCase(
            "organization missing", manifest: .prepend("⟨"), .delete("  organization: Example Hospital\n"),
            expect: "UM007", option: "branding.organization", message: "required option 'branding.organization' is not set"),
    ]

    static let choiceCases: [BadCase] = [
        BadCase(
            "misspelt calls value", manifest: .append("features:\n  calls: ⟨jitsy"),
            expect: "UM006", option: "features.calls", hint: "did you mean 'jitsi'?"),
        BadCase(
            "lower-case log level", environment: .insert("  log_level: ⟨info\n", after: "  push_host: push.example.org\n"),
            expect: "UM006", option: "platform.log_level", hint: "did you mean 'INFO'?"),
        BadCase(
            "misspelt choice in list", manifest: .append("security:\n  key_backup_methods: [key, ⟨pasphrase]"),
            expect: "UM006", option: "security.key_backup_methods[1]", hint: "did you mean 'passphrase'?"),
        BadCase(
            "unknown calls value", manifest: .append("features:\n  calls: ⟨zoom"),
            expect: "UM006", option: "features.calls", message: "'zoom' is not one of off, jitsi, element_call"),
    ]

    static let ruleCases: [BadCase] = [
        BadCase(
            "allowlist mode, empty list",
            manifest: .append(
                """
                security:
                  federation:
                    mode: allowlist
                    allowlist: ⟨[]
                """),
            expect: "UM030", option: "security.federation.allowlist", message: "because the federation mode is allowlist"),
        BadCase(
            "Jitsi calls without domain", manifest: .append("features:\n  calls: ⟨jitsi"),
            expect: "UM030", option: "features.jitsi_domain", message: "must be set because calls use Jitsi"),
        BadCase(
            "retention minimum above default",
            manifest: .append(
                """
                security:
                  retention:
                    min_period: ⟨400d
                    default_period: 365d
                """),
            expect: "UM030", option: "security.retention.min_period", hint: "shorten security.retention.min_period"),
        BadCase(
            "access token outlives session",
            manifest: .append(
                """
                security:
                  session_lifetime: 30d
                  access_token_lifetime: ⟨31d
                """),
            expect: "UM030", option: "security.access_token_lifetime", hint: "lengthen security.session_lifetime"),
        BadCase(
            "pool minimum above maximum",
            manifest: .append(
                """
                storage:
                  postgres:
                    pool_min: ⟨20
                    pool_max: 10
                """),
            expect: "UM030", option: "storage.postgres.pool_min", message: "pool_min 20 is larger than pool_max 10"),
        BadCase(
            "pool maximum lowered per environment",
            manifest: .append("storage:\n  postgres:\n    pool_min: ⟨8"),
            environment: .insert("    pool_max: 6\n", after: "    host: db.example.org\n"),
            expect: "UM030", option: "storage.postgres.pool_min", message: "pool_min 8 is larger than pool_max 6"),
        BadCase(
            "scopes without openid", manifest: .append("sso:\n  scopes: ⟨[profile, email]"),
            expect: "UM030", option: "sso.scopes", hint: "add openid to sso.scopes"),
        BadCase(
            "base URL with path",
            environment: .replace(
                "  public_base_url: https://matrix.example.org\n",
                with: "  public_base_url: ⟨https://matrix.example.org/_matrix\n"),
            expect: "UM030", option: "identity.public_base_url", hint: "use the bare origin"),
        BadCase(
            "push app ID twice",
            manifest: .append(
                """
                push:
                  apps:
                    - id: org.example.app
                      platform: android
                      credentials: push/fcm
                      fcm_project: example-push
                    - id: ⟨org.example.app
                      platform: ios
                      credentials: push/apns
                      topic: org.example.app
                      key_id: ABC123DEFG
                      team_id: ABC123DEFG
                """),
            expect: "UM030", option: "push.apps[1].id", message: "is listed twice"),
        BadCase(
            "iOS push app without topic",
            manifest: .append(
                """
                push:
                  apps:
                    - id: org.example.android
                      platform: android
                      credentials: push/fcm
                      fcm_project: example-push
                    - ⟨id: org.example.ios
                      platform: ios
                      credentials: push/apns
                      key_id: ABC123DEFG
                      team_id: ABC123DEFG
                """),
            expect: "UM030", option: "push.apps[1].topic", hint: "set push.apps[1].topic"),
    ]

    static let combinedCases: [BadCase] = [
        BadCase(
            "two mistakes in manifest",
            manifest: .append(
                """
                features:
                  presence: ⟨yes
                security:
                  session_lifetime: ⟪1 day
                """),
            expect: "UM004", option: "features.presence", errors: 2,
            also: Expected("UM011", option: "security.session_lifetime")),
        BadCase(
            "mistakes in both files",
            manifest: .append("features:\n  calls: ⟨jitsy"),
            environment: .replace("  server_name: example.org\n", with: "  server_name: ⟪matrix_server\n"),
            expect: "UM006", option: "features.calls", errors: 2,
            also: Expected("UM014", option: "identity.server_name")),
    ]

    // MARK: - Checking one case

    static func check(_ badCase: BadCase) throws {
        let manifest = try MarkedText(badCase.manifest.reduce(baseManifest) { try $1.apply(to: $0) })
        let environment = try MarkedText(badCase.environment.reduce(baseEnvironment) { try $1.apply(to: $0) })
        let result = try load(manifest: manifest.text, environment: environment.text)
        let errors = result.diagnostics.filter { $0.severity == .error }

        let failed = result.hasErrors
        let loaded = result.configuration != nil
        #expect(failed, "validation reported no error")
        #expect(!loaded, "validation returned a configuration")
        #expect(errors.count == badCase.errors, "\(listing(result.diagnostics))")

        var targets = [(badCase.expected, MarkedText.primary)]
        if let second = badCase.also { targets.append((second, MarkedText.secondary)) }
        for (expected, marker) in targets {
            let (file, marked) = try #require(
                [(manifestPath, manifest), (environmentPath, environment)].first { $0.1.positions[marker] != nil },
                "the case has no \(marker) marker")
            let position = try #require(marked.positions[marker])
            let matches = errors.filter { $0.code.rawValue == expected.code && $0.option == expected.option }
            let diagnostic = try #require(
                matches.first,
                "no \(expected.code) for \(expected.option ?? "no option") in:\n\(listing(errors))")
            #expect(matches.count == 1)
            #expect(diagnostic.file == file)
            #expect(
                diagnostic.mark.map { Position(line: $0.line, column: $0.column) } == position,
                "\(listing([diagnostic]))")
            if let source = diagnostic.sourceLine {
                #expect(source == marked.line(position.line))
            }
            if let hint = expected.hint {
                #expect(diagnostic.hint?.contains(hint) == true, "hint: \(diagnostic.hint ?? "none")")
            }
            if let message = expected.message {
                #expect(diagnostic.message.contains(message), "message: \(diagnostic.message)")
            }
        }
    }

    static func load(manifest: String, environment: String) throws -> ConfigurationLoader.Result {
        let folder = try TemporaryFolder()
        try folder.write(manifest, to: manifestPath)
        try folder.write(environment, to: environmentPath)
        return ConfigurationLoader(root: folder.url).load(environment: "test")
    }

    /// Formats one line per diagnostic, for failure messages.
    static func listing(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let position = diagnostic.mark.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(diagnostic.file):\(position) \(diagnostic.code.rawValue) [\(diagnostic.option ?? "")] "
                + "\(diagnostic.message) (hint: \(diagnostic.hint ?? ""))"
        }.joined(separator: "\n")
    }
}

// MARK: - Table types

extension InvalidManifestTableTests {
    /// A 1-based line and column, counted in characters.
    struct Position: Hashable, Sendable, CustomStringConvertible {
        var line: Int
        var column: Int

        var description: String { "\(line):\(column)" }
    }

    /// A diagnostic a case must produce, at the position of its marker.
    struct Expected: Sendable {
        var code: String
        var option: String?
        /// Text the hint must contain.
        var hint: String?
        /// Text the message must contain.
        var message: String?

        init(_ code: String, option: String?, hint: String? = nil, message: String? = nil) {
            self.code = code
            self.option = option
            self.hint = hint
            self.message = message
        }
    }

    /// A change to one of the two base files.
    enum Edit: Sendable {
        /// Adds lines at the end of the file.
        case append(String)
        /// Adds text before the first line, typically a lone marker for a diagnostic at 1:1.
        case prepend(String)
        /// Replaces text that occurs exactly once in the file.
        case replace(String, with: String)
        /// Adds lines after text that occurs exactly once in the file.
        case insert(String, after: String)

        /// Adds lines to the manifest's branding section, after its required options.
        static func branding(_ lines: String) -> Edit {
            .insert(lines, after: "  organization: Example Hospital\n")
        }

        static func delete(_ text: String) -> Edit {
            .replace(text, with: "")
        }

        func apply(to text: String) throws -> String {
            switch self {
            case .append(let lines):
                return text + lines + (lines.hasSuffix("\n") ? "" : "\n")
            case .prepend(let prefix):
                return prefix + text
            case .replace(let old, let new):
                try Self.requireOnce(old, in: text)
                return text.replacingOccurrences(of: old, with: new)
            case .insert(let lines, let anchor):
                try Self.requireOnce(anchor, in: text)
                return text.replacingOccurrences(of: anchor, with: anchor + lines + (lines.hasSuffix("\n") ? "" : "\n"))
            }
        }

        private static func requireOnce(_ part: String, in text: String) throws {
            let count = text.components(separatedBy: part).count - 1
            try #require(count == 1, "expected '\(part)' once in the base file, found it \(count) times")
        }
    }

    /// YAML text with position markers, split into the text to write and the marked positions.
    struct MarkedText {
        /// Marks the token of the targeted diagnostic.
        static let primary: Character = "⟨"
        /// Marks the token of a second diagnostic in the same case.
        static let secondary: Character = "⟪"

        let text: String
        let positions: [Character: Position]

        init(_ marked: String) throws {
            var text = ""
            var positions: [Character: Position] = [:]
            var line = 1, column = 1
            for character in marked {
                if character == Self.primary || character == Self.secondary {
                    try #require(positions[character] == nil, "marker \(character) appears twice")
                    positions[character] = Position(line: line, column: column)
                    continue
                }
                text.append(character)
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            self.text = text
            self.positions = positions
        }

        /// Returns the text of the 1-based line `number`.
        func line(_ number: Int) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.indices.contains(number - 1) ? String(lines[number - 1]) : ""
        }
    }

    /// One broken input and the diagnostic it must produce.
    struct BadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var manifest: [Edit]
        var environment: [Edit]
        /// The targeted diagnostic, at the `⟨` marker.
        var expected: Expected
        /// A second diagnostic the same run must report, at the `⟪` marker.
        var also: Expected?
        /// The number of errors the run reports in total.
        var errors: Int

        init(
            _ name: String, manifest: Edit..., environment: Edit..., expect code: String, option: String?,
            hint: String? = nil, message: String? = nil, errors: Int = 1, also: Expected? = nil
        ) {
            self.name = name
            self.manifest = manifest
            self.environment = environment
            self.expected = Expected(code, option: option, hint: hint, message: message)
            self.also = also
            self.errors = errors
        }

        var testDescription: String { name }
    }
}
