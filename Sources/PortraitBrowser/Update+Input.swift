import Foundation
import PortraitCore

extension BrowserState {
    /// Text entry in the search line and the export prompt, and the answer to the replace question.
    mutating func edit(_ command: Command) {
        switch (input, command) {
        case (.search, .insert(let text)):
            changeQuery { $0.search += text }
        case (.search, .deleteBackward):
            changeQuery { if !$0.search.isEmpty { $0.search.removeLast() } }
        case (.search, .clearInput):
            changeQuery { $0.search = "" }
        case (.search, .accept):
            input = nil
            if !selection.rows.isEmpty { focus = .results }
        case (.search, .cancel):
            input = nil
            changeQuery { $0.search = "" }
        case (.exportPath(let path), .insert(let text)):
            input = .exportPath(path + text)
        case (.exportPath(var path), .deleteBackward):
            if !path.isEmpty { path.removeLast() }
            input = .exportPath(path)
        case (.exportPath, .clearInput):
            input = .exportPath("")
        case (.exportPath(let path), .accept):
            input = nil
            let trimmed = path.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                message = StatusMessage(UIString.exportFailed.text(interface, ["reason": UIString.exportEmptyName.text(interface)]),
                                        isError: true)
            } else if ExportFormat(fileName: trimmed) == nil {
                // The prompt stays open with the name typed, so that its extension can be corrected.
                input = .exportPath(path)
                message = StatusMessage(UIString.exportFailed.text(interface, ["reason": UIString.exportUnknownFormat.text(interface)]),
                                        isError: true)
            } else {
                exportFormat = ExportFormat(fileName: trimmed) ?? exportFormat
                requestExport(path: trimmed, replace: false)
            }
        case (.exportPath(let path), .cycleExportFormat):
            input = .exportPath(nextExportFormat(path))
        case (.confirmEmptyExport, .answerYes):
            input = .exportPath(defaultExportName)
        case (.exportPath, .cancel), (.confirmReplace, .answerNo), (.confirmReplace, .cancel), (.confirmEmptyExport, .answerNo),
             (.confirmEmptyExport, .cancel):
            input = nil
            message = StatusMessage(UIString.exportCancelled.text(interface))
        case (.confirmReplace(let path), .answerYes):
            input = nil
            requestExport(path: path, replace: true)
        default:
            break
        }
    }

    /// Asks for the export of the list to `path`; first for the marks of the last two editions when the
    /// file carries the change column and the state does not hold them yet (the exporter then waits for
    /// them, as it waits for the disk: `apply` does not).
    private mutating func requestExport(path: String, replace: Bool) {
        if exportsChanges, changes == nil, latestTwoChanges == nil, let pair = latestTwoEditions {
            requested.append(.computeMarks(pair))
        }
        requested.append(.export(path: path, replace: replace))
    }

    /// The name the export prompt starts from: the default name with the extension of the session's last
    /// export (CSV at first).
    var defaultExportName: String {
        ExportName.defaultName(at: now(), sample: isSample, language: interface, format: exportFormat)
    }

    /// Tab in the export prompt: `path` with the extension of the next format, CSV with a byte-order mark
    /// (`exportBOM`) coming after plain CSV.
    mutating func nextExportFormat(_ path: String) -> String {
        let choices: [(ExportFormat, Bool)] = [(.csv, false), (.csv, true), (.tsv, false), (.json, false), (.md, false), (.html, false)]
        let current = ExportFormat(fileName: path)
        let position = choices.firstIndex { $0.0 == (current ?? exportFormat) && $0.1 == (current == .csv && exportBOM) } ?? 0
        let next = choices[(position + 1) % choices.count]
        if next.0 == .csv { exportBOM = next.1 }
        var stem = path
        if current != nil, let dot = path.lastIndex(of: ".") { stem = String(path[..<dot]) } else if stem.hasSuffix(".") { stem.removeLast() }
        return stem + "." + next.0.rawValue
    }

    /// Takes in what became of the export that `Effect.export` asked for.
    mutating func finishExport(_ outcome: ExportOutcome) {
        switch outcome {
        case .written(let count, let path):
            // The sample says so first, where a narrow status line cannot cut it off.
            let singular = interface.takesSingular(count)
            let done: UIString = isSample ? (singular ? .exportDoneSampleOne : .exportDoneSample) : (singular ? .exportDoneOne : .exportDone)
            message = StatusMessage(done.text(interface, ["n": String(count), "path": TerminalSafe.visible(path)]))
        case .needsConfirmation(let path):
            input = .confirmReplace(path)
        case .failed(let text):
            message = StatusMessage(text, isError: true)
        }
    }
}
