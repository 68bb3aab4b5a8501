extension OptionType {
    /// The limits a value must meet beyond its type, in words, or nil when there are none.
    public var constraints: String? {
        switch self {
        case .int(let range):
            return "\(range.lowerBound) to \(range.upperBound)"
        case .number(let range):
            return "\(range.lowerBound) to \(range.upperBound)"
        case .text(let pattern, let example):
            guard let pattern else { return nil }
            return "matches \(pattern)" + (example.map { ", for example \($0)" } ?? "")
        case .duration(let min, let max):
            let lower = min > 0 ? "at least \(DomainCheck.format(ms: min))" : nil
            let upper = max < .max ? "at most \(DomainCheck.format(ms: max))" : nil
            let bounds = [lower, upper].compactMap { $0 }.joined(separator: ", ")
            return "units ms, s, m, h, d, w, y" + (bounds.isEmpty ? "" : "; \(bounds)")
        case .byteSize(let min, _):
            return "units K, M, G, T" + (min > 0 ? "; at least \(min) bytes" : "")
        case .url(let allowHTTP):
            return allowHTTP ? "http or https" : "https only, no trailing slash"
        case .enumeration(let cases):
            return cases.joined(separator: " | ")
        case .secretReference:
            return "secret-name/key of an OpenShift Secret"
        case .list(let element), .map(let element):
            return element.constraints
        case .record(let fields):
            let required = fields.filter(\.required).map(\.name)
            return required.isEmpty ? nil : "requires " + required.joined(separator: ", ")
        case .bool, .hostname, .email, .cidr, .color, .languageTag, .image:
            return nil
        }
    }
}
