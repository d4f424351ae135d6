/// The key that says two spellings name the same thing across editions: case, accents and white space
/// are ignored ("Héma-Québec " and "HEMA-QUEBEC" give one key), as are typographic apostrophes and dashes
/// (see `TextFold`). Punctuation and words are kept, so "Université du Québec" and "Université du Québec
/// à Montréal" stay apart.
public enum IdentityKey {
    /// The key of `text`: folded (lower case, no accents, one apostrophe and one dash), without any white
    /// space.
    public static func of(_ text: some StringProtocol) -> String {
        let folded = TextFold.fold(text)
        guard folded.unicodeScalars.contains(where: isWhite) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !isWhite($0) }))
    }

    private static func isWhite(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF
    }
}
