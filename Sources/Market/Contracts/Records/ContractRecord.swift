import FluentKit
import Foundation
import Identity
import KechuangCore

final class ContractRecord: Model, @unchecked Sendable {
    static let schema = "mkt_contracts"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "number") var number: String?
    @Field(key: "state") var state: String
    @Field(key: "type") var type: String
    @Field(key: "subtype") var subtype: String
    @Field(key: "title") var title: String
    @Field(key: "field") var field: String
    @Field(key: "technical_content") var technicalContent: String
    @Field(key: "seller_name") var sellerName: String
    @Field(key: "seller_uscc") var sellerUSCC: String
    @Field(key: "seller_kind") var sellerKind: String
    @Field(key: "seller_district") var sellerDistrict: String
    @Field(key: "buyer_name") var buyerName: String
    @Field(key: "buyer_uscc") var buyerUSCC: String
    @Field(key: "buyer_kind") var buyerKind: String
    @Field(key: "buyer_district") var buyerDistrict: String
    @Field(key: "total_amount") var totalAmount: Int64
    @Field(key: "technical_amount") var technicalAmount: Int64
    @Field(key: "goods_amount") var goodsAmount: Int64
    @Field(key: "other_amount") var otherAmount: Int64
    @Field(key: "signed_on") var signedOn: String
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @Field(key: "point") var point: String
    @OptionalField(key: "pdf_key") var pdfKey: String?
    @OptionalField(key: "pdf_sha256") var pdfSHA256: String?
    @OptionalField(key: "pdf_name") var pdfName: String?
    @OptionalField(key: "inquiry_id") var inquiryID: UUID?
    @Field(key: "submitted_by") var submittedBy: UUID
    @OptionalField(key: "return_rule") var returnRule: String?
    @OptionalField(key: "return_reason") var returnReason: String?
    @Field(key: "returns") var returns: Int
    @OptionalField(key: "registrar_id") var registrarID: UUID?
    @OptionalField(key: "registered_on") var registeredOn: String?
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "version") var version: Int

    init() {}

    func day(_ raw: String, _ column: String) throws -> BeijingDay {
        guard let d = BeijingDay(parsing: raw) else { throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: "not a day: \"\(raw)\"") }
        return d
    }

    func amount(_ v: Int64, _ column: String) throws -> Int {
        guard v >= 0, v <= 10_000_000_000_000 else { throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: "out of range: \(v)") }
        return Int(v)
    }

    func party(_ name: String, _ uscc: String, _ kind: String, _ district: String, _ prefix: String) throws -> ContractParty {
        ContractParty(name: name, uscc: uscc, kind: try StoredValue.decode(PartyKind.self, kind, table: Self.schema, id: id, column: "\(prefix)_kind"),
                      district: try StoredValue.decode(District.self, district, table: Self.schema, id: id, column: "\(prefix)_district"))
    }

    /// Throws `StoredDataError` for an unknown state, subtype, field, kind or district, an unreadable day or an amount out of range.
    func toDomain() throws -> TechnologyContract {
        let sub = try StoredValue.decode(ContractSubtype.self, subtype, table: Self.schema, id: id, column: "subtype")
        guard sub.type.rawValue == type else { throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "type", reason: "\(type) is not the type of \(subtype)") }
        return TechnologyContract(
            id: TechnologyContract.ID(try requireID()), number: number,
            state: try StoredValue.decode(ContractState.self, state, table: Self.schema, id: id, column: "state"), subtype: sub, title: title,
            field: try StoredValue.decode(TechField.self, field, table: Self.schema, id: id, column: "field"), technicalContent: technicalContent,
            seller: try party(sellerName, sellerUSCC, sellerKind, sellerDistrict, "seller"), buyer: try party(buyerName, buyerUSCC, buyerKind, buyerDistrict, "buyer"),
            totalAmount: try amount(totalAmount, "total_amount"), technicalAmount: try amount(technicalAmount, "technical_amount"),
            goodsAmount: try amount(goodsAmount, "goods_amount"), otherAmount: try amount(otherAmount, "other_amount"),
            signedOn: try day(signedOn, "signed_on"), startsOn: try day(startsOn, "starts_on"), endsOn: try day(endsOn, "ends_on"), point: point,
            pdfKey: pdfKey, pdfSHA256: pdfSHA256, pdfName: pdfName, inquiryID: inquiryID, submittedBy: submittedBy, returnRule: returnRule,
            returnReason: returnReason, returns: returns, registrarID: registrarID, registeredOn: try registeredOn.map { try day($0, "registered_on") },
            submittedAt: submittedAt, updatedAt: updatedAt, version: version)
    }

    func apply(_ i: ContractInput) {
        guard let sub = i.subtype, let field = i.field, let seller = i.seller, let buyer = i.buyer else { return }
        type = sub.type.rawValue
        subtype = sub.rawValue
        title = i.title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.field = field.rawValue
        technicalContent = i.technicalContent.trimmingCharacters(in: .whitespacesAndNewlines)
        sellerName = seller.name.trimmingCharacters(in: .whitespacesAndNewlines)
        sellerUSCC = seller.kind == .individual ? "" : UnifiedSocialCreditCode.normalized(seller.uscc)
        sellerKind = seller.kind.rawValue
        sellerDistrict = seller.district.rawValue
        buyerName = buyer.name.trimmingCharacters(in: .whitespacesAndNewlines)
        buyerUSCC = buyer.kind == .individual ? "" : UnifiedSocialCreditCode.normalized(buyer.uscc)
        buyerKind = buyer.kind.rawValue
        buyerDistrict = buyer.district.rawValue
        totalAmount = Int64(i.totalAmount ?? 0)
        technicalAmount = Int64(i.technicalAmount ?? 0)
        goodsAmount = Int64(i.goodsAmount ?? 0)
        otherAmount = Int64(i.otherAmount ?? 0)
        signedOn = i.signedOn?.description ?? ""
        startsOn = i.startsOn?.description ?? ""
        endsOn = i.endsOn?.description ?? ""
        point = i.point
    }
}
