import PortraitText
import PortraitLoad

/// What a person reads about a column mapping guessed from the headers' meaning (not the register's own
/// headers, not `--columns`): the one line on standard error, and `validate`'s scores and alternatives.
public enum ColumnGuessText {
    /// The line on standard error naming the header read as each field, or nil when nothing was guessed.
    public static func notice(_ report: SourceReport, language: Language) -> String? {
        guard report.mapping.isGuess else { return nil }
        let fields = Field.allCases.compactMap { field in
            report.mapping.header(of: field).map { "\(field.rawValue) ← \(quoted($0))" }
        }
        return CommandText.columnsGuessed.text(language, ["file": TerminalSafe.visible(report.file),
                                                          "fields": fields.joined(separator: ", ")])
    }

    /// For `validate`: the chosen column's score and up to three other columns that scored for `field`,
    /// with their scores; nil when the mapping is not a guess or `field` was named by `--columns`.
    static func detail(_ mapping: ColumnMapping, field: Field, candidates: [Field: [(column: Int, score: Int)]],
                       language: Language) -> String? {
        guard mapping.isGuess, !mapping.overridden.contains(field), let chosen = mapping.columns[field] else { return nil }
        let scored = candidates[field] ?? []
        var parts = [CommandText.validateGuessScore.text(language, ["score": String(scored.first { $0.column == chosen }?.score ?? 0)])]
        let others = scored.filter { $0.column != chosen }.prefix(3).map { "\(quoted(mapping.headers[$0.column])) \($0.score)" }
        if !others.isEmpty { parts.append(CommandText.validateAlternatives.text(language, ["headers": others.joined(separator: ", ")])) }
        return parts.joined(separator: language == .fr ? " ; " : "; ")
    }

    static func quoted(_ header: String) -> String { "\"" + TerminalSafe.visible(header) + "\"" }
}
