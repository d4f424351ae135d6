import PortraitCore

/// The key table as people read it: sections of "keys — what they do", for the `?` overlay and the README.
public enum KeyHelp {
    /// One section of the help: a heading and its lines.
    public struct Section: Sendable, Equatable {
        public var title: String
        public var entries: [Entry]
    }

    /// One line of the help: the keys (already labelled) and what they do.
    public struct Entry: Sendable, Equatable {
        public var keys: String
        public var text: String
    }

    /// The sections in table order. Consecutive bindings of one scope with the same help text share a
    /// line, their keys interleaved ("↑ ↓ k j").
    public static func sections(_ language: Language) -> [Section] {
        var sections: [Section] = []
        var groups: [(scope: KeyScope, help: Words, keys: [[String]])] = []
        for binding in KeyTable.bindings where binding.scope.title != nil {
            let labels = binding.keys.isEmpty
                ? binding.pseudoKeys.map { $0.text(language) }
                : binding.keys.map { $0.label(language) }
            if let last = groups.last, last.scope == binding.scope, last.help == binding.help {
                groups[groups.count - 1].keys.append(labels)
            } else {
                groups.append((binding.scope, binding.help, [labels]))
            }
        }
        for group in groups {
            guard let title = group.scope.title?.text(language) else { continue }
            let width = group.keys.map(\.count).max() ?? 0
            var ordered: [String] = []
            for position in 0..<width {
                for labels in group.keys where position < labels.count && !ordered.contains(labels[position]) {
                    ordered.append(labels[position])
                }
            }
            let entry = Entry(keys: ordered.joined(separator: " "), text: group.help.text(language))
            if sections.last?.title == title {
                sections[sections.count - 1].entries.append(entry)
            } else {
                sections.append(Section(title: title, entries: [entry]))
            }
        }
        return sections
    }

    /// The key list as a Markdown table, for the README.
    public static func markdown(_ language: Language) -> String {
        var lines = [language == .fr ? "| Touches | Action |" : "| Keys | Action |", "|---|---|"]
        for section in sections(language) {
            lines.append("| **\(section.title)** | |")
            for entry in section.entries {
                let keys = entry.keys.split(separator: " ").map { "`\($0 == "`" ? "` ` `" : String($0))`" }.joined(separator: " ")
                lines.append("| \(keys) | \(entry.text) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The short hints of the bottom line for `scope`, e.g. "/ chercher  ? aide  q quitter". In the lists,
    /// `focus` leaves out what does nothing there: toggling in the results, the detail in a facet pane.
    /// With one edition (`editions` false), comparing editions is not offered.
    /// The commands (`CommandRecord` names) whose hints the first screen keeps beside the sample notice.
    public static let firstScreenHints: Set<String> = ["next-pane", "help"]

    /// The hints of `scope` (only those of the commands `named`, when given), in table order.
    public static func hints(for scope: KeyScope, _ language: Language, focus: Pane? = nil,
                             editions: Bool = true, named: Set<String>? = nil) -> [(keys: String, text: String)] {
        let scopes: [KeyScope]
        switch scope {
        case .list: scopes = [.list, .everywhere]
        case .detail: scopes = [.detail, .everywhere]
        case .views: scopes = [.views, .everywhere]
        default: scopes = [scope]
        }
        // A key the scope binds itself hides what it does everywhere (q goes back in the views).
        let own = Set(KeyTable.bindings.filter { $0.scope == scope }.flatMap(\.keys))
        return KeyTable.bindings.compactMap { binding in
            guard scopes.contains(binding.scope), let hint = binding.hint, let key = binding.keys.first else { return nil }
            if let named, !named.contains(binding.name) { return nil }
            if binding.scope != scope && own.contains(key) { return nil }
            if hint.condition == .severalEditions && !editions { return nil }
            if let focus, scope == .list {
                switch hint.condition {
                case .always, .severalEditions: break
                case .focusOnFacet: if focus == .results { return nil }
                case .focusOnResults: if focus != .results { return nil }
                }
            }
            let keys: String
            switch hint.keys {
            case .first: keys = key.label(language)
            case .all: keys = binding.keys.map { $0.label(language) }.joined(separator: " ")
            case .label(let label): keys = label
            }
            return (keys, hint.words.text(language))
        }
    }
}
