/// Text rewritten one Unicode scalar at a time: the one loop behind the TSV, JSON and Markdown
/// escaping of `SelectionWriter`, each of which only says what a scalar becomes.
enum ScalarEscaping {
    /// `text` with each scalar for which `replacement` gives a string replaced by it; the others kept.
    static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out.append(contentsOf: replaced.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
