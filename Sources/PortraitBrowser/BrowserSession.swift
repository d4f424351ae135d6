import Dispatch
import PortraitCore

/// The browser as a whole, minus the terminal: turns each input event into a command through the key
/// table, applies it with `apply`, carries out the effects it returns in order (an export, text to copy,
/// edition marks or sort positions to make) and hands their outcomes back to `apply` as messages
/// (`exportFinished`, and `marksReady` or `sortingReady` once what was made in the background is ready).
/// The terminal loop and the tests drive the same session.
public struct BrowserSession: Sendable {
    public private(set) var state: BrowserState
    public var exporter: Exporter
    /// Texts the state asked to copy, for the terminal layer to put on the clipboard (`takeClipboard`).
    public private(set) var clipboard: [String] = []
    /// Whether the marks and sort positions asked for are made at once, on this thread, rather than in
    /// the background for large editions and stores (`printing`).
    private let makesAllAtOnce: Bool

    /// Stores of at most this many rows build their sort positions on the spot, when `s` asks for them
    /// (some milliseconds); larger ones in the background.
    public static let sortedOnTheSpot = 20_000

    public init(state: BrowserState, exporter: Exporter = Exporter()) {
        self.init(state, exporter, makesAllAtOnce: false)
    }

    private init(_ state: BrowserState, _ exporter: Exporter, makesAllAtOnce: Bool) {
        self.state = state
        self.exporter = exporter
        self.makesAllAtOnce = makesAllAtOnce
        // The first frame's marks are asked for at once (in the background for large editions).
        carryOut(self.state.apply(.ignore))
    }

    /// A session whose first frame has its marks (and its order): they are made at once, on this thread,
    /// whatever the size of the editions. For printing one frame (`portrait browse --print-screen`), never for the event loop.
    public static func printing(_ state: BrowserState) -> BrowserSession {
        BrowserSession(state, Exporter(), makesAllAtOnce: true)
    }

    /// Whether the person has quit.
    public var isFinished: Bool { state.finished }

    /// Handles one event. While the terminal is too small, only a resize and q act (`KeyScope.tooSmall`).
    public mutating func handle(_ event: InputEvent) {
        let command = KeyTable.command(for: event, in: state.scope)
        carryOut(state.apply(command))
    }

    /// Carries out `effects` in order, each outcome handed back to `apply` (and what that asks for carried
    /// out after the rest), then delivers the marks and sort positions that became ready.
    public mutating func carryOut(_ effects: [Effect]) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            switch effect {
            case .copy(let text):
                clipboard.append(text)
            case .computeMarks(let pair) where makesAllAtOnce:
                _ = state.editionMarks?.waitForTable(pair)
            case .computeMarks(let pair):
                state.editionMarks?.prepare(pair)
            case .prepareSorting where makesAllAtOnce:
                state.store.makeSortRanks()
            case .prepareSorting:
                let store = state.store
                if store.count <= Self.sortedOnTheSpot {
                    store.prepareSorting()
                } else {
                    DispatchQueue.global(qos: .userInitiated).async { store.prepareSorting() }
                }
            case .export:
                if state.sortPending {
                    // The file has the order the query names, as `portrait query` writes it: an export
                    // may take its time, `apply` never does.
                    state.store.makeSortRanks()
                    queue += state.apply(.sortingReady)
                }
                queue += state.apply(exporter.perform(effect, for: state))
            }
        }
        marksBecameReady()
        sortingBecameReady()
    }

    /// Whether the results wait for sort positions that are now ready (the terminal loop then calls
    /// `sortingBecameReady`).
    public var sortingIsReady: Bool { state.sortPending && state.store.hasSortRanks }

    /// Delivers the sort positions, once ready, to results that wait for them, as a `sortingReady` message.
    public mutating func sortingBecameReady() {
        guard sortingIsReady else { return }
        carryOut(state.apply(.sortingReady))
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
