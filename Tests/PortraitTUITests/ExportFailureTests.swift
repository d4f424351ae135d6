import Foundation
import PortraitCore
@testable import PortraitTUI
import Testing

/// Export errors put in the interface's words, for the causes that cannot be produced on demand.
@Suite struct ExportFailureTests {
    private func message(_ reason: String, _ path: String = "out/sel.csv", _ language: Language = .fr) -> String {
        ExportFailure.message(for: PortraitError(.cannotCreate, file: path, .systemError, ["cause": reason]), path: path,
                              resolved: "/nonexistent-portrait-folder/" + path, language: language)
    }

    private func system(_ code: Int32) -> String { String(cString: strerror(code)) }

    @Test func knownCausesAreTranslated() {
        #expect(message("cannot create a file in 'out': " + system(EACCES)) == "Export impossible : dossier non accessible en écriture (out)")
        #expect(message("cannot create a file in 'out': " + system(EROFS), "out/sel.csv", .en) == "Export failed: folder not writable (out)")
        #expect(message(system(ENOSPC)) == "Export impossible : disque plein (out)")
        #expect(message(system(ENOSPC), "sel.csv", .en) == "Export failed: disk full (/nonexistent-portrait-folder)")
        #expect(message("file exists (use --force to replace it)") == "Export impossible : le fichier existe déjà (out/sel.csv)")
        #expect(message("is not a regular file (a device, pipe or socket)", "out/sel.csv", .en)
            == "Export failed: not a regular file (out/sel.csv)")
        #expect(message("cannot create a file in 'out': " + system(ENOENT)) == "Export impossible : dossier introuvable (out)")
    }

    @Test func otherCausesKeepTheirReasonAndNameThePathOnce() {
        #expect(message("cannot create a file in 'out': " + system(EMFILE), "out/sel.csv", .en)
            == "Export failed: \(system(EMFILE)) (out)")
        #expect(message(system(EIO)) == "Export impossible : \(system(EIO)) (out/sel.csv)")
        let odd = message("bad\u{1B}[31m thing", "out/\u{1B}sel.csv")
        #expect(!odd.contains("\u{1B}"))
        #expect(odd.components(separatedBy: "sel.csv").count == 2)
    }
}
