import Foundation
import Testing
import PortraitTestSupport

/// The steps that `QueryCommandE2ETests` and `ChangePaneE2ETests` repeat around each scenario: the browser opened on the
/// sample with tmux taking OSC 52 copies as paste buffers, and, once `y` has copied a command, the
/// browser's own export of the view beside the output of that command pasted into the shell.
extension Tmux {
    /// Lets applications set tmux's clipboard (a paste buffer) with OSC 52, opens the browser on the
    /// embedded sample and waits for its first screen.
    func launchBrowserCopyingToBuffer() throws {
        try run(["set-option", "-g", "set-clipboard", "on"])
        try launchBrowser()
        try waitFor(text: PublishedFacts.allLatestShown)
    }

    /// What the browser's export (`e`, Enter) and the copied command wrote.
    struct CopiedCommandOutputs {
        /// The screen when the browser said it had exported (its message names the count).
        var exportMessage: String
        /// The browser's CSV export of the view.
        var fromBrowser: Data
        /// The output of the paste buffer run in the shell, `portrait` being the binary under test.
        var fromCommand: Data
    }

    /// Exports the view from the browser with the default name (which starts with `exportName`), quits,
    /// then pastes the buffer that `y` filled into the shell (as a bracketed paste when the shell asks for
    /// it) with its output sent to `from-command.csv` in `folder`, and runs it.
    func exportAndRunCopiedCommand(in folder: URL, exportName: String = "portrait-echant",
                                   sourceLocation: SourceLocation = #_sourceLocation) throws -> CopiedCommandOutputs {
        try type("e")
        try waitFor(text: "Exporter vers :", sourceLocation: sourceLocation)
        try press("Enter")
        // "exportée vers" for one initiative, "exportées vers" for several.
        let message = try waitFor("the export's message", sourceLocation: sourceLocation) {
            $0.contains("exportée vers " + exportName) || $0.contains("exportées vers " + exportName)
        }
        try type("q")
        try waitForPrompt(sourceLocation: sourceLocation)
        let exported = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(exportName) && $0.hasSuffix(".csv") },
                                    sourceLocation: sourceLocation)
        try type("portrait() { " + Binary.shellQuoted + " \"$@\"; }")
        try press("Enter")
        try run(["paste-buffer", "-p", "-t", target])
        try type(" > from-command.csv; echo ran-''$?")
        try press("Enter")
        try waitFor(text: "ran-0\n", sourceLocation: sourceLocation)
        return CopiedCommandOutputs(exportMessage: message,
                                    fromBrowser: try Data(contentsOf: folder.appendingPathComponent(exported)),
                                    fromCommand: try Data(contentsOf: folder.appendingPathComponent("from-command.csv")))
    }
}
