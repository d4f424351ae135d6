/// The variable-length form of the search index's posting lists: each row is written as its distance from
/// the previous row of the list (the first from -1, so every distance is at least 1), seven bits a byte,
/// low bits first, the high bit set on every byte but the last. Rows of a frequent word are a few apart,
/// so most distances take one byte.
enum PostingBytes {
    /// How many bytes `distance` takes.
    @inline(__always)
    static func length(_ distance: UInt32) -> Int {
        distance < 1 << 7 ? 1 : distance < 1 << 14 ? 2 : distance < 1 << 21 ? 3 : distance < 1 << 28 ? 4 : 5
    }

    /// Writes `distance` at `offset`; returns the offset after it.
    @inline(__always)
    static func write(_ distance: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        var value = distance, k = offset
        while value >= 0x80 {
            out[k] = UInt8(truncatingIfNeeded: value) | 0x80
            value >>= 7
            k += 1
        }
        out[k] = UInt8(value)
        return k + 1
    }

    /// Calls `body` with each row of the list written in `bytes[start..<end]`, in ascending order.
    @inline(__always)
    static func forEachRow(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (Int) -> Void) {
        var k = start, row = -1
        while k < end {
            var distance = 0, shift = 0
            while true {
                let byte = bytes[k]
                k += 1
                distance |= Int(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            row += distance
            body(row)
        }
    }
}
