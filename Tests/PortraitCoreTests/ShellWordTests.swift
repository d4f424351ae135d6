import Foundation
import PortraitCore
import PortraitTestSupport
import Testing

/// `ShellWord`: plain words bare, others in single quotes, control characters, bidi overrides and bytes
/// that are not UTF-8 as `$'…'` escapes; and bash reads every word back as exactly its bytes.
@Suite struct ShellWordTests {
    @Test func wordsAreQuotedOnlyAsMuchAsNeeded() {
        #expect(ShellWord.quote("portrait-2025.csv") == "portrait-2025.csv")
        #expect(ShellWord.quote("--search=-gestion") == "--search=-gestion")
        #expect(ShellWord.quote("") == "''")
        #expect(ShellWord.quote("a b") == "'a b'")
        #expect(ShellWord.quote("l'agent") == "'l'\\''agent'")
        #expect(ShellWord.quote("Santé") == "'Santé'")
        #expect(ShellWord.quote("$HOME `x`") == "'$HOME `x`'")
        #expect(ShellWord.quote("a\u{1B}[201~b") == "$'a\\x1B[201~b'")
        #expect(ShellWord.quote("l'a\n\\") == "$'l\\'a\\x0A\\\\'")
        #expect(ShellWord.quote("x\u{202E}y\u{85}") == "$'x\\xE2\\x80\\xAEy\\xC2\\x85'")
        #expect(ShellWord.quote([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x63, 0x73, 0x76]) == "$'caf\\xE9.csv'")
        // What a word must never hold raw.
        for text in ["\u{1B}c", "\u{9B}31m", "\r", "\u{7F}", "\u{2066}"] {
            #expect(!ShellWord.quote(text).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        }
    }

    /// Random byte strings (control characters, quotes, backslashes, `$`, UTF-8 and broken UTF-8), each
    /// quoted and read back by bash as one argument: the same bytes.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "bash is not installed"))
    func bashReadsEveryWordBackAsItsBytes() throws {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = SeededRandom(seed: seed)
        let alphabet: [[UInt8]] = [[0x1B], [0x15], [0x0F], [0x0A], [0x0D], [0x09], [0x7F], [0x27], [0x22], [0x5C], [0x24], [0x60],
                                   [0x20], [0x2D], [0x41], [0x7A], [0x30], [0xE9], [0xFF], [0xC3, 0xA9], [0xC2, 0x9B],
                                   [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6], [0x7B], [0x21], [0x2A], [0x3B], [0x78], [0x46]]
        var words: [[UInt8]] = []
        for _ in 0..<300 {
            let length = Int.random(in: 0...12, using: &random)
            words.append((0..<length).flatMap { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
        }
        // One script: each word printed between NUL bytes.
        let script = words.map { "printf '%s\\0' " + ShellWord.quote($0) }.joined(separator: "\n")
        let folder = try TemporaryFolders.make("shellword")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("words.sh")
        try Data(script.utf8).write(to: path)
        let run = try MeasuredProcess.run("/bin/bash", [path.path])
        #expect(run.status == 0, "seed \(seed): \(run.stderr)")
        let read = Array(run.stdout).split(separator: 0, omittingEmptySubsequences: false).dropLast().map(Array.init)
        #expect(read.count == words.count, "seed \(seed)")
        for (word, back) in zip(words, read) where word != back {
            Issue.record("seed \(seed): \(word) came back as \(back) from \(ShellWord.quote(word))")
        }
    }
}
