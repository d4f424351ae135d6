/// Word-at-a-time byte tests (eight bytes per step, "SWAR"), for the loops that look at every byte of a file.
public enum ByteSearch {
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    public static let highs: UInt64 = 0x8080_8080_8080_8080

    @inlinable @inline(__always) static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// The high bit of each byte of `word` that is zero. Only the lowest flag is exact: a borrow may also
    /// flag a byte above a true zero byte, so callers use the lowest flag or treat a flag as "maybe".
    @inlinable @inline(__always) static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & 0x8080_8080_8080_8080 }

    @inlinable @inline(__always) public static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The offset of the first byte in `from ..< end` equal to `a`, `b` or `c`; `end` if there is none.
    /// Inlinable: the CSV scanner, in another module, calls it for every field.
    @inlinable @inline(__always)
    public static func firstOf(_ a: UInt8, _ b: UInt8, _ c: UInt8, in base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int {
        var i = from
        let ma = broadcast(a), mb = broadcast(b), mc = broadcast(c)
        while i + 8 <= end {
            let word = load(base, i)
            let hit = zeroBytes(word ^ ma) | zeroBytes(word ^ mb) | zeroBytes(word ^ mc)
            if hit != 0 { return i + hit.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end {
            let x = base[i]
            if x == a || x == b || x == c { return i }
            i += 1
        }
        return end
    }
}
