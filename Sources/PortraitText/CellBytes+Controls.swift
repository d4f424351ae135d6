extension CellBytes {
    /// Whether the UTF-8 bytes of a cell hold a control character other than the layout ones (tab, line
    /// feed, carriage return): another C0 character, DEL, a C1 character (U+0080–U+009F), or a bidi
    /// override or isolate (U+202A–U+202E, U+2066–U+2069), as `validate` reports them. One pass; a byte
    /// that cannot start one is passed over at the cost of one comparison.
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
            } else if byte == 0xE2, i + 2 < n {
                let second = raw[i + 1], third = raw[i + 2]
                if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) { return true }
            }
            i += 1
        }
        return false
    }
}
