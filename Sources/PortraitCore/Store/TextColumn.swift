/// Many strings kept in one contiguous UTF-8 buffer with end offsets: far fewer allocations than `[String]`.
public struct TextColumn: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var ends: [Int] = []

    public init() {}

    public var count: Int { ends.count }

    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(bytes.count)
    }

    public mutating func append(bytes newBytes: [UInt8]) {
        bytes.append(contentsOf: newBytes)
        ends.append(bytes.count)
    }

    public mutating func reserve(rows: Int, bytes byteCount: Int) {
        ends.reserveCapacity(rows)
        bytes.reserveCapacity(byteCount)
    }

    /// Byte range of element `index` in `bytes`.
    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    public subscript(index: Int) -> String {
        let r = range(index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Index of the element containing byte `offset` (binary search over the end offsets).
    func element(containing offset: Int) -> Int {
        var low = 0, high = ends.count - 1
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
