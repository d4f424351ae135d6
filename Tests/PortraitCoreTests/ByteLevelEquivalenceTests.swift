import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// The byte-level fast paths must agree with the plain `String` code they replace, on any input.
@Suite struct ByteLevelEquivalenceTests {
    static let alphabet: [String] = ["a", "b", "é", " ", " ", "\n", "\t", "\r", "\u{A0}", "’", "ʼ", "!", ",", "\u{202F}", "日", "\u{1B}"]

    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }.joined() }
    }

    @Test func tidyOnBytesEqualsTidyOnStrings() {
        for text in Self.randomStrings(count: 5000, seed: 7) {
            for multiline in [false, true] {
                var out: [UInt8] = []
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { _ = CellBytes.tidy($0, multiline: multiline, into: &out) }
                #expect(String(decoding: out, as: UTF8.self) == CellText.tidy(text, multiline: multiline), "\(Array(text.unicodeScalars))")
            }
        }
    }

    @Test func foldIntoABufferEqualsFoldingAString() {
        let extra = ["Québec FORÊTS", "ŒUVRE Ærø", "ÀÉÎÕÜ àéîõü", "ǅ ﬃ İ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{"]
        for text in Self.randomStrings(count: 3000, seed: 13) + extra {
            let bytes = Array(text.utf8)
            let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count * TextFold.maximumExpansion + 16)
            defer { out.deallocate() }
            let length = bytes.withUnsafeBufferPointer { TextFold.fold(bytes: $0, into: out) }
            #expect(String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self) == TextFold.fold(text), "\(text)")
        }
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces: [[UInt8]] = [Array("abcdefgh".utf8), Array(String(repeating: "ascii ", count: 7).utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8),
                                 [0xC3], [0xA9], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x92]]
        for _ in 0..<4000 {
            let bytes = (0..<next(24)).flatMap { _ in pieces[next(pieces.count)] }
            #expect(ByteDecoder.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    /// The sixteen-byte scans (`CByteScan`) at every distance from the start and from the end of a block.
    @Test func byteScansFindWhatALoopFindsAtEveryDistance() {
        for length in 0..<80 {
            for hit in 0...length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                if hit < length { bytes[hit] = 0xC3 }
                var commas = [UInt8](repeating: 0x61, count: length)
                if hit < length { commas[hit] = 0x2C }
                for from in [0, 1, 15, 16, 17, 31, 33] where from <= length {
                    bytes.withUnsafeBufferPointer { buffer in
                        let found = ByteSearch.firstNonASCII(in: buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, from: from, to: length)
                        #expect(found == (hit >= from ? hit : length), "length \(length), hit \(hit), from \(from)")
                    }
                    commas.withUnsafeBufferPointer { buffer in
                        let found = ByteSearch.firstOf(0x2C, 0x0A, 0x0D, in: buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!,
                                                       from: from, to: length)
                        #expect(found == (hit >= from ? hit : length), "length \(length), hit \(hit), from \(from)")
                    }
                }
            }
        }
    }

    @Test func firstOfFindsWhatALoopFinds() {
        for text in Self.randomStrings(count: 2000, seed: 11) {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for from in stride(from: 0, to: bytes.count, by: 3) {
                    let expected = bytes[from...].firstIndex { $0 == 0x20 || $0 == 0x0A || $0 == 0x2C } ?? bytes.count
                    #expect(ByteSearch.firstOf(0x20, 0x0A, 0x2C, in: base, from: from, to: bytes.count) == expected)
                }
            }
        }
    }
}
