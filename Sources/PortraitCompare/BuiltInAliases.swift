import PortraitText
import PortraitLoad
import PortraitData

extension OrganisationAliases {
    /// The names of public bodies that changed between editions, built into the program
    /// (`Data/organisation-aliases.csv`); an error names that file.
    public static func builtIn() throws -> OrganisationAliases {
        let file = EmbeddedData.aliasesFile
        do {
            return try OrganisationAliases.parse(csv: file.bytes)
        } catch let error as PortraitError {
            throw error.inFile(file.name)
        }
    }
}
