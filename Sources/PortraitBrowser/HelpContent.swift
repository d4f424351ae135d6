import PortraitCore

/// The `?` overlay: the key table's sections, in two columns when the terminal is wide enough, then
/// where the rows come from, in full (the help scrolls to it on a small terminal).
enum HelpContent {
    /// The lines inside the help box.
    static func lines(_ state: BrowserState) -> [StyledLine] {
        let available = max(interiorWidth(state.layout), 1)
        return keys(state, available: available) + sources(state, width: available)
    }

    /// Each edition's source line (`ProvenanceText.sourceLine`: official edition with its address and
    /// retrieval date, the sample and its notice, or the file), wrapped to the box, after a blank line.
    private static func sources(_ state: BrowserState, width: Int) -> [StyledLine] {
        guard !state.provenance.isEmpty else { return [] }
        var lines = [StyledLine(), StyledLine(UIString.helpSources.text(state.interface), [.bold, .accent, .underline])]
        for provenance in state.provenance {
            let text = TerminalSafe.visible(ProvenanceText.sourceLine(provenance, language: state.interface))
            lines += TextWrap.wrap(StyledLine(text), width: width)
        }
        return lines
    }

    /// The key table's sections, in two columns when they fit.
    private static func keys(_ state: BrowserState, available: Int) -> [StyledLine] {
        let sections = KeyHelp.sections(state.interface)
        var best: [StyledLine]?
        for split in 1..<max(sections.count, 1) {
            let left = column(Array(sections[..<split])), right = column(Array(sections[split...]))
            let leftWidth = left.map(\.width).max() ?? 0
            guard leftWidth + 3 + (right.map(\.width).max() ?? 0) <= available else { continue }
            let merged = (0..<max(left.count, right.count)).map { index in
                var line = (index < left.count ? left[index] : StyledLine()).fitted(to: leftWidth)
                line.append("   ")
                if index < right.count { line.append(right[index]) }
                return line
            }
            if merged.count < best?.count ?? Int.max { best = merged }
        }
        return best ?? column(sections).map { $0.truncated(to: available) }
    }

    /// Sections one under the other, a blank line between them, keys aligned.
    private static func column(_ sections: [KeyHelp.Section]) -> [StyledLine] {
        let keyWidth = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
        var lines: [StyledLine] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(StyledLine()) }
            lines.append(StyledLine(section.title, [.bold, .accent, .underline]))
            for entry in section.entries {
                var line = StyledLine(entry.keys, .bold).fitted(to: keyWidth)
                line.append("  " + entry.text)
                lines.append(line)
            }
        }
        return lines
    }

    /// Cells inside the box: the body less the border and a margin on each side.
    static func interiorWidth(_ layout: Layout) -> Int { layout.body.width - 4 }

    /// Rows of content the box shows.
    static func visibleRows(_ layout: Layout) -> Int { max(layout.body.height - 2, 0) }

    /// The box for `lines`: centred in the body, as small as the content allows.
    static func box(_ layout: Layout, lines: [StyledLine]) -> Rect {
        let width = min((lines.map(\.width).max() ?? 0) + 4, layout.body.width)
        let height = min(lines.count + 2, layout.body.height)
        return Rect(row: layout.body.row + (layout.body.height - height) / 2, column: (layout.body.width - width) / 2,
                    width: width, height: height)
    }
}
