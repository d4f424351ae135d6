import PortraitText
import PortraitStore

/// The `_xHHHH_` escapes Office writes in cell text for characters XML cannot carry
/// ("_x000D_" for a carriage return; "_x005F_" for a literal underscore before such a pattern).
enum XLSXEscapes {
    /// `text` with every `_xHHHH_` replaced by its UTF-16 code unit, left to right in one pass
    /// (so "_x005F_x000D_" gives the literal "_x000D_"); surrogate pairs combine, lone ones become U+FFFD.
    static func decode(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let unit = escape(in: units, at: index) {
                output.append(unit)
                index += 7
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    private static func mayContainEscape(_ text: String) -> Bool {
        var previousWasUnderscore = false
        for byte in text.utf8 {
            if previousWasUnderscore && (byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X")) { return true }
            previousWasUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    /// The code unit escaped at `index` ("_x" + 4 hex digits + "_"), if there is one.
    private static func escape(in units: [UInt16], at index: Int) -> UInt16? {
        guard index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78 || units[index + 1] == 0x58,
              units[index + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[index + 2 ... index + 5] {
            guard let digit = hexValue(unit) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexValue(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30 ... 0x39: return unit - 0x30
        case 0x41 ... 0x46: return unit - 0x41 + 10
        case 0x61 ... 0x66: return unit - 0x61 + 10
        default: return nil
        }
    }
}
