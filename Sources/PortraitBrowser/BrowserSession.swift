/// The browser as a whole, minus the terminal: turns each input event into a command through the key
/// table, applies it with `apply`, carries out the effects it returns in order (an export, text to copy,
/// edition marks to make) and hands their outcomes back to `apply` as messages (`exportFinished`, and
/// `marksReady` once marks made in the background are ready). The terminal loop and the tests drive the
/// same session.
public struct BrowserSession: Sendable {
    public private(set) var state: BrowserState
    public var exporter: Exporter
    /// Texts the state asked to copy, for the terminal layer to put on the clipboard (`takeClipboard`).
    public private(set) var clipboard: [String] = []
    /// Whether the marks asked for are made at once, on this thread, rather than in the background for
    /// large editions (`printing`).
    private let makesMarksAtOnce: Bool

    public init(state: BrowserState, exporter: Exporter = Exporter()) {
        self.init(state, exporter, makesMarksAtOnce: false)
    }

    private init(_ state: BrowserState, _ exporter: Exporter, makesMarksAtOnce: Bool) {
        self.state = state
        self.exporter = exporter
        self.makesMarksAtOnce = makesMarksAtOnce
        // The first frame's marks are asked for at once (in the background for large editions).
        carryOut(self.state.apply(.ignore))
    }

    /// A session whose first frame has its marks: they are made at once, on this thread, whatever the size
    /// of the editions. For printing one frame (`portrait browse --print-screen`), never for the event loop.
    public static func printing(_ state: BrowserState) -> BrowserSession {
        BrowserSession(state, Exporter(), makesMarksAtOnce: true)
    }

    /// Whether the person has quit.
    public var isFinished: Bool { state.finished }

    /// Handles one event. While the terminal is too small, only a resize and q act (`KeyScope.tooSmall`).
    public mutating func handle(_ event: InputEvent) {
        let command = KeyTable.command(for: event, in: state.scope)
        carryOut(state.apply(command))
    }

    /// Carries out `effects` in order, each outcome handed back to `apply` (and what that asks for carried
    /// out after the rest), then delivers the marks that became ready.
    public mutating func carryOut(_ effects: [Effect]) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            switch effect {
            case .copy(let text):
                clipboard.append(text)
            case .computeMarks(let pair) where makesMarksAtOnce:
                _ = state.editionMarks?.waitForTable(pair)
            case .computeMarks(let pair):
                state.editionMarks?.prepare(pair)
            case .export:
                queue += state.apply(exporter.perform(effect, for: state))
            }
        }
        marksBecameReady()
    }

    /// Delivers the marks made since the last delivery, if any, as a `marksReady` message (the terminal
    /// loop calls it when `EditionMarks.generation` grows).
    public mutating func marksBecameReady() {
        guard let marks = state.editionMarks else { return }
        let ready = marks.readyTables()
        guard ready.generation != state.marksGeneration else { return }
        carryOut(state.apply(.marksReady(ready)))
    }

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
