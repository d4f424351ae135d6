import Foundation
import PortraitTestSupport
import Testing

/// The HTML report of two editions lists its ten largest public bodies as the browser's comparison view
/// (`d`) does, in the same order: the report written by the release binary from the sample's two
/// editions (`Data/portrait-2024.csv` and `Data/portrait-2025.csv`, the files the sample is embedded
/// from: `query` with no file reads the latest edition alone), the view read from the real browser in
/// tmux on `--sample`.
@Suite(.tags(.e2e, .slow), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct ReportBodiesOrderE2ETests {
    /// The body names of the report's organisations chart (its fourth), in order, unescaped.
    static func reportBodies(_ page: String) throws -> [String] {
        let chart = try #require(page.components(separatedBy: "<figure class=\"chart\" aria-labelledby=\"chart-4-caption\">").dropFirst().first)
        let table = try #require(chart.components(separatedBy: "</figure>")[0].components(separatedBy: "<tbody>").dropFirst().first)
        return table.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map { cell in
            cell.components(separatedBy: "</th>")[0].replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The body names of the comparison view's section under `heading`, in order. Each value takes two
    /// lines, the older edition's (the name, then `older` in the edition column) and the newer's (no name,
    /// or a note that a whole edition lacks the value): the column is where a newer line starts `newer`.
    static func viewBodies(_ screen: String, heading: String, older: String, newer: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let start = lines.firstIndex(where: { String($0).contains(heading) }) else { return [] }
        let section = lines[(start + 1)...]
        guard let column = section.lazy.compactMap({ line -> Int? in
            let text = String(line)
            let trimmed = text.drop { $0 == " " }
            return trimmed.hasPrefix(newer + " ") ? line.count - trimmed.count : nil
        }).first else { return [] }
        return section.compactMap { line in
            guard line.count > column + older.count, String(line[column..<(column + older.count)]) == older else { return nil }
            let name = String(line[..<column]).trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
    }

    @Test func reportOfTwoEditionsListsTheComparisonViewsTenLargestBodies() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("r.html")
        let editions = ["2024", "2025"].map { Repository.root.appendingPathComponent("Data/portrait-\($0).csv").path }
        let query = try Binary.run(["query", "--format", "html", "--lang", "fr", "-o", page.path] + editions)
        #expect(query.status == 0, "\(query.stderr)")
        let reported = try Self.reportBodies(try String(contentsOf: page, encoding: .utf8))
        #expect(reported.count == 10, "\(reported)")

        // Wide enough that no body name is cut (the longest is about 100 characters), tall enough for the
        // whole last section after End.
        let shown = try Tmux.withShell(columns: 260, rows: 60) { tmux, _ in
            try tmux.launchBrowser(arguments: ["--sample"])
            try tmux.waitFor(text: PublishedFacts.allLatestShown + " │ édition 2025")
            try tmux.type("d")
            try tmux.waitFor(text: "Comparaison de la sélection : 2024 → 2025")
            try tmux.press("End")
            let screen = try tmux.waitFor("the bodies section, whole") { screen in
                Self.viewBodies(screen, heading: "Organismes : les 10 premiers sur", older: "2024", newer: "2025").count == 10
            }
            try tmux.type("q")
            try tmux.type("q")
            return Self.viewBodies(screen, heading: "Organismes : les 10 premiers sur", older: "2024", newer: "2025")
        }
        #expect(!shown.contains { $0.contains("…") }, "a name is cut: \(shown)")
        #expect(reported == shown)
    }
}
