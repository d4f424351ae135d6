import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// The HTML report: every string from the data escaped, no script, the sample notice when the rows are
/// the sample, paired bars for two editions, and the same bytes for the same input (held by a snapshot).
@Suite struct HTMLReportTests {
    static let hostileCSV = #"""
        Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
        <script>document.title='pwned'</script>,Automatisation,<img src=x onerror=alert(1)>,Finances,"</table><b>gras</b> & ""cité""",Solution en production
        Tri </table> des courriels,Traitement d'image,Organisme 'deux',Santé et Services sociaux,Délais\#u{1B}[2J,Développement de la solution
        Agent <svg onload=alert(2)>,Assistant/agent conversationnel,Organisme 3,Finances,<style>body{display:none}</style>,Solution en production

        """#

    static func report(_ csv: String, query: Query = Query(), embedded: Bool = false, interface: Language = .fr) throws -> String {
        let store = try Fixture.load(csv: csv).store
        var options = ExportOptions(language: interface)
        options.report = .describing(store, query: query, interface: interface, files: embedded ? [] : ["inline.csv"], embedded: embedded)
        let rows = store.select(query).rows
        return String(decoding: SelectionWriter.bytes(store: store, rows: rows, format: .html, options: options), as: UTF8.self)
    }

    @Test func dataCannotOpenElements() throws {
        let page = try Self.report(Self.hostileCSV)
        let lower = page.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<svg onload"))
        #expect(!lower.contains("<style>body"))
        #expect(!lower.contains("<b>gras"))
        // Every table the template opens is closed once, whatever the data say.
        #expect(page.components(separatedBy: "<table").count == page.components(separatedBy: "</table>").count)
        #expect(page.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("&lt;/table&gt;&lt;b&gt;gras&lt;/b&gt; &amp; &quot;cité&quot;"))
        // An escape character becomes a visible placeholder, which HTML allows.
        #expect(page.contains("Délais␛[2J"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(page.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none';"#))
    }

    @Test func noExternalResource() throws {
        let page = try Self.report(Self.hostileCSV)
        for pattern in ["src=\"http", "href=\"http://", "@import", "url(", "<link", "<script", "<iframe", "<object"] {
            #expect(!page.lowercased().contains(pattern), "\(pattern)")
        }
        // The one link is the licence's, which is text to follow, not a resource to load; only the register
        // has it (a file named by the user, not known to be the register, has no licence to state).
        #expect(!page.contains("rel=\"license\""))
        let sample = try Self.report(Self.hostileCSV, embedded: true)
        #expect(sample.contains(#"<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">"#))
    }

    @Test func sampleNoticeShowsForTheSampleOnly() throws {
        let sample = try Self.report(Self.hostileCSV, embedded: true, interface: .en)
        #expect(sample.contains(ReportText.sampleNotice.text(.en).replacingOccurrences(of: "'", with: "&#39;")))
        #expect(sample.contains("illustrative sample built into portrait"))
        let file = try Self.report(Self.hostileCSV, embedded: false, interface: .en)
        #expect(!file.contains("Sample data"))
        #expect(file.contains("<p>Edition inline: inline.csv.</p>"))
        #expect(!file.contains("CC-BY") && !file.contains("Québec"))
    }

    @Test func selectionIsDescribedAsASentenceAndACommand() throws {
        let store = try Fixture.load(csv: Self.hostileCSV).store
        let status = try store.resolve(.status, "production")
        let query = Query(selected: [.status: status], search: "agent")
        let page = try Self.report(Self.hostileCSV, query: query, interface: .en)
        #expect(page.contains("The initiatives whose status is “Solution in production” and that contain the words “agent”."))
        #expect(page.contains("<code>portrait query --status &#39;Solution in production&#39; --search agent --labels en --format html inline.csv</code>"))
        #expect(page.contains("<caption>1 initiative, in the selection&#39;s order</caption>"))
    }

    @Test func twoEditionsGivePairedBarsAndChanges() throws {
        let old = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\nA,Automatisation,O1,Finances,x,Solution en production\n"
        let new = old + "B,Automatisation,O2,Finances,y,Développement de la solution\n"
        let store = try Loader.load(csvFiles: [("p-2024.csv", Array(old.utf8)), ("p-2025.csv", Array(new.utf8))]).store
        var options = ExportOptions(language: .en)
        options.report = .describing(store, query: Query(), interface: .en, files: ["p-2024.csv", "p-2025.csv"], embedded: false)
        let page = String(decoding: HTMLReport.bytes(store: store, rows: Array(0..<store.count), options: options), as: UTF8.self)
        #expect(page.contains(#"<rect class="old""#))
        #expect(page.contains(#"<rect class="new""#))
        #expect(page.contains("<p class=\"editions\">Editions 2024, 2025</p>"))
        // Initiatives: 1 then 2, a change of +1; the status row: 1 (100.0%), 1 (50.0%), =.
        #expect(page.contains(#"<tr><th scope="row">Initiatives</th><td class="n">1</td><td class="n">2</td><td class="n">+1</td></tr>"#))
        #expect(page.contains(#"<tr><th scope="row">Solution in production</th><td class="n">1</td><td class="n">100.0%</td><td class="n">1</td><td class="n">50.0%</td><td class="n">=</td></tr>"#))
        // One portfolio and one category, at 100 % in both editions: those charts are left out.
        #expect(!page.contains("<h3>By ministerial portfolio</h3>") && !page.contains("<h3>By category</h3>"))
        #expect(page.contains("<h3>By status</h3>") && page.contains("Paired bar chart: By status, 2 values, editions 2024 (light bar)"))
    }

    @Test func emptySelectionSaysSo() throws {
        let store = try Fixture.load(csv: Self.hostileCSV).store
        let page = String(decoding: HTMLReport.bytes(store: store, rows: [], options: ExportOptions(language: .en)), as: UTF8.self)
        #expect(page.contains("No initiative matches this selection."))
        #expect(!page.contains("<table class=\"rows\">"))
    }

    /// The same input gives the same bytes; the snapshot holds them (PORTRAIT_RECORD_SNAPSHOTS=1 rewrites it).
    @Test func sameInputSameBytesAsTheSnapshot() throws {
        let first = try Self.report(Self.hostileCSV, embedded: true)
        #expect(first == (try Self.report(Self.hostileCSV, embedded: true)))
        let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/snapshots/report-hostile-fr.html")
        if ProcessInfo.processInfo.environment["PORTRAIT_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(first.utf8).write(to: snapshot)
        }
        let recorded = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(first == recorded)
    }

    /// Text that `HTMLSafeText.mayChange` lets pass as it is (the rows' fast path, and `clean`'s) is text
    /// the scalar-by-scalar cleaning changes nothing in: checked for every scalar of the Basic Multilingual Plane and a few beyond, alone
    /// and between letters.
    @Test func rowFastPathOnlyWhereCleaningChangesNothing() {
        var scalars = (0..<0x10000).compactMap(Unicode.Scalar.init)
        scalars += [0x1F600, 0x1FFFE, 0x10FFFF].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            for text in [String(scalar), "a" + String(scalar) + "b"] {
                var copy = text
                let fast = copy.withUTF8 { !HTMLSafeText.mayChange($0) }
                if fast { #expect(HTMLSafeText.replacingScalars(text) == text, "U+\(String(scalar.value, radix: 16))") }
            }
        }
        let cell = "l’« école » d'été & <b>"
        var copy = cell
        var out: [UInt8] = []
        copy.withUTF8 { HTMLReportRows.appendEscaped($0, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "l’« école » d&#39;été &amp; &lt;b&gt;")
        #expect(out == HTMLReportRows.escaped(cell))
    }

    @Test func reportTextTableIsComplete() {
        for entry in ReportText.allCases {
            let (fr, en) = entry.forms
            #expect(!fr.isEmpty && !en.isEmpty, "\(entry)")
            #expect(entry.placeholders(.fr) == entry.placeholders(.en), "\(entry)")
        }
    }
}
