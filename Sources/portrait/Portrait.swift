import ArgumentParser
import Foundation
import PortraitCore

/// The `portrait` command: browse, query and check the portrait of AI uses in Québec's public administration.
@main
struct Portrait: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portrait",
        abstract: localized(fr: "Parcourir le portrait des utilisations de l'IA dans l'administration publique québécoise (Données Québec, CC-BY 4.0).",
                           en: "Browse the portrait of AI uses in Québec's public administration (Données Québec, CC-BY 4.0)."),
        usage: localized(fr: "portrait [FICHIERS…] [<options>]\nportrait <sous-commande> [<options>]",
                         en: "portrait [FILES…] [<options>]\nportrait <subcommand> [<options>]"),
        discussion: localized(
            fr: "Sans FICHIERS, chaque commande utilise les éditions officielles téléchargées par « portrait update » "
                + "(la dernière), sinon l'échantillon illustratif intégré au programme, qui le dit partout où il s'affiche ; "
                + "le navigateur ouvre toutes les éditions, la dernière sélectionnée. Les FICHIERS peuvent être "
                + "le CSV, le XLSX ou la page HTML officiels (ou le registre d'un autre gouvernement), en français ou en anglais, avec les séparateurs et encodages usuels.\n\n"
                + "Langue : le français, ou l'anglais quand LC_ALL, LC_MESSAGES ou LANG commence par « en » ; "
                + "--lang fr|en l'impose à chaque commande.",
            en: "With no FILES, every command uses the official editions downloaded by 'portrait update' (the latest), "
                + "else the illustrative sample embedded in the program, which says so wherever it is shown; "
                + "the browser opens every edition, the latest selected. FILES may be the official CSV, XLSX or HTML page (or another government's register), "
                + "in French or English, with any of the usual delimiters and encodings.\n\n"
                + "Language: French, or English when LC_ALL, LC_MESSAGES or LANG starts with \"en\"; "
                + "--lang fr|en sets it for any command."),
        version: PortraitVersion.current,
        subcommands: [BrowseCommand.self, Summary.self, QueryCommand.self, StatsCommand.self, DiffCommand.self, ValidateCommand.self,
                      UpdateCommand.self, SourcesCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
