/// Two editions whose marks are known by construction, at any size, for the tests of the changes between
/// editions: 2025 renames every other initiative of 2024 (new in 2025, removed from 2024) and gives the
/// others another status. Written as `portrait-2024.csv` and `portrait-2025.csv`, the file names give the
/// editions.
public enum ChangingEditions {
    public static let years = [2024, 2025]

    /// The CSV text of `year`'s edition of `count` initiatives.
    public static func csv(year: Int, count: Int) -> String {
        var text = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
        for index in 0..<count {
            let name = year == 2025 && index % 2 == 0 ? "Initiative renommée \(index)" : "Initiative \(index)"
            let status = year == 2025 ? "Solution en production" : "Développement de la solution"
            text += "\(name),Automatisation,Organisme \(index % 7),Finances,x,\(status)\n"
        }
        return text
    }

    /// The file name of `year`'s edition.
    public static func fileName(_ year: Int) -> String { "portrait-\(year).csv" }
}
