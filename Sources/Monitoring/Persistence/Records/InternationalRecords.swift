import FluentKit
import Foundation
import KechuangCore

final class IntlProjectRecord: Model, @unchecked Sendable {
    static let schema = "mon_intl_projects"

    @ID(key: .id) var id: UUID?
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "lead_organisation_id") var leadOrganisationID: UUID
    @OptionalField(key: "grant_project_id") var grantProjectID: UUID?
    @OptionalField(key: "grant_project_number") var grantProjectNumber: String?
    @Field(key: "field_zh") var fieldZh: String
    @Field(key: "field_en") var fieldEn: String
    @Field(key: "starts_on") var startsOn: String
    @OptionalField(key: "ends_on") var endsOn: String?
    @Field(key: "basis") var basis: String
    /// `[ForeignPartner]` as JSON.
    @Field(key: "partners_json") var partnersJSON: String
    @Field(key: "state") var state: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}

    func toDomain() throws -> CooperationProject {
        let id = try requireID()
        func bad(_ column: String, _ reason: String) -> StoredDataError { StoredDataError(table: Self.schema, id: id.uuidString, column: column, reason: reason) }
        let partners: [ForeignPartner]
        do { partners = try JSONDecoder().decode([ForeignPartner].self, from: Data(partnersJSON.utf8)) } catch { throw bad("partners_json", "does not decode: \(error)") }
        guard let starts = BeijingDay(parsing: startsOn) else { throw bad("starts_on", "not a day: \(startsOn)") }
        var ends: BeijingDay?
        if let endsOn {
            guard let day = BeijingDay(parsing: endsOn) else { throw bad("ends_on", "not a day: \(endsOn)") }
            ends = day
        }
        return CooperationProject(
            id: CooperationProject.ID(id), titleZh: titleZh, titleEn: titleEn, leadOrganisationID: leadOrganisationID,
            grantProjectID: grantProjectID, grantProjectNumber: grantProjectNumber, fieldZh: fieldZh, fieldEn: fieldEn,
            startsOn: starts, endsOn: ends,
            basis: try StoredValue.decode(CooperationBasis.self, basis, table: Self.schema, id: id, column: "basis"),
            partners: partners, state: try StoredValue.decode(RegistryState.self, state, table: Self.schema, id: id, column: "state"),
            publishedAt: publishedAt, version: version)
    }
}

final class IntlOrganisationRecord: Model, @unchecked Sendable {
    static let schema = "mon_intl_organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "kind") var kind: String
    @Field(key: "registered_on") var registeredOn: String
    @OptionalField(key: "host_organisation_id") var hostOrganisationID: UUID?
    @Field(key: "fields_zh") var fieldsZh: String
    @Field(key: "fields_en") var fieldsEn: String
    @Field(key: "website") var website: String
    @Field(key: "state") var state: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}

    func toDomain() throws -> IntlOrganisation {
        let id = try requireID()
        guard let day = BeijingDay(parsing: registeredOn) else {
            throw StoredDataError(table: Self.schema, id: id.uuidString, column: "registered_on", reason: "not a day: \(registeredOn)")
        }
        return IntlOrganisation(
            id: IntlOrganisation.ID(id), nameZh: nameZh, nameEn: nameEn,
            kind: try StoredValue.decode(IntlOrganisationKind.self, kind, table: Self.schema, id: id, column: "kind"),
            registeredOn: day, hostOrganisationID: hostOrganisationID, fieldsZh: fieldsZh, fieldsEn: fieldsEn, website: website,
            state: try StoredValue.decode(RegistryState.self, state, table: Self.schema, id: id, column: "state"), publishedAt: publishedAt, version: version)
    }
}

final class BigScienceRecord: Model, @unchecked Sendable {
    static let schema = "mon_big_science"

    @ID(key: .id) var id: UUID?
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "role") var role: String
    /// `[UUID]` of Identity's organisations as JSON.
    @Field(key: "participants_json") var participantsJSON: String
    @Field(key: "start_year") var startYear: Int
    @Field(key: "state") var state: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}

    func toDomain() throws -> BigScienceProgramme {
        let id = try requireID()
        let participants: [UUID]
        do { participants = try JSONDecoder().decode([UUID].self, from: Data(participantsJSON.utf8)) } catch {
            throw StoredDataError(table: Self.schema, id: id.uuidString, column: "participants_json", reason: "does not decode: \(error)")
        }
        return BigScienceProgramme(
            id: BigScienceProgramme.ID(id), nameZh: nameZh, nameEn: nameEn,
            role: try StoredValue.decode(BigScienceRole.self, role, table: Self.schema, id: id, column: "role"),
            participantIDs: participants, startYear: startYear,
            state: try StoredValue.decode(RegistryState.self, state, table: Self.schema, id: id, column: "state"), publishedAt: publishedAt, version: version)
    }
}
