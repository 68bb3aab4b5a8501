import YAML

/// Rules that relate several options, checked once every option is well-typed.
enum ConsistencyRules {
    static func check(_ config: Configuration, manifestPath: String, environmentPath: String) -> [Diagnostic] {
        var context = RuleContext(config: config, manifestPath: manifestPath, environmentPath: environmentPath)

        context.require(
            "security.federation.allowlist", when: config.string("security.federation.mode") == "allowlist",
            because: "the federation mode is allowlist", trigger: "security.federation.mode")
        context.require(
            "features.jitsi_domain", when: config.string("features.calls") == "jitsi",
            because: "calls use Jitsi", trigger: "features.calls")
        context.require(
            "features.element_call_url", when: config.string("features.calls") == "element_call",
            because: "calls use Element Call", trigger: "features.calls")
        let customManager = config.string("features.integration_manager") == "custom"
        context.require(
            "features.integrations_ui_url", when: customManager, because: "the integration manager is custom",
            trigger: "features.integration_manager")
        context.require(
            "features.integrations_rest_url", when: customManager, because: "the integration manager is custom",
            trigger: "features.integration_manager")
        context.require(
            "features.analytics_url", when: config.bool("features.analytics"), because: "analytics are on",
            trigger: "features.analytics")
        context.require(
            "features.analytics_key", when: config.bool("features.analytics"), because: "analytics are on",
            trigger: "features.analytics")
        let s3 = config.string("storage.media.backend") == "s3"
        context.require("storage.media.s3_bucket", when: s3, because: "media are stored in S3", trigger: "storage.media.backend")
        context.require("storage.media.s3_credentials", when: s3, because: "media are stored in S3", trigger: "storage.media.backend")

        context.order("security.retention.min_period", "security.retention.default_period", "security.retention.max_period")
        context.order("security.access_token_lifetime", "security.session_lifetime")
        context.order("security.refresh_token_lifetime", "security.session_lifetime")
        context.order("sso.session_idle", "sso.session_max")
        if let low = config["storage.postgres.pool_min"].intValue, let high = config["storage.postgres.pool_max"].intValue, low > high {
            context.report(
                "storage.postgres.pool_min", "pool_min \(low) is larger than pool_max \(high)",
                hint: "lower storage.postgres.pool_min or raise storage.postgres.pool_max")
        }
        if !config.list("sso.scopes").contains(.string("openid")) {
            context.report("sso.scopes", "the scopes lack 'openid', which OpenID Connect requires", hint: "add openid to sso.scopes")
        }
        for path in ["identity.public_base_url", "identity.web_client_url", "sso.keycloak_url"] {
            if let url = config.string(path), let host = DomainValue.host(ofURL: url), url.lowercased() != "https://\(host)" {
                context.report(
                    path, "'\(url)' has a path or port; a route serves a whole host",
                    hint: "use the bare origin, for example https://\(host)")
            }
        }
        checkPushApps(config, &context)
        return context.diagnostics
    }

    private static func checkPushApps(_ config: Configuration, _ context: inout RuleContext) {
        var seen: Set<String> = []
        for (index, app) in config.list("push.apps").enumerated() {
            guard let fields = app.mapValue, let id = fields["id"]?.stringValue else { continue }
            if !seen.insert(id).inserted {
                context.report(
                    "push.apps[\(index)].id", "push app '\(id)' is listed twice; each app ID serves one platform",
                    hint: "give the iOS and the Android app their own IDs, as each app registers its pusher")
            }
            let platform = fields["platform"]?.stringValue
            let needed = platform == "ios" ? ["topic", "key_id", "team_id"] : ["fcm_project"]
            for key in needed where fields[key] == nil {
                context.report(
                    "push.apps[\(index)].\(key)", "push app '\(id)' (\(platform ?? "?")) needs '\(key)'",
                    hint: "set push.apps[\(index)].\(key)", at: "push.apps[\(index)]")
            }
        }
    }
}

/// Collects rule findings at the position where each option was set.
private struct RuleContext {
    let config: Configuration
    let manifestPath: String
    let environmentPath: String
    var diagnostics: [Diagnostic] = []

    /// Reports `path` when `condition` is true and `path` is unset, at the option that made it necessary.
    mutating func require(_ path: String, when condition: Bool, because reason: String, trigger: String) {
        guard condition, !config[path].isTruthy else { return }
        let at = config.origins[path] == .defaultValue ? trigger : path
        report(path, "'\(path)' must be set because \(reason)", hint: config.catalog[path]?.summary, at: at)
    }

    /// Reports when the durations at `paths` are not in ascending order.
    mutating func order(_ paths: String...) {
        let pairs = zip(paths, paths.dropFirst())
        for (shorter, longer) in pairs {
            guard let a = config.string(shorter).flatMap(DomainValue.milliseconds),
                let b = config.string(longer).flatMap(DomainValue.milliseconds), a > b
            else { continue }
            // Point at the value the operator wrote; a default is never the culprit they can see.
            let blamed = config.origins[shorter] == .defaultValue && config.origins[longer] != .defaultValue ? longer : shorter
            report(
                blamed, "'\(shorter)' (\(config[shorter])) is longer than '\(longer)' (\(config[longer]))",
                hint: "shorten \(shorter) or lengthen \(longer)")
        }
    }

    /// Records a finding about `path`, positioned where `position` (default `path`) was written.
    mutating func report(_ path: String, _ message: String, hint: String?, at position: String? = nil) {
        let located = position ?? path
        let (file, mark): (String, Mark?) =
            switch config.positions[located] ?? config.origins[located] {
            case .environment(let mark): (environmentPath, mark)
            case .manifest(let mark): (manifestPath, mark)
            case .defaultValue, nil: (manifestPath, nil)
            }
        diagnostics.append(Diagnostic(.error, .inconsistentOptions, message, file: file, mark: mark, option: path, hint: hint))
    }
}
