import Foundation
import Rendering
import TestSupport
import Testing

@testable import Manifest

/// Every option of the catalog changes the rendered output when it changes,
/// and it changes one of the files its catalog entry lists under reaches.
@Suite struct OptionCoverageTests {
    /// Options that only take effect together with others, and those others' values.
    static let prerequisites: [String: [String: Value]] = [
        "features.element_call_url": ["features.calls": .string("element_call")],
        "features.integrations_ui_url": [
            "features.integration_manager": .string("custom"),
            "features.integrations_rest_url": .string("https://integrations.example.org/api"),
        ],
        "features.integrations_rest_url": [
            "features.integration_manager": .string("custom"),
            "features.integrations_ui_url": .string("https://integrations.example.org"),
        ],
        "features.analytics_url": ["features.analytics": .bool(true), "features.analytics_key": .string("phc_example")],
        "features.analytics_key": ["features.analytics": .bool(true), "features.analytics_url": .string("https://posthog.example.org")],
        "security.federation.allowlist": ["security.federation.mode": .string("allowlist")],
    ]

    /// Alternative values where the generic rule below would not fit the option's pattern.
    static let alternatives: [String: Value] = [
        "branding.default_country_code": .string("AT"),
        "sso.idp_icon": .string("mxc://example.org/icon"),
        "features.turn_uris": .list([.string("turns:turn.example.org:443?transport=tcp")]),
        "features.auto_join_rooms": .list([.string("#station-7")]),
        "platform.argocd.repo_url": .string("https://git.example.org/other.git"),
        "push.apps": .list([]),
    ]

    static let configuration: Configuration = {
        let result = ConfigurationLoader(root: PackagePaths.root).load(environment: "beta")
        guard let configuration = result.configuration else { fatalError("the example beta environment is invalid: \(result.diagnostics)") }
        return configuration
    }()

    static let renderer: EnvironmentRenderer = {
        do {
            return EnvironmentRenderer(templates: try TemplateLibrary(directory: PackagePaths.templates))
        } catch {
            fatalError("cannot load the templates: \(error)")
        }
    }()

    @Test(arguments: Catalog.standard.options.map(\.path))
    func optionReachesRenderedFile(_ path: String) throws {
        let option = try #require(Catalog.standard[path])
        var baseline = Self.configuration.values
        for (prerequisite, value) in Self.prerequisites[path] ?? [:] { baseline[prerequisite] = value }
        let current = baseline[path] ?? .null
        let alternative = try #require(
            Self.alternatives[path] ?? Self.alternative(for: option.type, from: current),
            "no alternative value for \(path)")
        #expect(alternative != current)
        if option.type.isTextual, let text = alternative.stringValue,
            case .invalid(_, let message, _) = DomainCheck.check(text, as: option.type)
        {
            Issue.record("the alternative value of \(path) is invalid: \(message)")
        }
        var changed = baseline
        changed[path] = alternative

        let before = try Self.render(baseline)
        let after = try Self.render(changed)
        let differing = Set(after.keys).union(before.keys).filter { before[$0] != after[$0] }
        #expect(!differing.isEmpty, "changing \(path) from \(current) to \(alternative) changed no rendered file")

        let claimed = option.reaches.map { String($0.split(separator: ":")[0]) }
        let matches = differing.contains { file in
            claimed.contains { claim in claim == file || (claim.hasSuffix("*.yaml") && file.hasPrefix(claim.dropLast(6))) }
        }
        #expect(matches, "\(path) changed \(differing.sorted()) but its catalog entry claims \(claimed)")
    }

    private static func render(_ values: [String: Value]) throws -> [String: String] {
        let configuration = Configuration(
            environment: "beta", catalog: .standard, values: values,
            origins: Self.configuration.origins)
        let rendered = try renderer.render(configuration)
        return Dictionary(uniqueKeysWithValues: rendered.files.map { ($0.path, $0.contents) })
    }

    /// Returns a valid value of `type` that differs from `current`.
    static func alternative(for type: OptionType, from current: Value) -> Value? {
        switch type {
        case .bool:
            return .bool(!(current.boolValue ?? false))
        case .int(let range):
            let value = current.intValue ?? range.lowerBound
            return .int(value < range.upperBound ? value + 1 : value - 1)
        case .number(let range):
            if case .number(let value) = current { return .number(value * 2 <= range.upperBound ? value * 2 : value / 2) }
            return .number(range.lowerBound)
        case .duration, .byteSize, .text:
            guard let text = current.stringValue else {
                if case .duration = type { return .string("30d") }
                if case .byteSize = type { return .string("10M") }
                return .string("alternative")
            }
            return .string(incrementingFirstNumber(text) ?? text + "x")
        case .url:
            return .string(current.stringValue.map { $0 + "/alternative" } ?? "https://alternative.example.org")
        case .hostname:
            return .string(current.stringValue.map { "alternative." + $0 } ?? "alternative.example.org")
        case .email:
            return .string(current.stringValue.map { "alternative-" + $0 } ?? "alternative@example.org")
        case .cidr:
            return .string("192.0.2.0/24")
        case .color:
            return .string(current.stringValue == "#123456" ? "#654321" : "#123456")
        case .languageTag:
            return .string(current.stringValue == "fr" ? "it" : "fr")
        case .image:
            return .string((current.stringValue ?? "registry.example.org/image:1") + "-alternative")
        case .secretReference:
            return .string("alternative-secret/key")
        case .enumeration(let cases):
            return cases.first { .string($0) != current }.map(Value.string)
        case .list(let element):
            var items = current.listValue ?? []
            if !items.isEmpty { items.removeLast() } else if let item = alternative(for: element, from: .null) { items.append(item) }
            return .list(items)
        case .map:
            var entries = current.mapValue ?? [:]
            entries["alternative"] = .string("yes-indeed")
            return .map(entries)
        case .record:
            return nil
        }
    }

    private static func incrementingFirstNumber(_ text: String) -> String? {
        guard let start = text.firstIndex(where: \.isNumber) else { return nil }
        let end = text[start...].firstIndex { !$0.isNumber } ?? text.endIndex
        guard let number = Int(text[start..<end]) else { return nil }
        return text.replacingCharacters(in: start..<end, with: String(number + 1))
    }
}
