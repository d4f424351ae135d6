import Foundation
import Testing
import PortraitTestSupport

/// The browser's export on a full disk (a file-size limit on the browser's shell): the status line says
/// so, the browser carries on, no partial file is left; an existing file is replaced only after a yes,
/// and a replacement that fails leaves the original as it was.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct BrowserExportSafetyE2ETests {
    @Test func fullDiskAndAnExistingFile() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("existing.csv")
        let original = Data("the original, which must survive\n".utf8)
        try original.write(to: existing)
        try Tmux.withShell(columns: 100, rows: 30, in: folder) { tmux, _ in
            // The embedded selection is about 70 KB; the limit lets 8 KB through.
            try tmux.type("sh -c 'ulimit -f 16 && exec \"$0\"' " + Binary.shellQuoted)
            try tmux.press("Enter")
            try tmux.waitFor(text: PublishedFacts.allLatestShown)

            // A new file, under the default name: refused, nothing left behind.
            try tmux.type("e")
            try tmux.waitFor(text: "Exporter vers :")
            try tmux.press("Enter")
            try tmux.waitFor(text: "Export impossible : disque plein")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["existing.csv"])

            // An existing file: a no keeps it.
            try export(to: "existing.csv", tmux)
            try tmux.type("n")
            try tmux.waitFor(text: "Export annulé")
            #expect(try Data(contentsOf: existing) == original)

            // A yes tries to replace it; the disk is full, and the original stays whole.
            try export(to: "existing.csv", tmux)
            try tmux.type("o")
            try tmux.waitFor(text: "Export impossible : disque plein")
            #expect(try Data(contentsOf: existing) == original)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["existing.csv"])

            // Still running, and it quits normally.
            try tmux.waitFor(text: PublishedFacts.allLatestShown)
            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
        }
    }

    /// Opens the export prompt, replaces the offered name by `name`, presses Enter and waits for the
    /// question about the existing file.
    private func export(to name: String, _ tmux: Tmux) throws {
        try tmux.type("e")
        try tmux.waitFor(text: "Exporter vers :")
        try tmux.press("C-u")
        try tmux.type(name)
        try tmux.press("Enter")
        try tmux.waitFor(text: "\(name) existe déjà. Le remplacer ? (o/N)")
    }
}
