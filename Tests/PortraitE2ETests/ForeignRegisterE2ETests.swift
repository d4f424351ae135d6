import Foundation
import PortraitTestSupport
import Testing

/// Another government's AI inventory, generated here with the headers such inventories use, read through
/// the real binary with no option: the use case's name is the name (never the agency), the guess is said
/// in one line on standard error and shown by `validate` with its alternatives, absent fields are empty,
/// and a file with no name column is refused naming its closest headers.
@Suite(.tags(.e2e)) struct ForeignRegisterE2ETests {
    /// A generated inventory: `header`, then `count` rows made by `row` from a seeded generator.
    static func inventory(_ header: [String], count: Int, _ row: (Int, inout SeededRandom) -> [String]) -> String {
        var random = SeededRandom(seed: 18)
        var lines = [header.map(csvCell).joined(separator: ",")]
        for k in 0..<count { lines.append(row(k, &random).map(csvCell).joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvCell(_ text: String) -> String {
        text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static let agencies = ["Department of Labor", "Department of Veterans Affairs", "Department of Homeland Security",
                           "Department of Health and Human Services", "Social Security Administration"]
    static let bureaus = ["Employment and Training Administration", "Veterans Health Administration", "U.S. Citizenship and Immigration Services",
                          "Centers for Disease Control and Prevention", "Office of Hearings Operations"]
    static let stages = ["Initiated", "Development and Acquisition", "Implementation and Assessment", "Operation and Maintenance", "Retired"]
    static let topics = ["Mission-Enabling", "Health & Medical", "Law & Justice", "Government Services (includes Benefits and Service Delivery)"]
    static let tasks = ["Chatbot for", "Document triage for", "Fraud detection in", "Translation of", "Forecasting of"]
    static let objects = ["benefits claims", "veterans' records", "immigration forms", "disease reports", "hearing transcripts"]

    /// The use case names of `count` US rows, in order.
    static func useCaseName(_ k: Int) -> String { "\(tasks[k % 5]) \(objects[(k / 5) % 5]), no. \(k + 1)" }

    /// A US federal inventory in the shape of the 2024 consolidated one (`use_case_name`, `agency_name`, …).
    static let usInventory = inventory(
        ["use_case_id", "use_case_name", "agency_name", "agency_abbreviation", "bureau", "use_case_topic_area",
         "purpose_benefits", "outputs", "stage_of_development", "date_initiated"], count: 240) { k, random in
        let agency = Int.random(in: 0..<5, using: &random)
        return ["UC-\(1000 + k)", useCaseName(k), agencies[agency], "A\(agency)", bureaus[agency], topics[k % 4],
                "Faster, more consistent decisions; less manual review", "A score and a short explanation",
                stages[Int.random(in: 0..<5, using: &random)], "2023-0\(1 + k % 9)-15"]
    }

    private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The CSV `query` writes for `path`, as rows of cells (the exporter's own quoting, undone).
    private func exported(_ path: String, _ extra: [String] = []) throws -> (rows: [[String]], stderr: String) {
        let run = try Binary.run(["query", path, "--format", "json", "--lang", "en"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]] ?? []
        return (objects.map { [$0["name"] as? String ?? "", $0["organisation"] as? String ?? "", $0["portfolio"] as? String ?? "",
                                $0["status"] as? String ?? "", $0["category"] as? String ?? ""] }, run.stderr)
    }

    @Test func aUSInventoryGetsTheUseCasesNameAsTheName() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(Self.usInventory, "us-ai-inventory-2024.csv", in: folder)
        let (rows, stderr) = try exported(path)
        #expect(rows.count == 240)
        #expect(rows.map { $0[0] } == (0..<240).map(Self.useCaseName))
        #expect(rows.allSatisfy { Self.bureaus.contains($0[1]) && Self.agencies.contains($0[2]) })
        // One line on standard error names the header read as each field.
        let lines = stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(stderr)")
        #expect(stderr.contains("us-ai-inventory-2024.csv") && stderr.contains("name ← \"use_case_name\"")
                && stderr.contains("organisation ← \"bureau\"") && stderr.contains("portfolio ← \"agency_name\"")
                && stderr.contains("status ← \"stage_of_development\"") && stderr.contains("--columns"), "\(stderr)")
        // validate shows the same, with the scores and the alternatives, and says nothing on standard error.
        let validate = try Binary.run(["validate", path, "--lang", "en"])
        let report = String(decoding: validate.stdout, as: UTF8.self)
        #expect(validate.status == 0 && validate.stderr.isEmpty, "\(validate.stderr)")
        #expect(report.contains("columns (guessed from their headers' meaning; --columns field=Header to change):"), "\(report)")
        #expect(report.contains("name         ← \"use_case_name\" (column 2) — score 40; alternatives: \"use_case_id\" 24, \"use_case_topic_area\" 24"), "\(report)")
        #expect(report.contains("organisation ← \"bureau\" (column 5) — score 80; alternatives: \"agency_name\" 60"), "\(report)")
        #expect(report.contains("rows:       240"))
    }

    @Test func givenColumnsOrTheRegistersOwnHeadersAreNotAGuess() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(Self.usInventory, "us.csv", in: folder)
        let given = try exported(path, ["--columns", "name=use_case_name,organisation=agency_name,category=use_case_topic_area,"
                                            + "status=stage_of_development,portfolio=agency_abbreviation,benefits=purpose_benefits"])
        #expect(given.stderr.isEmpty, "\(given.stderr)")
        #expect(given.rows.allSatisfy { Self.agencies.contains($0[1]) })
        let register = try write(WhoseDataE2ETests.registerHeader + "Tri,Automatisation,Organisme,Finances,Délais,Solution en production\n", "register.csv", in: folder)
        #expect(try exported(register).stderr.isEmpty)
    }

    /// The shapes the issue names: identifier, name, description and status; name, bureau, purpose and
    /// stage; an older US inventory; Canada's and the UK's.
    @Test func inventoriesWithFewerFieldsLoadWithTheRestEmpty() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(name: String, header: [String], row: [String], expected: [String], missing: [String])] = [
            ("four.csv", ["identifier", "name", "description", "status"], ["A-1", "Mail triage", "Sorts incoming mail", "In production"],
             ["Mail triage", "", "", "Solution in production", ""], ["category", "organisation", "portfolio", "benefits"]),
            ("bureau.csv", ["name", "bureau", "purpose", "stage"], ["Mail triage", "Records Office", "Fewer delays", "Pilot"],
             ["Mail triage", "Records Office", "", "Pilot", ""], ["category", "portfolio"]),
            ("us-2023.csv", ["Use Case Name", "Agency", "Bureau/Component", "Summary of Use Case", "Development Stage", "Techniques"],
             ["Claims chatbot", "Department of Labor", "ETA", "Answers questions", "Operation and Maintenance", "NLP"],
             ["Claims chatbot", "Department of Labor", "", "Operation and Maintenance", ""], ["category", "portfolio", "benefits"]),
            ("canada.csv", ["AI Register ID", "Name of AI System", "Department / Agency", "Description", "Primary Users", "Status"],
             ["GC-12", "Translation assistant", "Public Services and Procurement Canada", "Drafts translations", "Employees", "In production"],
             ["Translation assistant", "Public Services and Procurement Canada", "", "Solution in production", ""], ["category", "portfolio", "benefits"]),
            ("uk-atrs.csv", ["Name", "Organisation", "Description", "Phase", "Date published"],
             ["Fraud risk scoring", "Department for Work and Pensions", "Flags claims", "Production", "2024-05-01"],
             ["Fraud risk scoring", "Department for Work and Pensions", "", "Solution in production", ""], ["category", "portfolio", "benefits"]),
        ]
        for item in cases {
            let text = item.header.map(Self.csvCell).joined(separator: ",") + "\n" + item.row.map(Self.csvCell).joined(separator: ",") + "\n"
            let path = try write(text, item.name, in: folder)
            let (rows, _) = try exported(path)
            #expect(rows == [item.expected], "\(item.name)")
            let validate = try Binary.run(["validate", path, "--lang", "en"])
            let report = String(decoding: validate.stdout, as: UTF8.self)
            #expect(validate.status == 0, "\(item.name): \(validate.stderr)")
            for field in item.missing {
                #expect(report.contains("no column for \(field) (left blank)"), "\(item.name): \(field)\n\(report)")
            }
        }
    }

    @Test func aFileWithNoNameColumnIsRefusedNamingTheClosestHeaders() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("agency_name,bureau,stage_of_development\nDepartment of Labor,ETA,Retired\n", "agencies.csv", in: folder)
        let run = try Binary.run(["stats", path, "--lang", "en"])
        #expect(run.status == 65)
        #expect(run.stderr == "portrait: cannot read '\(path)': line 1: not a portrait: no column holds the initiatives' names; "
                + "closest headers: \"agency_name\" (use --columns name=Header)\n", "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
