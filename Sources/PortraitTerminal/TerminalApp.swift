import CNCurses
import Foundation
import PortraitBrowser
import PortraitCore

/// Runs the browser on the terminal: sets the locale, starts curses, then reads, updates and redraws
/// until the person quits or a signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) arrives, and always gives the
/// terminal back in its normal mode.
///
/// The signal handler (CNCurses' signals.c) only records the signal in an atomic flag, which the event
/// loop polls. A crash handler puts the terminal modes back if the program dies anyway.
public enum TerminalApp {
    /// How the run ended.
    public enum Outcome: Equatable, Sendable {
        case quit
        /// A signal arrived; re-raise it with `reraise` once everything is written.
        case signal(Int32)
        /// The terminal went away (its input reports end of file).
        case inputClosed
        /// Curses could not start on this terminal, or the terminal cannot move its cursor (TERM=dumb).
        case cannotOpen
    }

    /// What the run may use.
    public struct Options: Sendable {
        public var colour: Bool
        public var mouse: Bool
        /// Return as soon as the first frame is on the screen (for measuring the time to it).
        public var quitAfterFirstFrame: Bool

        public init(colour: Bool, mouse: Bool, quitAfterFirstFrame: Bool = false) {
            self.colour = colour
            self.mouse = mouse
            self.quitAfterFirstFrame = quitAfterFirstFrame
        }
    }

    /// Whether standard input and output are both terminals.
    public static var hasTerminal: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Whether colour is wanted: `NO_COLOR` (set and not empty) turns it off.
    public static func wantsColour(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Runs `session` until it finishes.
    public static func run(_ session: BrowserSession, options: Options) -> Outcome {
        _ = portrait_setlocale()
        portrait_catch_signals()  // before curses starts, so that curses keeps our handlers
        portrait_catch_crashes()
        guard let screen = NCursesScreen(colour: options.colour, mouse: options.mouse) else { return .cannotOpen }
        startSignalWatchdog()
        defer { screen.close() }
        var session = session
        session.handle(.resize(screen.size))
        Renderer.render(session.state, on: screen)
        if options.quitAfterFirstFrame { return .quit }
        var quickFailures = 0
        // Edition marks and sort positions made in the background appear when ready, without waiting for a key.
        var marksDrawn = session.state.editionMarks?.generation
        while true {
            let signal = portrait_take_signal()
            if signal != 0 { return .signal(signal) }
            let started = DispatchTime.now().uptimeNanoseconds
            switch screen.read() {
            case .timeout:
                // A read that gives up at once, again and again, means the terminal is gone.
                let elapsed = DispatchTime.now().uptimeNanoseconds - started
                quickFailures = elapsed < 5_000_000 ? quickFailures + 1 : 0
                if quickFailures > 50 { return .inputClosed }
                let marksArrived = session.state.editionMarks.map { $0.generation != marksDrawn } ?? false
                guard marksArrived || session.sortingIsReady else { continue }
                session.marksBecameReady()
                session.sortingBecameReady()
            case .ignored:
                continue
            case .event(let event):
                quickFailures = 0
                session.handle(event)
                handlePending(&session, from: screen)
                for text in session.takeClipboard() { screen.copyToClipboard(text) }
            }
            if session.isFinished { return .quit }
            marksDrawn = session.state.editionMarks?.generation
            Renderer.render(session.state, on: screen)
        }
    }

    /// Handles the keys that have already arrived (typed faster than the screen is drawn, or pasted)
    /// before drawing once, for at most 50 ms so that a long paste still shows its progress.
    private static func handlePending(_ session: inout BrowserSession, from screen: NCursesScreen) {
        let deadline = DispatchTime.now().uptimeNanoseconds + 50_000_000
        while !session.isFinished, portrait_signal_is_pending() == 0, DispatchTime.now().uptimeNanoseconds < deadline {
            switch screen.readPending() {
            case .timeout: return
            case .ignored: continue
            case .event(let event): session.handle(event)
            }
        }
    }

    /// How long a signal may wait for the event loop before the watchdog ends the program itself.
    static let signalGrace: UInt64 = 40_000_000

    /// Starts the thread that ends the program by a signal the event loop has not taken within
    /// `signalGrace` (it is busy with one long step: wrapping a huge field, searching a large file), giving
    /// the terminal back first, so that Ctrl-C and SIGTERM always end the browser within 100 ms.
    private static func startSignalWatchdog() {
        Thread.detachNewThread {
            var pendingSince: UInt64 = 0
            var pendingSignal: Int32 = 0
            while true {
                usleep(10_000)
                let signal = portrait_peek_signal()
                let now = DispatchTime.now().uptimeNanoseconds
                if signal == 0 {
                    pendingSignal = 0
                } else if signal != pendingSignal {
                    pendingSignal = signal
                    pendingSince = now
                } else if now - pendingSince >= signalGrace {
                    portrait_end_by_signal(signal)
                }
            }
        }
    }

    /// Ends the process by `signal`'s default action, so that the parent sees how it ended.
    public static func reraise(_ signal: Int32) {
        portrait_reraise(signal)
    }
}
