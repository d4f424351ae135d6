import PortraitCore

/// The argument parser's own error messages (always English) in the interface language: the common
/// ones are recognised and said again from `CommandText`; any other is kept as the parser wrote it.
enum ParserMessage {
    static func text(_ message: String, in language: Language) -> String {
        guard language == .fr else { return message }
        if let match = message.wholeMatch(of: /Unknown option '(.+?)'(?:\. Did you mean '(.+?)'\?)?/) {
            var text = CommandText.parserUnknownOption.text(language, ["option": String(match.1)])
            if let suggestion = match.2 { text += " ; " + CommandText.parserDidYouMean.text(language, ["option": String(suggestion)]) }
            return text
        }
        if let match = message.wholeMatch(of: /Missing value for '(.+)'/) {
            return CommandText.parserMissingValue.text(language, ["option": String(match.1)])
        }
        if let match = message.wholeMatch(of: /The value '(.*)' is invalid for '(.+?)'.*/) {
            return CommandText.parserInvalidValue.text(language, ["value": String(match.1), "option": String(match.2)])
        }
        if let match = message.wholeMatch(of: /Unexpected argument '(.+)'/) {
            return CommandText.parserUnexpectedArgument.text(language, ["value": String(match.1)])
        }
        if let match = message.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return CommandText.parserMissingArgument.text(language, ["value": String(match.1)])
        }
        return message
    }
}
