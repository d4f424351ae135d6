import PortraitCore

/// One browser command, declared once: its long name, the keys that give it in each scope, its help
/// and hint words in both languages, and the `Command` message that `BrowserState.apply` acts on.
/// `CommandTable.records` lists them all; the key handling (`KeyTable`), the `?` help, the hint line
/// and the README's key list are read from that one table.
public struct CommandRecord: Sendable {
    /// Where and how the command is bound: the keys in one scope, and the help there when it differs
    /// from the command's own (↑ "move up, down" in the lists, "scroll the details" in the detail view).
    public struct Binding: Sendable {
        public let scope: KeyScope
        public let keys: [Key]
        /// Names for what is not a key (a mouse action), shown in the help instead of `keys`.
        public let pseudoKeys: [UIString]
        public let help: Words?
    }

    /// How the command shows on the bottom line of its scopes.
    public struct Hint: Sendable {
        /// Which keys the hint names.
        public enum Keys: Sendable, Equatable {
            /// The first key bound in the scope.
            case first
            /// Every key bound in the scope ("Échap q").
            case all
            /// A label of its own ("← →" for the previous and next initiative).
            case label(String)
        }

        /// When the hint shows, in the lists.
        public enum Condition: Sendable, Equatable {
            case always
            /// Only while a facet pane has the focus (selecting a value).
            case focusOnFacet
            /// Only while the results have the focus (opening the detail).
            case focusOnResults
            /// Only when several editions are loaded (comparing them).
            case severalEditions
        }

        public let words: Words
        public let keys: Keys
        public let condition: Condition
        /// The scopes it shows in (every scope of the command when nil).
        public let scopes: [KeyScope]?
    }

    /// The command's name, as written in the table and in tests: `move-up`, `toggle-value`, `export`…
    public let name: String
    public let command: Command
    public let bindings: [Binding]
    public let help: Words
    public let hint: Hint?

    /// A command with the same `keys` in every scope of `scopes`; `help(in:)` overrides the help per scope.
    init(_ name: String, _ command: Command, keys: [Key], in scopes: [KeyScope], help: Words,
         helpIn: [KeyScope: Words] = [:], hint: Hint? = nil) {
        self.init(name, command, bindings: scopes.map { Binding(scope: $0, keys: keys, pseudoKeys: [], help: helpIn[$0]) }, help: help, hint: hint)
    }

    /// A command whose keys differ between scopes.
    init(_ name: String, _ command: Command, bindings: [Binding], help: Words, hint: Hint? = nil) {
        self.name = name
        self.command = command
        self.bindings = bindings
        self.help = help
        self.hint = hint
    }

    /// The help of the command in `scope`.
    public func help(in scope: KeyScope) -> Words {
        bindings.first { $0.scope == scope }?.help ?? help
    }
}

extension CommandRecord.Hint {
    /// A hint naming the first key, always shown.
    static func words(_ fr: String, _ en: String, keys: Keys = .first, when condition: Condition = .always,
                      in scopes: [KeyScope]? = nil) -> CommandRecord.Hint {
        CommandRecord.Hint(words: Words(fr, en), keys: keys, condition: condition, scopes: scopes)
    }
}

extension CommandRecord.Binding {
    /// `keys` in `scope`, with the command's own help.
    static func keys(_ keys: [Key], in scope: KeyScope, help: Words? = nil) -> CommandRecord.Binding {
        CommandRecord.Binding(scope: scope, keys: keys, pseudoKeys: [], help: help)
    }

    /// A mouse action named `label` in `scope`.
    static func pseudo(_ label: UIString, in scope: KeyScope) -> CommandRecord.Binding {
        CommandRecord.Binding(scope: scope, keys: [], pseudoKeys: [label], help: nil)
    }
}
