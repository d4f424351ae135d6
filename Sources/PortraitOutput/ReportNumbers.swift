import PortraitText
import PortraitStore

/// Numbers as the report writes them: `1 234` and `51,2 %` in French, `1,234` and `51.2%` in English.
enum ReportNumbers {
    static func count(_ n: Int, _ language: Language) -> String {
        let digits = String(n.magnitude)
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped += language == .fr ? "\u{202F}" : "," }
            grouped.append(ch)
        }
        return (n < 0 ? "−" : "") + grouped
    }

    /// `part` of `whole` to one decimal; "—" when `whole` is 0.
    static func share(_ part: Int, of whole: Int, _ language: Language) -> String {
        guard whole > 0 else { return "—" }
        let tenths = (part * 1000 + whole / 2) / whole
        let text = "\(tenths / 10)" + (language == .fr ? "," : ".") + "\(tenths % 10)"
        return language == .fr ? text + "\u{00A0}%" : text + "%"
    }

    /// A change between two counts: `+12`, `−5`, `=`.
    static func change(from old: Int, to new: Int, _ language: Language) -> String {
        if new == old { return "=" }
        return new > old ? "+" + count(new - old, language) : count(new - old, language)
    }

    /// A coordinate with at most one decimal, the same bytes on every machine.
    static func coordinate(_ tenths: Int) -> String {
        tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
