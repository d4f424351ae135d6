import ArgumentParser
import Foundation
import PortraitCore

extension Portrait {
    /// Parses and runs the command. A usage error is one line, `portrait: …`, and exit status 64, like
    /// every other error; `--help` and `--version` print as usual.
    static func main() {
        do {
            let arguments = CommandLineArguments.recovered()
            var command = try parseAsRoot(arguments)
            try CommandLineArguments.checkOnlyPathsHoldRawBytes(arguments, language: StartupLanguage.current)
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // help or version: printed in full
            }
            let language = StartupLanguage.current
            let message = CommandLineArguments.readable(Self.message(for: error))
                .split(separator: "\n").first.map(String.init)?
                .replacingOccurrences(of: "Error: ", with: "") ?? CommandText.invalidArguments.text(language)
            printError(CommandText.usageErrorLine.text(language, ["message": TerminalSafe.visible(ParserMessage.text(message, in: language))]))
            Foundation.exit(PortraitError.Kind.usage.exitCode)
        }
    }
}
