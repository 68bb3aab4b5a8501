extension CatalogSections {
    private static let synapse = "synapse/homeserver.yaml"
    private static let element = "element/config.json"
    private static let day: Int64 = 86_400_000

    /// Address ranges a hospital server never contacts for federation, push or previews.
    static let privateRanges: [String] = [
        "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
        "192.0.0.0/24", "169.254.0.0/16", "192.88.99.0/24", "198.18.0.0/15", "192.0.2.0/24",
        "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "::1/128", "fe80::/10", "fc00::/7",
        "2001:db8::/32", "ff00::/8", "fec0::/10",
    ]

    static let security: [Option] = [
        Option(
            "security.encryption_default", .enumeration(["all", "invite", "off"]), default: .string("all"), security: true,
            "Which new rooms are end-to-end encrypted: all, only private ones, or none.",
            reaches: ["\(synapse): encryption_enabled_by_default_for_room_type", "well-known/client.json: io.element.e2ee.default"]),
        Option(
            "security.force_verification", .bool, default: .bool(true), security: true,
            "Whether a new session must be verified before it can read encrypted messages.",
            reaches: ["\(element): force_verification"]),
        Option(
            "security.key_backup_required", .bool, default: .bool(true), security: true,
            "Whether users must set up key backup, so that history survives a lost device.",
            reaches: ["well-known/client.json: io.element.e2ee.secure_backup_required"]),
        Option(
            "security.key_backup_methods", .list(.enumeration(["key", "passphrase"])),
            default: .list([.string("key"), .string("passphrase")]),
            "How users may secure their key backup.",
            reaches: ["well-known/client.json: io.element.e2ee.secure_backup_setup_methods"]),
        Option(
            "security.retention.enabled", .bool, default: .bool(true), security: true,
            "Whether Synapse deletes messages after their retention period.",
            reaches: ["\(synapse): retention.enabled"]),
        Option(
            "security.retention.default_period", .duration(min: day), default: .string("365d"), security: true,
            "Retention period of rooms that set none.",
            reaches: ["\(synapse): retention.default_policy.max_lifetime"]),
        Option(
            "security.retention.min_period", .duration(min: day), default: .string("1d"), security: true,
            "Shortest retention period a room may set.",
            reaches: ["\(synapse): retention.allowed_lifetime_min"]),
        Option(
            "security.retention.max_period", .duration(min: day), default: .string("3650d"), security: true,
            "Longest retention period a room may set.",
            reaches: ["\(synapse): retention.allowed_lifetime_max"]),
        Option(
            "security.retention.purge_interval", .duration(min: 60_000, max: 7 * day), default: .string("12h"),
            "How often the purge job deletes expired messages.",
            reaches: ["\(synapse): retention.purge_jobs[0].interval"]),
        Option(
            "security.session_lifetime", .duration(min: 3_600_000), default: .string("90d"), security: true,
            "Time after which every login ends and the user signs in again.",
            reaches: ["\(synapse): session_lifetime"]),
        Option(
            "security.access_token_lifetime", .duration(min: 60_000), default: .string("5m"), security: true,
            "Lifetime of refreshable access tokens.",
            reaches: ["\(synapse): refreshable_access_token_lifetime"]),
        Option(
            "security.refresh_token_lifetime", .duration(min: 60_000), default: .string("24h"), security: true,
            "Time a refresh token stays valid without use.",
            reaches: ["\(synapse): refresh_token_lifetime"]),
        Option(
            "security.rate_limits.login_per_second", .number(0.001...100), default: .number(0.17),
            "Sustained login attempts per second allowed from one address.",
            reaches: ["\(synapse): rc_login.address.per_second"]),
        Option(
            "security.rate_limits.login_burst", .int(1...1000), default: .int(3),
            "Login attempts one address may make in a burst.",
            reaches: ["\(synapse): rc_login.address.burst_count"]),
        Option(
            "security.rate_limits.message_per_second", .number(0.001...100), default: .number(0.2),
            "Sustained messages per second a user may send.",
            reaches: ["\(synapse): rc_message.per_second"]),
        Option(
            "security.rate_limits.message_burst", .int(1...1000), default: .int(10),
            "Messages a user may send in a burst.",
            reaches: ["\(synapse): rc_message.burst_count"]),
        Option(
            "security.federation.mode", .enumeration(["closed", "allowlist", "open"]), default: .string("closed"), security: true,
            "Which servers may federate: none, those on the allow-list, or any.",
            reaches: ["\(synapse): federation_domain_whitelist", "openshift/routes.yaml: synapse-federation"]),
        Option(
            "security.federation.allowlist", .list(.hostname), default: .list([]), security: true,
            "Servers allowed to federate when the mode is allowlist.",
            reaches: ["\(synapse): federation_domain_whitelist"]),
        Option(
            "security.trusted_key_servers", .list(.hostname), default: .list([]), security: true,
            "Key servers Synapse trusts for other servers' signing keys; empty for a closed deployment.",
            reaches: ["\(synapse): trusted_key_servers"]),
        Option(
            "security.ip_range_blocklist", .list(.cidr), default: .list(privateRanges.map(Value.string)), security: true,
            "Addresses Synapse never connects to for federation, push and previews.",
            reaches: ["\(synapse): ip_range_blacklist", "\(synapse): url_preview_ip_range_blacklist"]),
        Option(
            "security.ip_range_allowlist", .list(.cidr), default: .list([]), scope: .overridable, security: true,
            "Exceptions to the block-list, such as the cluster network the push gateway is on.",
            reaches: ["\(synapse): ip_range_whitelist"]),
        Option(
            "security.redaction_retention", .duration(min: 0), default: .string("7d"), security: true,
            "How long the content of redacted messages is kept for moderators.",
            reaches: ["\(synapse): redaction_retention_period"]),
        Option(
            "security.user_ips_max_age", .duration(min: 0), default: .string("28d"), security: true,
            "How long the addresses and user agents of sessions are kept.",
            reaches: ["\(synapse): user_ips_max_age"]),
        Option(
            "security.admin_api_allowlist", .list(.cidr), default: .list([]), scope: .overridable, security: true,
            "Networks that reach the admin API through a separate route; empty means no admin route.",
            reaches: ["openshift/routes.yaml: synapse-admin"]),
        Option(
            "security.require_membership_for_aliases", .bool, default: .bool(true),
            "Whether only room members may create aliases for a room.",
            reaches: ["\(synapse): require_membership_for_aliases"]),
    ]
}
