import Foundation
import PortraitData
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// The writer that reads the store's columns directly must give the table writer's bytes exactly.
@Suite struct StoreWriterTests {
    static let tricky = #"""
        Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut,Note,status
        "Projet ""Alpha"", phase 2",Automatisation,CHUM,Finances,"Ligne un
        ligne deux, avec virgule",Solution en production,n1,s
        =SOMME(A1),Automatisation,"Org | pipe",Finances,"tab	et \ barre",Solution en production,,
        -moins,Catégorie inconnue,Org,Finances,"ctrl  et  ",Statut inconnu,"=x",y

        """#

    static func stores() throws -> [PortraitStore] {
        let tricky = try Fixture.load(csv: tricky).store
        let embedded = try Loader.load(csvFiles: EmbeddedData.decodedFiles).store  // two editions: an edition column
        let latest = try Loader.load(csvFiles: [try #require(EmbeddedData.latest)]).store
        return [tricky, embedded, latest]
    }

    @Test(arguments: [ExportFormat.csv, .tsv, .json, .md])
    func sameBytesAsTheTableWriter(format: ExportFormat) throws {
        for store in try Self.stores() {
            let rows = Array((0..<store.count).reversed())
            for options in [ExportOptions(), ExportOptions(language: .en, bom: true, formulaGuard: false)] {
                let table = SelectionWriter.bytes(ExportTable(store: store, rows: rows, language: options.language), format: format, options: options)
                let direct = SelectionWriter.bytes(store: store, rows: rows, format: format, options: options)
                #expect(direct == table, "\(format) \(store.count) rows")
                let none = SelectionWriter.bytes(store: store, rows: [], format: format, options: options)
                #expect(none == SelectionWriter.bytes(ExportTable(store: store, rows: [], language: options.language), format: format, options: options))
            }
        }
    }
}
