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
    /// Every value from a catalogue or a file is made `TerminalSafe.visible`, so the line is one line with
    /// no control character, wherever it is printed or saved.
    public static func sourceLine(_ provenance: Provenance, language: Language) -> String {
        var provenance = provenance
        provenance.datasetTitle = TerminalSafe.visible(provenance.datasetTitle)
        provenance.edition = TerminalSafe.visible(provenance.edition)
        provenance.publisher = TerminalSafe.visible(provenance.publisher)
        provenance.licence = TerminalSafe.visible(provenance.licence)
        provenance.sourceURL = provenance.sourceURL.map { TerminalSafe.visible($0) }
        provenance.retrievedAt = provenance.retrievedAt.map { TerminalSafe.visible($0) }
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
        case .registerFile:
            values["file"] = provenance.sourceURL ?? ""
            return CommandText.sourceRegisterFile.text(language, values)
        case .file:
            let file = ["file": provenance.sourceURL ?? "", "edition": provenance.edition,
                        "title": TerminalSafe.visible(provenance.datasetTitle)]
            return (provenance.datasetTitle.isEmpty ? CommandText.sourceFile : .sourceFileTitled).text(language, file)
        }
    }

    /// How a file that is not the register is named where a title goes (the browser's title, `summary`,
    /// the HTML report): its name without the folder, then its own title line after a dash when it has
    /// one; nil for the register's editions (sample, official, a file with the register's header).
    public static func fileLabel(_ provenance: Provenance) -> String? {
        guard provenance.kind == .file else { return nil }
        let path = provenance.sourceURL ?? ""
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        return provenance.datasetTitle.isEmpty ? name : name + " — " + TerminalSafe.visible(provenance.datasetTitle)
    }

    /// Whether every one of `provenances` is the register's (see `Provenance.isRegister`), so that titles
    /// may name the register; true when there are none (the browser's tests).
    public static func allRegister(_ provenances: [Provenance]) -> Bool { provenances.allSatisfy(\.isRegister) }

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
