/// `CellText.tidy` on UTF-8 bytes, with a fast path that copies cells that are already tidy (almost all
/// of them) without making a `String`.
public enum CellBytes {
    /// Appends the tidy form of `raw` to `out`; returns whether tidying changed more than line ends.
    @discardableResult
    public static func tidy(_ raw: UnsafeBufferPointer<UInt8>, multiline: Bool, into out: inout [UInt8]) -> Bool {
        if isAlreadyTidy(raw, multiline: multiline) {
            out.append(contentsOf: raw)
            return false
        }
        if !raw.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) {
            let start = out.count
            tidyASCIISpaces(raw, multiline: multiline, into: &out)
            return out.withUnsafeBufferPointer { changes(raw, to: UnsafeBufferPointer(rebasing: $0[start...]), multiline: multiline) }
        }
        let text = String(decoding: raw, as: UTF8.self)
        let tidied = CellText.tidy(text, multiline: multiline)
        out.append(contentsOf: tidied.utf8)
        return CellText.tidyingChanges(text, to: tidied, multiline: multiline)
    }

    /// `CellText.tidyingChanges` on bytes: whether `tidied` differs from `raw`, line ends made LF first
    /// when `multiline` (a CRLF is not a stray space).
    private static func changes(_ raw: UnsafeBufferPointer<UInt8>, to tidied: UnsafeBufferPointer<UInt8>, multiline: Bool) -> Bool {
        if raw.elementsEqual(tidied) { return false }
        guard multiline, raw.contains(0x0D) else { return true }
        var k = 0
        var lastWasCR = false
        for b in raw {
            if b == 0x0A && lastWasCR {
                lastWasCR = false
                continue
            }
            lastWasCR = b == 0x0D
            guard k < tidied.count, tidied[k] == (b == 0x0D ? 0x0A : b) else { return true }
            k += 1
        }
        return k != tidied.count
    }

    /// `CellText.tidy` of a cell whose white space is all ASCII (no byte that starts a no-break, thin or
    /// zero-width space or a BOM), byte by byte: a 100 kB name with a trailing space, read for 779 rows,
    /// took 3.7 s through the `String` path.
    private static func tidyASCIISpaces(_ raw: UnsafeBufferPointer<UInt8>, multiline: Bool, into out: inout [UInt8]) {
        let start = out.count
        var pendingSpace = false
        var pendingBreaks = 0
        var lastWasCR = false
        for b in raw {
            if multiline && (b == 0x0A || b == 0x0D) {
                if b == 0x0A && lastWasCR {
                    lastWasCR = false
                    continue
                }
                lastWasCR = b == 0x0D
                if out.count > start { pendingBreaks += 1 }
                pendingSpace = false
                continue
            }
            lastWasCR = false
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                if out.count > start && pendingBreaks == 0 { pendingSpace = true }
                continue
            }
            if pendingBreaks > 0 {
                out.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
                pendingBreaks = 0
            } else if pendingSpace {
                out.append(0x20)
            }
            pendingSpace = false
            out.append(b)
        }
    }

    /// True when tidying would not change `raw`: no leading, trailing or doubled spaces, no other white
    /// space (but single line breaks between words when `multiline`). Conservative: a no-break or thin
    /// space sends the cell to `CellText.tidy`, which decides.
    static func isAlreadyTidy(_ raw: UnsafeBufferPointer<UInt8>, multiline: Bool) -> Bool {
        let n = raw.count
        guard n > 0 else { return true }
        var previous: UInt8 = 0x20  // as if preceded by a space: a leading space fails
        var i = 0
        let base = raw.baseAddress!
        let spaces = ByteSearch.broadcast(0x20)
        // Lead bytes of the sequences tidying may change: no-break and thin spaces, BOM.
        let leads = (ByteSearch.broadcast(0xC2), ByteSearch.broadcast(0xE2), ByteSearch.broadcast(0xEF))
        while i < n {
            // Eight plain bytes at a time: no control character, no two spaces side by side, no lead byte of
            // a sequence that tidying changes (accented letters pass).
            if i + 8 <= n && previous != 0x20 && previous != 0x0A {
                let word = ByteSearch.load(base, i)
                let belowSpace = (word &- spaces) & ~word & ByteSearch.highs
                let space = ByteSearch.zeroBytes(word ^ spaces)
                let special = ByteSearch.zeroBytes(word ^ leads.0) | ByteSearch.zeroBytes(word ^ leads.1)
                    | ByteSearch.zeroBytes(word ^ leads.2)
                let doubled = space & (space << 8)  // flags the second space of a pair
                let flags = belowSpace | special | (doubled >> 8)
                if flags == 0 {
                    previous = base[i + 7]
                    i += 8
                    continue
                }
                // The bytes before the first flagged one are plain: go straight to it.
                let plain = flags.trailingZeroBitCount >> 3
                if plain > 0 {
                    previous = base[i + plain - 1]
                    i += plain
                }
            }
            let b = raw[i]
            if b < 0x80 {
                if b <= 0x20 {
                    if b == 0x20 {
                        if previous == 0x20 || previous == 0x0A { return false }
                    } else if b == 0x0A && multiline {
                        if previous == 0x20 { return false }
                    } else {
                        return false
                    }
                }
                if previous == 0x0A && b == 0x20 { return false }
            } else if b == 0xC2 {
                if i + 1 < n && raw[i + 1] == 0xA0 { return false }  // no-break space
            } else if b == 0xE2 {
                if i + 2 < n && raw[i + 1] == 0x80 {
                    switch raw[i + 2] {
                    case 0x87, 0x89, 0x8B, 0xAF: return false  // figure, thin, zero-width, narrow no-break spaces
                    default: break
                    }
                }
            } else if b == 0xEF {
                if i + 2 < n && raw[i + 1] == 0xBB && raw[i + 2] == 0xBF { return false }  // BOM inside text
            }
            previous = b
            i += 1
        }
        return previous != 0x20 && previous != 0x0A
    }
}
