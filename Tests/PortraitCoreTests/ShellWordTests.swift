import Foundation
import PortraitCore
import PortraitTestSupport
import Testing

/// `ShellWord` gives bash back exactly the bytes it quoted, whatever they are, and never puts a control
/// character on the line; `TerminalSafe.visible(bytes:)` shows each byte that is not UTF-8 as `\xHH`.
@Suite struct ShellWordTests {
    @Test func wordsAreBareQuotedOrDollarQuotedAsNeeded() {
        #expect(ShellWord.quote("portrait-2025.csv") == "portrait-2025.csv")
        #expect(ShellWord.quote("a b.csv") == "'a b.csv'")
        #expect(ShellWord.quote("l'agent") == "'l'\\''agent'")
        #expect(ShellWord.quote("") == "''")
        #expect(ShellWord.quote("=x") == "'=x'")
        #expect(ShellWord.quote("café.csv") == "'café.csv'")
        #expect(ShellWord.quote(Array("caf".utf8) + [0xE9] + Array(".csv".utf8)) == "$'caf\\xe9.csv'")
        #expect(ShellWord.quote("a\nb'\\") == "$'a\\x0ab\\'\\\\'")
        #expect(ShellWord.quote("\u{1B}[2J") == "$'\\x1b[2J'")
    }

    @Test func bashReadsEveryWordBackAsItsBytes() throws {
        var random = SeededRandom(seed: 7)
        var words: [[UInt8]] = [Array("caf".utf8) + [0xE9] + Array(".csv".utf8), Array("é'\\\"$`!*?~ \t\n".utf8), [0xFF, 0x30], [0xC3]]
        for _ in 0..<300 {
            let length = Int.random(in: 1...12, using: &random)
            words.append((0..<length).map { _ in
                // Bytes of every kind but NUL, with plain letters and UTF-8 text among them.
                switch Int.random(in: 0..<4, using: &random) {
                case 0: return UInt8.random(in: 0x61...0x7A, using: &random)
                case 1: return Array("é€𝄞'\\$".utf8).randomElement(using: &random)!
                default: return UInt8.random(in: 1...0xFF, using: &random)
                }
            })
        }
        let quoted = words.map { ShellWord.quote($0) }
        for word in quoted {
            #expect(!word.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }, "\(word)")
        }
        let run = try MeasuredProcess.run("/bin/bash", ["-c", "printf '%s\\0' " + quoted.joined(separator: " ")], timeout: 30)
        #expect(run.status == 0, "\(run.stderr)")
        let read = run.stdout.split(separator: 0, omittingEmptySubsequences: false).dropLast().map(Array.init)
        #expect(read == words)
    }

    @Test func bytesThatAreNotUTF8AreShownAsHexadecimal() {
        #expect(TerminalSafe.visible(bytes: Array("caf".utf8) + [0xE9] + Array(".csv".utf8)) == "caf\\xE9.csv")
        #expect(TerminalSafe.visible(bytes: Array("é\n".utf8) + [0xC3]) == "é␤\\xC3")
        #expect(TerminalSafe.visible(bytes: [0x1B, 0xFF]) == "␛\\xFF")
    }
}
