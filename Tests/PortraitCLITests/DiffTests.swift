import Foundation
import PortraitTestSupport
import Testing

/// `portrait diff` through the real binary: the published comparison of the embedded editions, the
/// formats, hand-made editions and the errors.
@Suite(.tags(.e2e)) struct DiffTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CLI.run(["diff", "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// `[{"value", "old", "new"}]` as "value old new" lines, in order.
    static func counts(_ object: [String: Any], _ key: String) -> [String] {
        ((object[key] as? [[String: Any]]) ?? []).map { "\($0["value"] as? String ?? "?") \($0["old"] as? Int ?? -1) \($0["new"] as? Int ?? -1)" }
    }

    @Test(arguments: ["fr", "en"])
    func theEmbeddedEditionsGiveEveryPublishedFigure(labels: String) throws {
        let facts = try PublishedFacts.load()
        let diff = try Self.json(["--labels", labels])
        let old = try #require(diff["old"] as? [String: Any]), new = try #require(diff["new"] as? [String: Any])
        #expect(old["label"] as? String == "2024" && new["label"] as? String == "2025")
        #expect(old["initiatives"] as? Int == facts.editions["2024"]?.initiatives)
        #expect(new["initiatives"] as? Int == facts.editions["2025"]?.initiatives)
        #expect(old["organisations"] as? Int == facts.editions["2024"]?.organisations)
        #expect(new["organisations"] as? Int == facts.editions["2025"]?.organisations)
        let (previous, latest) = (try facts.previous, try facts.latest)
        #expect([old["initiatives"], new["initiatives"], old["organisations"], new["organisations"]].map { $0 as? Int }
            == [previous.initiatives, latest.initiatives, previous.organisations, latest.organisations])

        // The 58 bodies new in 2025, by name, most initiatives first.
        let added = try #require(diff["organisations_added"] as? [String])
        let published = facts.newOrganisations2025
        #expect(published.count == 58)
        #expect(added.count == 58)
        #expect(Set(added) == Set(published.keys))
        #expect(added.map { published[$0] ?? 0 } == added.map { published[$0] ?? 0 }.sorted(by: >))
        // Those of 2024 not in 2025: 65 bodies less the 82 − 58 that are in both.
        #expect((diff["organisations_removed"] as? [String])?.count == 65 - (82 - 58))

        // Every per-category, per-status and per-portfolio figure of both editions, in the published order;
        // in English, categories and portfolios in the alphabetical order of their English labels.
        func expected(_ items: [PublishedFacts.Counted], alphabetical: Bool = true) -> [String] {
            let kept = items.filter { $0.y2024 + $0.y2025 > 0 }
            let ordered = labels == "en" && alphabetical ? kept.sorted { $0.en.lowercased() < $1.en.lowercased() } : kept
            return ordered.map { "\(labels == "en" ? $0.en : $0.fr) \($0.y2024) \($0.y2025)" }
        }
        #expect(Self.counts(diff, "by_category") == expected(facts.categories))
        #expect(Self.counts(diff, "by_status") == expected(facts.statuses, alphabetical: false))
        #expect(Self.counts(diff, "by_portfolio") == expected(facts.portfolios))
        #expect(facts.categories.count == 10 && facts.statuses.count == 3 && facts.portfolios.count == 21)

        // Added and removed initiatives account for the totals; every list is present.
        let initiativesAdded = try #require(diff["initiatives_added"] as? [[String: String]])
        let initiativesRemoved = try #require(diff["initiatives_removed"] as? [[String: String]])
        #expect(latest.initiatives - initiativesAdded.count == previous.initiatives - initiativesRemoved.count)
        #expect(initiativesAdded.allSatisfy { Set($0.keys) == ["name", "organisation", "portfolio", "category", "status"] })
        let statusChanges = try #require(diff["status_changes"] as? [[String: String]])
        #expect(statusChanges.allSatisfy { Set($0.keys) == ["name", "organisation", "old", "new"] && $0["old"] != $0["new"] })
        #expect(diff["category_changes"] is [[String: String]])
    }

    @Test func tableAndCSVCarryTheSameFigures() throws {
        let table = try CLI.run(["diff", "--lang", "fr"])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Portrait 2024 → 2025")
        // Written to a pipe, nothing is cut (issue 11, point 4): no name ends in the cut mark.
        #expect(!table.stdout.contains("…"))
        // The figures right-aligned in columns of nine, after the label padded to 53.
        let (previous, latest) = (try PublishedFacts.previousInitiatives, try PublishedFacts.latestInitiatives)
        let figures = ["\(previous)", "\(latest)", "+\(latest - previous)"].map { String(repeating: " ", count: max(0, 9 - $0.count)) + $0 }
        #expect(table.stdout.contains("\nInitiatives" + String(repeating: " ", count: 53 - "Initiatives".count) + figures.joined() + "\n"))
        #expect(table.stdout.contains("\nOrganismes publics                                          65       82      +17\n"))
        #expect(table.stdout.contains("\n  Enseignement supérieur (Réseau)                            0       58      +58\n"))
        #expect(table.stdout.contains("\nOrganismes ajoutés (58) · initiatives en 2025\n  CIUSSS du Centre-Ouest-de-l'Île-de-Montréal"))
        let english = try CLI.run(["diff", "--labels", "en"])
        #expect(english.stdout.contains("\n  Higher Education (Network)                                 0       58      +58\n"))
        #expect(english.stdout.contains("\nBodies added (58) · initiatives in 2025\n"))

        let csv = try CLI.run(["diff", "--format", "csv", "--labels", "fr"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.prefix(4) == ["section,value,organisation,old,new", "edition,,,2024,2025", "initiatives,,,\(previous),\(latest)", "organisations,,,65,82"])
        #expect(rows.contains("portfolio,Santé et Services sociaux,,67,25"))
        #expect(rows.contains("organisation_added,CHUM,,0,12"))
        #expect(rows.filter { $0.hasPrefix("organisation_added,") }.count == 58)
        #expect(rows.filter { $0.hasPrefix("initiative_added,") }.count == latest - previous + rows.filter { $0.hasPrefix("initiative_removed,") }.count)
    }

    @Test func aSliceOfBothEditions() throws {
        let diff = try Self.json(["--portfolio", "Santé et Services sociaux", "--labels", "fr"])
        #expect((diff["old"] as? [String: Any])?["initiatives"] as? Int == 67)
        #expect((diff["new"] as? [String: Any])?["initiatives"] as? Int == 25)
        #expect(Self.counts(diff, "by_portfolio") == ["Santé et Services sociaux 67 25"])
    }

    static let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"

    /// Two hand-made editions in a new folder: a renamed school board, a body written differently, a
    /// status change and a category change.
    static func handMadeEditions() throws -> (folder: URL, old: String, new: String) {
        let folder = try CLI.temporaryFolder()
        let old = folder.appendingPathComponent("registre-2023.csv"), new = folder.appendingPathComponent("registre 2024 juin.csv")
        try (header + """
            Tri des courriels,Automatisation,Héma-Québec ,Santé et Services sociaux,b,Développement de la solution
            Agent RH,Assistant/agent conversationnel,Commission scolaire des Mille-Îles,Éducation,b,Solution en production
            Prévision,Automatisation,Ministère A,Finances,b,Solution en production

            """).write(to: old, atomically: true, encoding: .utf8)
        try (header + """
            TRI DES COURRIELS,Automatisation,HEMA-QUEBEC,Santé et Services sociaux,b,Solution en production
            Agent RH,Assistant/agent conversationnel,Centre de services scolaire des Mille-Îles,Éducation,b,Solution en production
            Prévision,Traitement d'image,Ministère A,Finances,b,Solution en production
            Nouveau,Automatisation,=Organisme C,Finances,b,Pilote

            """).write(to: new, atomically: true, encoding: .utf8)
        return (folder, old.path, new.path)
    }

    @Test func handMadeEditionsWithAnAliasFile() throws {
        let files = try Self.handMadeEditions()
        let plain = try Self.json([files.old, files.new, "--labels", "en"])
        #expect((plain["old"] as? [String: Any])?["label"] as? String == "2023")
        #expect((plain["new"] as? [String: Any])?["label"] as? String == "2024")
        #expect(plain["organisations_added"] as? [String] == ["=Organisme C", "Centre de services scolaire des Mille-Îles"])
        #expect(plain["organisations_removed"] as? [String] == ["Commission scolaire des Mille-Îles"])
        #expect(plain["status_changes"] as? [[String: String]] == [
            ["name": "TRI DES COURRIELS", "organisation": "HEMA-QUEBEC", "old": "Solution development", "new": "Solution in production"],
        ])
        #expect(plain["category_changes"] as? [[String: String]] == [
            ["name": "Prévision", "organisation": "Ministère A", "old": "Automation", "new": "Image processing"],
        ])
        #expect(Self.counts(plain, "by_status") == ["Solution in production 2 3", "Solution development 1 0", "Pilote 0 1"])

        let aliases = files.folder.appendingPathComponent("aliases.csv")
        try "alias;organisme\nCommission scolaire des Mille-Îles;Centre de services scolaire des Mille-Îles\n"
            .write(to: aliases, atomically: true, encoding: .utf8)
        let joined = try Self.json([files.old, files.new, "--aliases", aliases.path, "--edition", "before", "--edition", "after"])
        #expect((joined["old"] as? [String: Any])?["label"] as? String == "before")
        #expect(joined["organisations_added"] as? [String] == ["=Organisme C"])
        #expect((joined["organisations_removed"] as? [String])?.isEmpty == true)
        #expect((joined["initiatives_added"] as? [[String: String]])?.map { $0["name"] } == ["Nouveau"])
        #expect((joined["initiatives_removed"] as? [[String: String]])?.isEmpty == true)

        // CSV guards the formula-looking body unless asked not to.
        let csv = try CLI.run(["diff", files.old, files.new, "--format", "csv"])
        #expect(csv.stdout.contains("\r\norganisation_added,'=Organisme C,,0,1\r\n"))
        let raw = try CLI.run(["diff", files.old, files.new, "--format", "csv", "--no-formula-guard"])
        #expect(raw.stdout.contains("\r\norganisation_added,=Organisme C,,0,1\r\n"))
    }

    @Test func theSameFileTwiceChangesNothing() throws {
        let files = try Self.handMadeEditions()
        let clash = try CLI.run(["diff", files.new, files.new])
        #expect(clash.status == 64 && clash.stderr.contains("name each edition with --edition"), "\(clash.stderr)")
        // The same file twice would be one edition label twice: the labels are given (issue 11, point 7).
        let same = try Self.json(["--edition", "first", "--edition", "second", files.new, files.new])
        for key in ["organisations_added", "organisations_removed", "initiatives_added", "initiatives_removed", "status_changes", "category_changes"] {
            #expect((same[key] as? [Any])?.isEmpty == true, "\(key)")
        }
        #expect((same["new"] as? [String: Any])?["initiatives"] as? Int == 4)
    }

    @Test func errorsAreOneLineWithTheirStatus() throws {
        let files = try Self.handMadeEditions()
        let badAliases = files.folder.appendingPathComponent("bad-aliases.csv")
        try "alias,organisation\nA,B\n,C\n".write(to: badAliases, atomically: true, encoding: .utf8)
        let cases: [([String], Int32, String)] = [
            (["diff", files.old], 64, "portrait: diff compares two files, OLD and NEW"),
            (["diff", files.old, files.new, files.old], 64, "portrait: diff compares two files"),
            (["diff", files.old, "/nonexistent/new.csv"], 66, "portrait: cannot read '/nonexistent/new.csv': no such file"),
            (["diff", "--aliases", "/nonexistent/aliases.csv"], 66, "portrait: cannot read '/nonexistent/aliases.csv': no such file"),
            (["diff", "--aliases", badAliases.path], 65,
             "portrait: cannot read '\(badAliases.path)': line 3: an alias line needs both an alias and an organisation"),
            (["diff", "--edition", "a", "--edition", "b", "--edition", "c"], 64, "portrait: --edition given 3 times for 2 files"),
            (["diff", "--format", "xml"], 64, "portrait: "),
            (["diff", "--category", "Cybersécurité"], 64, "portrait: no category matches 'Cybersécurité'"),
        ]
        for (arguments, status, message) in cases {
            let run = try CLI.run(arguments)
            #expect(run.status == status, "\(arguments)")
            #expect(run.stderr.hasPrefix(message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments)")
            #expect(run.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func helpExplainsTheFormatsWithExamples() throws {
        let run = try CLI.run(["diff", "--help"])
        #expect(run.status == 0)
        for text in ["USAGE: portrait diff", "section,value,organisation,old,new", "by_portfolio", "Examples:", "--aliases", "--labels"] {
            #expect(run.stdout.contains(text), "\(text)")
        }
    }
}

/// Several editions at once in the other headless commands: each row knows its edition.
@Suite(.tags(.e2e)) struct SeveralEditionsTests {
    @Test func statsByEditionWithLabelsFromTheFileNames() throws {
        let files = try DiffTests.handMadeEditions()
        let run = try CLI.run(["stats", "--by", "edition", "--format", "csv", files.old, files.new])
        #expect(run.status == 0)
        #expect(run.stdout == "value,count\r\n2024,4\r\n2023,3\r\n")
        // One label per file (issue 11, point 7): fewer is a usage error.
        let fewer = try CLI.run(["stats", "--by", "edition", "--format", "csv", files.old, files.new, "--edition", "octobre"])
        #expect(fewer.status == 64 && fewer.stderr == "portrait: --edition given for 1 of the 2 files: give one label per file\n", "\(fewer.stderr)")
        let named = try CLI.run(["stats", "--by", "edition", "--format", "csv", files.old, files.new, "--edition", "octobre", "--edition", "2024"])
        #expect(named.stdout == "value,count\r\n2024,4\r\noctobre,3\r\n")
        // No year in the name: the name without its folder and extension.
        let plain = files.folder.appendingPathComponent("export.csv")
        try FileManager.default.copyItem(atPath: files.old, toPath: plain.path)
        let stem = try CLI.run(["stats", "--by", "edition", "--format", "json", plain.path])
        #expect(stem.stdout == "[\n  {\"value\": \"export\", \"count\": 3}\n]\n")
    }

    @Test func queryAndSummaryReadSeveralEditions() throws {
        let files = try DiffTests.handMadeEditions()
        let query = try CLI.run(["query", "--format", "json", "--status", "production", files.old, files.new])
        #expect(query.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(query.stdout.utf8)) as? [[String: String]])
        #expect(rows.map { $0["edition"] } == ["2023", "2023", "2024", "2024", "2024"])
        let summary = try CLI.run(["summary", files.old, files.new])
        #expect(summary.status == 0)
        #expect(summary.stdout.contains("7 initiatives"))
    }
}
