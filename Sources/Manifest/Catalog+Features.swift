extension CatalogSections {
    private static let synapse = "synapse/homeserver.yaml"
    private static let element = "element/config.json"

    static let features: [Option] = [
        Option(
            "features.registration", .bool, default: .bool(false), security: true,
            "Whether anyone may create an account on the server without SSO.",
            reaches: ["\(synapse): enable_registration", "\(element): setting_defaults.UIFeature.registration"]),
        Option(
            "features.guest_access", .bool, default: .bool(false), security: true,
            "Whether guests without an account may read and join rooms.",
            reaches: ["\(synapse): allow_guest_access", "\(element): disable_guests"]),
        Option(
            "features.url_previews", .bool, default: .bool(false), security: true,
            "Whether the server fetches previews of links, which leaks link targets to their hosts.",
            reaches: ["\(synapse): url_preview_enabled", "\(element): setting_defaults.urlPreviewsEnabled"]),
        Option(
            "features.room_directory", .enumeration(["off", "local"]), default: .string("local"),
            "Who may publish rooms to the room directory: nobody, or local users.",
            reaches: ["\(synapse): room_list_publication_rules", "\(element): room_directory"]),
        Option(
            "features.user_directory", .bool, default: .bool(true),
            "Whether users can search for other users.",
            reaches: ["\(synapse): user_directory.enabled"]),
        Option(
            "features.user_directory_scope", .enumeration(["shared_rooms", "all_users"]), default: .string("all_users"),
            "Which users the user search finds: those sharing a room, or all local users.",
            reaches: ["\(synapse): user_directory.search_all_users"]),
        Option(
            "features.presence", .bool, default: .bool(true),
            "Whether users see who is online.",
            reaches: ["\(synapse): presence.enabled"]),
        Option(
            "features.typing_notifications", .bool, default: .bool(true),
            "Whether clients send typing notifications by default.",
            reaches: ["\(element): setting_defaults.sendTypingNotifications"]),
        Option(
            "features.read_receipts", .bool, default: .bool(true),
            "Whether clients send public read receipts by default.",
            reaches: ["\(element): setting_defaults.sendReadReceipts"]),
        Option(
            "features.polls", .bool, default: .bool(true),
            "Whether the message composer offers polls.",
            reaches: ["\(element): setting_defaults.MessageComposerInput.showPollsButton"]),
        Option(
            "features.location_sharing", .bool, default: .bool(false), security: true,
            "Whether users can share their location.",
            reaches: ["\(element): setting_defaults.UIFeature.locationSharing"]),
        Option(
            "features.map_style_url", .url(),
            "Map style for location sharing, on a tile server the hospital controls.",
            reaches: ["\(element): map_style_url"]),
        Option(
            "features.calls", .enumeration(["off", "jitsi", "element_call"]), default: .string("off"),
            "Voice and video calls: off, through a Jitsi server, or through Element Call.",
            reaches: ["\(element): setting_defaults.UIFeature.voip", "\(element): jitsi", "\(element): element_call"]),
        Option(
            "features.jitsi_domain", .hostname,
            "Jitsi server for group calls when calls use Jitsi.",
            reaches: ["\(element): jitsi.preferred_domain"]),
        Option(
            "features.element_call_url", .url(),
            "Element Call deployment when calls use Element Call.",
            reaches: ["\(element): element_call.url"]),
        Option(
            "features.turn_uris", .list(.text(pattern: "turns?:[^ ]+", example: "turns:turn.example.org:443?transport=tcp")),
            default: .list([]),
            "TURN servers for one-to-one calls.",
            reaches: ["\(synapse): turn_uris"]),
        Option(
            "features.turn_user_lifetime", .duration(min: 60_000), default: .string("1h"),
            "How long TURN credentials handed to clients stay valid.",
            reaches: ["\(synapse): turn_user_lifetime"]),
        Option(
            "features.widgets", .bool, default: .bool(false), security: true,
            "Whether users can add widgets to rooms.",
            reaches: ["\(element): setting_defaults.UIFeature.widgets"]),
        Option(
            "features.integration_manager", .enumeration(["none", "custom"]), default: .string("none"), security: true,
            "Integration manager: none, or one the hospital runs.",
            reaches: ["\(element): integrations_ui_url", "\(element): integrations_rest_url"]),
        Option(
            "features.integrations_ui_url", .url(),
            "User interface of the integration manager when it is custom.",
            reaches: ["\(element): integrations_ui_url"]),
        Option(
            "features.integrations_rest_url", .url(),
            "API of the integration manager when it is custom.",
            reaches: ["\(element): integrations_rest_url"]),
        Option(
            "features.threepid_login", .bool, default: .bool(false),
            "Whether the login page accepts email addresses and phone numbers.",
            reaches: ["\(element): disable_3pid_login"]),
        Option(
            "features.password_login", .bool, default: .bool(false), security: true,
            "Whether Synapse accepts passwords in addition to SSO.",
            reaches: ["\(synapse): password_config.enabled"]),
        Option(
            "features.bug_report_url", .url(),
            "Rageshake server that receives bug reports; unset disables bug reports.",
            reaches: ["\(element): bug_report_endpoint_url", "\(element): setting_defaults.UIFeature.feedback"]),
        Option(
            "features.analytics", .bool, default: .bool(false), security: true,
            "Whether the web client may send usage analytics to the PostHog server below.",
            reaches: ["\(element): posthog"]),
        Option(
            "features.analytics_url", .url(),
            "PostHog server that receives analytics when analytics are on.",
            reaches: ["\(element): posthog.api_host"]),
        Option(
            "features.analytics_key", .text(),
            "PostHog project key; a public identifier, not a secret.",
            reaches: ["\(element): posthog.project_api_key"]),
        Option(
            "features.labs", .bool, default: .bool(false),
            "Whether users see experimental features in the settings.",
            reaches: ["\(element): show_labs_settings"]),
        Option(
            "features.auto_join_rooms", .list(.text(pattern: "#[^:\\s]+", example: "#general")),
            default: .list([]),
            "Rooms every new user joins, by alias without the server name, which each environment adds.",
            reaches: ["\(synapse): auto_join_rooms"]),
        Option(
            "features.auto_create_rooms", .bool, default: .bool(true),
            "Whether Synapse creates missing auto-join rooms.",
            reaches: ["\(synapse): autocreate_auto_join_rooms"]),
        Option(
            "features.server_notices", .bool, default: .bool(true),
            "Whether administrators can send notices to every user.",
            reaches: ["\(synapse): server_notices"]),
        Option(
            "features.server_notices_name", .text(), default: .string("Server Notices"),
            "Display name of the account that sends server notices.",
            reaches: ["\(synapse): server_notices.system_mxid_display_name"]),
        Option(
            "features.server_notices_room", .text(), default: .string("Server Notices"),
            "Name of the room server notices arrive in.",
            reaches: ["\(synapse): server_notices.room_name"]),
        Option(
            "features.profile_lookup", .enumeration(["authenticated", "shared_rooms"]), default: .string("shared_rooms"),
            "Who may look up a user's profile: any signed-in user, or only users sharing a room.",
            reaches: ["\(synapse): limit_profile_requests_to_users_who_share_rooms"]),
        Option(
            "features.custom_server_urls", .bool, default: .bool(false),
            "Whether the login page lets users pick another homeserver.",
            reaches: ["\(element): disable_custom_urls"]),
        Option(
            "features.default_room_version", .text(pattern: "[0-9]+", example: "10"), default: .string("10"),
            "Room version of newly created rooms.",
            reaches: ["\(synapse): default_room_version"]),
        Option(
            "features.max_avatar_size", .byteSize(min: 1024), default: .string("10M"),
            "Largest avatar image users may set.",
            reaches: ["\(synapse): max_avatar_size"]),
        Option(
            "features.mobile_guide_toast", .bool, default: .bool(true),
            "Whether the web client on a phone suggests the mobile apps.",
            reaches: ["\(element): mobile_guide_toast"]),
        Option(
            "features.sso_redirect", .bool, default: .bool(true),
            "Whether the web client goes straight to SSO instead of showing its login page.",
            reaches: ["\(element): sso_redirect_options.immediate"]),
        Option(
            "features.forget_rooms_on_leave", .bool, default: .bool(true),
            "Whether a room is forgotten as soon as its user leaves it.",
            reaches: ["\(synapse): forget_rooms_on_leave"]),
    ]
}
