import Foundation
import PortraitTestSupport
import Testing

extension HostileInput {
    /// Runs the real binary on this input (`validate`, then `query --format json`) in a temporary
    /// folder, within `ResourceBounds`, and checks what `outcome` says: for a refused file, the exit
    /// status and `portrait: cannot read 'PATH': <reason>` as the only output; for a file that loads, the
    /// row count (`validate`'s line `rowsLabel` followed by it, and as many JSON objects), every line
    /// it must show, and no message at all when `quietWhenLoaded`. Either way the input is left as it was.
    /// `HostileInputTests` and `HTMLHostileInputTests` both run their inputs through it.
    func checkThroughBinary(rowsLabel: String, quietWhenLoaded: Bool) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(fileName).path
        try make(path)
        let before = try FileState(path)

        let validate = try ResourceBounds.run(["validate", path], name, cpu: cpu)
        let query = try ResourceBounds.run(["query", "--format", "json", path], name, cpu: cpu)
        switch outcome {
        case .refused(let status, let reason):
            for run in [validate, query] {
                #expect(run.status == status, "\(name)")
                #expect(run.stderr == "portrait: cannot read '\(path)': \(reason)\n", "\(name)")
                #expect(run.stdout.isEmpty, "\(name)")
            }
        case .loads(let rows, let shows):
            #expect(validate.status == 0 && query.status == 0, "\(name): \(validate.stderr) \(query.stderr)")
            if quietWhenLoaded { #expect(validate.stderr.isEmpty && query.stderr.isEmpty, "\(name)") }
            #expect(validate.stdoutText.contains("\n\(rowsLabel)\(rows)\n"), "\(name): \(validate.stdoutText)")
            for line in shows { #expect(validate.stdoutText.contains(line), "\(name): \(line)") }
            let objects = try JSONSerialization.jsonObject(with: query.stdout) as? [[String: Any]]
            #expect(objects?.count == rows, "\(name)")
        }
        #expect(try FileState(path) == before, "\(name): the input changed")
    }
}
