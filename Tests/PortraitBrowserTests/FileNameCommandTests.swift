import PortraitCore
import PortraitBrowser
import Testing

/// `y`'s command names a file whose name is not UTF-8 as a shell reads it back (`$'caf\xe9.csv'`), and
/// the copied text is the same line.
@Suite struct FileNameCommandTests {
    @Test func aLatin1FileIsNamedForTheShell() throws {
        let store = try TUI.embeddedStore()
        let latin = UserPath(bytes: Array("caf".utf8) + [0xE9] + Array(".csv".utf8))
        var session = BrowserSession(state: BrowserState(store: store, sourceName: latin.display, size: TermSize(columns: 100, rows: 30),
                                                         reading: ReadingArguments(files: [latin, "a b.csv"])))
        session.press(.character("y"))
        #expect(session.state.commandLine == "portrait query --labels fr $'caf\\xe9.csv' 'a b.csv'")
        #expect(session.takeClipboard() == ["portrait query --labels fr $'caf\\xe9.csv' 'a b.csv'"])
    }
}
