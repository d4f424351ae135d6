import PortraitText

/// What a person reads about where rows come from: the sample notice, and the source line that ends a
/// Markdown export, `summary` and the footers of `stats` and `diff` tables. Built from `Provenance`
/// values only, in the interface language.
public enum ProvenanceText {
    /// The sample notice when any of `provenances` is the embedded sample, else nil.
    public static func sampleNotice(_ provenances: [Provenance], language: Language) -> String? {
        provenances.contains(where: \.isSample) ? CommandText.sampleNotice.text(language) : nil
    }

    /// One line naming the source of one edition: title, edition, publisher, licence, then the address
    /// and retrieval date (official), the sample notice (sample) or the file's path (a file named by the user).
    public static func sourceLine(_ provenance: Provenance, language: Language) -> String {
        var values = ["title": provenance.datasetTitle, "edition": provenance.edition, "publisher": provenance.publisher,
                      "licence": provenance.licence]
        switch provenance.kind {
        case .official:
            values["url"] = provenance.sourceURL ?? ""
            values["date"] = String((provenance.retrievedAt ?? "").prefix(10))
            return CommandText.sourceOfficial.text(language, values)
        case .sample:
            values["notice"] = CommandText.sampleNotice.text(language)
            return CommandText.sourceSample.text(language, values)
        case .file:
            return CommandText.sourceFile.text(language, ["file": provenance.sourceURL ?? "", "edition": provenance.edition])
        }
    }

    /// The lines that end a Markdown export: a blank line, then one paragraph per source.
    public static func markdownFooter(_ provenances: [Provenance], language: Language) -> String {
        guard !provenances.isEmpty else { return "" }
        return provenances.map { "\n" + markdownEscaped(sourceLine($0, language: language)) + "\n" }.joined()
    }

    /// The footer lines of a table printed for people (`summary`, `stats`, `diff`): the sample notice when
    /// the rows are the sample, nothing else (official and file sources are named in `summary`'s title).
    public static func tableFooter(_ provenances: [Provenance], language: Language) -> String {
        sampleNotice(provenances, language: language).map { "\n" + $0 + "\n" } ?? ""
    }

    /// Text with Markdown's emphasis and table characters escaped, so a title or address prints as written.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\*_|[]<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
