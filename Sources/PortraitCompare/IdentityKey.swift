import PortraitText
import PortraitStore
import PortraitLoad

/// The key that says two spellings name the same thing across editions: case, accents and white space
/// are ignored ("Héma-Québec " and "HEMA-QUEBEC" give one key), as are typographic apostrophes and dashes
/// (see `TextFold`). Punctuation and words are kept, so "Université du Québec" and "Université du Québec
/// à Montréal" stay apart.
public enum IdentityKey {
    /// The key of `text`: folded (lower case, no accents, one apostrophe and one dash), without any white
    /// space.
    public static func of(_ text: some StringProtocol) -> String {
        String(decoding: bytes(of: text), as: UTF8.self)
    }

    /// The key of `text` as UTF-8 bytes (hashing bytes is much cheaper than hashing a `String`, which
    /// normalises it first).
    static func bytes(of text: some StringProtocol) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        TextFold.append(text, to: &folded)
        var key: [UInt8] = []
        key.reserveCapacity(folded.count)
        var i = 0
        while i < folded.count {
            let skip = whiteSpaceLength(folded, at: i)
            if skip > 0 {
                i += skip
            } else {
                key.append(folded[i])
                i += 1
            }
        }
        return key
    }

    /// The length in bytes of the white space character at `i` of valid UTF-8 `bytes`, or 0: ASCII white
    /// space, U+0085, U+1680, U+2000–U+200B, U+2028, U+2029, U+205F, U+3000 and U+FEFF (no-break and
    /// narrow spaces are already plain spaces once folded).
    private static func whiteSpaceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return b == 0x20 || (0x09...0x0D).contains(b) ? 1 : 0 }
        let rest = bytes.count - i
        switch b {
        case 0xC2 where rest >= 2 && bytes[i + 1] == 0x85:
            return 2
        case 0xE1 where rest >= 3 && bytes[i + 1] == 0x9A && bytes[i + 2] == 0x80:
            return 3
        case 0xE2 where rest >= 3:
            let (b1, b2) = (bytes[i + 1], bytes[i + 2])
            if b1 == 0x80 && ((0x80...0x8B).contains(b2) || b2 == 0xA8 || b2 == 0xA9) { return 3 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3 where rest >= 3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80:
            return 3
        case 0xEF where rest >= 3 && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
            return 3
        default:
            return 0
        }
    }
}
