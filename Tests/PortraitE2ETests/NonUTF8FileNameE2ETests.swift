import Foundation
import PortraitTestSupport
import Testing

/// A file whose name is not UTF-8 (Latin-1 `café.csv`, the byte E9) opens in every command and in the
/// browser, and messages show its name with that byte as `\xE9`. The names are made by the shell's
/// `printf`, since Foundation's `Process` only passes arguments that are text.
@Suite(.tags(.e2e)) struct NonUTF8FileNameE2ETests {
    /// Runs `script` with `sh -c` in `folder`, the binary as `$P`, the Latin-1 name `caf\xE9.csv` as `$F` and `extra` from `$3`.
    private func shell(_ script: String, in folder: URL, extra: [String] = []) throws -> MeasuredRun {
        let prelude = "cd \"$1\" && P=\"$2\" && F=$(printf 'caf\\351.csv') && "
        return try MeasuredProcess.run("/bin/sh", ["-c", prelude + script, "sh", folder.path, Binary.url.path] + extra, timeout: 60)
    }

    @Test func aLatin1NameOpensAndIsShownWithItsByteVisible() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try shell("printf '%s\\n%s\\n' \"\(HostileInput.header)\" \"\(HostileInput.row)\" > \"$F\" && ls", in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains(0xE9), "the file's name holds the byte E9")

        let validate = try shell("exec \"$P\" validate --lang en \"$F\"", in: folder)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdoutText.contains("caf\\xE9.csv"), "\(validate.stdoutText)")
        #expect(!validate.stdoutText.contains("\u{FFFD}"), "\(validate.stdoutText)")

        let stats = try shell("exec \"$P\" stats --lang en \"$F\"", in: folder)
        #expect(stats.status == 0 && stats.stdoutText.contains("1 initiative"), "\(stats.stdoutText) \(stats.stderr)")

        let query = try shell("exec \"$P\" query --format csv \"$F\"", in: folder)
        #expect(query.status == 0 && query.stdoutText.contains("Tri des courriels"), "\(query.stdoutText) \(query.stderr)")

        let browse = try shell("exec \"$P\" browse --lang en --print-screen 100x30 \"$F\"", in: folder)
        #expect(browse.status == 0, "\(browse.stderr)")
        #expect(browse.stdoutText.contains("caf\\xE9.csv") && browse.stdoutText.contains("1 / 1 initiatives"), "\(browse.stdoutText)")

        // A workbook too (its reader makes the name absolute on the way), and the name given with its folder.
        let workbook = Repository.root.appendingPathComponent("Tests/PortraitCoreTests/Fixtures/synthetic-200.xlsx").path
        let xlsx = try shell("cp \"$3\" \"$(printf 'caf\\351.xlsx')\" && exec \"$P\" stats --lang en \"$PWD/$(printf 'caf\\351.xlsx')\"",
                             in: folder, extra: [workbook])
        #expect(xlsx.status == 0 && xlsx.stdoutText.contains("200 initiatives in all"), "\(xlsx.stdoutText) \(xlsx.stderr)")

        // The input is only read.
        let after = try shell("cat \"$F\"", in: folder)
        #expect(after.stdoutText == HostileInput.header + "\n" + HostileInput.row + "\n")
    }

    @Test func aMissingLatin1NameIsNamedWithItsByteVisible() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "fr"] {
            let run = try shell("exec \"$P\" validate --lang \(language) \"$(printf 'cr\\350me.csv')\"", in: folder)
            #expect(run.status == 66, "\(run.status) \(run.stderr)")
            let expected = language == "en" ? "portrait: cannot read 'cr\\xE8me.csv': no such file\n"
                                            : "portrait : impossible de lire « cr\\xE8me.csv » : fichier introuvable\n"
            #expect(run.stderr == expected, "\(run.stderr)")
        }
    }
}
