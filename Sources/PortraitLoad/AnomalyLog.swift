import PortraitText
import PortraitStore

/// Something odd in a loaded file that did not stop it from loading, as `validate` reports it.
public enum AnomalyKind: Sendable, Hashable {
    case missingColumn(Field)
    case blankField(Field)
    /// A value of `facet` outside its official terms, kept as written (for a facet with a
    /// `FacetDescriptor.unknownNote`: categories and statuses).
    case unknownValue(Facet, String)
    /// Unknown values of `field` beyond the first `valuesListed`, counted together.
    case otherUnknownValues(Field)
    case duplicateRow
    case straySpaces(Field)
    /// A category, status or portfolio written otherwise than the official term it was mapped onto.
    case relabelled(Field, from: String, to: Term)
    case tooFewCells
    case tooManyCells
    /// A line that is not an initiative, skipped and not counted.
    case skipped(SkippedLine)
    /// A line of one filled cell among the initiatives: an initiative with its other fields empty.
    case loneCell
    /// Control characters in a cell (`CellBytes.holdsControlCharacter`): kept as data, shown as visible
    /// placeholders on a terminal and escaped in a command.
    case controlCharacters(Field)

    /// Distinct unknown values listed one by one, per field.
    public static let valuesListed = 50
    /// Characters of an unknown value shown (a longer one is cut, with "…").
    public static let valueShown = 120

    /// A short description of this kind, for a person, in English.
    public var summary: String { summary(.en) }

    /// A short description of this kind, for a person, in `language`.
    public func summary(_ language: Language) -> String {
        language == .fr ? forms.fr : forms.en
    }

    /// The French and English descriptions (one switch, so neither can be missing).
    private var forms: (fr: String, en: String) {
        switch self {
        case .missingColumn(let field):
            return ("aucune colonne pour « \(field.title(.fr)) » (laissé vide)", "no column for \(field.rawValue) (left blank)")
        case .blankField(let field): return ("champ « \(field.title(.fr)) » vide", "blank \(field.rawValue)")
        case .unknownValue(let facet, let value):
            if let note = facet.descriptor.unknownNote { return (note.text(.fr, ["value": value]), note.text(.en, ["value": value])) }
            // A facet whose entry has no note of its own (none is noted so today): its field's words.
            let name = (fr: facet.field?.title(.fr) ?? "\(facet)", en: facet.field?.rawValue ?? "\(facet)")
            return ("« \(name.fr) » : « \(value) » (gardé tel quel)", "\(name.en) '\(value)' (kept as written)")
        case .otherUnknownValues(let field):
            return ("autres valeurs inconnues de « \(field.title(.fr)) » (gardées telles quelles)",
                    "other unknown \(field.rawValue) values (kept as written)")
        case .duplicateRow:
            return ("ligne en double (mêmes six champs qu'une ligne précédente)", "duplicate row (same six fields as an earlier row)")
        case .straySpaces(let field):
            return ("espaces superflus dans « \(field.title(.fr)) » (retirés)", "stray spaces in \(field.rawValue) (trimmed)")
        case .relabelled(let field, let written, let term):
            return ("« \(field.title(.fr)) » : « \(written) » lu comme « \(term.fr) »", "\(field.rawValue) '\(written)' read as '\(term.fr)'")
        case .skipped(.titleLine):
            return ("ligne de titre au-dessus de l'en-tête ignorée (non comptée)", "title line above the header skipped (not counted)")
        case .skipped(.blankRow):
            return ("ligne vide ignorée (toutes les cellules vides ; non comptée)", "blank row skipped (every cell empty; not counted)")
        case .skipped(.footerLine):
            return ("ligne de pied ignorée (une seule cellule remplie, après la dernière initiative, p. ex. « Source : … » ; non comptée)",
                    "footer line skipped (only one cell filled, after the last initiative, e.g. 'Source: …'; not counted)")
        case .loneCell:
            return ("ligne d'une seule cellule parmi les initiatives, lue comme une initiative aux autres champs vides",
                    "line of one cell among the initiatives, read as an initiative with its other fields empty")
        case .controlCharacters(let field):
            return ("caractères de contrôle dans « \(field.title(.fr)) » (gardés ; montrés comme ␛ à l'écran)",
                    "control characters in \(field.rawValue) (kept; shown as ␛ on screen)")
        case .skipped(.repeatedHeader):
            return ("en-tête répété ignoré (non compté)", "repeated header skipped (not counted)")
        case .tooFewCells:
            return ("ligne avec moins de cellules que l'en-tête (cellules manquantes laissées vides)",
                    "row with fewer cells than the header (missing cells left blank)")
        case .tooManyCells:
            return ("ligne avec plus de cellules que l'en-tête (cellules en trop ignorées)",
                    "row with more cells than the header (extra cells ignored)")
        }
    }
}

/// Counts anomalies by kind, keeping the first few line numbers of each.
public struct AnomalyLog: Sendable {
    /// One kind of anomaly with how often it occurred and where first.
    public struct Entry: Sendable {
        public let kind: AnomalyKind
        public internal(set) var count: Int
        public internal(set) var lines: [Int]
    }

    public static let sampleLines = 8
    public private(set) var entries: [Entry] = []
    /// The entry of each kind that carries a value; the others are found by `AnomalyKind.plainCode` in
    /// `plainPositions` (-1: not noted), with no hashing, as most notes are of those.
    private var positions: [AnomalyKind: Int] = [:]
    private var plainPositions = [Int](repeating: -1, count: AnomalyKind.plainCodes)
    /// Positions of the kinds noted by key (`note(key:line:kind:)`); forgotten when entries move.
    private var keyedPositions: [UInt64: Int] = [:]

    public init() {}

    private func position(of kind: AnomalyKind) -> Int? {
        guard let code = kind.plainCode else { return positions[kind] }
        let position = plainPositions[code]
        return position >= 0 ? position : nil
    }

    private mutating func setPosition(_ position: Int, of kind: AnomalyKind) {
        if let code = kind.plainCode { plainPositions[code] = position } else { positions[kind] = position }
    }

    /// Notes the anomaly a reader names by `key` (a number it gives each distinct kind it notes this way,
    /// such as a facet cell's id), making the kind with `kind` only the first time (nil: no anomaly): a kind
    /// met on many rows is then neither built nor hashed again.
    mutating func note(key: UInt64, line: Int, kind: () -> AnomalyKind?) {
        if let position = keyedPositions[key] {
            entries[position].count += 1
            if entries[position].lines.count < Self.sampleLines { entries[position].lines.append(line) }
            return
        }
        guard let kind = kind() else { return }
        note(kind, line: line)
        keyedPositions[key] = position(of: kind)
    }

    mutating func note(_ kind: AnomalyKind, line: Int?) {
        if let position = position(of: kind) {
            entries[position].count += 1
            if let line, entries[position].lines.count < Self.sampleLines { entries[position].lines.append(line) }
        } else {
            setPosition(entries.count, of: kind)
            entries.append(Entry(kind: kind, count: 1, lines: line.map { [$0] } ?? []))
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether `kind` has been noted.
    func contains(_ kind: AnomalyKind) -> Bool { position(of: kind) != nil }

    /// Notes `kind` once per line of `lines` (ascending), placing a kind not seen yet where reading the lines
    /// in order would have: after every kind first seen on or before its first line (within a row, the
    /// kind noted last), before the others.
    mutating func note(_ kind: AnomalyKind, lines: [Int]) {
        guard let first = lines.first else { return }
        if position(of: kind) == nil {
            let at = entries.firstIndex { ($0.lines.first ?? Int.max) > first } ?? entries.count
            entries.insert(Entry(kind: kind, count: 0, lines: []), at: at)
            keyedPositions.removeAll()
            for (position, entry) in entries.enumerated() { setPosition(position, of: entry.kind) }
        }
        for line in lines { note(kind, line: line) }
    }

    /// Adds `other`'s anomalies, whose line numbers are shifted by `lineOffset`.
    mutating func merge(_ other: AnomalyLog, lineOffset: Int) {
        for entry in other.entries {
            if let position = position(of: entry.kind) {
                entries[position].count += entry.count
                let room = Self.sampleLines - entries[position].lines.count
                entries[position].lines += entry.lines.prefix(max(0, room)).map { $0 + lineOffset }
            } else {
                setPosition(entries.count, of: entry.kind)
                entries.append(Entry(kind: entry.kind, count: entry.count, lines: entry.lines.map { $0 + lineOffset }))
            }
        }
    }
}
