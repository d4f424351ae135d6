import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// `e` with a `.html` name: the HTML report of the browser's selection, the same bytes as the writer
/// gives for that query, with the sample notice when the rows are the embedded sample.
@Suite struct HTMLExportTests {
    @Test func htmlNameWritesTheReportOfTheSelection() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TUI.embeddedStore()
        let moment = TUI.clock
        let state = BrowserState(store: store, sourceName: "portrait-2025.csv", size: TermSize(columns: 100, rows: 30),
                                 provenance: [.sample(edition: store.values(.edition)[0].raw)], now: { moment })
        var session = BrowserSession(state: state, exporter: Exporter(workingDirectory: folder.path))
        session.press(.tab, .tab, .character(" "), .character("/"))
        session.type("agent")
        session.press(.enter, .character("e"), .control("u"))
        session.type("rapport.html")
        session.press(.enter)
        let written = try String(contentsOf: folder.appendingPathComponent("rapport.html"), encoding: .utf8)
        let production = try #require(store.resolve(.status, "Solution en production").first)
        let query = Query(selected: [.status: [production]], search: "agent")
        let selection = store.select(query)
        var options = ExportOptions(language: .fr, edition: false)
        options.report = ReportContext(query: query, provenances: state.provenance, interface: .fr)
        let expected = SelectionWriter.bytes(store: store, rows: selection.rows, format: .html, options: options)
        #expect(Array(written.utf8) == expected)
        #expect(written.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(written.contains("Données d&#39;exemple"))
        #expect(written.contains("dont le statut est «\u{00A0}Solution en production\u{00A0}» et qui contiennent les mots «\u{00A0}agent\u{00A0}»"))
        #expect(TUI.render(session).text.contains("\(selection.rows.count) initiatives de l'échantillon illustratif exportées vers rapport.html"))
    }
}
