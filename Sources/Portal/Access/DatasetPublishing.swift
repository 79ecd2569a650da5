import Foundation
import Identity

/// Who may publish data sets and their versions (Art. 57), as pure predicates the catalogue
/// applies (the routes only ask for a role that could qualify). A research office or programme
/// officer publishes for the organisation they hold that role at; the platform administrator may
/// also publish as the platform. The platform's own data sets (`source` set) are written only by
/// `CataloguePlatformDatasets`, never by hand.
public enum DatasetPublishing {
    public static let publisherRoles: Set<Role> = DataAccessPolicy.deciderRoles

    /// The publishers a person may choose from: their organisations where they hold a publisher
    /// role, then the platform itself for the administrator.
    public static func publishers(of person: Person) -> [DatasetCatalogue.Publisher] {
        var seen = Set<UUID>()
        var out: [DatasetCatalogue.Publisher] = person.memberships.compactMap { m in
            guard publisherRoles.contains(m.role), let id = m.organisationID, seen.insert(id).inserted else { return nil }
            let name = m.organisationName ?? ""
            return DatasetCatalogue.Publisher(id: id, nameZh: name, nameEn: "")
        }
        if person.roles.contains(.platformAdmin) { out.append(.platform) }
        return out
    }

    public static func mayPublish(_ person: Person) -> Bool { !publishers(of: person).isEmpty }

    /// Whether the person may publish as this publisher (nil: the platform).
    public static func mayPublish(_ person: Person, as publisher: UUID?) -> Bool {
        publishers(of: person).contains { $0.id == publisher }
    }

    /// Whether the person may add versions to this data set: a publisher of its organisation, or
    /// the administrator; never a platform data set (kept current automatically).
    public static func mayAddVersion(_ person: Person, to dataset: Dataset) -> Bool {
        guard dataset.source == nil else { return false }
        return person.roles.contains(.platformAdmin) || mayPublish(person, as: dataset.publisherID)
    }
}
