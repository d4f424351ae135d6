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

    /// Every type, member, command option and path the map names in backquotes exists: a type is declared
    /// (or is a target or module) in the project's code, each member after it appears there, each `--option`
    /// of a `portrait …` command is an option of the tool, and each path is in the tree.
    @Test func everyNameTheMapGivesExists() throws {
        let map = try Self.text("ARCHITECTURE.md")
        var code = try Self.text("Package.swift")
        for folder in ["Sources", "Tests", "Tools", "Plugins", "scripts", "Fuzz"] {
            guard let walker = FileManager.default.enumerator(at: Self.root.appendingPathComponent(folder), includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["swift", "c", "h", "py", "sh", "modulemap"].contains(url.pathExtension)
                && !url.path.contains("/Snapshots/") && !url.path.contains("/Fixtures/") {
                code += "\n" + (try String(contentsOf: url, encoding: .utf8))
            }
        }
        // Types of the packages the project depends on, which the map names too.
        let external = ["FilePath": "SystemPackage"]
        func declared(_ type: String) -> Bool {
            if let module = external[type] { return code.contains("import \(module)") }
            return code.range(of: #"\b(struct|enum|class|protocol|actor|typealias|extension|case)\s+"# + type + #"\b"#, options: .regularExpression) != nil
                || code.contains("name: \"\(type)\"") || code.contains("module \(type) ")
        }
        let quoted = try NSRegularExpression(pattern: "`([^`\n]+)`")
        let names = Set(quoted.matches(in: map, range: NSRange(map.startIndex..., in: map)).compactMap { Range($0.range(at: 1), in: map).map { String(map[$0]) } })
        var missing: [String] = []
        for name in names.sorted() {
            let bare = name.replacingOccurrences(of: #"\(.*\)$"#, with: "", options: .regularExpression)
            if bare.range(of: #"^[A-Z][A-Za-z0-9]+(\.[A-Za-z_][A-Za-z0-9_]*)*$"#, options: .regularExpression) != nil, !bare.hasSuffix(".swift") {
                let parts = bare.split(separator: ".").map(String.init)
                if !declared(parts[0]) { missing.append(name) }
                for member in parts.dropFirst() where code.range(of: #"\b"# + member + #"\b"#, options: .regularExpression) == nil {
                    missing.append(name)
                }
            } else if name.hasPrefix("portrait ") {
                for word in name.split(separator: " ") where word.hasPrefix("--") {
                    let option = String(word.dropFirst(2).prefix { $0 != "=" })
                    let camel = option.split(separator: "-").enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
                    if !code.contains("var \(camel)") && !code.contains("\"\(option)\"") { missing.append(name) }
                }
            } else if name.contains("/"), !name.contains(" "), !name.hasPrefix("-"), !name.hasPrefix("/"), !name.hasPrefix("http"),
                      name.range(of: #"^[A-Za-z0-9_./-]+$"#, options: .regularExpression) != nil {
                let inTree = FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(name).path)
                    || FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Sources/PortraitLoad/" + name).path)
                if !inTree { missing.append(name) }
            }
        }
        #expect(missing.isEmpty, "ARCHITECTURE.md names what does not exist: \(missing)")
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
