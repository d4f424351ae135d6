import Foundation

/// Malformed and oversized HTML pages (the list): deeply nested or unclosed markup, a table of
/// 100,000 columns, a 50 MB page without a table (answered without parsing), a 20 MB page parsed to its
/// end for a menu table, a page that is not HTML at all, spans that would
/// multiply cells. Each loads or gives one line, within `ResourceBounds`.
extension HostileInput {
    static let htmlHeader = "<tr><th>Nom</th><th>Catégorie</th><th>Organisme public</th><th>Portefeuille ministériel</th><th>Bénéfices</th><th>Statut</th></tr>"
    static let htmlRow = "<tr><td>Tri des courriels</td><td>Automatisation</td><td>Organisme 1</td><td>Finances</td><td>Délais</td><td>Solution en production</td></tr>"

    static let html: [HostileInput] = [
        HostileInput(name: "HTML: 200,000 nested <div> around the table", fileName: "deep.html",
                     outcome: .loads(rows: 1, validateShows: ["format:       HTML"]),
                     make: text(String(repeating: "<div>", count: 200_000) + "<table>" + htmlHeader + htmlRow + "</table>")),
        HostileInput(name: "HTML: 100,000 unclosed nested <table>", fileName: "unclosed-tables.html",
                     outcome: .refused(status: 65, reason: "no table with the portrait's columns (100000 tables seen)"),
                     make: text(String(repeating: "<table><tr><td>", count: 100_000))),
        HostileInput(name: "HTML: a header of 100,000 columns", fileName: "wide.html",
                     outcome: .refused(status: 65, reason: "line 1: 100006 columns, more than the 16384 of a spreadsheet's sheet, "
                                       + "the most a portrait's header may have"),
                     make: text("<table><tr><th>Nom</th><th>Catégorie</th><th>Organisme public</th><th>Portefeuille ministériel</th><th>Bénéfices</th><th>Statut</th>"
                                + String(repeating: "<th>x</th>", count: 100_000) + "</tr>" + htmlRow + "</table>"),
                     cpu: 3),  // measured 0.10 s (0.59-0.99 s when it loaded)
        HostileInput(name: "HTML: a 50 MB page without a table", fileName: "no-table.html",
                     outcome: .refused(status: 65, reason: "no table with the portrait's columns (0 tables seen)"),
                     make: text("<!DOCTYPE html><html><body>" + String(repeating: "<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit.</p>\n", count: 700_000) + "</body></html>")),
        HostileInput(name: "HTML: a 20 MB page whose one table is a menu", fileName: "menu-only.html",
                     outcome: .refused(status: 65, reason: "no table with the portrait's columns (1 tables seen)"),
                     make: text("<!DOCTYPE html><html><body><table><tr><td><a href=\"/\">Accueil</a></td></tr></table>"
                                + String(repeating: "<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit.</p>\n", count: 280_000) + "</body></html>")),
        // What a file is comes from its content, not its name: these are read as CSV text.
        HostileInput(name: "HTML: random bytes named .html", fileName: "random.html",
                     outcome: .refused(status: 65, reason: "not a portrait: no column names any of name, category, organisation, portfolio, benefits, status (use --columns field=Header to map them)"),
                     make: bytes((0..<65_536).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) | 0x80 })),
        // Each spanning row fills one cell only, after the last initiative: a footer, not an initiative (as in CSV and XLSX).
        HostileInput(name: "HTML: rowspan and colspan at their maximum on every cell", fileName: "spans.html",
                     outcome: .loads(rows: 1, validateShows: ["format:       HTML"]),
                     make: text("<table>" + htmlHeader + htmlRow
                                + String(repeating: "<tr><td rowspan=65534 colspan=1000>x</td></tr>", count: 2) + "</table>")),
        HostileInput(name: "HTML: 200,000 empty rows after the header", fileName: "empty-rows.html",
                     outcome: .loads(rows: 1, validateShows: ["format:       HTML"]),
                     make: text("<table>" + htmlHeader + htmlRow + String(repeating: "<tr></tr>", count: 200_000) + "</table>")),
        HostileInput(name: "HTML: a page named .csv is read as HTML", fileName: "page.csv",
                     outcome: .loads(rows: 1, validateShows: ["format:       HTML", "table:        1 of 1"]),
                     make: text("<!DOCTYPE html>\n<table>" + htmlHeader + htmlRow + "</table>")),
    ]
}
