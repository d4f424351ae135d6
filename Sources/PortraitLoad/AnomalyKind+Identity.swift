import PortraitText
import PortraitStore

/// Equality and hashing of an anomaly kind on small codes and UTF-8 bytes. The synthesised ones compared
/// `String`s with Unicode normalisation and hashed a relabelled value's whole `Term` (its definitions
/// too); kinds are noted once per row or more, and this took about a tenth of `stats` at a million rows.
/// Two kinds are the same when their case, field and texts are the same bytes (a term is known by its
/// French label, which no two terms share).
extension AnomalyKind {
    /// The case and its field as one small integer, and the texts the case carries.
    private var identity: (code: Int, text: String, other: String) {
        func code(_ kind: Int, _ field: Field? = nil) -> Int {
            kind << 3 | (field.map { $0.position + 1 } ?? 0)
        }
        // A facet in the same three low bits (there are fewer than seven facets, as fields).
        func code(_ kind: Int, _ facet: Facet) -> Int { kind << 3 | (facet.index + 1) }
        switch self {
        case .missingColumn(let field): return (code(0, field), "", "")
        case .blankField(let field): return (code(1, field), "", "")
        case .unknownValue(let facet, let value): return (code(2, facet), value, "")
        case .otherUnknownValues(let field): return (code(3, field), "", "")
        case .duplicateRow: return (code(4), "", "")
        case .straySpaces(let field): return (code(5, field), "", "")
        case .relabelled(let field, let written, let term): return (code(6, field), written, term.fr)
        case .tooFewCells: return (code(7), "", "")
        case .tooManyCells: return (code(8), "", "")
        case .skipped(.titleLine): return (code(9), "", "")
        case .skipped(.blankRow): return (code(10), "", "")
        case .skipped(.footerLine): return (code(11), "", "")
        case .skipped(.repeatedHeader): return (code(12), "", "")
        case .loneCell: return (code(13), "", "")
        case .controlCharacters(let field): return (code(14, field), "", "")
        }
    }

    /// How many `plainCode`s there are.
    static let plainCodes = 15 << 3

    /// A number below `plainCodes` for a kind that carries no text (its case and field say it all), by
    /// which `AnomalyLog` finds it without hashing; nil for the kinds that carry a value.
    var plainCode: Int? { carriesText ? nil : identity.code }

    private var carriesText: Bool {
        switch self {
        case .unknownValue, .relabelled: return true
        default: return false
        }
    }

    public static func == (lhs: AnomalyKind, rhs: AnomalyKind) -> Bool {
        let (a, b) = (lhs.identity, rhs.identity)
        return a.code == b.code && sameBytes(a.text, b.text) && sameBytes(a.other, b.other)
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { a in b.withUTF8 { b in a.elementsEqual(b) } }
    }

    public func hash(into hasher: inout Hasher) {
        let identity = identity
        hasher.combine(identity.code)
        combine(identity.text, into: &hasher)
        combine(identity.other, into: &hasher)
    }

    private func combine(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
    }
}
