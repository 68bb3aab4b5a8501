extension CatalogSections {
    private static let sygnal = "sygnal/sygnal.yaml"

    /// One app that receives pushes, as Sygnal's `apps` section needs it.
    static let pushApp = OptionType.record([
        RecordField("id", .text(pattern: "[A-Za-z0-9_.-]+", example: "de.example.messenger.ios")),
        RecordField("platform", .enumeration(["ios", "android"])),
        RecordField("credentials", .secretReference),
        RecordField("topic", .text(), required: false),
        RecordField("apns_environment", .enumeration(["production", "sandbox"]), required: false, default: .string("production")),
        RecordField("key_id", .text(pattern: "[A-Z0-9]{10}", example: "ABC123DEFG"), required: false),
        RecordField("team_id", .text(pattern: "[A-Z0-9]{10}", example: "ABC123DEFG"), required: false),
        RecordField("fcm_project", .text(pattern: "[a-z][a-z0-9-]{4,28}[a-z0-9]", example: "umessenger-push"), required: false),
    ])

    static let push: [Option] = [
        Option(
            "push.enabled", .bool, default: .bool(true),
            "Whether Synapse sends push notifications and Sygnal is deployed.",
            reaches: ["synapse/homeserver.yaml: push.enabled", "openshift/sygnal.yaml"]),
        Option(
            "push.include_content", .bool, default: .bool(false), security: true,
            "Whether notifications carry message content through Apple's and Google's servers.",
            reaches: ["synapse/homeserver.yaml: push.include_content"]),
        Option(
            "push.group_unread_count_by_room", .bool, default: .bool(true),
            "Whether the badge counts rooms with unread messages instead of messages.",
            reaches: ["synapse/homeserver.yaml: push.group_unread_count_by_room"]),
        Option(
            "push.apps", .list(pushApp), default: .list([]),
            "Mobile apps Sygnal delivers to; each app ID serves one platform.",
            reaches: ["\(sygnal): apps", "openshift/sygnal.yaml: volumes"]),
        Option(
            "push.badge_counts", .bool, default: .bool(true),
            "Whether Android pushes carry unread counts; apps that decrypt events locally do not need them.",
            reaches: ["\(sygnal): apps.*.send_badge_counts"]),
    ]
}
