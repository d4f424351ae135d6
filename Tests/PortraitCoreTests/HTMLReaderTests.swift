import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// Reading HTML pages: the fixtures of scripts/make-html-fixtures.py give the same rows and counts as
/// their CSV twins; cell text is what a reader sees; tables that are not the portrait are passed over.
@Suite struct HTMLReaderTests {
    /// Every field, extra column and count of two loads, row by row.
    static func expectSameRows(_ html: LoadedPortrait, _ csv: LoadedPortrait, sourceLocation: SourceLocation = #_sourceLocation) {
        let (a, b) = (html.store, csv.store)
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        #expect(a.extraTitles == b.extraTitles, sourceLocation: sourceLocation)
        for row in 0..<min(a.count, b.count) {
            for field in Field.allCases {
                #expect(a.text(field, row: row) == b.text(field, row: row), "row \(row + 1), \(field)", sourceLocation: sourceLocation)
            }
            for index in a.extraTitles.indices where index < b.extraTitles.count {
                #expect(a.extra(index, row: row) == b.extra(index, row: row), "row \(row + 1), extra \(index)", sourceLocation: sourceLocation)
            }
        }
        for facet in [Facet.category, .status, .portfolio, .organisation] {
            #expect(a.tally(facet, rows: Array(0..<a.count)) == b.tally(facet, rows: Array(0..<b.count)), "\(facet)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["fr-utf8", "en-cp1252"])
    func pageGivesTheRowsOfItsCSVTwin(_ name: String) throws {
        let html = try Loader.load(paths: [Fixture.path("html/\(name).html")])
        let csv = try Loader.load(paths: [Fixture.path("html/\(name).csv")])
        #expect(html.store.count == 60)
        Self.expectSameRows(html, csv)
        #expect(html.reports[0].format == .html)
    }

    @Test func frenchPageSaysWhichTableItRead() throws {
        let report = try Loader.load(paths: [Fixture.path("html/fr-utf8.html")]).reports[0]
        let table = try #require(report.htmlTable)
        #expect(table == HTMLTableChoice(position: 3, tablesSeen: 3, caption: "Portrait 2025 (extrait)", headerRow: 2,
                                         skippedTables: [1, 2], footerRows: 1))
        #expect(report.encoding == .utf8)
    }

    @Test func declaredWindows1252IsHonoured() throws {
        let loaded = try Loader.load(paths: [Fixture.path("html/en-cp1252.html")])
        #expect(loaded.reports[0].encoding == .windows1252)
        #expect(loaded.store.text(.name, row: 0).contains("forêt"))
    }

    @Test func entitiesLinksBreaksAndSpacesReadAsAReaderSeesThem() throws {
        let loaded = try Loader.load(paths: [Fixture.path("html/fr-utf8.html")])
        let store = loaded.store
        // Decoded entities (&amp; &lt; &#8217; &nbsp;), then tidied as every reader tidies cells (the
        // typographic apostrophe and the no-break space as the CSV path keeps them).
        let csv = try Loader.load(paths: [Fixture.path("html/fr-utf8.csv")]).store
        #expect(store.text(.name, row: 3) == csv.text(.name, row: 3))
        #expect(store.text(.name, row: 3).hasPrefix("Analyse R&D <script>alert(1)</script> de l"))
        #expect(store.text(.benefits, row: 4) == "Gain de temps\nMeilleure qualité")
        #expect(store.text(.name, row: 5) == csv.text(.name, row: 5))
        // The body's cell spans two rows: both carry it, and the next cells keep their columns.
        #expect(store.text(.organisation, row: 10) == store.text(.organisation, row: 11))
        #expect(Vocabulary.statuses.contains { $0.fr == store.text(.status, row: 11) })
    }

    @Test func inlinePageCollapsesWhiteSpaceAndFlattensTags() throws {
        let page = """
            <table><tr><th>Nom</th><th>Catégorie</th><th>Organisme public</th><th>Portefeuille ministériel</th>
            <th>Bénéfices</th><th>Statut</th></tr>
            <tr><td>  Tri \n\t des   <em>courriels</em>&nbsp;!</td><td>Automatisation</td><td><a href="x">Organisme&#32;1</a></td>
            <td>Finances</td><td><p>Un</p><p>Deux <span>et</span> trois</p><ul><li>quatre</li></ul>cinq<br/>six</td><td>Solution en production
            """
        var builder = PortraitStoreBuilder()
        let report = try Loader.loadHTML(bytes: Array(page.utf8), name: "inline.html", edition: "x", options: LoadOptions(), into: &builder)
        let store = builder.build()
        #expect(report.rowCount == 1)
        #expect(store.text(.name, row: 0) == CellText.tidy("Tri des courriels\u{00A0}!"))
        #expect(store.text(.organisation, row: 0) == "Organisme 1")
        #expect(store.text(.benefits, row: 0) == "Un\nDeux et trois\nquatre\ncinq\nsix")
        #expect(store.text(.status, row: 0) == "Solution en production")
    }

    @Test func colspanAndRowspanKeepLaterCellsInTheirColumns() {
        var grid = HTMLTableGrid(spanBudget: 1000)
        grid.startRow()
        grid.addCell("a", colspan: 2, rowspan: 1)
        grid.addCell("b", colspan: 1, rowspan: 2)
        grid.addCell("c", colspan: 1, rowspan: 1)
        #expect(grid.endRow() == ["a", "", "b", "c"])
        grid.startRow()
        grid.addCell("d", colspan: 1, rowspan: 1)
        grid.addCell("e", colspan: 1, rowspan: 1)
        grid.addCell("f", colspan: 1, rowspan: 1)
        #expect(grid.endRow() == ["d", "e", "b", "f"])
        grid.startRow()
        #expect(grid.endRow() == [])
    }

    @Test func spansStopWhenTheirBudgetIsSpent() {
        var grid = HTMLTableGrid(spanBudget: 10)
        grid.startRow()
        grid.addCell("a", colspan: 1000, rowspan: 1)
        #expect(grid.endRow() == ["a"])
    }

    @Test func pageWithoutAPortraitTableSaysHowManyTablesItSaw() throws {
        let error = try #require(throws: PortraitError.self) { try Loader.load(paths: [Fixture.path("html/no-portrait.html")]) }
        #expect(error.kind == .badData)
        #expect(error.reason(in: .en) == "no table with the portrait's columns (2 tables seen)")
        #expect(error.reason(in: .fr) == "aucun tableau avec les colonnes du portrait (2 tableaux vus)")
    }

    @Test func pageUnderAnotherNameIsReadAsHTML() throws {
        let folder = try Fixture.temporaryFolder()
        let path = folder.appendingPathComponent("portrait-2025.csv").path
        try Data(contentsOf: Fixture.url("html/fr-utf8.html")).write(to: URL(fileURLWithPath: path))
        let loaded = try Loader.load(paths: [path])
        #expect(loaded.reports[0].format == .html)
        #expect(loaded.store.count == 60)
    }

    @Test func pageWithoutATableTagIsAnsweredWithoutParsing() {
        #expect(!HTMLSniffer.mentionsTable(Array("<p>tableau</p><tab le>".utf8)))
        #expect(HTMLSniffer.mentionsTable(Array("<p>x</p>\n<TABLE border=1>".utf8)))
        #expect(HTMLSniffer.mentionsTable(Array("<table".utf8)))
        #expect(!HTMLSniffer.mentionsTable([]))
    }

    @Test func sniffingAndDeclaredCharsets() throws {
        // What a file is, by its first bytes alone (`FileSniffer.kind`, the one place that decides).
        for page in ["\u{FEFF}  <!DOCTYPE html>", "<TABLE border=1>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
                     "<section><h2>Registre</h2>", "<!-- export -->\n<div class=\"x\"><p>Liste</p></div>", "<?xml version=\"1.0\"?><!DOCTYPE html><x/>",
                     "<root>\n<meta/>\n<table>"] {
            #expect(try FileSniffer.kind(of: Array(page.utf8)) == .html, "\(page)")
            let utf16: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            #expect(try FileSniffer.kind(of: utf16) == .html, "UTF-16 \(page)")
        }
        for xml in ["<tablet>", "<?xml version=\"1.0\"?>\n<rows><row>Tri</row></rows>", "<rss><channel>"] {
            #expect(throws: PortraitError.self, "\(xml)") { try FileSniffer.kind(of: Array(xml.utf8)) }
        }
        #expect(try FileSniffer.kind(of: Array("Nom,Catégorie\n".utf8)) == .text)
        #expect(try FileSniffer.kind(of: [0x50, 0x4B, 0x03, 0x04, 0]) == .workbook)
        #expect(HTMLSniffer.declaredCharset(Array(#"<meta charset="Windows-1252">"#.utf8)) == "windows-1252")
        #expect(HTMLSniffer.declaredCharset(Array(#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">"#.utf8)) == "iso-8859-1")
        #expect(HTMLSniffer.declaredCharset(Array("<p>charset=latin1</p>".utf8)) == nil)
    }
}
