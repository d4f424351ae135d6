/// The lookup from a terminal event to a command, built from `CommandTable`.
public enum KeyTable {
    /// Every binding of `CommandTable.records`, scope by scope in `KeyScope.helpOrder`, in record order
    /// within a scope: the order the help and the hint line show them.
    public static let bindings: [KeyBinding] = KeyScope.helpOrder.flatMap { scope in
        CommandTable.records.compactMap { record -> KeyBinding? in
            guard let binding = record.bindings.first(where: { $0.scope == scope }) else { return nil }
            let hint = record.hint.flatMap { $0.scopes == nil || $0.scopes!.contains(scope) ? $0 : nil }
            return KeyBinding(keys: binding.keys, pseudoKeys: binding.pseudoKeys, command: record.command, scope: scope,
                              help: binding.help ?? record.help, hint: hint, name: record.name)
        }
    }

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
