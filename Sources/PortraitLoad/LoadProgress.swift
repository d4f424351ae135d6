import Synchronization
import PortraitText
import PortraitStore

/// How far a load has got, in bytes of the files given: written by the loader (from any thread), read by
/// whoever shows progress.
public final class LoadProgress: Sendable {
    private let done = Atomic<Int>(0)
    private let total = Atomic<Int>(0)

    public init() {}

    /// Bytes of all the files to read (0 until the loader has looked at them).
    public var totalBytes: Int { total.load(ordering: .relaxed) }

    /// Bytes read so far.
    public var doneBytes: Int { done.load(ordering: .relaxed) }

    /// The part read, from 0 to 1 (0 while the total is unknown).
    public var fraction: Double {
        let all = totalBytes
        return all > 0 ? min(1, Double(doneBytes) / Double(all)) : 0
    }

    public func expect(_ bytes: Int) { total.store(bytes, ordering: .relaxed) }

    public func add(_ bytes: Int) { done.add(bytes, ordering: .relaxed) }

    public func set(done bytes: Int) { done.store(bytes, ordering: .relaxed) }
}
