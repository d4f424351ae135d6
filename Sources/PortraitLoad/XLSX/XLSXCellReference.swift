import PortraitText
import PortraitStore

/// A1-style cell references ("B7", "XFD1048576") decoded into grid positions, refusing anything
/// beyond the XLSX grid so that hostile references cannot overflow or allocate without bound.
enum XLSXCellReference {
    /// Columns stop at XFD.
    static let maxColumns = 16_384
    /// Rows stop at 1,048,576.
    static let maxRows = 1_048_576

    /// What a reference says.
    enum Decoded: Equatable {
        /// A position: zero-based column, one-based row (nil if the reference has no digits).
        case cell(column: Int, row: Int?)
        /// Well formed but past XFD or row 1,048,576.
        case beyondGrid
        /// Not an A1 reference.
        case malformed
    }

    /// Decodes `reference`; letters may be in either case.
    static func decode(_ reference: String) -> Decoded {
        decode(utf8: reference.utf8)
    }

    /// Decodes the bytes of a reference (as a tag's attribute holds them, no `String` made).
    static func decode(utf8 reference: some Sequence<UInt8>) -> Decoded {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in reference {
            switch byte {
            case UInt8(ascii: "A") ... UInt8(ascii: "Z"), UInt8(ascii: "a") ... UInt8(ascii: "z"):
                guard digits == 0 else { return .malformed }
                letters += 1
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                if column > maxColumns { return .beyondGrid }
            case UInt8(ascii: "0") ... UInt8(ascii: "9"):
                guard letters > 0 else { return .malformed }
                digits += 1
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > maxRows { return .beyondGrid }
            default:
                return .malformed
            }
        }
        guard letters > 0, digits == 0 || row > 0 else { return .malformed }
        return .cell(column: column - 1, row: digits == 0 ? nil : row)
    }

    /// Decodes a row number attribute ("12"), nil unless it is 1 ... `maxRows`.
    static func row(_ text: String) -> Int? {
        guard let value = Int(text), value >= 1, value <= maxRows else { return nil }
        return value
    }

    /// The letters of zero-based `column` (0 → "A", 16383 → "XFD").
    static func letters(ofColumn column: Int) -> String {
        var number = column + 1
        var scalars: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(scalars)
    }
}
