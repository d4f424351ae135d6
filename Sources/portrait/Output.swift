import ArgumentParser
import Foundation
import PortraitCore

/// Runs a command body, turning a `PortraitError` into the one-line message in `language` and its exit status.
func reportingErrors(in language: Language, _ body: () throws -> Void) throws {
    signal(SIGPIPE, SIG_DFL)
    signal(SIGXFSZ, SIG_IGN)
    do {
        try body()
    } catch let error as PortraitError {
        printError(CommandText.errorLine.text(language, ["message": TerminalSafe.visible(error.description(in: language))]))
        throw ExitCode(error.kind.exitCode)
    }
}

/// Writes bytes to standard output. A write that fails (disk full, closed descriptor) ends the program
/// with one line and exit status 73 rather than a crash.
func emit(_ bytes: [UInt8]) {
    if let failure = writeAll(bytes, to: STDOUT_FILENO) {
        let message = CommandText.cannotWriteStandardOutput.text(StartupLanguage.current, ["cause": failure])
        printError(CommandText.errorLine.text(StartupLanguage.current, ["message": message]))
        exit(PortraitError.Kind.cannotCreate.exitCode)
    }
}

/// Writes one line to standard error (ignoring failures: there is nowhere left to report them).
func printError(_ line: String) {
    _ = writeAll(Array((line + "\n").utf8), to: STDERR_FILENO)
}

/// Whether standard output is a terminal (data written there must not carry control characters).
var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

/// The width tables are cut to: 80 cells on a terminal; none (every label whole) for a file or a pipe.
var tableWidth: Int? { standardOutputIsTerminal ? 80 : nil }

/// Writes every byte to `descriptor`; returns the system's reason on failure.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    bytes.withUnsafeBytes { buffer -> String? in
        var done = 0
        while done < buffer.count {
            let wrote = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
            if wrote < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            done += wrote
        }
        return nil
    }
}

/// How `stats` and `diff` print their figures: a table for people, CSV or JSON for programs.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
