import Foundation
import PortraitTestSupport
import Testing

/// The HTML report as a reader gets it from the real binary: plural forms and edition phrases written as
/// French and English write them, no chart of a single value at 100 %, printed without a page per
/// section (headless Chromium, pdfinfo), its sources the editions of its rows only, and its cost bounded
/// by the CSV export's for 100,000 rows.
@Suite(.tags(.e2e, .slow, .timing), .serialized) struct ReportReadsWellE2ETests {
    static let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut"

    /// Writes `lines` under the register's header to `name` in `folder`.
    static func write(_ lines: [String], _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(([header] + lines).joined(separator: "\n").appending("\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func page(_ arguments: [String], in folder: URL, name: String = "r.html") throws -> String {
        let page = folder.appendingPathComponent(name).path
        let run = try Binary.run(["query", "--format", "html", "-o", page, "--force"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: page, encoding: .utf8)
    }

    @Test func pluralsAndSingleValueCharts() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write([
            "Agent A,Automatisation,Organisme 1,Finances,x,Solution en production",
            "Agent B,Automatisation,Organisme 2,Finances,y,Développement de la solution",
            "Tri C,Traitement d'image,Organisme 1,Finances,z,Solution en production",
        ], "p.csv", in: folder)
        // One initiative: "1 initiative", never "1 initiatives"; every chart has one value: none is drawn.
        let one = try Self.page(["--search", "Tri", "--lang", "fr", file], in: folder)
        #expect(one.contains("<caption>1 initiative, dans l&#39;ordre de la sélection</caption>"), "\(one)")
        #expect(!one.contains("1 initiatives") && !one.contains("1 valeurs"))
        #expect(!one.contains("<figure class=\"chart\"") && !one.contains("<section class=\"charts\""))
        // Production only: the status, portfolio and body charts (one bar at 100 % each) are left out, the
        // category chart (two values) stays.
        let production = try Self.page(["--status", "production", "--lang", "en", file], in: folder)
        #expect(production.contains("<caption>2 initiatives, in the selection&#39;s order</caption>"))
        #expect(!production.contains("<h3>By status</h3>") && !production.contains("<h3>By ministerial portfolio</h3>"))
        #expect(production.contains("<h3>By category</h3>") && production.contains("By category, 2 values;"))
    }

    @Test func sourcesAreTheEditionsOfTheRowsAndTheSentenceReadsWell() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = ["Agent A,Automatisation,Organisme 1,Finances,x,Solution en production"]
        let new = old + ["Agent B,Automatisation,Organisme 2,Finances,y,Développement de la solution"]
        let files = [try Self.write(old, "portrait-2024.csv", in: folder), try Self.write(new, "portrait-2025.csv", in: folder)]
        // The new initiatives are all of 2025: the source section names 2025 alone.
        let page = try Self.page(["--change", "new", "--lang", "fr"] + files, in: folder)
        #expect(page.contains("<p>Édition 2025 : portrait-2025.csv"), "\(page)")
        #expect(!page.contains("Édition 2024"), "\(page)")
        // Markdown's footer too.
        let markdown = try Binary.run(["query", "--change", "new", "--format", "md", "--lang", "fr"] + files)
        #expect(markdown.status == 0)
        let text = String(decoding: markdown.stdout, as: UTF8.self)
        #expect(text.contains("portrait-2025.csv") && !text.contains("portrait-2024.csv"), "\(text)")
    }

    @Test func printingDoesNotStartAPagePerSection() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write((1...6).map { n in
            "Agent \(n),\(n % 2 == 0 ? "Automatisation" : "Traitement d'image"),Organisme \(n % 3),Finances,x,\(n % 2 == 0 ? "Solution en production" : "Développement de la solution")"
        }, "p.csv", in: folder)
        let page = folder.appendingPathComponent("small.html").path
        let run = try Binary.run(["query", "-o", page, "--lang", "en", file])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = folder.appendingPathComponent("small.pdf").path
        _ = try HTMLReportBrowserE2ETests.runChromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)"], page: page, folder: folder)
        let info = try MeasuredProcess.run("/usr/bin/env", ["pdfinfo", pdf], timeout: 60)
        #expect(info.status == 0, "pdfinfo (poppler-utils): \(info.stderr)")
        let pages = info.stdoutText.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        // Totals, three charts, six rows and the definitions on three pages (measured; a page per section
        // made at least four), the sections following one another: the totals and the charts begin on
        // one page, the initiatives and the definitions share one.
        #expect(pages >= 1 && pages <= 3, "\(pages) pages")
        let text = try MeasuredProcess.run("/usr/bin/env", ["pdftotext", "-layout", pdf, "-"], timeout: 60).stdoutText
        let sheets = text.components(separatedBy: "\u{0C}")
        func sheet(_ heading: String) -> Int? { sheets.firstIndex { $0.contains(heading) } }
        #expect(sheet("At a glance") != nil && sheet("At a glance") == sheet("Breakdown"), "\(text)")
        #expect(sheet("The initiatives") != nil && sheet("The initiatives") == sheet("Official definitions"), "\(text)")
    }

    /// The report of 100,000 rows against their CSV export, both through the binary on the same file.
    /// Measured with the release binary (2 cores shared with other builds, load average 11), GNU time, three
    /// runs each: CSV 0.26–0.28 s of processor time and 72 MiB; HTML 0.29–0.33 s and 79 MiB (before the
    /// rows were written outside the template: 5.1 s and 238 MiB). The bounds are the issue's promise, at
    /// most three times the CSV export's time and memory: about 2.7 times what the report was measured
    /// to cost (0.05 s of slack for the start-up both share).
    @Test func reportOf100kRowsCostsAtMostThreeTimesTheCSVExport() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("portrait-100k.csv").path
        let generator = try MeasuredProcess.run("/usr/bin/env", SharedGenerator.arguments(rows: 100_000, output: input),
                                                timeout: 300)
        #expect(generator.status == 0, "\(generator.stderr)")
        func measure(_ format: String) throws -> MeasuredRun {
            let output = folder.appendingPathComponent("out.\(format)").path
            // The best of three: the figure least disturbed by the other processes sharing the cores.
            var runs: [MeasuredRun] = []
            for _ in 0..<3 {
                let run = try MeasuredProcess.run(Binary.url.path, ["query", "-o", output, "--force", input], timeout: 300)
                #expect(run.status == 0, "\(run.stderr)")
                runs.append(run)
            }
            return runs.min { $0.cpuSeconds < $1.cpuSeconds }!
        }
        let csv = try measure("csv"), html = try measure("html")
        let page = try String(contentsOfFile: folder.appendingPathComponent("out.html").path, encoding: .utf8)
        #expect(page.components(separatedBy: "<tr><th scope=\"row\">").count - 1 >= 100_000)
        #expect(html.cpuSeconds <= 3 * csv.cpuSeconds + 0.05, "HTML \(html.cpuSeconds) s against CSV \(csv.cpuSeconds) s")
        #expect(html.peakBytes <= 3 * csv.peakBytes, "HTML \(html.peakBytes) bytes against CSV \(csv.peakBytes) bytes")
    }
}
