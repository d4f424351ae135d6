import Foundation
import PortraitTestSupport
import Testing

/// The hostile HTML pages of `HostileInput.html`, through the real binary as `HostileInputTests` runs
/// the others: the exit status and one line for a refused page, the row count for one that loads; never
/// a crash, a hang, more than `ResourceBounds.seconds` or 500 MB; and the page left as it was.
@Suite(.serialized) struct HTMLHostileInputTests {
    @Test(arguments: HostileInput.html)
    func hostilePage(_ input: HostileInput) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(input.fileName).path
        try input.make(path)
        let before = try FileState(path)
        let validate = try ResourceBounds.run(["validate", path], input.name)
        let query = try ResourceBounds.run(["query", "--format", "json", path], input.name)
        switch input.outcome {
        case .refused(let status, let reason):
            for run in [validate, query] {
                #expect(run.status == status, "\(input.name)")
                #expect(run.stderr == "portrait: cannot read '\(path)': \(reason)\n", "\(input.name)")
                #expect(run.stdout.isEmpty, "\(input.name)")
            }
        case .loads(let rows, let shows):
            #expect(validate.status == 0 && query.status == 0, "\(input.name): \(validate.stderr) \(query.stderr)")
            #expect(validate.stdoutText.contains("\n  rows:         \(rows)\n"), "\(input.name): \(validate.stdoutText)")
            for line in shows { #expect(validate.stdoutText.contains(line), "\(input.name): \(line)") }
            let objects = try JSONSerialization.jsonObject(with: query.stdout) as? [[String: Any]]
            #expect(objects?.count == rows, "\(input.name)")
        }
        #expect(try FileState(path) == before, "\(input.name): the input changed")
    }
}
