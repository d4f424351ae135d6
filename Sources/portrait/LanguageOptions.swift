import ArgumentParser
import Foundation
import PortraitCore

/// `--lang fr|en`, the interface language of every command: help, messages, errors, headings. Without it,
/// the locale environment decides, as in the browser (`InterfaceLanguage.fromEnvironment`).
struct LanguageOptions: ParsableArguments {
    @Option(help: ArgumentHelp(localized(fr: "Langue de l'interface : fr ou en (par défaut : selon LC_ALL, LC_MESSAGES ou LANG).",
                                         en: "Interface language: fr or en (default: from LC_ALL, LC_MESSAGES or LANG)."),
                               valueName: "fr|en"))
    var lang: Language?

    /// The language chosen by `--lang`, else by the environment.
    var interface: Language { lang ?? InterfaceLanguage.fromEnvironment() }
}

/// The interface language known before the arguments are parsed, for what is printed before or without a
/// parsed command (help, usage errors, a failed write): `--lang fr|en` or `--lang=…` among the arguments
/// (before a `--`), else the environment.
enum StartupLanguage {
    static let current: Language = from(arguments: CommandLine.arguments)

    static func from(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        var index = 1
        var found: Language?
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found ?? InterfaceLanguage.fromEnvironment(environment)
    }
}

/// The French or English text, by the language known at startup: for help texts, which are built before
/// the arguments are parsed.
func localized(fr: String, en: String) -> String {
    StartupLanguage.current == .fr ? fr : en
}

/// A command's `--help` discussion in the startup language, each paragraph on one line so that the argument
/// parser wraps it to the terminal's width: the lines of a paragraph are joined; blank lines, and lines
/// that start with a space (tables, examples), stay as they are.
func discussion(fr: String, en: String) -> String {
    var lines: [String] = []
    var joining = false
    for line in localized(fr: fr, en: en).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        if line.isEmpty || line.hasPrefix(" ") {
            lines.append(line)
            joining = false
        } else if joining {
            lines[lines.count - 1] += " " + line
        } else {
            lines.append(line)
            joining = !line.hasSuffix(":")
        }
    }
    return lines.joined(separator: "\n")
}
