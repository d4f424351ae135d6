import Foundation
import PortraitCore

/// The export file name offered by default.
public enum ExportName {
    /// `portrait-selection-YYYYMMDD-HHMM.csv`, in local time; for the sample, `portrait-echantillon-…`
    /// (`portrait-sample-…` in English) so that the file says what it holds.
    public static func defaultName(at date: Date, timeZone: TimeZone = .current, sample: Bool = false, language: Language = .fr,
                                   format: ExportFormat = .csv) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let stem = sample ? (language == .fr ? "portrait-echantillon-" : "portrait-sample-") : "portrait-selection-"
        return stem + "\(String(format: "%04d", parts.year ?? 0))\(two(parts.month))\(two(parts.day))-"
            + "\(two(parts.hour))\(two(parts.minute))." + format.rawValue
    }
}

/// What became of an export: the message `Command.exportFinished` brings back to `apply`.
public enum ExportOutcome: Sendable, Hashable {
    /// `count` initiatives written to `path` (as typed).
    case written(count: Int, path: String)
    /// The file exists: ask before replacing it.
    case needsConfirmation(String)
    /// Nothing written; the message says why, in the interface language.
    case failed(String)
}

/// Carries out the export the state asks for, with the same table and writers as `portrait query`, so
/// the same selection gives the same bytes; the file is written atomically and an existing file is
/// replaced only after a yes.
public struct Exporter: Sendable {
    /// Folder that relative names are resolved in.
    public var workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    /// Carries out `effect` on `state`'s selection; what happened comes back as a message for `apply`.
    public func perform(_ effect: Effect, for state: BrowserState) -> Command {
        switch effect {
        case .export(let path, let replace):
            return .exportFinished(export(to: path, replace: replace, state: state))
        case .copy, .computeMarks, .prepareSorting:
            return .ignore  // carried out by `BrowserSession` (the terminal layer copies: `takeClipboard`)
        }
    }

    private func export(to path: String, replace: Bool, state: BrowserState) -> ExportOutcome {
        let language = state.interface
        guard let format = ExportFormat(fileName: path) else {
            return .failed(UIString.exportFailed.text(language, ["reason": UIString.exportUnknownFormat.text(language)]))
        }
        let target = resolve(path)
        var isFolder: ObjCBool = false
        if !replace && FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) && !isFolder.boolValue {
            return .needsConfirmation(path)
        }
        // The same request as `portrait query`, so the same selection gives the same bytes; the edition
        // column when the rows come from more than one edition, and as `portrait query` has them, the
        // edition and change columns when the command reads two editions or more.
        let rows = state.selection.rows
        var request = ExportRequest(store: state.store, rows: rows, query: state.query, format: format, labels: state.labels,
                                    interface: language, provenances: state.provenance, reading: state.reading)
        request.edition = state.selectionEditions.count > 1
        request.bom = state.exportBOM && format == .csv
        if state.exportsChanges, let pair = state.latestTwoEditions {
            // The changes of the state, else those `apply` asked for just before the export (waited for
            // here if they are still being made in the background).
            request.edition = nil
            request.changes = state.changes ?? state.latestTwoChanges ?? state.editionMarks?.waitForTable(pair)
        }
        let bytes = request.bytes()
        do {
            try AtomicFile.write(bytes, to: target, replace: replace)
            return .written(count: rows.count, path: path)
        } catch {
            return .failed(ExportFailure.message(for: error, path: path, resolved: target, language: language))
        }
    }

    /// The path to write: `~/` expanded, relative names inside `workingDirectory`.
    func resolve(_ path: String) -> String {
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst(1)
        }
        if path.hasPrefix("/") { return path }
        return workingDirectory.hasSuffix("/") ? workingDirectory + path : workingDirectory + "/" + path
    }
}
