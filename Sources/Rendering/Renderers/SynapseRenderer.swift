/// Renders Synapse's `homeserver.yaml` and its logging configuration.
enum SynapseRenderer {
    static let homeserverPath = "synapse/homeserver.yaml"
    static let logConfigPath = "synapse/log.yaml"

    static func render(_ context: inout RenderContext) throws(TemplateError) {
        let federation = context.configuration.string("security.federation.mode") != "closed"
        // A closed deployment does not even serve the federation API.
        let resources: [Tree] = federation ? [.string("client"), .string("federation")] : [.string("client")]
        context.derive("synapse_listener_resources", .list(resources))
        let publication = context.configuration.string("features.room_directory") == "off" ? "deny" : "allow"
        context.derive("room_publication_action", .string(publication))

        let serverName = context.configuration.string("identity.server_name") ?? ""
        let rooms = context.configuration.list("features.auto_join_rooms").compactMap(\.stringValue)
        context.derive("auto_join_rooms", .list(rooms.map { .string("\($0):\(serverName)") }))

        try context.render("synapse/homeserver.yaml", to: homeserverPath, as: .yaml)
        try context.render("synapse/log.yaml", to: logConfigPath, as: .yaml)
    }
}
