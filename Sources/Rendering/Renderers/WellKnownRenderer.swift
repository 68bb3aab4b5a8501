/// Renders the files served under `/.well-known/matrix/` on the server name's host.
///
/// Synapse serves `client` and `server` itself (from `public_baseurl`,
/// `extra_well_known_client_content` and `serve_server_wellknown`); these files
/// record what it serves, and a check compares them with `homeserver.yaml`.
/// `support` is served by the Element Web pod.
enum WellKnownRenderer {
    static let clientPath = "well-known/client.json"
    static let serverPath = "well-known/server.json"
    static let supportPath = "well-known/support.json"

    static func render(_ context: inout RenderContext) throws(TemplateError) {
        try context.render("well-known/client.json", to: clientPath, as: .json)
        try context.render("well-known/server.json", to: serverPath, as: .json)
        try context.render("well-known/support.json", to: supportPath, as: .json)
    }
}
