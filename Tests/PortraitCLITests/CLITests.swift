import Foundation
import PortraitTestSupport
import Testing

/// The headless commands, through the real binary.
@Suite(.tags(.e2e)) struct CLITests {
    @Test func statsByCategoryPrintsThePublishedCounts() throws {
        let run = try CLI.run(["stats", "--by", "category", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines.first == "value,count")
        #expect(lines.dropFirst().compactMap { $0.split(separator: ",").last.flatMap { Int($0) } } == [81, 68, 36, 27, 22, 7, 6, 6, 4, 1])
        let table = try CLI.run(["stats", "--by", "category", "--lang", "fr"])
        #expect(table.stdout.contains("Aide à la décision, planification et/ou prédiction"))
        #expect(table.stdout.contains("█"))
        #expect(try table.stdout.contains("\(PublishedFacts.latestInitiatives) initiatives au total"))
    }

    @Test func statsJSONAndEnglishLabels() throws {
        let run = try CLI.run(["stats", "--by", "status", "--format", "json", "--labels", "en"])
        #expect(run.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.map { $0["value"] as? String } == ["Solution in production", "Solution development", "Information unavailable"])
        #expect(items.map { $0["count"] as? Int } == [132, 115, 11])
    }

    @Test func queryFiltersAndFormats() throws {
        let run = try CLI.run(["query", "--status", "production", "--category", "Assistant/conversational agent", "--format", "json",
                                 "--labels", "fr"])
        #expect(run.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { $0["status"] == "Solution en production" && $0["category"] == "Assistant/agent conversationnel" })
        let md = try CLI.run(["query", "--search", "foret", "--format", "md", "--labels", "fr"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("| Nom | Catégorie |"))
    }

    @Test func searchIsAccentInsensitive() throws {
        let plain = try CLI.run(["query", "--search", "foret", "--format", "tsv"])
        let accented = try CLI.run(["query", "--search", "FORÊT", "--format", "tsv"])
        #expect(plain.stdout == accented.stdout)
        #expect(plain.stdout.split(separator: "\n").count > 1)
    }

    @Test func outputFileIsWrittenOnceAndNeverReplacedWithoutForce() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("sel.csv").path
        let first = try CLI.run(["query", "--org", "CHUM", "-o", file])
        #expect(first.status == 0)
        #expect(first.stderr.contains("initiatives written to"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written == (try CLI.run(["query", "--org", "CHUM"])).stdout)
        let again = try CLI.run(["query", "-o", file])
        #expect(again.status == 73)
        #expect(again.stderr.hasPrefix("portrait: cannot write '\(file)': file exists"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written)
        #expect(try CLI.run(["query", "-o", file, "--force"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sel.csv"])
    }

    @Test func missingFileExits66() throws {
        let run = try CLI.run(["query", "/nonexistent/portrait.csv"])
        #expect(run.status == 66)
        #expect(run.stderr == "portrait: cannot read '/nonexistent/portrait.csv': no such file\n")
    }

    @Test func escapeSequencesInAFileNameNeverReachTheTerminal() throws {
        let name = "/nonexistent/x\u{1B}]2;pwned\u{07}.csv"
        let run = try CLI.run(["query", name])
        #expect(run.status == 66)
        #expect(!run.stderr.contains("\u{1B}"))
        #expect(run.stderr == "portrait: cannot read '/nonexistent/x␛]2;pwned␇.csv': no such file\n")
    }

    @Test func unknownFacetValueIsAUsageError() throws {
        let run = try CLI.run(["query", "--category", "Cybersécurité"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("portrait: no category matches 'Cybersécurité'"))
    }

    @Test func usageErrorsAreOneLine() throws {
        for arguments in [["query", "--format", "xml"], ["stats", "--by", "colour"], ["validate"], ["query", "--nope"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.hasPrefix("portrait: "), "\(arguments)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system"))
    func aFullDiskOnStandardOutputIsAnErrorNotACrash() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["query"]
        process.environment = ProcessInfo.processInfo.environment.merging(englishLocale) { $1 }
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 73)
        #expect(message == "portrait: cannot write standard output: No space left on device\n")
    }

    @Test func validateReportsWhatWasDetected() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("t.csv")
        let text = "Titre du fichier\nNom;Catégorie;Organisme public;Portefeuille;Bénéfices;Statut;Note\nA;Automatisation;Org ;Finances;x;Solution en production;n\nB;Inconnue;Org;Finances;y;Solution en production;m\n"
        try Data(text.utf8).write(to: file)
        let run = try CLI.run(["validate", file.path])
        #expect(run.status == 0)
        for expected in ["encoding:   UTF-8", "delimiter:  semicolon (;)", "header:     line 2", "rows:       2",
                         "extra        ← \"Note\"", "unknown category 'Inconnue'", "stray spaces in organisation"] {
            #expect(run.stdout.contains(expected), "\(expected)")
        }
    }

    @Test func summarySummarisesTheEmbeddedPortrait() throws {
        let run = try CLI.run(["summary", "--lang", "fr"])
        #expect(run.status == 0)
        let latest = try PublishedFacts.load().latest
        #expect(run.stdout.contains("\(latest.initiatives) initiatives, \(latest.organisations) organismes publics"))
        let english = try CLI.run(["summary"])
        #expect(english.stdout.contains("\(latest.initiatives) initiatives, \(latest.organisations) public bodies"))
    }

    @Test func theDefaultBrowserWithoutATerminalPointsToQuery() throws {
        let run = try CLI.run([])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("portrait: "))
        #expect(run.stderr.contains("portrait query"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    /// `--help` reads well at the parser's 80 columns, in both languages: the root's usage names the files,
    /// the files may be HTML, and no paragraph breaks a line where its next word would have fitted.
    @Test(arguments: ["fr", "en"])
    func helpIsWrappedAndNamesWhatFilesMayBe(language: String) throws {
        let root = try CLI.run(["help"], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": language == "fr" ? "fr_CA.UTF-8" : "en_CA.UTF-8"])
        #expect(root.stdout.contains(language == "fr" ? "USAGE: portrait [FICHIERS…]" : "USAGE: portrait [FILES…]"), "\(root.stdout)")
        let browse = try CLI.run(["--help", "--lang", language])
        #expect(browse.stdout.contains(language == "fr" ? "USAGE: portrait [browse] [FICHIERS…]" : "USAGE: portrait [browse] [FILES…]"), "\(browse.stdout)")
        for command in ["", "browse", "summary", "query", "stats", "diff", "validate", "update", "sources"] {
            let run = try CLI.run((command.isEmpty ? [] : [command]) + ["--help", "--lang", language])
            #expect(run.status == 0)
            if ["browse", "query", "stats", "diff"].contains(command) {
                #expect(run.stdout.contains("HTML"), "\(command) --help names HTML files")
            }
            #expect(!run.stdout.contains("intégrées)") && !run.stdout.contains("the embedded 2024 and 2025 editions."), "\(command)")
            let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty
                && !line.hasPrefix(" ") && !next.hasPrefix(" ") && !line.hasSuffix(":") && !next.hasPrefix("-") && !next.hasPrefix("USAGE") {
                let word = next.split(separator: " ").first.map(String.init) ?? ""
                // The parser wraps at 79 columns of the 80.
                #expect(line.count + 1 + word.count >= 80, "\(command) --help --lang \(language): ragged at \"\(line)\" / \"\(next)\"")
            }
        }
    }

    @Test func helpForEveryCommand() throws {
        for command in ["query", "stats", "diff", "validate", "summary", "browse"] {
            let run = try CLI.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains(command == "browse" ? "USAGE: portrait [browse]" : "USAGE: portrait \(command)"))
        }
    }
}

/// The README's key list is the one the program generates from its key table.
@Suite(.tags(.e2e)) struct ReadmeTests {
    @Test func keyListMatchesTheKeyTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "<!-- keys:start -->\n"))
        let end = try #require(text.range(of: "\n<!-- keys:end -->"))
        let generated = try CLI.run(["browse", "--print-keys", "--lang", "en"]).stdout
        #expect(String(text[start.upperBound..<end.lowerBound]) == generated.trimmingCharacters(in: .newlines))
    }
}
