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

    /// The text in `language` with each `{key}` replaced by its value, in one pass over the template: a
    /// value is never read again, so a value that holds `{name}` (a file named `{label}-2025.csv`) comes
    /// out as it is, whatever the order of the keys. A `{…}` with no value is kept as written.
    public func text(_ language: Language, _ values: [String: String] = [:]) -> String {
        let form = template(language)
        guard !values.isEmpty else { return form }
        var result = ""
        result.reserveCapacity(form.utf8.count)
        var rest = Substring(form)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            rest = rest[open...]
            let after = rest.dropFirst()
            guard let close = after.firstIndex(of: "}") else { break }
            if let value = values[String(after[..<close])] {
                result += value
            } else {
                result += rest[...close]
            }
            rest = after[after.index(after: close)...]
        }
        return result + rest
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
