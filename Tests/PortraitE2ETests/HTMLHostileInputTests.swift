import Foundation
import PortraitTestSupport
import Testing

/// The hostile HTML pages of `HostileInput.html`, through the real binary as `HostileInputTests` runs
/// the others: the exit status and one line for a refused page, the row count for one that loads; never
/// a crash, a hang, more than its `ResourceBounds`; and the page left as it was.
@Suite(.tags(.e2e, .timing), .serialized) struct HTMLHostileInputTests {
    @Test(arguments: HostileInput.html)
    func hostilePage(_ input: HostileInput) throws {
        // validate's report of an HTML page has a wider label column (its table line).
        try input.checkThroughBinary(rowsLabel: "  rows:         ", quietWhenLoaded: false)
    }
}
