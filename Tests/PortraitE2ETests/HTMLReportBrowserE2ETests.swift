import Foundation
import PortraitTestSupport
import Testing

/// The HTML report as a person gets it: written by the real binary from data full of markup, then
/// checked by a strict HTML parser (html5lib) and opened in headless Chromium (Debian's `chromium`,
/// which `.ci/run` installs; without it these tests fail, they do not skip): the DOM shows every
/// initiative as text and the title unchanged (nothing ran), the screenshot is not blank, and the printed
/// form puts the table on several pages with its header repeated on each.
@Suite(.tags(.e2e, .slow), .serialized) struct HTMLReportBrowserE2ETests {
    /// Names with markup that would run or break the page if it were not escaped.
    static let hostileNames = [
        "<script>document.title='pwned'</script>Agent A",
        "<img src=x onerror=\"document.title='pwned'\">Agent B",
        "Fin de </table> tableau",
    ]

    /// A portrait of `count` initiatives, the first ones with hostile names, bodies and benefits.
    static func hostilePortrait(_ count: Int) -> String {
        var lines = ["Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut"]
        for n in 1...count {
            let name = n <= hostileNames.count ? hostileNames[n - 1] : "Initiative numéro \(n) d'analyse des données"
            let body = n == 2 ? "<img src=x onerror=alert(1)>" : "Organisme \(n % 17)"
            let benefits = n == 1 ? "</table><script>alert(1)</script>" : "Réduction des délais de traitement; Meilleure qualité des services rendus"
            let status = n % 5 == 0 ? "Développement de la solution" : "Solution en production"
            let cells = [name, "Automatisation", body, n % 2 == 0 ? "Finances" : "Santé et Services sociaux", benefits, status]
            lines.append(cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func chromium() throws -> String {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
                            "headless Chromium is not installed (apt-get install chromium; .ci/run does it)")
    }

    /// Runs Chromium headless on `page` with `arguments`, with a profile of its own in `folder`.
    static func runChromium(_ arguments: [String], page: String, folder: URL) throws -> MeasuredRun {
        let chromium = try chromium()
        let profile = folder.appendingPathComponent("profile").path
        let run = try MeasuredProcess.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                                     "--disable-extensions", "--user-data-dir=\(profile)"] + arguments
                                                     + ["file://" + page], timeout: 120)
        #expect(!run.timedOut, "chromium timed out")
        #expect(run.status == 0, "chromium: \(run.stderr)")
        return run
    }

    /// Writes the report of the production initiatives of a hostile portrait of `count` rows.
    static func writeReport(_ count: Int, folder: URL, name: String = "r.html", arguments: [String] = []) throws -> (page: String, csv: String) {
        let csv = folder.appendingPathComponent("portrait-2025.csv").path
        try Data(hostilePortrait(count).utf8).write(to: URL(fileURLWithPath: csv))
        let page = folder.appendingPathComponent(name).path
        let run = try Binary.run(["query", "--status", "production", "--format", "html", "-o", page, csv] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return (page, csv)
    }

    @Test func strictHTMLParserAcceptsTheReport() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["fr", "en"] {
            let (page, _) = try Self.writeReport(40, folder: folder, name: "r-\(language).html", arguments: ["--lang", language])
            let check = "import html5lib, sys; html5lib.HTMLParser(strict=True).parse(open(sys.argv[1], 'rb'))"
            let run = try MeasuredProcess.run("/usr/bin/env", ["python3", "-c", check, page], timeout: 120)
            #expect(run.status == 0, "html5lib (pip install html5lib; .ci/run does it) refused the \(language) report: \(run.stderr)")
        }
    }

    @Test func chromiumShowsEveryInitiativeAsTextAndRunsNothing() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (page, _) = try Self.writeReport(40, folder: folder)
        let written = try String(contentsOfFile: page, encoding: .utf8)
        let dom = try Self.runChromium(["--dump-dom"], page: page, folder: folder).stdoutText
        #expect(dom.contains("</html>"))
        // The DOM has no element from the data, and the title is the one written (no script changed it).
        #expect(!dom.lowercased().contains("<script"))
        #expect(!dom.lowercased().contains("<img"))
        let title = { (html: String) in html.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first }
        #expect(title(dom) != nil && title(dom) == title(written))
        #expect(!dom.contains("pwned</title>"))
        // Every production initiative is a row header, its text as written (serialised back with & < > escaped).
        let serialised = { (text: String) in
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        for n in 1...40 where n % 5 != 0 {
            let name = n <= Self.hostileNames.count ? Self.hostileNames[n - 1] : "Initiative numéro \(n) d'analyse des données"
            #expect(dom.contains("<th scope=\"row\">\(serialised(name))</th>"), "\(name)")
        }
        #expect(dom.contains("&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func screenshotIsNotBlank() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The journalist's report of the issue: the production initiatives of the embedded edition.
        let page = folder.appendingPathComponent("production.html").path
        let run = try Binary.run(["query", "--status", "production", "--category", "agent", "--lang", "en", "-o", page])
        #expect(run.status == 0, "\(run.stderr)")
        let shot = folder.appendingPathComponent("shot.png").path
        _ = try Self.runChromium(["--hide-scrollbars", "--window-size=820,1000", "--screenshot=\(shot)"], page: page, folder: folder)
        let script = Repository.root.appendingPathComponent("scripts/png-ink.py").path
        let ink = try MeasuredProcess.run("/usr/bin/env", ["python3", script, shot], timeout: 120)
        let parts = ink.stdoutText.split(separator: " ").map(String.init)
        #expect(ink.status == 0 && parts.count == 4, "\(ink.stderr)")
        let inked = Double(parts.count == 4 ? parts[2].trimmingCharacters(in: .whitespacesAndNewlines) : "0") ?? 0
        let colours = Int(parts.count == 4 ? parts[3].trimmingCharacters(in: .whitespacesAndNewlines) : "0") ?? 0
        #expect(inked > 0.02, "only \(inked) of the pixels are drawn")
        #expect(colours > 8, "only \(colours) colours")
        // docs/GUIDE.md's picture is this screenshot (PORTRAIT_REPORT_SCREENSHOT=docs/report.png to refresh it).
        if let keep = ProcessInfo.processInfo.environment["PORTRAIT_REPORT_SCREENSHOT"], !keep.isEmpty {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: shot, toPath: keep)
        }
    }

    @Test func printedReportRepeatsTheTableHeaderOnEveryPage() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (page, _) = try Self.writeReport(150, folder: folder, arguments: ["--lang", "en", "--labels", "fr"])
        let pdf = folder.appendingPathComponent("r.pdf").path
        _ = try Self.runChromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)"], page: page, folder: folder)
        let text = try MeasuredProcess.run("/usr/bin/env", ["pdftotext", "-layout", pdf, "-"], timeout: 120)
        #expect(text.status == 0, "pdftotext (poppler-utils; .ci/run installs it): \(text.stderr)")
        let pages = text.stdoutText.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        // Pages holding initiatives (rows of the table: their names wrap, so a word of them), and among them
        // those with the header row (its titles on one line; two-word titles wrap).
        let tablePages = pages.filter { $0.contains("numéro") }
        let withHeader = tablePages.filter { page in
            page.split(separator: "\n").contains { $0.contains("Nom") && $0.contains("Catégorie") && $0.contains("Statut") }
        }
        #expect(tablePages.count >= 3, "the table is on \(tablePages.count) pages of \(pages.count)")
        #expect(withHeader.count == tablePages.count, "header on \(withHeader.count) of the table's \(tablePages.count) pages")
    }
}
