import Foundation
import Testing

/// ARCHITECTURE.md stays the map of the code: it names every target of Package.swift, and the imports
/// keep the rules it states that the target dependencies alone do not (only the terminal target imports
/// curses, only the update's request imports libcurl, no core target imports a front, only the browse command
/// imports the browser).
@Suite struct ArchitectureMapTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let coreTargets = ["PortraitText", "PortraitStore", "PortraitLoad", "PortraitCompare", "PortraitOutput", "PortraitCore"]

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The names of the `.target`, `.executableTarget`, `.testTarget`, `.systemLibrary` and `.plugin` entries.
    static func targetNames() throws -> [String] {
        let manifest = try text("Package.swift")
        let pattern = try NSRegularExpression(pattern: #"\.(?:target|executableTarget|testTarget|systemLibrary|plugin)\(\s*name:\s*"([^"]+)""#)
        let range = NSRange(manifest.startIndex..., in: manifest)
        return pattern.matches(in: manifest, range: range).compactMap { Range($0.range(at: 1), in: manifest).map { String(manifest[$0]) } }
    }

    /// The files of `folder` (under the root) that import `module`.
    static func importers(of module: String, in folder: String) throws -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var found: [String] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let source = try String(contentsOf: url, encoding: .utf8)
            let lines = source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.contains(where: { $0 == "import \(module)" || $0.hasSuffix(" import \(module)") }) {
                found.append(url.path.replacingOccurrences(of: root.path + "/", with: ""))
            }
        }
        return found.sorted()
    }

    @Test func theMapNamesEveryTarget() throws {
        let names = try Self.targetNames()
        #expect(names.count >= 15, "\(names)")
        let map = try Self.text("ARCHITECTURE.md")
        for name in names { #expect(map.contains("`\(name)`"), "ARCHITECTURE.md does not name the target \(name)") }
    }

    @Test func onlyTheTerminalTargetImportsCurses() throws {
        #expect(try Self.importers(of: "CNCurses", in: "Sources").allSatisfy { $0.hasPrefix("Sources/PortraitTerminal/") })
        #expect(try !Self.importers(of: "CNCurses", in: "Sources/PortraitTerminal").isEmpty)
    }

    @Test func onlyTheUpdateRequestImportsCurl() throws {
        #expect(try Self.importers(of: "CCurl", in: "Sources") == ["Sources/PortraitUpdate/CurlRequest.swift"])
    }

    @Test func noCoreTargetImportsAFront() throws {
        for target in Self.coreTargets {
            for front in ["ArgumentParser", "PortraitBrowser", "PortraitTerminal", "CNCurses", "PortraitUpdate", "CCurl"] {
                #expect(try Self.importers(of: front, in: "Sources/\(target)").isEmpty, "\(target) imports \(front)")
            }
        }
    }

    @Test func onlyTheBrowseCommandImportsTheBrowser() throws {
        for module in ["PortraitBrowser", "PortraitTerminal"] {
            #expect(try Self.importers(of: module, in: "Sources/portrait") == ["Sources/portrait/BrowseCommand.swift"], "\(module)")
        }
    }
}
