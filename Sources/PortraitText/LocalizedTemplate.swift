/// Text in French and English with `{name}` placeholders: the shape shared by the error messages
/// (`ErrorText`) and the command-line interface text (`CommandText`), so both fill and check their
/// placeholders the same way.
public protocol LocalizedTemplate: CaseIterable, Sendable {
    /// The French and English forms.
    var forms: (fr: String, en: String) { get }
}

extension LocalizedTemplate {
    /// The form in `language`, placeholders unfilled.
    public func template(_ language: Language) -> String { language == .fr ? forms.fr : forms.en }

    /// The text in `language` with each `{key}` replaced by its value.
    public func text(_ language: Language, _ values: [String: String] = [:]) -> String {
        var result = template(language)
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }

    /// The names of the `{name}` placeholders in `language`'s form, sorted.
    public func placeholders(_ language: Language) -> [String] {
        var names: [String] = []
        var rest = Substring(template(language))
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            names.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names.sorted()
    }
}

extension Language {
    /// What separates the parts of a one-line message: ": " in English, " : " in French typography.
    public var colon: String { self == .fr ? " : " : ": " }
}
