import PortraitText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns byte strings: gives each distinct sequence a dense id (0, 1, 2, …) without creating a
/// `String`, through an open-addressing hash table over one contiguous byte arena.
public struct ByteInterner: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [UInt32] = []
    /// Open-addressing table: 0 is empty, else the key's hash in the high half and id + 1 in the low half,
    /// so a probe reads one word and compares bytes only when the hashes agree.
    private var slots: [UInt64]
    private var hashes: [UInt32] = []
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { ends.count }

    /// Bytes of the distinct keys so far.
    var byteCount: Int { bytes.count }

    func range(_ id: Int) -> Range<Int> { (id == 0 ? 0 : Int(ends[id - 1]))..<Int(ends[id]) }

    /// The id of `key`, and whether it was seen before.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(key)
        var slot = Int(hash) & mask
        if let id = find(key, hash: hash, slot: &slot) { return (id, false) }
        let id = ends.count
        bytes.append(contentsOf: key)
        ends.append(UInt32(bytes.count))  // traps past 4 GiB; `PortraitStoreBuilder` checks first
        hashes.append(hash)
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
        if ends.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `key` if it was interned.
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        var slot = Int(hash) & mask
        return find(key, hash: hash, slot: &slot)
    }

    /// Probes from `slot`; leaves `slot` at the empty place where the key would go when absent.
    @inline(__always)
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32, slot: inout Int) -> Int? {
        let tag = UInt64(hash) << 32
        let mask = self.mask
        return slots.withUnsafeBufferPointer { table -> Int? in
            bytes.withUnsafeBufferPointer { stored -> Int? in
                ends.withUnsafeBufferPointer { ends -> Int? in
                    while true {
                        let entry = table[slot]
                        if entry == 0 { return nil }
                        if entry & 0xFFFF_FFFF_0000_0000 == tag {
                            let id = Int(entry & 0xFFFF_FFFF) - 1
                            let start = id == 0 ? 0 : Int(ends[id - 1]), end = Int(ends[id])
                            if end - start == key.count
                                && (key.isEmpty || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0) {
                                return id
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for id in 0..<ends.count {
            var slot = Int(hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(hashes[id]) << 32 | UInt64(id + 1)
        }
    }

    /// FNV-1a over 8-byte words, then a final mix: fast on short keys, well spread.
    public static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        guard let base = key.baseAddress else { return UInt32(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = key.count
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
            h ^= h >> 29
            i += 8
        }
        while i < n {
            h = (h ^ UInt64(base[i])) &* 0x100_0000_01B3
            i += 1
        }
        h ^= UInt64(n)
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }
}
