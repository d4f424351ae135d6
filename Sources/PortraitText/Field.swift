/// The fields every portrait row has, whatever the file calls its columns (`FieldDescriptor.all` says
/// everything else about each).
public enum Field: String, CaseIterable, Sendable, Hashable, Codable {
    case name
    case category
    case organisation
    case portfolio
    case benefits
    case status

    /// Column title used by exports, in the chosen language (`FieldDescriptor.title`).
    public func title(_ language: Language) -> String {
        let title = descriptor.title
        return language == .fr ? title.fr : title.en
    }

    /// The fields' names as `--columns` takes them, in order: "name, category, …".
    public static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// This field's entry in `FieldDescriptor.all`.
    public var descriptor: FieldDescriptor { FieldDescriptor.all[position] }
}

extension Field {
    /// Position of the field in `Field.allCases` and in `FieldDescriptor.all`.
    public var position: Int {
        switch self {
        case .name: return 0
        case .category: return 1
        case .organisation: return 2
        case .portfolio: return 3
        case .benefits: return 4
        case .status: return 5
        }
    }
}

/// A language for labels and interface text.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fr
    case en
}
