import PortraitText
import PortraitStore

/// Little-endian field access over a byte buffer, returning nil instead of trapping when out of bounds.
struct ZipBytes {
    /// The bytes read.
    let bytes: [UInt8]

    /// The unsigned integer of `width` bytes (at most 8) at `offset`, or nil if it does not fit.
    func uint(at offset: Int, width: Int) -> UInt64? {
        guard offset >= 0, width > 0, width <= 8, offset <= bytes.count - width else { return nil }
        var value: UInt64 = 0
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            value = value << 8 | UInt64(bytes[index])
        }
        return value
    }

    /// A 16-bit field.
    func u16(_ offset: Int) -> UInt16? { uint(at: offset, width: 2).map { UInt16(truncatingIfNeeded: $0) } }
    /// A 32-bit field.
    func u32(_ offset: Int) -> UInt32? { uint(at: offset, width: 4).map { UInt32(truncatingIfNeeded: $0) } }
    /// A 64-bit field.
    func u64(_ offset: Int) -> UInt64? { uint(at: offset, width: 8) }

    /// The bytes in `offset ..< offset + count`, or nil if out of bounds.
    func slice(_ offset: Int, _ count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return bytes[offset ..< offset + count]
    }
}
