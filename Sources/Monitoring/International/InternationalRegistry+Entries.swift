import FluentKit
import Foundation
import Identity
import KechuangCore

extension InternationalRegistry {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: Cooperation projects (Art. 66, 67, 69, 70)

    /// Drafts a project (`id == nil`) or changes one read at `version`.
    public func saveProject(_ input: CooperationProjectInput, id: CooperationProject.ID? = nil, version: Int? = nil, by person: Person) async throws -> CooperationProject {
        guard InternationalAccess.may(.change, .init(person), .init(state: .draft)) else { throw Self.notKeeper(69) }
        let at = now()
        try InternationalRules.project.validate(input, at: at)
        guard let lead = input.leadOrganisationID, let starts = InternationalRules.day(input.startsOn),
              let basis = CooperationBasis(rawValue: input.basis) else { throw DomainError.notFound(entity: Self.object(IntlProjectRecord.self)) }
        try await requireOrganisation(lead, field: "lead_organisation_id", article: 69)
        let number = Self.trimmed(input.grantProjectNumber)
        var grant: UUID?
        if !number.isEmpty { grant = try await grantProject(numbered: number) }
        let grantID = grant
        let ends = Self.trimmed(input.endsOn).isEmpty ? nil : InternationalRules.day(input.endsOn)?.description
        let partners = try Self.json(input.partners.map {
            ForeignPartner(nameZh: Self.trimmed($0.nameZh), nameEn: Self.trimmed($0.nameEn), country: $0.country, kind: $0.kind)
        })
        let (titleZh, titleEn, fieldZh, fieldEn) = (Self.trimmed(input.titleZh), Self.trimmed(input.titleEn), Self.trimmed(input.fieldZh), Self.trimmed(input.fieldEn))
        return try await write(IntlProjectRecord.self, id: id?.rawValue, version: version, by: person, at: at, duplicateField: "title_zh") { row in
            (row.titleZh, row.titleEn, row.leadOrganisationID) = (titleZh, titleEn, lead)
            (row.grantProjectID, row.grantProjectNumber) = (grantID, number.isEmpty ? nil : number)
            (row.fieldZh, row.fieldEn, row.startsOn, row.endsOn) = (fieldZh, fieldEn, starts.description, ends)
            (row.basis, row.partnersJSON) = (basis.rawValue, partners)
        }
    }

    public func publishProject(_ id: CooperationProject.ID, by person: Person) async throws -> CooperationProject {
        try await publish(IntlProjectRecord.self, id.rawValue, by: person)
    }

    /// The projects `viewer` may see, newest start first.
    public func projects(as viewer: Person?) async throws -> [CooperationProject] {
        try await entries(IntlProjectRecord.self, as: viewer).sorted { ($0.startsOn.description, $0.titleZh) > ($1.startsOn.description, $1.titleZh) }
    }

    public func project(_ id: CooperationProject.ID, as viewer: Person?) async throws -> CooperationProject {
        try await entry(IntlProjectRecord.self, id.rawValue, as: viewer)
    }

    // MARK: International S&T organisations in Beijing (Art. 71)

    public func saveOrganisation(_ input: IntlOrganisationInput, id: IntlOrganisation.ID? = nil, version: Int? = nil, by person: Person) async throws -> IntlOrganisation {
        guard InternationalAccess.may(.change, .init(person), .init(state: .draft)) else { throw Self.notKeeper(71) }
        let at = now()
        try InternationalRules.organisation.validate(input, at: at)
        guard let kind = IntlOrganisationKind(rawValue: input.kind), let day = InternationalRules.day(input.registeredOn) else {
            throw DomainError.notFound(entity: Self.object(IntlOrganisationRecord.self))
        }
        if let host = input.hostOrganisationID { try await requireOrganisation(host, field: "host_organisation_id", article: 71) }
        let host = input.hostOrganisationID
        let (nameZh, nameEn, fieldsZh, fieldsEn, website) = (Self.trimmed(input.nameZh), Self.trimmed(input.nameEn), Self.trimmed(input.fieldsZh),
                                                             Self.trimmed(input.fieldsEn), Self.trimmed(input.website))
        return try await write(IntlOrganisationRecord.self, id: id?.rawValue, version: version, by: person, at: at, duplicateField: "name_zh") { row in
            (row.nameZh, row.nameEn, row.kind, row.registeredOn) = (nameZh, nameEn, kind.rawValue, day.description)
            (row.hostOrganisationID, row.fieldsZh, row.fieldsEn, row.website) = (host, fieldsZh, fieldsEn, website)
        }
    }

    public func publishOrganisation(_ id: IntlOrganisation.ID, by person: Person) async throws -> IntlOrganisation {
        try await publish(IntlOrganisationRecord.self, id.rawValue, by: person)
    }

    /// The organisations `viewer` may see, by the day they came to Beijing.
    public func organisations(as viewer: Person?) async throws -> [IntlOrganisation] {
        try await entries(IntlOrganisationRecord.self, as: viewer).sorted { ($0.registeredOn.description, $0.nameZh) < ($1.registeredOn.description, $1.nameZh) }
    }

    public func organisation(_ id: IntlOrganisation.ID, as viewer: Person?) async throws -> IntlOrganisation {
        try await entry(IntlOrganisationRecord.self, id.rawValue, as: viewer)
    }

    // MARK: Big-science programmes (Art. 69(1))

    public func saveBigScience(_ input: BigScienceInput, id: BigScienceProgramme.ID? = nil, version: Int? = nil, by person: Person) async throws -> BigScienceProgramme {
        guard InternationalAccess.may(.change, .init(person), .init(state: .draft)) else { throw Self.notKeeper(69) }
        let at = now()
        try InternationalRules.bigScience.validate(input, at: at)
        guard let role = BigScienceRole(rawValue: input.role), let year = input.startYear else {
            throw DomainError.notFound(entity: Self.object(BigScienceRecord.self))
        }
        var participants: [UUID] = []
        for p in input.participantIDs where !participants.contains(p) {
            try await requireOrganisation(p, field: "participant_ids", article: 69)
            participants.append(p)
        }
        let json = try Self.json(participants)
        let (nameZh, nameEn) = (Self.trimmed(input.nameZh), Self.trimmed(input.nameEn))
        return try await write(BigScienceRecord.self, id: id?.rawValue, version: version, by: person, at: at, duplicateField: "name_zh") { row in
            (row.nameZh, row.nameEn, row.role, row.participantsJSON, row.startYear) = (nameZh, nameEn, role.rawValue, json, year)
        }
    }

    public func publishBigScience(_ id: BigScienceProgramme.ID, by person: Person) async throws -> BigScienceProgramme {
        try await publish(BigScienceRecord.self, id.rawValue, by: person)
    }

    /// The programmes `viewer` may see, newest first.
    public func bigScience(as viewer: Person?) async throws -> [BigScienceProgramme] {
        try await entries(BigScienceRecord.self, as: viewer).sorted { ($0.startYear, $1.nameZh) > ($1.startYear, $0.nameZh) }
    }

    public func bigScience(_ id: BigScienceProgramme.ID, as viewer: Person?) async throws -> BigScienceProgramme {
        try await entry(BigScienceRecord.self, id.rawValue, as: viewer)
    }
}
