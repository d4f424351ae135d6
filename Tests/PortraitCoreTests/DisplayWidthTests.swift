import Foundation
import PortraitCore
import Testing

/// The C library's column count of one wide character in the calling thread's locale.
@_silgen_name("wcwidth") private func systemWidth(_ character: Int32) -> Int32

/// Display width is the C library's: every scalar from U+00A0 up takes the cells `wcwidth` gives it in a
/// UTF-8 locale (the table is generated from it by scripts/make-width-table.py), emoji included.
struct DisplayWidthTests {
    @Test func emojiTakeTwoCells() {
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("✅") == 2)
        #expect(DisplayWidth.of("⌚") == 2)
        #expect(DisplayWidth.of("Québec 🚀") == 9)
        #expect(DisplayWidth.pad("✅ ok", to: 6) == "✅ ok ")
    }

    @Test func everyScalarAsTheCLibraryCountsIt() throws {
        // A locale for this thread alone (uselocale), so that tests running beside this one keep theirs.
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "no C.UTF-8 locale on this machine")
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        var differences: [String] = []
        var compared = 0
        for value in UInt32(0xA0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Int(systemWidth(Int32(value)))
            guard expected >= 0 else { continue }  // no answer from the C library: not checked
            compared += 1
            if DisplayWidth.of(scalar) != expected, differences.count < 20 {
                differences.append("U+\(String(value, radix: 16, uppercase: true)): \(DisplayWidth.of(scalar)) against \(expected)")
            }
        }
        #expect(compared > 100_000)
        #expect(differences.isEmpty, "\(differences)")
    }
}
