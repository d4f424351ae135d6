import Foundation
import PortraitCore
import PortraitUpdate
import PortraitTestSupport
import Testing

/// A catalogue whose dataset title, resource names, publisher and licence hold CR, LF, ESC sequences, C1
/// controls and bidi overrides, one of them a forged edition line: `portrait update` and `portrait sources`
/// print exactly their own lines, each value on its line, and no control character raw. Through the
/// release binary and the test catalogue on 127.0.0.1.
@Suite(.tags(.e2e), .enabled(if: CKANTestServer.isAvailable, "python3 is not installed: the update tests need its http.server"))
struct HostileCatalogueLinesE2ETests {
    static let forged = "2023  new          portrait-2023.csv  5 initiatives  1 kB"

    /// Whether `text` holds a control character other than the line feeds that end its lines.
    static func holdsRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && TerminalSafe.isControl($0) }
    }

    /// `text`'s lines, each matched whole by its pattern in order.
    static func expectLines(_ text: String, _ patterns: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(text.hasSuffix("\n"), sourceLocation: sourceLocation)
        #expect(lines.count == patterns.count, "\(lines.count) lines, \(patterns.count) expected:\n\(text)", sourceLocation: sourceLocation)
        for (line, pattern) in zip(lines, patterns) {
            #expect(line.wholeMatch(of: try Regex(pattern)) != nil, "\(line.debugDescription) is not /\(pattern)/", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["en_CA.UTF-8", "fr_CA.UTF-8"]) func updateAndSourcesPrintOnlyTheirOwnLines(locale: String) throws {
        try UpdateE2ETests.withCatalogue { server, store in
            var resources = CKANTestServer.resources()
            resources[0]["name"] = "Portrait 2024\r\n\(Self.forged)\u{1B}[2K"
            resources[1]["name"] = "Portrait 2025\n\(Self.forged)\u{9B}1A"
            let package: [String: Any] = [
                "id": Catalogue.federalDatasetID, "name": "portrait\r\n\(Self.forged)",
                "title": "Portrait\r\n\(Self.forged)\u{1B}[1A\u{1B}[2K\u{202E}",
                "license_title": "CC-BY 4.0\n\(Self.forged)\r", "license_url": "https://creativecommons.org/licenses/by/4.0/",
                "organization": ["title": "Ministère\u{85}\(Self.forged)\u{1B}]0;pwned\u{07}"],
                "resources": resources,
            ]
            try JSONSerialization.data(withJSONObject: package).write(to: server.folder.appendingPathComponent("package.json"))
            let french = locale.hasPrefix("fr")
            let update = try store.run(["update", "--catalog", server.actionAPI], language: locale)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stderr.isEmpty, "\(update.stderr)")
            #expect(!Self.holdsRawControl(update.stdout))
            let url = NSRegularExpression.escapedPattern(for: server.actionAPI)
            let folder = NSRegularExpression.escapedPattern(for: store.folder.path)
            let (new, size) = french ? ("nouvelle" + String(repeating: " ", count: 5), #"[0-9]+ ko"#) : ("new" + String(repeating: " ", count: 10), #"[0-9]+ kB"#)
            // The title on the catalogue's line, its CR and LF made visible (␍, a space), never a line of its own.
            let title = NSRegularExpression.escapedPattern(for: "Portrait␍ \(Self.forged)␛[1A␛[2K\u{FFFD}")
            try Self.expectLines(update.stdout, [
                (french ? "catalogue : " : "catalogue: ") + "\(url) — \(title)",
                "2024  \(new)portrait-2024\\.csv  90 initiatives  \(size)",
                "2025  \(new)portrait-2025\\.csv  117 initiatives  \(size)",
                french ? "2025  depuis 2024 : [0-9]+ ajoutées, [0-9]+ retirées, [0-9]+ changements de statut"
                       : "2025  since 2024: [0-9]+ added, [0-9]+ removed, [0-9]+ status changes",
                (french ? "éditions enregistrées dans " : "editions stored in ") + folder,
            ])

            let sources = try store.run(["sources"], language: locale)
            #expect(sources.status == 0 && sources.stderr.isEmpty, "\(sources.stderr)")
            #expect(!Self.holdsRawControl(sources.stdout))
            let values = NSRegularExpression.escapedPattern(
                for: "Portrait␍ \(Self.forged)␛[1A␛[2K\u{FFFD} — Ministère\u{FFFD}\(Self.forged)␛]0;pwned␇ — licence CC-BY 4.0 \(Self.forged)␍")
            let retrieved = french ? #"\(récupéré le [0-9TZ:.+-]+\)"# : #"\(retrieved [0-9TZ:.+-]+\)"#
            var expected = [(french ? "Éditions officielles dans " : "Official editions in ") + folder + (french ? " :" : ":")]
            for edition in ["2024", "2025"] {
                expected += ["\(edition)  portrait-\(edition)\\.csv  \(size)  sha256 [0-9a-f]{64}", "      \(values)",
                             "      " + NSRegularExpression.escapedPattern(for: "\(server.base)/files/portrait-\(edition).csv") + " \(retrieved)"]
            }
            try Self.expectLines(sources.stdout, expected)
            #expect(!sources.stdout.split(separator: "\n").contains { $0.hasPrefix("2023") })
        }
    }
}
