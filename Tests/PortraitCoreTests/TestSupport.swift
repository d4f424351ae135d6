import Foundation
import PortraitTestSupport
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// Helpers shared by the core tests.
enum Fixture {
    static func url(_ name: String) -> URL {
        let base = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
        return base.appendingPathComponent(name)
    }

    static func path(_ name: String) -> String { url(name).path }

    /// Loads CSV text given inline.
    static func load(csv text: String, name: String = "inline.csv", options: LoadOptions = LoadOptions()) throws -> LoadedPortrait {
        try Loader.load(csvFiles: [(name, Array(text.utf8))], options: options)
    }

    /// A fresh temporary folder (removed with the others when the test process exits).
    static func temporaryFolder() throws -> URL {
        try TemporaryFolders.make("core")
    }
}
