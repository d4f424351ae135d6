import Foundation
import PortraitCore
import PortraitTestSupport
import Testing

/// The HTML report never carries a bidirectional control raw (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069, which would reorder the page's text as a person reads it): in an initiative's name, its
/// benefits, or an official edition's publisher and licence, each becomes U+FFFD, as on a terminal, and
/// the rest of the text stays. Through the release binary, an update from the test catalogue on 127.0.0.1
/// and headless Chromium.
@Suite(.tags(.e2e), .serialized, .enabled(if: CKANTestServer.isAvailable, "python3 is not installed: the update tests need its http.server"))
struct BidiControlsReportE2ETests {
    static let bidi: [Unicode.Scalar] = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        .compactMap(Unicode.Scalar.init)

    @Test func nameBenefitPublisherAndLicenceHoldNoBidiControlRaw() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            // The 2025 edition served with one initiative whose name and benefits hold every bidi control.
            let name = "Agent \u{202E}txt.exe"
            let benefits = "Délais \u{2066}isolés\u{2069} \u{061C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{2067}\u{2068}fin"
            let file = server.folder.appendingPathComponent("files/portrait-2025.csv")
            var csv = try String(contentsOf: file, encoding: .utf8)
            csv += "\(name),Automatisation,Organisme \u{202E}B,Finances,\(benefits),Solution en production\n"
            try server.write(Data(csv.utf8), file: "portrait-2025.csv")
            let update = try store.update(server)
            #expect(update.status == 0, "\(update.stderr)")
            // The catalogue's text is cleaned as it is stored; a manifest edited by hand is not, and the
            // report cleans it again.
            let manifestURL = store.folder.appendingPathComponent("portrait-2025.manifest.json")
            var manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
            manifest["licence"] = "CC-BY \u{202E}4.0"
            manifest["publisher"] = "Ministère \u{2067}du Numérique"
            try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)

            let folder = try Binary.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let page = folder.appendingPathComponent("r.html")
            let query = try store.run(["query", "--format", "html", "-o", page.path])
            #expect(query.status == 0, "\(query.stderr)")
            let written = try String(contentsOf: page, encoding: .utf8)
            for scalar in Self.bidi {
                #expect(!written.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16, uppercase: true)) raw in the report")
            }
            let placeholder = "\u{FFFD}"
            let shownName = "Agent \(placeholder)txt.exe"
            let shownBenefits = "Délais \(placeholder)isolés\(placeholder) " + String(repeating: placeholder, count: 9) + "fin"
            #expect(written.contains("<th scope=\"row\">\(shownName)</th>"))
            #expect(written.contains(shownBenefits))
            #expect(written.contains("CC-BY \(placeholder)4.0"))
            #expect(written.contains("Ministère \(placeholder)du Numérique"))

            // Chromium reads the same text, with nothing reordered out of it.
            let dom = try HTMLReportBrowserE2ETests.runChromium(["--dump-dom"], page: page.path, folder: folder).stdoutText
            #expect(dom.contains("</html>"))
            for scalar in Self.bidi { #expect(!dom.unicodeScalars.contains(scalar)) }
            #expect(dom.contains("<th scope=\"row\">\(shownName)</th>"))
            #expect(dom.contains(shownBenefits))
            #expect(dom.contains("CC-BY \(placeholder)4.0"))
            #expect(dom.contains("Ministère \(placeholder)du Numérique"))
        }
    }
}
