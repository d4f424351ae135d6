import Foundation
import PortraitTestSupport
import Testing

/// Every example the documentation shows as checked (a ```console block right after `<!-- checked -->`,
/// or `<!-- checked LANG=fr_CA.UTF-8 -->` for another locale) is run by /bin/sh with the release binary
/// as `portrait`, on the embedded sample (an empty data folder) in a folder holding `Data/`, and must
/// print what the page says, standard error included. `PORTRAIT_RECORD_EXAMPLES=1` writes the outputs
/// into the pages instead.
@Suite(.tags(.e2e), .serialized) struct DocumentedExamplesE2ETests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ["README.md", "docs/GUIDE.md"])
    func examplesPrintWhatThePageSays(page: String) throws {
        let url = Self.root.appendingPathComponent(page)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let record = ProcessInfo.processInfo.environment["PORTRAIT_RECORD_EXAMPLES"] == "1"
        var index = 0
        var blocks = 0
        while index < lines.count {
            let marker = lines[index].trimmingCharacters(in: .whitespaces)
            guard marker.hasPrefix("<!-- checked"), index + 1 < lines.count, lines[index + 1] == "```console" else {
                index += 1
                continue
            }
            let locale = marker.dropFirst("<!-- checked".count).dropLast("-->".count)
                .trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "LANG=", with: "")
            guard let end = lines[(index + 2)...].firstIndex(of: "```") else {
                Issue.record("\(page): the block after line \(index + 1) never ends")
                return
            }
            let (checked, rewritten) = try run(Array(lines[(index + 2)..<end]), locale: locale.isEmpty ? "en_CA.UTF-8" : locale,
                                               page: page, line: index + 3, record: record)
            blocks += checked
            lines.replaceSubrange((index + 2)..<end, with: rewritten)
            index += 2 + rewritten.count + 1
        }
        #expect(blocks > 0, "\(page) has no checked example")
        if record { try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8) }
    }

    /// README's first screen is the program's own: `portrait --sample` at 100×30 in French, as tmux shows it
    /// (the block after `<!-- screen -->`).
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func theFirstScreenIsTheProgramsOwn() throws {
        let url = Self.root.appendingPathComponent("README.md")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let marker = try #require(lines.firstIndex(of: "<!-- screen -->"), "README.md has no <!-- screen --> block")
        let end = try #require(lines[(marker + 2)...].firstIndex(of: "```"))
        let screen = try Tmux.withShell(columns: 100, rows: 30) { tmux, _ in
            try tmux.launchBrowser(arguments: ["--sample"])
            try tmux.waitFor(text: PublishedFacts.allLatestShown)
            let screen = try tmux.capture()
            try tmux.press("q")
            return screen
        }
        var shown = screen.components(separatedBy: "\n").map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while shown.last == "" { shown.removeLast() }
        if ProcessInfo.processInfo.environment["PORTRAIT_RECORD_EXAMPLES"] == "1" {
            lines.replaceSubrange((marker + 2)..<end, with: shown)
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(Array(lines[(marker + 2)..<end]) == shown, "README's first screen differs from the program's:\n\(shown.joined(separator: "\n"))")
    }

    /// Runs the commands of one block in a fresh folder; returns how many and the block as the program prints it.
    private func run(_ block: [String], locale: String, page: String, line: Int, record: Bool) throws -> (Int, [String]) {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("portrait"), withDestinationURL: Binary.url)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Data"),
                                                   withDestinationURL: Self.root.appendingPathComponent("Data"))
        let dataFolder = folder.appendingPathComponent("no-official-edition")
        try FileManager.default.createDirectory(at: dataFolder, withIntermediateDirectories: true)

        var commands: [(text: [String], expected: [String], line: Int)] = []
        var offset = 0
        while offset < block.count {
            guard block[offset].hasPrefix("$ ") else {
                Issue.record("\(page):\(line + offset): a checked block's output comes after a `$ ` command")
                return (0, block)
            }
            var text = [block[offset]]
            while text.last!.hasSuffix("\\"), offset + 1 < block.count {
                offset += 1
                text.append(block[offset])
            }
            offset += 1
            let start = offset
            while offset < block.count, !block[offset].hasPrefix("$ ") { offset += 1 }
            commands.append((text, Array(block[start..<offset]), line + start - text.count))
        }

        var rewritten: [String] = []
        for (index, command) in commands.enumerated() {
            let script = command.text.joined(separator: "\n").dropFirst(2)
            let quotedFolder = "'" + folder.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
            let run = try MeasuredProcess.run("/bin/sh", ["-c", "cd \(quotedFolder) && exec 2>&1\n" + script], environment: [
                "PATH": bin.path + ":/usr/bin:/bin", "LANG": locale, "LC_ALL": "", "LC_MESSAGES": "",
                "PORTRAIT_DATA_DIR": dataFolder.path, "HOME": folder.path,
            ], timeout: 60)
            // CSV ends its lines with CR LF; the page shows them as lines.
            var output = String(decoding: run.stdout, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
                .components(separatedBy: "\n")
            while output.last == "" { output.removeLast() }
            var expected = command.expected
            while expected.last == "" { expected.removeLast() }
            if !record {
                #expect(output == expected, "\(page):\(command.line): `\(script)` printed:\n\(output.joined(separator: "\n"))")
            }
            rewritten += command.text + output + (index < commands.count - 1 ? [""] : [])
        }
        return (commands.count, record ? rewritten : block)
    }
}
