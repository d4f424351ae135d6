/// Where a binding applies. The browser is in exactly one scope at a time (see `BrowserState.scope`);
/// `everywhere` bindings apply in the list, the detail view and the chart and comparison views (`views`,
/// whose own bindings come first); in `tooSmall` (the "terminal too small" message) only its own keys
/// and resizes act.
public enum KeyScope: CaseIterable, Hashable, Sendable {
    case list
    case detail
    case views
    case everywhere
    case search
    case export
    case mouse
    /// Scopes with no bindings of their own in the help (their keys are handled directly).
    case help, confirm
    /// The "terminal too small" message: every event but its own keys and a resize is ignored.
    case tooSmall

    /// The heading of the scope in the help and the README.
    var title: UIString? {
        switch self {
        case .list: return .scopeList
        case .detail: return .scopeDetail
        case .views: return .scopeViews
        case .everywhere: return .scopeEverywhere
        case .search: return .scopeSearch
        case .export, .confirm: return .scopeExport
        case .mouse: return .scopeMouse
        case .help, .tooSmall: return nil
        }
    }
}

/// A key binding as data: the keys, the command they give in a scope, the help text, and the short hint
/// shown in the bottom line (if any). The table of these (`KeyTable.bindings`) drives the key handling,
/// the `?` help overlay and the README's key list, so the three never disagree.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// Labels for bindings that are not keys (mouse), shown instead of `keys`.
    public let pseudoKeys: [UIString]
    public let command: Command
    public let scope: KeyScope
    public let help: UIString
    public let hint: UIString?

    public init(_ keys: [Key], _ command: Command, in scope: KeyScope, help: UIString, hint: UIString? = nil) {
        self.keys = keys
        self.pseudoKeys = []
        self.command = command
        self.scope = scope
        self.help = help
        self.hint = hint
    }

    /// A binding for something that is not a key (a mouse action), for the help only.
    public init(pseudo: [UIString], _ command: Command, in scope: KeyScope, help: UIString) {
        self.keys = []
        self.pseudoKeys = pseudo
        self.command = command
        self.scope = scope
        self.help = help
        self.hint = nil
    }
}
