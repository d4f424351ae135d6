import PortraitText

/// Many strings kept in one contiguous UTF-8 buffer with end offsets: far fewer allocations than `[String]`.
public struct TextColumn: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    public init() {}

    public var count: Int { ends.count }

    /// Byte length of the longest element.
    var longestElement: Int {
        var longest = 0, previous: UInt32 = 0
        for end in ends {
            longest = max(longest, Int(end - previous))
            previous = end
        }
        return longest
    }

    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    public mutating func append(bytes newBytes: [UInt8]) {
        bytes.append(contentsOf: newBytes)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// Appends every element of `other`.
    mutating func append(contentsOf other: TextColumn) {
        let shift = UInt32(truncatingIfNeeded: bytes.count)
        bytes.append(contentsOf: other.bytes)
        ends.reserveCapacity(ends.count + other.ends.count)
        for end in other.ends { ends.append(end + shift) }
    }

    public mutating func reserve(rows: Int, bytes byteCount: Int) {
        ends.reserveCapacity(rows)
        bytes.reserveCapacity(byteCount)
    }

    /// Byte range of element `index` in `bytes`.
    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    public subscript(index: Int) -> String {
        let r = range(index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

}
