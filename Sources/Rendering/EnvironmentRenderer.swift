import Manifest

/// Renders every output file of one environment from its configuration.
public struct EnvironmentRenderer: Sendable {
    public let templates: TemplateLibrary

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    public func render(_ configuration: Configuration) throws(TemplateError) -> RenderedEnvironment {
        var context = RenderContext(configuration: configuration, templates: templates)
        DerivedValues.add(to: &context)
        // Order matters: the OpenShift manifests embed the files rendered before them.
        try SynapseRenderer.render(&context)
        try ElementRenderer.render(&context)
        try KeycloakRenderer.render(&context)
        try SygnalRenderer.render(&context)
        try WellKnownRenderer.render(&context)
        try OpenShiftRenderer.render(&context)
        return RenderedEnvironment(environment: configuration.environment, files: context.files)
    }
}
