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

        // An HTML page named in Latin-1 too.
        let page = "<table><tr>" + HostileInput.header.split(separator: ",").map { "<th>\($0)</th>" }.joined() + "</tr><tr>"
            + HostileInput.row.split(separator: ",").map { "<td>\($0)</td>" }.joined() + "</tr></table>"
        let html = try shell("printf '%s' \"$3\" > \"$(printf 'caf\\351.html')\" && exec \"$P\" validate --lang en \"$(printf 'caf\\351.html')\"",
                             in: folder, extra: [page])
        let htmlLines = html.stdoutText.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(html.status == 0 && htmlLines.contains("format: HTML") && htmlLines.contains("caf\\xE9.html:"),
                "\(html.stdoutText) \(html.stderr)")

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

    /// `-o` with a Latin-1 name writes exactly those bytes (in a Latin-1 folder too, where the temporary file
    /// is made and renamed), never a file named with the text `\xE9`; the message shows the byte as `\xE9`.
    @Test func anOutputNamedInLatin1IsWrittenUnderThoseBytes() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try shell("printf '%s\\n%s\\n' \"\(HostileInput.header)\" \"\(HostileInput.row)\" > \"$F\" && mkdir \"$(printf 'd\\351')\"", in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let expected = try shell("exec \"$P\" query --format csv \"$F\"", in: folder)
        try #require(expected.status == 0, "\(expected.stderr)")

        let out: [UInt8] = Array("caf".utf8) + [0xE9] + Array("-out.csv".utf8)
        let written = try shell("exec \"$P\" query --lang en \"$F\" -o \"$(printf 'caf\\351-out.csv')\"", in: folder)
        #expect(written.status == 0 && written.stderr == "1 initiatives written to caf\\xE9-out.csv\n", "\(written.stderr)")
        var names = try rawNames(in: folder)
        #expect(names.contains(out), "\(names.map { String(decoding: $0, as: UTF8.self) })")
        #expect(!names.contains(Array("caf\\xE9-out.csv".utf8)))
        #expect(try shell("cat \"$(printf 'caf\\351-out.csv')\"", in: folder).stdout == expected.stdout)

        // Again without --force: refused, naming the file with its byte visible; with --force, replaced in place.
        let again = try shell("exec \"$P\" query --lang en \"$F\" --output=\"$(printf 'caf\\351-out.csv')\"", in: folder)
        #expect(again.status == 73 && again.stderr.contains("'caf\\xE9-out.csv'") && again.stderr.contains("exists"), "\(again.stderr)")
        let forced = try shell("exec \"$P\" query \"$F\" --format json --force -o \"$(printf 'caf\\351-out.csv')\"", in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try shell("cat \"$(printf 'caf\\351-out.csv')\"", in: folder).stdoutText.hasPrefix("["))

        // Into a folder whose name is Latin-1: the temporary file is made there and renamed, and nothing else is left.
        let nested = try shell("exec \"$P\" query \"$F\" -o \"$(printf 'd\\351/caf\\351.md')\"", in: folder)
        #expect(nested.status == 0, "\(nested.stderr)")
        names = try rawNames(in: folder, subfolder: [0x64, 0xE9])
        #expect(names == [Array("caf".utf8) + [0xE9] + Array(".md".utf8)], "\(names.map { String(decoding: $0, as: UTF8.self) })")
    }

    /// A file whose name is the text `caf\xE9.csv` (backslash, x, E, 9) is another file than `caf<E9>.csv`:
    /// each name opens its own file, whichever was made first.
    @Test func aNameWrittenWithBackslashXIsAnotherFile() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = "Autre initiative,Automatisation,Organisme 2,Finances,Délais,Solution en production"
        let made = try shell("printf '%s\\n%s\\n' \"\(HostileInput.header)\" \"\(HostileInput.row)\" > \"$F\" && "
                             + "printf '%s\\n%s\\n' \"\(HostileInput.header)\" \"\(other)\" > 'caf\\xE9.csv'", in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let latin = try shell("exec \"$P\" query --format csv \"$F\"", in: folder)
        #expect(latin.status == 0 && latin.stdoutText.contains("Tri des courriels") && !latin.stdoutText.contains("Autre initiative"),
                "\(latin.stdoutText) \(latin.stderr)")
        let literal = try shell("exec \"$P\" query --format csv 'caf\\xE9.csv'", in: folder)
        #expect(literal.status == 0 && literal.stdoutText.contains("Autre initiative") && !literal.stdoutText.contains("Tri des courriels"),
                "\(literal.stdoutText) \(literal.stderr)")
        // Both in one command: each opens its own file (a registry of names matched as text took both for one).
        let both = try shell("exec \"$P\" query --format csv --edition a --edition b \"$F\" 'caf\\xE9.csv'", in: folder)
        #expect(both.status == 0 && both.stdoutText.contains("Tri des courriels") && both.stdoutText.contains("Autre initiative"),
                "\(both.stdoutText) \(both.stderr)")
        // The literal one alone: the Latin-1 name is missing, not taken for it.
        let alone = try shell("rm \"$F\" && exec \"$P\" stats --lang en \"$F\"", in: folder)
        #expect(alone.status == 66 && alone.stderr == "portrait: cannot read 'caf\\xE9.csv': no such file\n", "\(alone.stderr)")
    }

    /// A name that is not UTF-8 is given to a shell as `$'caf\xe9.csv'`: the HTML report's command reads the
    /// same file again through bash, and the word itself gives the name's bytes back.
    @Test func theReportCommandNamesTheFileForAShell() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try shell("printf '%s\\n%s\\n' \"\(HostileInput.header)\" \"\(HostileInput.row)\" > \"$F\"", in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let report = try shell("exec \"$P\" query --lang en --status production \"$F\" --format html", in: folder)
        try #require(report.status == 0, "\(report.stderr)")
        let code = try #require(report.stdoutText.firstMatch(of: /<code>(portrait query[^<]*)<\/code>/)).1
        let command = String(code).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        #expect(command.hasSuffix(" $'caf\\xe9.csv'"), "\(command)")
        let lastWord = try MeasuredProcess.run("/bin/bash", ["-c", "portrait() { printf '%s' \"${@: -1}\"; }; " + command], timeout: 30)
        #expect(lastWord.status == 0 && Array(lastWord.stdout) == Array("caf".utf8) + [0xE9] + Array(".csv".utf8), "\(lastWord.stderr)")
        let rerun = try shell("exec /bin/bash -c 'portrait() { \"$0\" \"$@\"; }; '\"$3\" \"$P\"", in: folder, extra: [command])
        #expect(rerun.status == 0 && rerun.stdoutText.contains("Tri des courriels"), "\(rerun.stderr)")
    }

    /// Only a file name may hold bytes that are not UTF-8: any other value is refused with one line (64),
    /// and the alias file is named by its bytes like the portrait's files.
    @Test func otherValuesMustBeUTF8AndTheAliasFileOpensByItsBytes() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let search = try shell("exec \"$P\" query --lang en --search \"$(printf 'caf\\351')\"", in: folder)
        #expect(search.status == 64 && search.stderr == "portrait: 'caf\\xE9' is not UTF-8 text: only a file name may hold other bytes (see 'portrait --help')\n",
                "\(search.stderr)")
        #expect(search.stdout.isEmpty)
        let aliases = try shell("printf 'alias,organisation,note\\n' > \"$(printf 'al\\351.csv')\" && exec \"$P\" diff --sample --lang en --aliases \"$(printf 'al\\351.csv')\"",
                                in: folder)
        #expect(aliases.status == 0, "\(aliases.stderr)")
        let missing = try shell("exec \"$P\" diff --sample --lang en --aliases \"$(printf 'nul\\351.csv')\"", in: folder)
        #expect(missing.status == 66 && missing.stderr.contains("'nul\\xE9.csv'"), "\(missing.stderr)")
    }

    /// The names in `folder`, or in its `subfolder` named by bytes, as the system lists them: bytes, not
    /// Foundation's text.
    private func rawNames(in folder: URL, subfolder: [UInt8]? = nil) throws -> [[UInt8]] {
        let name = subfolder.map { "/\"$(printf '" + $0.map { "\\" + String($0, radix: 8) }.joined() + "')\"" } ?? ""
        let listed = try MeasuredProcess.run("/bin/sh", ["-c", "cd \"$1\"\(name) && ls -1", "sh", folder.path], timeout: 30)
        return listed.stdout.split(separator: 0x0A).map(Array.init)
    }
}
