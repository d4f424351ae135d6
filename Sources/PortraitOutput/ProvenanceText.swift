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
        let name = fileName(provenance.sourceURL ?? "")
        return provenance.datasetTitle.isEmpty ? name : name + " — " + TerminalSafe.visible(provenance.datasetTitle)
    }

    /// Where rows come from, said short (the browser's title and first screen, `diff`'s footer): the
    /// official editions stored by `portrait update` as "official editions 2024, 2025 (host, retrieval
    /// day)", one group per catalogue host and retrieval day; the sample as "illustrative sample"; any
    /// other file by its name (`fileLabel`, or the name alone for a file with the register's header). Short
    /// enough for the browser's title at 100 columns; the help and `sourceLine` say "retrieved on".
    public static func short(_ provenances: [Provenance], language: Language) -> String {
        var parts: [String] = []
        var groups: [(host: String, date: String, editions: [String])] = []
        var sample = false
        for provenance in provenances {
            switch provenance.kind {
            case .official:
                let host = catalogueHost(provenance.sourceURL ?? ""), date = String((provenance.retrievedAt ?? "").prefix(10))
                if let index = groups.firstIndex(where: { $0.host == host && $0.date == date }) {
                    groups[index].editions.append(provenance.edition)
                } else {
                    groups.append((host, date, [provenance.edition]))
                    parts.append("")  // the group's place, filled below
                }
            case .sample:
                if !sample { parts.append(CommandText.sampleShort.text(language)) }
                sample = true
            case .registerFile:
                parts.append(fileName(provenance.sourceURL ?? provenance.edition))
            case .file:
                parts.append(fileLabel(provenance) ?? provenance.edition)
            }
        }
        var group = 0
        for index in parts.indices where parts[index].isEmpty {
            let (host, date, editions) = groups[group]
            group += 1
            let named = (editions.count == 1 ? CommandText.officialOne : .officialMany)
                .text(language, ["editions": editions.map { TerminalSafe.visible($0) }.joined(separator: ", ")])
            parts[index] = CommandText.officialFrom.text(language, ["editions": named, "host": host, "date": date])
        }
        return parts.joined(separator: ", ")
    }

    /// The host of a catalogue's address, shown where the rows' source is said short: what follows
    /// `scheme://` up to the path, without user information or port (made visible for a terminal).
    static func catalogueHost(_ address: String) -> String {
        var rest = Substring(address)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("[") {
            if let close = rest.firstIndex(of: "]") { rest = rest[...close] }
        } else if let colon = rest.lastIndex(of: ":") {
            rest = rest[..<colon]
        }
        return TerminalSafe.visible(String(rest))
    }

    /// The last part of a path.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// Whether every one of `provenances` is the register's (see `Provenance.isRegister`), so that titles
    /// may name the register; true when there are none (the browser's tests).
    public static func allRegister(_ provenances: [Provenance]) -> Bool { provenances.allSatisfy(\.isRegister) }

    /// The lines that end a Markdown export: a blank line, then one paragraph per source.
    public static func markdownFooter(_ provenances: [Provenance], language: Language) -> String {
        guard !provenances.isEmpty else { return "" }
        return provenances.map { "\n" + markdownEscaped(sourceLine($0, language: language)) + "\n" }.joined()
    }

    /// The footer lines of a table printed for people (`summary`, `stats`): the sample notice when
    /// the rows are the sample, nothing else (official and file sources are named in `summary`'s title).
    public static func tableFooter(_ provenances: [Provenance], language: Language) -> String {
        sampleNotice(provenances, language: language).map { "\n" + $0 + "\n" } ?? ""
    }

    /// The footer of `diff`'s table: its two sources named as the browser's first screen names them: the
    /// sample notice for the sample, else `short` (official editions with host and date, file names).
    public static func comparisonFooter(_ provenances: [Provenance], language: Language) -> String {
        if let notice = sampleNotice(provenances, language: language) { return "\n" + notice + "\n" }
        guard !provenances.isEmpty else { return "" }
        return "\n" + CommandText.comparisonSources.text(language, ["sources": short(provenances, language: language)]) + "\n"
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
