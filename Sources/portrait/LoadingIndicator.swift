import Foundation
import PortraitCore
import Synchronization

/// While a slow load runs, shows "portrait: reading FILE… 42 %" on standard error, redrawn in place, when
/// standard error is a terminal. Nothing is shown for a load that ends within a quarter of a second (the
/// embedded portrait, anything small), and the line is erased when the load ends, so it never mixes with
/// what the command prints.
final class LoadingIndicator: Sendable {
    private let progress: LoadProgress
    private let label: String
    private let language: Language
    private let template: CommandText
    private let finished = Atomic<Bool>(false)
    private let shown = Atomic<Bool>(false)
    private let stopped = DispatchSemaphore(value: 0)

    /// Whether progress can be shown: standard error is a terminal that understands erasing a line.
    static var isUseful: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"].map { $0 != "dumb" && !$0.isEmpty } ?? false
    }

    private init(progress: LoadProgress, label: String, language: Language, template: CommandText) {
        self.progress = progress
        self.label = label
        self.language = language
        self.template = template
    }

    /// Runs `load` with a progress line for `files` (their names without folders) when it is useful; the
    /// line reads `text` (reading, or downloading for `portrait update`).
    static func around<T>(files: [String], language: Language, text: CommandText = .readingProgress,
                          _ load: (LoadProgress?) throws -> T) rethrows -> T {
        guard isUseful, !files.isEmpty else { return try load(nil) }
        let progress = LoadProgress()
        let names = files.map { ($0 as NSString).lastPathComponent }
        let label = TerminalSafe.visible(names.count == 1 ? names[0] : "\(names[0]) +\(names.count - 1)")
        let indicator = LoadingIndicator(progress: progress, label: label, language: language, template: text)
        let thread = Thread { indicator.run() }
        thread.start()
        defer { indicator.finish() }
        return try load(progress)
    }

    /// Milliseconds before the first redraw: 250, or `PORTRAIT_PROGRESS_AFTER_MS` (the tests set 0 to see
    /// the line on a small file).
    private static var grace: Int {
        ProcessInfo.processInfo.environment["PORTRAIT_PROGRESS_AFTER_MS"].flatMap { Int($0) }.map { max(0, $0) } ?? 250
    }

    private func run() {
        defer { stopped.signal() }
        var next = Self.grace
        var waited = 0
        var shownText = ""
        while !finished.load(ordering: .acquiring) {
            if waited >= next {
                shownText = draw(unless: shownText)
                next += 100
            }
            usleep(10_000)
            waited += 10
        }
    }

    /// Draws the line unless it would read `previous`; returns what the line reads.
    private func draw(unless previous: String) -> String {
        let percent = Int((progress.fraction * 100).rounded(.down))
        let text = template.text(language, ["file": label, "percent": String(percent)])
        guard text != previous else { return text }
        write("\r\u{1B}[K" + text)
        shown.store(true, ordering: .releasing)
        return text
    }

    private func finish() {
        finished.store(true, ordering: .releasing)
        stopped.wait()
        if shown.load(ordering: .acquiring) { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
