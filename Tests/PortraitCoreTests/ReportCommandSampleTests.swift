import Foundation
import Testing
import PortraitCore

/// The HTML report's equivalent command reads the same rows: `--sample` when they are the embedded
/// sample (with official editions stored, the command without it would read those), the files otherwise.
@Suite struct ReportCommandSampleTests {
    @Test func theSampleReportsCommandSaysSample() throws {
        let sample = try HTMLReportTests.report(HTMLReportTests.hostileCSV, embedded: true)
        #expect(sample.contains("<code>portrait query --format html --sample</code>"))
        let file = try HTMLReportTests.report(HTMLReportTests.hostileCSV, embedded: false)
        #expect(file.contains("<code>portrait query --format html inline.csv</code>"))
        #expect(!file.contains("--sample"))
    }
}
