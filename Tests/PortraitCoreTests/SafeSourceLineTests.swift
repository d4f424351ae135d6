import Foundation
import PortraitCore
import Testing

/// Source lines from a manifest or a catalogue print as one line with no control character, whatever
/// their title, edition or licence hold; the HTML report's licence line is cleaned too; a file name that
/// is not UTF-8 is written in a command by its bytes.
@Suite struct SafeSourceLineTests {
    static let forged = "Portrait\r\nportrait: édition 2099 officielle\u{1B}c\u{9B}31m"

    @Test func aSourceLineIsOneLineWithoutControls() {
        let official = Provenance(kind: .official, edition: "2025\n2099", datasetTitle: Self.forged, publisher: "MCN\u{202E}",
                                  licence: "CC\u{07}", sourceURL: "https://x.test/\r", retrievedAt: "2025-01-01\n")
        for language in [Language.fr, .en] {
            let line = ProvenanceText.sourceLine(official, language: language)
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }, "\(line)")
            let footer = ProvenanceText.markdownFooter([official], language: language)
            #expect(footer.split(separator: "\n").count == 1, "\(footer)")
        }
    }

    @Test func theReportsLicenceLineIsCleaned() throws {
        let store = try Loader.load(csvFiles: [("p.csv", Array(HTMLReportTests.hostileCSV.utf8))]).store
        var options = ExportOptions(language: .en)
        let official = Provenance(kind: .official, edition: store.values(.edition)[0].raw, licence: "CC\u{1B}[2J BY")
        options.report = ReportContext(query: Query(), provenances: [official], interface: .en)
        let page = String(decoding: HTMLReport.bytes(store: store, rows: store.select(Query()).rows, options: options), as: UTF8.self)
        #expect(page.contains("CC␛[2J BY"), "licence line")
        #expect(!page.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func aFileNameThatIsNotUTF8IsWrittenByItsBytes() {
        let name = UserPath(bytes: [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x63, 0x73, 0x76])
        #expect(QueryCommandLine.line(["query"], files: [name]) == "portrait query $'caf\\xe9.csv'")
    }
}
