import Foundation
import Testing
import PortraitTestSupport

/// Thousands of keystrokes sent into the browser's search as fast as tmux can send them, on a
/// 100,000-row portrait: each letter of the final query comes with a burst of other characters (accents,
/// punctuation, spaces) that as many Backspaces then erase, so one lost, doubled or reordered keystroke
/// would change what is left. The browser must survive, end on exactly the final query, and count the
/// same initiatives as `portrait query --search` does.
@Suite(.tags(.e2e, .slow), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct KeystrokeFloodE2ETests {
    static let rows = 100_000
    static let query = "détection fraude"
    static let burst = 90
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz ÉéèàçôÀœ0123456789-'«»€—,.;:!?()")

    /// A portrait of `rows` rows: the embedded edition's rows over and over, each name made unique.
    static func writePortrait(in folder: URL) throws -> String {
        let embedded = try Binary.run(["query", "--format", "tsv"])
        let lines = String(decoding: embedded.stdout, as: UTF8.self).split(separator: "\n")
        let header = try #require(lines.first)
        let body = Array(lines.dropFirst())
        var out = Data()
        out.reserveCapacity(rows * 300)
        out.append(contentsOf: Array((header + "\n").utf8))
        for n in 0..<rows {
            let line = body[n % body.count]
            let tab = line.firstIndex(of: "\t") ?? line.endIndex
            out.append(contentsOf: Array((line[..<tab] + " #\(n)" + line[tab...] + "\n").utf8))
        }
        let path = folder.appendingPathComponent("portrait-100k.tsv").path
        try out.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func thousandsOfKeystrokesEndOnTheTypedQuery() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.writePortrait(in: folder)
        let expected = try Binary.run(["query", "--search", Self.query, "--format", "tsv", path])
        let matches = String(decoding: expected.stdout, as: UTF8.self).split(separator: "\n").count - 1
        #expect(matches > 0)

        try Tmux.withShell(columns: 100, rows: 30, in: folder) { tmux, _ in
            try tmux.launchBrowser(arguments: [path])
            try tmux.waitFor(text: "100000 / 100000 initiatives", timeout: 60)

            var random = HostileInput.randomBytes(count: Self.query.count * Self.burst, seed: 11).makeIterator()
            var keystrokes = 1
            try tmux.type("/")
            for character in Self.query {
                let noise = (0..<Self.burst).map { _ in Self.alphabet[Int(random.next() ?? 0) % Self.alphabet.count] }
                try tmux.type(String(character) + String(noise))
                try tmux.press("BSpace", times: Self.burst)
                keystrokes += 1 + 2 * Self.burst
            }
            #expect(keystrokes > 2_500)

            // Wait until the screen settles on the query and its count.
            let screen = try tmux.waitFor("the typed query and its \(matches) results", timeout: 180) { screen in
                screen.hasPrefix(" Recherche : \(Self.query) ") && screen.contains("\(matches) / 100000 initiatives")
            }
            #expect(screen.contains("« \(Self.query) »"))
            try tmux.press("Enter")
            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
        }
    }

    /// The noise may end in ";", which tmux alone would drop (and the flood would then end one letter short).
    @Test func aSemicolonAtTheEndOfTypedTextArrives() throws {
        try Tmux.withShell(columns: 80, rows: 24) { tmux, _ in
            try tmux.type("echo 'semi;")
            try tmux.type("colon'")
            try tmux.press("Enter")
            try tmux.waitFor(text: "\nsemi;colon\n")
        }
    }
}
