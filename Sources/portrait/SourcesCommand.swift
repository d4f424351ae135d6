import ArgumentParser
import Foundation
import PortraitCore
import PortraitUpdate

/// `portrait sources` (also `portrait update --list`): the official editions stored, with their provenance.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: localized(fr: "Afficher les éditions officielles enregistrées par portrait update et leur provenance.",
                           en: "Print the official editions stored by portrait update and their provenance.")
    )

    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingErrors(in: language.interface) { Self.printStored(language: language.interface) }
    }

    /// Prints each stored edition (file, size, SHA-256, title, publisher, licence, address, retrieval
    /// date, and when it was withdrawn from the catalogue), or says that the commands use the sample;
    /// each edition that cannot be used is said on standard error.
    static func printStored(language: Language) {
        let folder = DataFolder.fromEnvironment()
        let contents = folder.contents()
        EditionSources.sayProblems(of: contents, language: language)
        let stored = contents.editions
        guard !stored.isEmpty else {
            emit(Array((CommandText.sourcesNone.text(language, ["folder": folder.path]) + "\n").utf8))
            return
        }
        var text = CommandText.sourcesFolder.text(language, TerminalSafe.visible(values: ["folder": folder.path])) + "\n"
        for edition in stored {
            let source = edition.manifest.provenance
            text += CommandText.sourcesEdition.text(language, TerminalSafe.visible(values: [
                "edition": source.edition, "file": edition.manifest.file, "size": ByteSize.text(edition.manifest.size, language: language),
                "sha256": edition.manifest.sha256, "title": source.datasetTitle, "publisher": source.publisher,
                "licence": source.licence, "url": source.sourceURL ?? "", "date": source.retrievedAt ?? "",
            ])) + "\n"
            if let withdrawn = edition.manifest.withdrawnAt {
                text += CommandText.sourcesWithdrawn.text(language, ["date": String(withdrawn.prefix(10))]) + "\n"
            }
        }
        emit(Array(TerminalSafe.visibleKeepingLayout(text).utf8))
    }
}

/// A file size for people: kilobytes or megabytes, decimal, in the interface language's units.
enum ByteSize {
    static func text(_ bytes: Int, language: Language) -> String {
        if bytes >= 1_000_000 {
            let tenths = (bytes + 50_000) / 100_000
            let number = "\(tenths / 10)\(language == .fr ? "," : ".")\(tenths % 10)"
            return number + (language == .fr ? " Mo" : " MB")
        }
        return String((bytes + 999) / 1000) + (language == .fr ? " ko" : " kB")
    }
}
