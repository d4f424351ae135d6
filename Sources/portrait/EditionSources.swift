import Foundation
import PortraitCore
import PortraitData
import PortraitUpdate
import Synchronization

/// Which editions a command reads when no file is named: the official ones `portrait update` stored, or
/// the embedded illustrative sample (with `--sample`, or when none is stored); and the `Provenance` of
/// what was loaded, for the sample notice and source lines.
enum EditionSources {
    /// The official editions stored in the data folder, oldest first (none when `sample`). The folder is
    /// read once per run: a command asks for them to load them and again for their provenance, and each
    /// reading checks every file against its manifest (a SHA-256 when its identity is not recorded).
    /// Each stored edition that cannot be used is said on standard error, with the fix; when none can
    /// be, the command stops (exit 66) rather than serve the sample in their place.
    static func official(sample: Bool) throws -> [StoredEdition] {
        if sample { return [] }
        return try stored.withLock { stored in
            if let stored { return stored }
            let folder = DataFolder.fromEnvironment()
            let contents = folder.contents()
            sayProblems(of: contents, language: StartupLanguage.current)
            if contents.editions.isEmpty && !contents.problems.isEmpty {
                throw PortraitError(.noInput, .noUsableOfficial, ["folder": folder.path])
            }
            stored = contents.current
            return contents.current
        }
    }

    private static let stored = Mutex<[StoredEdition]?>(nil)

    /// One line on standard error per stored edition that cannot be used: which, why, and the fix.
    static func sayProblems(of contents: FolderContents, language: Language) {
        for problem in contents.problems {
            printError(CommandText.errorLine.text(language, ["message": TerminalSafe.visible(problem.error.description(in: language))]))
        }
    }

    /// Where each loaded file's rows come from: `official` (as stored) when they were loaded, the sample
    /// when embedded files were, else the files named by the user (the register's when their header is).
    static func provenance(of loaded: LoadedPortrait, official: [StoredEdition], embedded: Bool) -> [Provenance] {
        loaded.reports.map { report in
            if let stored = official.first(where: { $0.path == report.file }) {
                var provenance = stored.manifest.provenance
                provenance.edition = report.edition
                return provenance
            }
            if embedded { return Provenance.sample(edition: report.edition) }
            return Provenance.file(report.file, edition: report.edition, title: report.mapping.titleLine,
                                   registerHeader: report.mapping.isRegisterHeader)
        }
    }
}
