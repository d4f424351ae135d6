/// The browser as a whole, minus the terminal: turns each input event into a command through the key
/// table, applies it with `update`, carries out the effects (export, and asking for the edition marks
/// of the editions now compared) and hands their outcomes back to `update` as messages. The terminal
/// loop and the tests drive the same session.
public struct BrowserSession: Sendable {
    public private(set) var state: BrowserState
    public var exporter: Exporter
    /// Texts the state asked to copy, for the terminal layer to put on the clipboard (`takeClipboard`).
    public private(set) var clipboard: [String] = []

    public init(state: BrowserState, exporter: Exporter = Exporter()) {
        self.state = state
        self.exporter = exporter
        self.state.prepareMarks()
        self.state.marksBecameReady()
    }

    /// Whether the person has quit.
    public var isFinished: Bool { state.finished }

    /// Handles one event. While the terminal is too small, only a resize and q act (`KeyScope.tooSmall`).
    public mutating func handle(_ event: InputEvent) {
        let command = KeyTable.command(for: event, in: state.scope)
        state.apply(command)
        if let effect = state.effect {
            state.effect = nil
            if case .copy(let text) = effect {
                clipboard.append(text)
            } else {
                state.apply(exporter.perform(effect, for: state))
            }
        }
        state.prepareMarks()
        state.marksBecameReady()
    }

    /// Marks made in the background are ready: they reach the state as a `marksReady` message.
    public mutating func marksBecameReady() { state.marksBecameReady() }

    /// The texts to copy since the last call, oldest first.
    public mutating func takeClipboard() -> [String] {
        defer { clipboard = [] }
        return clipboard
    }

    /// Handles keys one after the other.
    public mutating func press(_ keys: Key...) {
        for key in keys { handle(.key(key)) }
    }

    /// Types `text`, one character at a time, as key presses.
    public mutating func type(_ text: String) {
        for character in text { handle(.key(.character(character))) }
    }
}
