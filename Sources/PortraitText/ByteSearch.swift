import CByteScan

/// Byte tests for the loops that look at every byte of a file: eight bytes at a time in a word (`load`,
/// `highs`, `zeroBytes`, for tidying and folding), and sixteen at a time through `CByteScan` (`firstOf`,
/// `firstNonASCII`).
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
    /// Sixteen bytes at a time (`CByteScan`). Inlinable: the CSV scanner, in another module, calls it for
    /// every field.
    @inlinable @inline(__always)
    public static func firstOf(_ a: UInt8, _ b: UInt8, _ c: UInt8, in base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int {
        guard from < end else { return end }
        return Int(portrait_first_of3(base, from, end, a, b, c))
    }

    /// The offset of the first byte in `from ..< end` that is not ASCII (0x80 or above); `end` if none.
    @inlinable @inline(__always)
    public static func firstNonASCII(in base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int {
        guard from < end else { return end }
        return Int(portrait_first_non_ascii(base, from, end))
    }
}
