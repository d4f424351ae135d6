import PortraitCore

/// The lines of the detail view of the current initiative: every field, the benefits wrapped, the
/// official definition of the category, the edition when several are loaded and the file's extra columns.
/// Search matches are highlighted.
public enum DetailContent {
    /// Rows of the body the scrolling content gets (the first row holds the position line).
    static func visibleRows(_ layout: Layout) -> Int { max(layout.body.height - 1, 0) }

    /// Bytes of a field the detail view wraps and shows at most (about 2,000 lines of 100 columns).
    static let shownBytes = 200_000

    /// The part of `text` shown (its first `shownBytes`, cut between characters) and the bytes left out.
    static func shownPart(of text: String) -> (String, Int) {
        let utf8 = text.utf8
        guard utf8.count > shownBytes else { return (text, 0) }
        var end = utf8.index(utf8.startIndex, offsetBy: shownBytes)
        while end > utf8.startIndex && UTF8.isContinuation(utf8[end]) { end = utf8.index(before: end) }
        let shown = String(decoding: utf8[..<end], as: UTF8.self)
        return (shown, utf8.count - shown.utf8.count)
    }

    /// A byte count for people: bytes, KB or MB.
    static func byteSize(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) B"
    }

    /// The fields between the name and the category's definition, in this order.
    static let fieldsAbove: [Field] = [.organisation, .portfolio, .category]

    /// The content lines for a view `width` cells wide (without the position line): the name, the
    /// fields above the category's definition, the definition, the status and every other field of
    /// the file, the edition and its change, the benefits, then the columns the register does not name.
    public static func lines(_ state: BrowserState, width: Int) -> [StyledLine] {
        guard let row = state.currentRow, width > 4 else { return [] }
        let store = state.store
        let words = state.searchWords
        let ui = state.interface
        let labels = state.labels
        // A field's words are marked where the search looks (names, benefits, the facets whose entry says so).
        func line(_ field: Field, _ style: Style = .plain) -> (title: String, value: String, searched: Bool, style: Style) {
            let searched = field == .name || field == .benefits || FacetDescriptor.facet(reading: field)?.descriptor.searched == true
            return (field.title(ui), store.text(field, row: row, language: labels), searched, style)
        }
        var fields = [line(.name, .bold)] + Self.fieldsAbove.map { line($0) }
        let definition = store.value(.category, row: row).term?.definition(labels)
        // The status, then any field no line above names (a new facet's among them), in `Field`'s order.
        let named = [.name, .benefits] + Self.fieldsAbove + [.status]
        var rest = [line(.status)] + Field.allCases.filter { !named.contains($0) }.map { line($0) }
        if store.values(.edition).count > 1 {
            rest.append((UIString.detailEdition.text(ui), store.edition(row: row), false, .plain))
            if let pair = state.markedEditions, let table = state.markTable() {
                let since = UIString.detailSince.text(ui, ["edition": store.values(.edition)[pair.older].raw])
                switch BrowserState.mark(row, in: table) {
                case .new:
                    rest.append((since, UIString.detailNew.text(ui), false, .bold))
                case .statusChanged:
                    let before = table.olderRecord(of: row).map { store.text(.status, row: $0, language: labels) } ?? ""
                    rest.append((since, UIString.detailStatusChanged.text(ui, ["old": before, "new": store.text(.status, row: row, language: labels)]),
                                 false, .bold))
                case .removed:
                    rest.append((UIString.paneChange.text(ui),
                                 UIString.detailRemoved.text(ui, ["edition": store.values(.edition)[pair.newer].raw]), false, .bold))
                case .none:
                    break
                }
            }
        }
        rest.append(line(.benefits))
        for (index, title) in store.extraTitles.enumerated() {
            rest.append((title, store.extra(index, row: row), false, .plain))
        }
        let titleWidth = min((fields + rest).map { DisplayWidth.of(TerminalSafe.visible($0.title)) }.max() ?? 0, max(width / 3, 8))
        let valueWidth = max(width - titleWidth - 3, 1)
        var out: [StyledLine] = []

        func add(_ title: String, _ whole: String, searched: Bool, style: Style) {
            var first = true
            // Only the start of a huge field is wrapped and shown, so that each key costs the same whatever
            // the field's size; the rest is said, with how much of it there is.
            let (value, cutBytes) = shownPart(of: whole)
            var paragraphs = value.isEmpty ? ["—"] : value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            if cutBytes > 0 { paragraphs.append(UIString.detailCut.text(ui, ["size": byteSize(cutBytes)])) }
            for paragraph in paragraphs {
                let safe = TerminalSafe.visible(paragraph)
                let styled = searched ? SearchMarks.line(safe, words: words, base: style)
                    : StyledLine(safe, value.isEmpty ? .dim : style)
                for piece in TextWrap.wrap(styled, width: valueWidth) {
                    var line = StyledLine(" ")
                    line.append(StyledLine(first ? TerminalSafe.visible(title) : "", [.bold, .accent]).fitted(to: titleWidth))
                    line.append("  ")
                    line.append(piece)
                    out.append(line)
                    first = false
                }
            }
        }

        for field in fields { add(field.title, field.value, searched: field.searched, style: field.style) }
        if let definition {
            let text = UIString.detailDefinition.text(ui) + definition
            for piece in TextWrap.wrap(StyledLine(TerminalSafe.visible(text), .dim), width: valueWidth) {
                var line = StyledLine(String(repeating: " ", count: titleWidth + 3))
                line.append(piece)
                out.append(line)
            }
        }
        fields = rest
        for field in fields { add(field.title, field.value, searched: field.searched, style: field.style) }
        return out
    }
}
