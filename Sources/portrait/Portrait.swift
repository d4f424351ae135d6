import ArgumentParser
import Foundation
import PortraitCore

/// The `portrait` command: browse, query and check the portrait of AI uses in Québec's public administration.
@main
struct Portrait: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portrait",
        abstract: "Browse the portrait of AI uses in Québec's public administration (Données Québec, CC-BY 4.0).",
        discussion: """
            With no FILES, every command uses the portrait embedded in the program (the latest edition).
            FILES may be the official CSV or XLSX, in French or English, with any of the usual delimiters
            and encodings.
            """,
        subcommands: [Summary.self, QueryCommand.self, StatsCommand.self, ValidateCommand.self],
        defaultSubcommand: Summary.self
    )
}

/// Runs a command body, turning a `PortraitError` into the one-line message and its exit status.
func reportingErrors(_ body: () throws -> Void) throws {
    signal(SIGPIPE, SIG_DFL)
    signal(SIGXFSZ, SIG_IGN)
    do {
        try body()
    } catch let error as PortraitError {
        FileHandle.standardError.write(Data("portrait: \(error)\n".utf8))
        throw ExitCode(error.kind.exitCode)
    }
}

/// Writes text to standard output.
func emit(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
