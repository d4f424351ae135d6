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
        var session = try TUI.session(folder: folder.path)
        session.exporter.embedded = true
        let store = session.state.store
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
        options.report = .describing(store, query: query, interface: .fr, files: [], embedded: true)
        let expected = SelectionWriter.bytes(store: store, rows: selection.rows, format: .html, options: options)
        #expect(Array(written.utf8) == expected)
        #expect(written.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(written.contains("Données d&#39;exemple"))
        #expect(written.contains("dont le statut est «\u{00A0}Solution en production\u{00A0}» et qui contiennent les mots «\u{00A0}agent\u{00A0}»"))
        #expect(TUI.render(session).text.contains("\(selection.rows.count) initiatives exportées vers rapport.html"))
    }
}
