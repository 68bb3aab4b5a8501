/// The domain type of an option: what the manifest may contain and how it is parsed.
public indirect enum OptionType: Sendable {
    case bool
    case int(ClosedRange<Int>)
    case number(ClosedRange<Double>)
    /// Free text on one line; `pattern` is a whole-match regular expression when set.
    case text(pattern: String? = nil, example: String? = nil)
    /// A duration such as `90d`, `12h` or `30m` within the given bounds in milliseconds.
    case duration(min: Int64 = 0, max: Int64 = .max)
    /// A byte size such as `100M` or `2G`.
    case byteSize(min: Int64 = 0, max: Int64 = .max)
    /// An absolute URL; https unless `allowHTTP`, normalised without a trailing slash.
    case url(allowHTTP: Bool = false)
    case hostname
    case email
    case cidr
    /// A colour as `#rgb` or `#rrggbb`, stored lower-case.
    case color
    case languageTag
    /// A container image reference with a tag or a digest.
    case image
    /// An OpenShift Secret and a key in it, written `secret-name/key`.
    case secretReference
    case enumeration([String])
    case list(OptionType)
    case map(OptionType)
    /// A mapping with a fixed set of fields, used for list items such as push apps.
    case record([RecordField])

    /// A short name for messages and the option catalog, for example `duration` or `list of CIDR`.
    public var name: String {
        switch self {
        case .bool: "boolean"
        case .int: "integer"
        case .number: "number"
        case .text: "string"
        case .duration: "duration"
        case .byteSize: "byte size"
        case .url: "URL"
        case .hostname: "hostname"
        case .email: "email address"
        case .cidr: "CIDR"
        case .color: "colour"
        case .languageTag: "language tag"
        case .image: "image reference"
        case .secretReference: "secret reference"
        case .enumeration(let cases): "one of " + cases.joined(separator: ", ")
        case .list(let element): "list of \(element.name)"
        case .map(let element): "map of \(element.name)"
        case .record(let fields): "record (" + fields.map(\.name).joined(separator: ", ") + ")"
        }
    }

    /// True when a value of this type is written as a YAML string.
    var isTextual: Bool {
        switch self {
        case .bool, .int, .number, .list, .map, .record: false
        default: true
        }
    }
}

/// One field of a record type.
public struct RecordField: Sendable {
    public var name: String
    public var type: OptionType
    public var required: Bool
    public var defaultValue: Value

    public init(_ name: String, _ type: OptionType, required: Bool = true, default defaultValue: Value = .null) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
    }
}
