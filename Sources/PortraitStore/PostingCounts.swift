/// Posting lists being built in `PostingBytes`' form: per list (a token of the word index, or a value of
/// `ValueRows`), the bytes of its ascending documents (rows, or distinct cells) counted in a first pass,
/// then written in a second, so that no list of every occurrence is ever held.
struct PostingCounts {
    /// counts[t + 1]: bytes of token t's list (prefix sums once `starts()` is called).
    private var counts: [UInt32]
    /// The last document counted or written per token, so that a word twice in a document counts once.
    private var last: [Int32]

    /// `lists` empty lists (more come with `addToken`).
    init(lists: Int = 0) {
        counts = [UInt32](repeating: 0, count: lists + 1)
        last = [Int32](repeating: -1, count: lists)
    }

    /// Adds an empty list (a new token or value).
    mutating func addToken() {
        counts.append(0)
        last.append(-1)
    }

    /// Counts `document` in the list of `token` (once, however often it is met in a row).
    @inline(__always)
    mutating func count(token: Int, document: Int) {
        let current = Int32(truncatingIfNeeded: document)
        guard last[token] != current else { return }
        counts[token + 1] += UInt32(PostingBytes.length(UInt32(current - last[token])))
        last[token] = current
    }

    /// Turns the counts into each list's start (the last entry is the end of the last list).
    mutating func starts() -> [UInt32] {
        for t in 0..<(counts.count - 1) { counts[t + 1] += counts[t] }
        return counts
    }

    /// Writes every list, reading the documents' tokens again through `tokens(document, body)`.
    mutating func fill(documents: Int, tokens: (Int, (Int) -> Void) -> Void) -> [UInt8] {
        var fill = counts
        for t in last.indices { last[t] = -1 }
        var postings = [UInt8](repeating: 0, count: Int(counts[counts.count - 1]))
        postings.withUnsafeMutableBufferPointer { out in
            for document in 0..<documents {
                let current = Int32(truncatingIfNeeded: document)
                tokens(document) { token in
                    guard last[token] != current else { return }
                    fill[token] = UInt32(PostingBytes.write(UInt32(current - last[token]), to: out, at: Int(fill[token])))
                    last[token] = current
                }
            }
        }
        return postings
    }
}
