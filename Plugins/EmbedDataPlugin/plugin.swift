import Foundation
import PackagePlugin

/// Embeds the package's `Data/` into the target as generated Swift source: the editions (`portrait-*.csv`)
/// and the organisation alias file (`organisation-aliases.csv`), which is not an edition.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    static let aliasesFile = "organisation-aliases.csv"

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataFolder = context.package.directoryURL.appending(path: "Data")
        let names = try FileManager.default.contentsOfDirectory(atPath: dataFolder.path)
        let editions = names.filter { $0.hasPrefix("portrait-") && $0.hasSuffix(".csv") }.sorted()
        let editionInputs = editions.map { dataFolder.appending(path: $0) }
        let aliases = dataFolder.appending(path: Self.aliasesFile)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \((editions + [Self.aliasesFile]).joined(separator: ", "))",
                executable: try context.tool(named: "embed-data").url,
                arguments: [output.path, "--aliases", aliases.path] + editionInputs.map(\.path),
                inputFiles: editionInputs + [aliases],
                outputFiles: [output]
            )
        ]
    }
}
