/// Every option umctl understands, declared once; validation, rendering,
/// `explain`, `options` and `schema` all read this table.
public struct Catalog: Sendable {
    public let options: [Option]
    private let byPath: [String: Int]
    /// Every dotted prefix that names a section, such as `branding` and `branding.colors`.
    public let sections: Set<String>

    public init(_ options: [Option]) {
        self.options = options
        var byPath: [String: Int] = [:]
        var sections: Set<String> = []
        for (index, option) in options.enumerated() {
            precondition(byPath[option.path] == nil, "option \(option.path) is declared twice")
            byPath[option.path] = index
            let parts = option.components
            for length in 1..<parts.count {
                sections.insert(parts[0..<length].joined(separator: "."))
            }
        }
        self.byPath = byPath
        self.sections = sections
    }

    public subscript(path: String) -> Option? {
        byPath[path].map { options[$0] }
    }

    /// Lists the names directly below `section` (the empty string is the top level).
    public func childNames(of section: String) -> [String] {
        let prefix = section.isEmpty ? "" : section + "."
        var names: Set<String> = []
        for option in options where option.path.hasPrefix(prefix) {
            let rest = option.path.dropFirst(prefix.count)
            names.insert(String(rest.split(separator: ".")[0]))
        }
        return names.sorted()
    }

    /// The umctl catalog of the hospital messenger.
    public static let standard = Catalog(
        CatalogSections.branding + CatalogSections.identity + CatalogSections.features
            + CatalogSections.security + CatalogSections.sso + CatalogSections.push
            + CatalogSections.storage + CatalogSections.platform
    )
}

/// Namespace for the per-section option lists, one file each.
enum CatalogSections {}
