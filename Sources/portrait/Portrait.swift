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
            With no FILES, every command uses the portrait embedded in the program (the latest edition);
            the browser opens every embedded edition, the latest selected.
            FILES may be the official CSV or XLSX, in French or English, with any of the usual delimiters
            and encodings.
            """,
        subcommands: [BrowseCommand.self, Summary.self, QueryCommand.self, StatsCommand.self, DiffCommand.self, ValidateCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
