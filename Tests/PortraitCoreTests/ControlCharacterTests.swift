import PortraitCore
import Testing

/// One list of what is never shown raw: `validate`'s check on a cell's bytes (`CellBytes.holdsControlCharacter`)
/// names exactly the scalars `TerminalSafe.isControl` names, the layout ones (tab, line feed, carriage
/// return) aside, and the screen shows each of them as something else.
@Suite struct ControlCharacterTests {
    @Test func theByteCheckNamesWhatTheScalarCheckNames() {
        var scalars = (0..<0x10000).compactMap(Unicode.Scalar.init)
        scalars += [0x1F600, 0xE0001, 0x10FFFF].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let layout = scalar == "\t" || scalar == "\n" || scalar == "\r"
            let expected = TerminalSafe.isControl(scalar) && !layout
            for text in [String(scalar), "é" + String(scalar) + "b"] {
                let found = Array(text.utf8).withUnsafeBufferPointer { CellBytes.holdsControlCharacter($0) }
                #expect(found == expected, "U+\(String(scalar.value, radix: 16))")
            }
            if expected {
                #expect(!TerminalSafe.visible(String(scalar)).unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func lineAndParagraphSeparatorsAreControls() {
        #expect(TerminalSafe.isControl("\u{2028}") && TerminalSafe.isControl("\u{2029}"))
        #expect(TerminalSafe.visible("a\u{2028}b") == "a\u{FFFD}b")
    }
}
