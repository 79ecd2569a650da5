import FluentKit
import Foundation
import KechuangCore

final class ProgrammeRecord: Model, @unchecked Sendable {
    static let schema = "ent_voucher_programmes"

    @ID(key: .id) var id: UUID?
    @Field(key: "year") var year: Int
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "face_value_fen") var faceValueFen: Int
    @Field(key: "cap_per_enterprise_fen") var capPerEnterpriseFen: Int
    @Field(key: "budget_fen") var budgetFen: Int
    @Field(key: "issued_fen") var issuedFen: Int
    @Field(key: "expires_on") var expiresOn: String
    @Field(key: "eligibility_json") var eligibilityJSON: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> VoucherProgramme {
        VoucherProgramme(id: VoucherProgramme.ID(try requireID()), year: year, nameZh: nameZh, nameEn: nameEn, faceValueFen: faceValueFen,
                         capPerEnterpriseFen: capPerEnterpriseFen, budgetFen: budgetFen, issuedFen: issuedFen,
                         expiresOn: try StoredJSON.day(expiresOn, table: Self.schema, id: id, column: "expires_on"),
                         eligibility: try StoredJSON.decode([Criterion].self, eligibilityJSON, table: Self.schema, id: id, column: "eligibility_json"),
                         createdAt: createdAt)
    }
}

final class VoucherRecord: Model, @unchecked Sendable {
    static let schema = "ent_vouchers"

    @ID(key: .id) var id: UUID?
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "face_value_fen") var faceValueFen: Int
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "expires_on") var expiresOn: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Voucher {
        Voucher(id: Voucher.ID(try requireID()), programmeID: VoucherProgramme.ID(programmeID), organisationID: organisationID, faceValueFen: faceValueFen,
                issuedOn: try StoredJSON.day(issuedOn, table: Self.schema, id: id, column: "issued_on"),
                expiresOn: try StoredJSON.day(expiresOn, table: Self.schema, id: id, column: "expires_on"), createdAt: createdAt)
    }
}

final class ProviderRecord: Model, @unchecked Sendable {
    static let schema = "ent_providers"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "services") var services: String
    @Field(key: "legal_representative") var legalRepresentative: String
    @Field(key: "shareholders_json") var shareholdersJSON: String
    @Field(key: "active") var active: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> VoucherProvider {
        VoucherProvider(id: VoucherProvider.ID(try requireID()), organisationID: organisationID,
                        services: try StoredValue.decodeList(VoucherService.self, services, separator: ",", table: Self.schema, id: id, column: "services"),
                        legalRepresentative: legalRepresentative,
                        shareholders: try StoredJSON.decode([String].self, shareholdersJSON, table: Self.schema, id: id, column: "shareholders_json"),
                        active: active, createdAt: createdAt)
    }
}

final class RedemptionRecord: Model, @unchecked Sendable {
    static let schema = "ent_redemptions"

    @ID(key: .id) var id: UUID?
    @Field(key: "voucher_id") var voucherID: UUID
    @Field(key: "expires_on") var expiresOn: String
    @Field(key: "face_value_fen") var faceValueFen: Int
    @Field(key: "provider_id") var providerID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "service") var service: String
    @Field(key: "amount_fen") var amountFen: Int
    @Field(key: "redeemed_on") var redeemedOn: String
    @OptionalField(key: "instrument_id") var instrumentID: UUID?
    @Field(key: "description") var description: String
    @Field(key: "state") var state: String
    @Field(key: "service_record") var serviceRecord: String
    @OptionalField(key: "claimed_at") var claimedAt: Date?
    @OptionalField(key: "settled_at") var settledAt: Date?
    @OptionalField(key: "settled_by") var settledBy: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Redemption {
        Redemption(id: Redemption.ID(try requireID()), voucherID: Voucher.ID(voucherID), providerID: VoucherProvider.ID(providerID),
                   organisationID: organisationID,
                   service: try StoredValue.decode(VoucherService.self, service, table: Self.schema, id: id, column: "service"), amountFen: amountFen,
                   redeemedOn: try StoredJSON.day(redeemedOn, table: Self.schema, id: id, column: "redeemed_on"), instrumentID: instrumentID,
                   description: description, state: try StoredValue.decode(RedemptionState.self, state, table: Self.schema, id: id, column: "state"),
                   serviceRecord: serviceRecord, claimedAt: claimedAt, settledAt: settledAt, settledBy: settledBy, version: version, createdAt: createdAt)
    }
}
