import PortraitCore

/// Every command of the browser, one record each (see `CommandRecord`), in the order the help and the
/// hint line list them. Keys shared by several scopes (moving, paging) are written once, in `Keys`.
public enum CommandTable {
    /// Keys that mean the same thing wherever they are bound.
    enum Keys {
        static let up: [Key] = [.up, .character("k")]
        static let down: [Key] = [.down, .character("j")]
    }

    /// The scopes where the arrows and paging keys move: the lists, the detail, the views and the help.
    private static let scrolling: [KeyScope] = [.list, .detail, .views, .help]
    /// The two lines a person types in.
    private static let typing: [KeyScope] = [.search, .export]

    public static let records: [CommandRecord] = [
        // The detail view: the initiative before or after, in the results' order.
        CommandRecord("previous-initiative", .previousItem, keys: [.left, .character("p")], in: [.detail],
                      help: Words("initiative précédente, suivante", "previous, next initiative"),
                      hint: .words("préc./suiv.", "prev/next", keys: .label("← →"))),
        CommandRecord("next-initiative", .nextItem, keys: [.right, .character("n")], in: [.detail],
                      help: Words("initiative précédente, suivante", "previous, next initiative")),
        // Moving in the focused list, or scrolling the detail, a view or the help.
        CommandRecord("move-up", .moveUp, keys: Keys.up, in: scrolling, help: Words("monter, descendre", "move up, down"),
                      helpIn: scrollHelp),
        CommandRecord("move-down", .moveDown, keys: Keys.down, in: scrolling, help: Words("monter, descendre", "move up, down"),
                      helpIn: scrollHelp),
        CommandRecord("page-up", .pageUp, keys: [.pageUp], in: scrolling,
                      help: Words("page précédente, suivante", "previous, next page")),
        CommandRecord("page-down", .pageDown, keys: [.pageDown], in: scrolling,
                      help: Words("page précédente, suivante", "previous, next page")),
        CommandRecord("first", .home, keys: [.home], in: scrolling, help: Words("début, fin de la liste", "start, end of the list"),
                      helpIn: endsHelp),
        CommandRecord("last", .end, keys: [.end], in: scrolling, help: Words("début, fin de la liste", "start, end of the list"),
                      helpIn: endsHelp),
        // The lists: panes, filters, order, search, detail.
        CommandRecord("toggle-value", .toggle, keys: [.character(" ")], in: [.list],
                      help: Words("cocher, décocher la valeur", "select, unselect the value"),
                      hint: .words("cocher", "select", when: .focusOnFacet)),
        CommandRecord("next-pane", .nextPane, keys: [.tab, .right], in: [.list],
                      help: Words("volet suivant, précédent", "next, previous pane"),
                      hint: .words("volets", "panes", when: .focusOnFacet)),
        CommandRecord("previous-pane", .previousPane, keys: [.backTab, .left], in: [.list],
                      help: Words("volet suivant, précédent", "next, previous pane")),
        CommandRecord("go-to-results", .focusResults, keys: [.character("r")], in: [.list],
                      help: Words("aller aux résultats", "go to the results")),
        CommandRecord("clear-pane", .clearFacet, keys: [.character("c")], in: [.list],
                      help: Words("vider le volet actif", "clear the focused pane")),
        CommandRecord("clear-all", .clearAll, keys: [.character("C")], in: [.list],
                      help: Words("tout vider (filtres, recherche)", "clear filters and search")),
        CommandRecord("cycle-sort", .cycleSort, keys: [.character("s")], in: [.list],
                      help: Words("changer le tri, l'inverser", "change the order, reverse it")),
        CommandRecord("reverse-sort", .reverseSort, keys: [.character("S")], in: [.list],
                      help: Words("changer le tri, l'inverser", "change the order, reverse it")),
        CommandRecord("search", .startSearch, keys: [.character("/")], in: [.list],
                      help: Words("chercher (à chaque touche)", "search (as you type)"),
                      hint: .words("chercher", "search")),
        CommandRecord("clear-kept-search", .clearSearch, keys: [.escape], in: [.list],
                      help: Words("effacer la recherche gardée", "clear the kept search")),
        CommandRecord("open-detail", .openDetail, keys: [.enter], in: [.list],
                      help: Words("fiche (dans un volet : cocher)", "details (in a pane: select)"),
                      hint: .words("fiche", "details", when: .focusOnResults)),
        // Back from the detail or a view (q too in the views, where it does not quit).
        CommandRecord("back", .back, bindings: [.keys([.escape], in: .detail), .keys([.escape, .character("q")], in: .views)],
                      help: Words("revenir à la liste", "back to the list"),
                      hint: .words("liste", "list", keys: .all)),
        // Everywhere but while typing.
        CommandRecord("export", .export, keys: [.character("e")], in: [.everywhere],
                      help: Words("exporter csv json md html", "export csv json md html"),
                      hint: .words("exporter", "export")),
        CommandRecord("cycle-first-pane", .cycleFirstPane, keys: [.character("v")], in: [.list],
                      help: Words("ce que montre le volet 1", "what the first pane shows")),
        CommandRecord("show-command", .showQueryCommand, keys: [.character("y")], in: [.everywhere],
                      help: Words("commande query de la liste", "the list's query command")),
        CommandRecord("switch-labels", .switchLabels, keys: [.character("L")], in: [.everywhere],
                      help: Words("libellés français, anglais", "French, English labels")),
        CommandRecord("help", .help, keys: [.character("?")], in: [.everywhere], help: Words("cette aide", "this help"),
                      hint: .words("aide", "help")),
        CommandRecord("quit", .quit, keys: [.character("q")], in: [.everywhere, .tooSmall], help: Words("quitter", "quit"),
                      hint: .words("quitter", "quit")),
        CommandRecord("open-chart", .openChart, keys: [.character("g")], in: [.everywhere],
                      help: Words("graphique de la sélection", "chart of the selection"),
                      hint: .words("graphique", "chart")),
        CommandRecord("open-comparison", .openComparison, keys: [.character("d")], in: [.everywhere],
                      help: Words("comparer deux éditions", "compare two editions"),
                      hint: .words("comparer", "compare", when: .severalEditions)),
        // Typing a search, or the export file name.
        CommandRecord("keep-search", .accept, keys: [.enter], in: [.search],
                      help: Words("garder la recherche", "keep the search"), hint: .words("garder", "keep")),
        CommandRecord("clear-search", .cancel, keys: [.escape], in: [.search],
                      help: Words("effacer la recherche", "clear the search"), hint: .words("effacer", "clear")),
        CommandRecord("confirm-export", .accept, keys: [.enter], in: [.export],
                      help: Words("exporter sous ce nom", "export to this name"), hint: .words("exporter", "export")),
        CommandRecord("cycle-export-format", .cycleExportFormat, keys: [.tab], in: [.export],
                      help: Words("format suivant (BOM)", "next format (BOM)"),
                      hint: .words("format", "format")),
        CommandRecord("cancel-export", .cancel, keys: [.escape], in: [.export],
                      help: Words("annuler l'export", "cancel the export"), hint: .words("annuler", "cancel")),
        CommandRecord("delete-character", .deleteBackward, keys: [.backspace], in: typing,
                      help: Words("effacer un caractère", "delete a character"), hint: .words("corriger", "delete")),
        CommandRecord("clear-line", .clearInput, keys: [.control("u")], in: typing,
                      help: Words("effacer la ligne", "clear the line"), hint: .words("vider", "clear line")),
        // Answering whether to replace an existing file.
        CommandRecord("replace-file", .answerYes, keys: [.character("y"), .character("o"), .character("Y"), .character("O")],
                      in: [.confirm], help: Words("remplacer le fichier", "replace the file")),
        CommandRecord("keep-file", .answerNo, keys: [.character("n"), .enter, .escape], in: [.confirm],
                      help: Words("ne pas remplacer", "keep the file")),
        // The mouse, where the terminal reports it (for the help; `KeyTable` reads mouse events itself).
        CommandRecord("click", .click(row: 0, column: 0), bindings: [.pseudo(.keyClick, in: .mouse)],
                      help: Words("choisir un volet, cocher", "focus a pane, select")),
        CommandRecord("wheel", .wheel(delta: 0, row: 0, column: 0), bindings: [.pseudo(.keyWheel, in: .mouse)],
                      help: Words("faire défiler", "scroll")),
    ]

    private static let scrollHelp: [KeyScope: Words] = [
        .detail: Words("faire défiler la fiche", "scroll the details"),
        .views: Words("faire défiler la vue", "scroll the view"),
    ]

    private static let endsHelp: [KeyScope: Words] = [
        .detail: Words("début, fin de la fiche", "top, end of the details"),
        .views: Words("début, fin de la vue", "top, end of the view"),
    ]
}
