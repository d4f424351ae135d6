extension CellBytes {
    /// Whether the UTF-8 bytes of a cell hold a control character other than the layout ones (tab, line
    /// feed, carriage return): what `TerminalSafe.isControl` names (another C0 character, DEL, a C1
    /// character, a bidirectional control, the line and paragraph separators), as `validate` reports them.
    /// One pass; a byte that cannot start one is passed over at the cost of one comparison.
    public static func holdsControlCharacter(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = raw.count
        var i = 0
        while i < n {
            let byte = raw[i]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            } else if byte == 0x7F {
                return true
            } else if byte == 0xC2, i + 1 < n, (0x80...0x9F).contains(raw[i + 1]) {
                return true
            } else if byte == 0xD8, i + 1 < n, raw[i + 1] == 0x9C {
                return true  // U+061C
            } else if byte == 0xE2, i + 2 < n {
                let second = raw[i + 1], third = raw[i + 2]
                // U+200E–U+200F, U+2028–U+202E; U+2066–U+2069
                if second == 0x80 && (third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third)) { return true }
                if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
            }
            i += 1
        }
        return false
    }
}
