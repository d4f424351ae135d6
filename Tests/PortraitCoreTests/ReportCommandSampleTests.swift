import Foundation
import Testing
import PortraitCore

/// The HTML report's equivalent command reads the same rows: `--sample` when they are the embedded
/// sample (with official editions stored, the command without it would read those), the files otherwise,
/// and only the files of the editions the selection keeps; no command when none gives the selection.
@Suite struct ReportCommandSampleTests {
    @Test func theSampleReportsCommandSaysSample() throws {
        let sample = try HTMLReportTests.report(HTMLReportTests.hostileCSV, embedded: true)
        #expect(sample.contains("<code>portrait query --labels fr --format html --sample</code>"))
        let file = try HTMLReportTests.report(HTMLReportTests.hostileCSV, embedded: false)
        #expect(file.contains("<code>portrait query --labels fr --format html inline.csv</code>"))
        #expect(!file.contains("--sample"))
    }

    static func twoEditionReport(keeping editions: Set<Int>, embedded: Bool) throws -> String {
        let old = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\nA,Automatisation,O1,Finances,x,Solution en production\n"
        let new = old + "B,Automatisation,O2,Finances,y,Développement de la solution\n"
        let store = try Loader.load(csvFiles: [("p-2024.csv", Array(old.utf8)), ("p-2025.csv", Array(new.utf8))]).store
        #expect(store.values(.edition).map(\.raw) == ["2024", "2025"])
        let query = Query(selected: [.edition: editions])
        var options = ExportOptions(language: .en)
        options.report = .describing(store, query: query, interface: .en, files: ["p-2024.csv", "p-2025.csv"], embedded: embedded)
        return String(decoding: HTMLReport.bytes(store: store, rows: store.select(query).rows, options: options), as: UTF8.self)
    }

    @Test func onlyTheFilesOfTheEditionsKept() throws {
        let older = try Self.twoEditionReport(keeping: [0], embedded: false)
        #expect(older.contains("<code>portrait query --labels en --format html p-2024.csv</code>"), "\(older)")
        let both = try Self.twoEditionReport(keeping: [], embedded: false)
        #expect(both.contains("<code>portrait query --labels en --format html p-2024.csv p-2025.csv</code>"))
    }

    /// With no file named, `portrait query` reads the latest edition: the report of an older one has no command.
    @Test func noCommandForAnOlderEditionOfTheSample() throws {
        let older = try Self.twoEditionReport(keeping: [0], embedded: true)
        #expect(!older.contains("<p class=\"command\">"), "\(older)")
        #expect(older.contains("<p class=\"selection\">"))
        let latest = try Self.twoEditionReport(keeping: [1], embedded: true)
        #expect(latest.contains("<code>portrait query --labels en --format html --sample</code>"))
    }
}
