import PortraitText
import PortraitStore

/// The text of one table cell as a reader sees it, built from the parser's character data: runs of HTML
/// white space collapse to one space, `<br>` is a line break, the start and end of a block (a paragraph,
/// a list item) break the line, and spaces at the ends of lines go.
struct HTMLCellText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        let n = text.count
        var i = 0
        while i < n {
            if Self.isSpace(text[i]) {
                pendingSpace = true
                i += 1
                continue
            }
            if pendingSpace, let last = bytes.last, last != 0x0A { bytes.append(0x20) }
            pendingSpace = false
            // A run of other bytes is copied at once.
            var j = i + 1
            while j < n && !Self.isSpace(text[j]) { j += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<j]))
            i = j
        }
    }

    /// HTML's white space: space, tab, line feed, carriage return, form feed.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// `<br>`: a line break (several make empty lines).
    mutating func lineBreak() {
        if bytes.last == 0x20 { bytes.removeLast() }
        bytes.append(0x0A)
        pendingSpace = false
    }

    /// The start or end of a block inside the cell: a line break unless the text is at a line's start.
    mutating func blockBoundary() {
        pendingSpace = false
        guard let last = bytes.last, last != 0x0A else { return }
        if last == 0x20 { bytes.removeLast() }
        bytes.append(0x0A)
    }

    /// The finished text, without line breaks or spaces at either end.
    var text: String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 { end -= 1 }
        var start = 0
        while start < end, bytes[start] == 0x0A || bytes[start] == 0x20 { start += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    var isEmpty: Bool { bytes.isEmpty }
}
