import ArgumentParser
import Foundation
import PortraitCore

/// `portrait-bench`: measures, in process, what a person feels on a large portrait — loading, each
/// keystroke, an export — with warm-up and repetitions.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portrait-bench",
        abstract: "Measure load, keystroke latency and export on a portrait file (build with -c release)."
    )

    @Option(help: "Portrait file to measure.")
    var file: String?

    @Option(help: "Write a synthetic portrait of this many rows first (to --file, or a temporary file).")
    var rows: Int?

    @Option(name: .customLong("repeat"), help: "Repetitions of the load and export measurements (the median is reported).")
    var repetitions: Int = 3

    @Flag(help: "Print one JSON object on the last line.")
    var json = false

    @Flag(help: "Print every keystroke's query and latency.")
    var verbose = false

    @Flag(help: "Count every benefit at each keystroke, as the browser does while its first pane shows the benefits (v).")
    var benefits = false

    func run() throws {
        let path: String
        if let rows {
            path = file ?? FileManager.default.temporaryDirectory.appendingPathComponent("portrait-bench-\(rows).csv").path
            let made = try Measure.time { try SyntheticPortrait.write(rows: rows, to: path) }
            log(String(format: "wrote %d rows to %@ in %.2f s", rows, path, made.seconds))
        } else if let file {
            path = file
        } else {
            throw ValidationError("give --file FILE or --rows N")
        }
        let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576

        // Load + the counts of every facet (what the first screen needs).
        var loadTimes: [Double] = []
        var store: PortraitStore?
        for _ in 0..<max(1, repetitions) {
            store = nil
            let run = try Measure.time { () -> PortraitStore in
                let loaded = try Loader.load(paths: [path]).store
                _ = loaded.select(Query())
                return loaded
            }
            loadTimes.append(run.seconds)
            store = run.value
        }
        guard let store else { return }
        let peak = Measure.peakRSSMiB()
        log(String(format: "rows %d, file %.1f MiB: load + counts median %.3f s (min %.3f), peak RSS %.1f MiB (%.2f× the file), held %.1f MiB",
                   store.count, size, Measure.median(loadTimes), loadTimes.min() ?? 0, peak, peak / max(size, 0.001),
                   Measure.residentMiB()))

        // Search + filter + CSV export of the selection to a file, as `portrait query -o` does it: without
        // building the word index first.
        var query = Query(search: "foret")
        for code in (try? store.resolve(.status, "Solution en production")) ?? [] { query.toggle(.status, code) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("portrait-bench-export.csv").path
        var exportTimes: [Double] = []
        var exported = 0
        for _ in 0..<max(1, repetitions) {
            let run = try Measure.time { () -> Int in
                let selection = store.select(query)
                let bytes = SelectionWriter.bytes(store: store, rows: selection.rows, format: .csv)
                try AtomicFile.write(bytes, to: output, replace: true)
                return selection.rows.count
            }
            exportTimes.append(run.seconds)
            exported = run.value
        }
        try? FileManager.default.removeItem(atPath: output)
        log(String(format: "export of %d rows (search + filter + CSV): median %.3f s", exported, Measure.median(exportTimes)))

        // The word index, as the browser builds it in the background after its first screen.
        let indexing = Measure.time { store.prepareSearch() }
        log(String(format: "word index built in %.3f s; peak RSS %.1f MiB, held %.1f MiB", indexing.seconds,
                   Measure.peakRSSMiB(), Measure.residentMiB()))
        // The name order and the benefits as a facet, as the browser builds them next.
        let ordering = Measure.time { store.prepareSorting() }
        log(String(format: "sort order built in %.3f s; peak RSS %.1f MiB, held %.1f MiB", ordering.seconds,
                   Measure.peakRSSMiB(), Measure.residentMiB()))
        let benefitFacet = Measure.time { _ = store.benefitFacet }
        log(String(format: "benefits facet built in %.3f s; peak RSS %.1f MiB, held %.1f MiB", benefitFacet.seconds,
                   Measure.peakRSSMiB(), Measure.residentMiB()))

        // Keystrokes: warm-up pass, then three measured passes.
        let session = KeystrokeSession(store: store)
        let steps = session.steps().map { query in
            var query = query
            query.countsBenefits = benefits
            return query
        }
        var checksum = 0
        for query in steps { checksum &+= session.perform(query) }
        var latencies: [Double] = []
        for _ in 0..<3 {
            for query in steps {
                let run = Measure.time { session.perform(query) }
                checksum &+= run.value
                latencies.append(run.seconds * 1000)
            }
        }
        if verbose {
            for (index, query) in steps.enumerated() {
                let times = stride(from: index, to: latencies.count, by: steps.count).map { latencies[$0] }
                let filters = query.selected.filter { !$0.value.isEmpty }.map { "\($0.key)×\($0.value.count)" }.sorted()
                log(String(format: "  %6.2f ms  search '%@' %@", Measure.median(times), query.search, filters.joined(separator: " ")))
            }
        }
        let median = Measure.median(latencies), p99 = Measure.percentile(latencies, 0.99)
        log(String(format: "keystrokes: %d, median %.2f ms, p99 %.2f ms, max %.2f ms", latencies.count, median, p99, latencies.max() ?? 0))

        if json {
            let fields: [String] = [
                "\"rows\": \(store.count)", String(format: "\"file_mib\": %.1f", size),
                String(format: "\"load_s\": %.4f", Measure.median(loadTimes)),
                String(format: "\"peak_rss_mib\": %.1f", Measure.peakRSSMiB()),
                String(format: "\"keystroke_median_ms\": %.3f", median), String(format: "\"keystroke_p99_ms\": %.3f", p99),
                "\"keystrokes\": \(latencies.count)", "\"exported_rows\": \(exported)",
                String(format: "\"export_s\": %.4f", Measure.median(exportTimes)),
                String(format: "\"index_s\": %.4f", indexing.seconds), "\"checksum\": \(checksum)",
            ]
            print("{" + fields.joined(separator: ", ") + "}")
        }
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
