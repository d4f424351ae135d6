/// The browser's key bindings, as one table, and the lookup from a terminal event to a command.
public enum KeyTable {
    /// Every binding, in the order the help shows them.
    public static let bindings: [KeyBinding] = [
        // Lists: the three facet panes and the results.
        KeyBinding([.up, .character("k")], .moveUp, in: .list, help: .helpMove),
        KeyBinding([.down, .character("j")], .moveDown, in: .list, help: .helpMove),
        KeyBinding([.pageUp], .pageUp, in: .list, help: .helpPage),
        KeyBinding([.pageDown], .pageDown, in: .list, help: .helpPage),
        KeyBinding([.home], .home, in: .list, help: .helpEnds),
        KeyBinding([.end], .end, in: .list, help: .helpEnds),
        KeyBinding([.tab, .right], .nextPane, in: .list, help: .helpPanes),
        KeyBinding([.backTab, .left], .previousPane, in: .list, help: .helpPanes),
        KeyBinding([.character(" ")], .toggle, in: .list, help: .helpToggle, hint: .hintToggle),
        KeyBinding([.character("c")], .clearFacet, in: .list, help: .helpClearFacet),
        KeyBinding([.character("C")], .clearAll, in: .list, help: .helpClearAll),
        KeyBinding([.character("s")], .cycleSort, in: .list, help: .helpSort),
        KeyBinding([.character("/")], .startSearch, in: .list, help: .helpSearch, hint: .hintSearch),
        KeyBinding([.enter], .openDetail, in: .list, help: .helpDetail, hint: .hintDetail),
        // The detail view.
        KeyBinding([.left, .character("p")], .previousItem, in: .detail, help: .helpItems, hint: .hintItems),
        KeyBinding([.right, .character("n")], .nextItem, in: .detail, help: .helpItems),
        KeyBinding([.up, .character("k")], .moveUp, in: .detail, help: .helpScrollDetail),
        KeyBinding([.down, .character("j")], .moveDown, in: .detail, help: .helpScrollDetail),
        KeyBinding([.pageUp], .pageUp, in: .detail, help: .helpPage),
        KeyBinding([.pageDown], .pageDown, in: .detail, help: .helpPage),
        KeyBinding([.home], .home, in: .detail, help: .helpDetailEnds),
        KeyBinding([.end], .end, in: .detail, help: .helpDetailEnds),
        KeyBinding([.escape], .back, in: .detail, help: .helpBack, hint: .hintBack),
        // The chart and comparison views (q goes back to the list there instead of quitting).
        KeyBinding([.up, .character("k")], .moveUp, in: .views, help: .helpScrollView),
        KeyBinding([.down, .character("j")], .moveDown, in: .views, help: .helpScrollView),
        KeyBinding([.pageUp], .pageUp, in: .views, help: .helpPage),
        KeyBinding([.pageDown], .pageDown, in: .views, help: .helpPage),
        KeyBinding([.home], .home, in: .views, help: .helpViewEnds),
        KeyBinding([.end], .end, in: .views, help: .helpViewEnds),
        KeyBinding([.escape, .character("q")], .back, in: .views, help: .helpBack, hint: .hintBack),
        // All of them.
        KeyBinding([.character("e")], .export, in: .everywhere, help: .helpExport, hint: .hintExport),
        KeyBinding([.character("L")], .switchLabels, in: .everywhere, help: .helpLabels),
        KeyBinding([.character("?")], .help, in: .everywhere, help: .helpHelp, hint: .hintHelp),
        KeyBinding([.character("q")], .quit, in: .everywhere, help: .helpQuit, hint: .hintQuit),
        KeyBinding([.character("g")], .openChart, in: .everywhere, help: .helpChart, hint: .hintChart),
        KeyBinding([.character("d")], .openComparison, in: .everywhere, help: .helpComparison, hint: .hintComparison),
        // Typing a search.
        KeyBinding([.enter], .accept, in: .search, help: .helpKeepSearch, hint: .hintKeepSearch),
        KeyBinding([.escape], .cancel, in: .search, help: .helpClearSearch, hint: .hintClearSearch),
        KeyBinding([.backspace], .deleteBackward, in: .search, help: .helpDeleteCharacter, hint: .hintDeleteCharacter),
        KeyBinding([.control("u")], .clearInput, in: .search, help: .helpClearLine, hint: .hintClearLine),
        // Typing the export file name, then answering whether to replace it.
        KeyBinding([.enter], .accept, in: .export, help: .helpConfirmExport, hint: .hintConfirmExport),
        KeyBinding([.escape], .cancel, in: .export, help: .helpCancelExport, hint: .hintCancelExport),
        KeyBinding([.backspace], .deleteBackward, in: .export, help: .helpDeleteCharacter, hint: .hintDeleteCharacter),
        KeyBinding([.control("u")], .clearInput, in: .export, help: .helpClearLine, hint: .hintClearLine),
        KeyBinding([.character("y"), .character("o"), .character("Y"), .character("O")], .answerYes, in: .confirm,
                   help: .helpReplaceYes),
        KeyBinding([.character("n"), .enter, .escape], .answerNo, in: .confirm, help: .helpReplaceNo),
        // Scrolling the help itself (not listed in it).
        KeyBinding([.up, .character("k")], .moveUp, in: .help, help: .helpMove),
        KeyBinding([.down, .character("j")], .moveDown, in: .help, help: .helpMove),
        KeyBinding([.pageUp], .pageUp, in: .help, help: .helpPage),
        KeyBinding([.pageDown], .pageDown, in: .help, help: .helpPage),
        KeyBinding([.home], .home, in: .help, help: .helpEnds),
        KeyBinding([.end], .end, in: .help, help: .helpEnds),
        // While the terminal is too small (not listed either): only quitting.
        KeyBinding([.character("q")], .quit, in: .tooSmall, help: .helpQuit),
        // The mouse, where the terminal reports it.
        KeyBinding(pseudo: [.keyClick], .click(row: 0, column: 0), in: .mouse, help: .helpClick),
        KeyBinding(pseudo: [.keyWheel], .wheel(delta: 0, row: 0, column: 0), in: .mouse, help: .helpWheel),
    ]

    /// Key → command for each scope, built once from `bindings`.
    private static let lookup: [KeyScope: [Key: Command]] = {
        var table: [KeyScope: [Key: Command]] = [:]
        for binding in bindings {
            for key in binding.keys where table[binding.scope]?[key] == nil {
                table[binding.scope, default: [:]][key] = binding.command
            }
        }
        return table
    }()

    /// Lines of wheel scrolling per notch.
    static let wheelStep = 3

    /// The command `event` gives in `scope`.
    public static func command(for event: InputEvent, in scope: KeyScope) -> Command {
        switch event {
        case .resize(let size):
            return .resize(size)
        case .mouse where scope == .tooSmall:
            return .ignore
        case .mouse(let mouse):
            switch mouse.action {
            case .press: return .click(row: mouse.row, column: mouse.column)
            case .wheelUp: return .wheel(delta: -wheelStep, row: mouse.row, column: mouse.column)
            case .wheelDown: return .wheel(delta: wheelStep, row: mouse.row, column: mouse.column)
            }
        case .key(let key):
            return command(for: key, in: scope)
        }
    }

    /// The command `key` gives in `scope`.
    public static func command(for key: Key, in scope: KeyScope) -> Command {
        if let command = lookup[scope]?[key] { return command }
        switch scope {
        case .list, .detail, .views:
            return lookup[.everywhere]?[key] ?? .ignore
        case .search, .export:
            if case .character(let c) = key, !c.isControlLike { return .insert(String(c)) }
            return .ignore
        case .help:
            return .closeHelp
        case .confirm:
            return .answerNo
        case .everywhere, .mouse, .tooSmall:
            return .ignore
        }
    }
}

extension Character {
    /// Whether the character is a control character (never inserted into text).
    var isControlLike: Bool {
        unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }
}
