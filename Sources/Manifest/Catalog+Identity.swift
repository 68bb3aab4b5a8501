extension CatalogSections {
    static let identity: [Option] = [
        Option(
            "identity.server_name", .hostname, required: true, scope: .overridable,
            "Domain in user IDs such as @name:server_name; it never changes after the first start.",
            reaches: [
                "synapse/homeserver.yaml: server_name", "element/config.json: default_server_config",
                "well-known/client.json", "well-known/server.json",
            ]),
        Option(
            "identity.public_base_url", .url(), required: true, scope: .overridable,
            "Address clients reach Synapse at; its host gets the Matrix route.",
            reaches: [
                "synapse/homeserver.yaml: public_baseurl", "element/config.json: default_server_config",
                "well-known/client.json: m.homeserver.base_url", "openshift/routes.yaml: synapse",
            ]),
        Option(
            "identity.web_client_url", .url(), required: true, scope: .overridable,
            "Address of Element Web; its host gets the web client route.",
            reaches: [
                "synapse/homeserver.yaml: web_client_location", "element/config.json: permalink_prefix",
                "openshift/routes.yaml: element-web",
            ]),
        Option(
            "identity.federation_port", .int(1...65535), default: .int(443),
            "Port other servers reach this server on, published in the server well-known file.",
            reaches: ["well-known/server.json: m.server"]),
        Option(
            "identity.admin_contact", .email,
            "Address shown to users when the server reports an error.",
            reaches: ["synapse/homeserver.yaml: admin_contact"]),
        Option(
            "identity.serve_well_known", .bool, default: .bool(true),
            "Whether Synapse itself serves /.well-known/matrix/server and a route publishes it on the server name.",
            reaches: ["synapse/homeserver.yaml: serve_server_wellknown", "openshift/routes.yaml: well-known"]),
    ]
}
