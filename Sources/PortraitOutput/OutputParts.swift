/// Text written a part at a time: lines are gathered until about 64 KB, then handed on, so that an output
/// of a million lines is never held whole.
struct OutputParts {
    private let write: (String) -> Void
    private var pending = ""
    static let partBytes = 1 << 16

    init(_ write: @escaping (String) -> Void) {
        self.write = write
    }

    mutating func append(_ text: String) {
        pending += text
        if pending.utf8.count >= Self.partBytes {
            write(pending)
            pending = ""
        }
    }

    /// Hands on what is left.
    mutating func finish() {
        if !pending.isEmpty { write(pending) }
        pending = ""
    }
}
