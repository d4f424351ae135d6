import Foundation
import PortraitCore
@testable import PortraitBrowser
import Testing

/// Export errors put in the interface's words, for the causes that cannot be produced on demand.
@Suite struct ExportFailureTests {
    private func message(_ error: PortraitError, _ path: String = "out/sel.csv", _ language: Language = .fr) -> String {
        ExportFailure.message(for: error, path: path, resolved: "/nonexistent-portrait-folder/" + path, language: language)
    }

    /// An error of the system, as `AtomicFile` raises it.
    private func failure(_ code: Int32, path: String = "out/sel.csv") -> PortraitError {
        .system(.cannotCreate, file: path, errno: code)
    }

    /// The temporary file could not be made in `folder`, as `AtomicFile` says it.
    private func notCreatedIn(_ folder: String, _ cause: String) -> PortraitError {
        PortraitError(.cannotCreate, file: "\(folder)/sel.csv", .cannotCreateIn, ["folder": folder, "cause": cause])
    }

    private func system(_ code: Int32) -> String { String(cString: strerror(code)) }

    @Test func knownCausesAreTranslated() {
        #expect(message(notCreatedIn("out", system(EACCES))) == "Export impossible : dossier non accessible en écriture (out)")
        #expect(message(notCreatedIn("out", system(EROFS)), "out/sel.csv", .en) == "Export failed: folder not writable (out)")
        #expect(message(failure(ENOSPC)) == "Export impossible : disque plein (out)")
        #expect(message(failure(ENOSPC, path: "sel.csv"), "sel.csv", .en) == "Export failed: disk full (/nonexistent-portrait-folder)")
        #expect(message(PortraitError(.cannotCreate, file: "out/sel.csv", .outputExists)) == "Export impossible : le fichier existe déjà (out/sel.csv)")
        #expect(message(PortraitError(.cannotCreate, file: "out/sel.csv", .outputNotRegular), "out/sel.csv", .en)
            == "Export failed: not a regular file (out/sel.csv)")
        #expect(message(notCreatedIn("out", system(ENOENT))) == "Export impossible : dossier introuvable (out)")
    }

    @Test func otherCausesKeepTheirReasonAndNameThePathOnce() {
        #expect(message(notCreatedIn("out", system(EMFILE)), "out/sel.csv", .en)
            == "Export failed: \(system(EMFILE)) (out)")
        // A cause portrait knows (errno) is said in the interface language; another keeps the system's words.
        #expect(message(failure(EIO)) == "Export impossible : Erreur d'entrée-sortie (out/sel.csv)")
        #expect(message(failure(ENXIO)) == "Export impossible : \(system(ENXIO)) (out/sel.csv)")
        let odd = message(PortraitError(.cannotCreate, file: "out/\u{1B}sel.csv", .systemError, ["cause": "bad\u{1B}[31m thing"]), "out/\u{1B}sel.csv")
        #expect(!odd.contains("\u{1B}"))
        #expect(odd.components(separatedBy: "sel.csv").count == 2)
    }
}
