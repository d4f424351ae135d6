import PortraitText

/// The rule that keeps editions apart: two files never share an edition label without being told to, so
/// that their rows are never merged silently (two `portrait-2025.csv` from different folders).
public enum EditionLabels {
    /// The label of each file of `paths`: the one given for it, else the one its name gives.
    public static func labels(paths: [UserPath], given: [String]) -> [String] {
        paths.enumerated().map { $0.offset < given.count ? given[$0.offset] : Loader.editionLabel(forFile: $0.element.display) }
    }

    /// Throws a usage error naming the first two files that would have the same edition label.
    public static func checkDistinct(paths: [UserPath], given: [String]) throws {
        var seen: [String: Int] = [:]
        for (index, label) in labels(paths: paths, given: given).enumerated() {
            if let earlier = seen[label] {
                throw PortraitError(.usage, .editionClash, ["first": paths[earlier].display,
                                                            "second": paths[index].display, "label": TerminalSafe.visible(label)])
            }
            seen[label] = index
        }
    }
}
