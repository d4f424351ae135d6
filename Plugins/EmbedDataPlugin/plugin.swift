import Foundation
import PackagePlugin

/// Embeds every CSV file of the package's `Data/` folder into the target as generated Swift source.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataFolder = context.package.directoryURL.appending(path: "Data")
        let names = try FileManager.default.contentsOfDirectory(atPath: dataFolder.path)
            .filter { $0.hasSuffix(".csv") }
            .sorted()
        let inputs = names.map { dataFolder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.joined(separator: ", "))",
                executable: try context.tool(named: "embed-data").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
