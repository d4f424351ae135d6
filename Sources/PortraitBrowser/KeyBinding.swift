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

    /// The order of the scopes in the help and the README (the export's question after its line).
    static let helpOrder: [KeyScope] = [.list, .detail, .views, .everywhere, .search, .export, .confirm, .mouse, .help, .tooSmall]

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

/// One command's keys in one scope, as `CommandTable` declares them: flattened from the records for
/// the key lookup, the help and the hint line.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// Labels for bindings that are not keys (mouse), shown instead of `keys`.
    public let pseudoKeys: [UIString]
    public let command: Command
    public let scope: KeyScope
    /// What the command does, in this scope.
    public let help: Words
    /// Its hint on the bottom line, if it has one in this scope.
    public let hint: CommandRecord.Hint?
    /// The command's record name.
    public let name: String
}
