import PortraitText
import PortraitStore

/// Picks the delimiter of a CSV text among `,`, `;` and tab, by how consistently each splits the first lines.
public enum DelimiterDetector {
    public static let candidates: [UInt8] = [0x2C, 0x3B, 0x09]

    /// The most likely delimiter; `,` when nothing tells.
    public static func detect(_ bytes: [UInt8], sampleLines: Int = 60) -> UInt8 {
        // Count each candidate outside quotes, line by line.
        var counts: [[Int]] = Array(repeating: [], count: candidates.count)
        var current = Array(repeating: 0, count: candidates.count)
        var inQuotes = false
        var lines = 0
        var i = 0
        let n = bytes.count
        while i < n && lines < sampleLines {
            let b = bytes[i]
            if b == 0x22 {
                inQuotes.toggle()
            } else if !inQuotes && (b == 0x0A || b == 0x0D) {
                if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                for k in candidates.indices { counts[k].append(current[k]) }
                current = Array(repeating: 0, count: candidates.count)
                lines += 1
            } else if !inQuotes, let k = candidates.firstIndex(of: b) {
                current[k] += 1
            }
            i += 1
        }
        if lines < sampleLines && current.contains(where: { $0 > 0 }) {
            for k in candidates.indices { counts[k].append(current[k]) }
        }
        var best: (delimiter: UInt8, score: Double) = (0x2C, 0)
        for (k, perLine) in counts.enumerated() {
            let nonZero = perLine.filter { $0 > 0 }
            guard !nonZero.isEmpty else { continue }
            var frequency: [Int: Int] = [:]
            for c in nonZero { frequency[c, default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            // Lines that agree on the mode, weighted a little by how many fields it makes.
            let score = Double(mode.value) + Double(min(mode.key, 20)) * 0.01
            if score > best.score { best = (candidates[k], score) }
        }
        return best.delimiter
    }
}
