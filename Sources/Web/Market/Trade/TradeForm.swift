import Foundation
import Identity
import KechuangCore
import Market
import Vapor

/// Decoding of the market's forms and queries: views only render.
enum TradeForm {
    static func trimmed(_ v: [String: String], _ k: String) -> String { (v[k] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    static func int(_ v: [String: String], _ k: String) -> Int? {
        let raw = trimmed(v, k).replacingOccurrences(of: ",", with: "")
        return raw.isEmpty ? nil : Int(raw)
    }

    static func day(_ v: [String: String], _ k: String, rule: String) throws -> BeijingDay? {
        let raw = trimmed(v, k)
        guard !raw.isEmpty else { return nil }
        guard let d = BeijingDay(parsing: raw) else {
            throw DomainError.validation([FieldError(field: k, rule: rule, message: LocalizedText(zh: "请按 2027-03-31 的格式填写日期", en: "Write the day as e.g. 2027-03-31"))])
        }
        return d
    }

    /// A number that is not a whole number is a field error (never trapped, never clamped).
    static func amount(_ v: [String: String], _ k: String) throws -> Int? {
        let raw = trimmed(v, k).replacingOccurrences(of: ",", with: "")
        guard !raw.isEmpty else { return nil }
        guard let n = Int(raw) else {
            throw DomainError.validation([FieldError(field: k, rule: "amount.format", message: LocalizedText(zh: "请填写整数元", en: "Enter whole yuan"))])
        }
        return n
    }

    static func supply(_ v: [String: String]) -> SupplyInput {
        SupplyInput(organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)), title: trimmed(v, "title"), summary: trimmed(v, "summary"),
                    field: v["field"].flatMap(TechField.init(rawValue:)), trl: int(v, "trl"),
                    patents: trimmed(v, "patents").split(whereSeparator: { $0.isNewline || $0 == "," || $0 == "，" || $0 == ";" || $0 == "；" })
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                    modes: TransferMode.allCases.filter { v["mode_\($0.rawValue)"] == "yes" }, priceGuidance: trimmed(v, "price_guidance"),
                    resultID: v["result_id"].flatMap(UUID.init(uuidString:)), resultProjectID: v["result_project_id"].flatMap(UUID.init(uuidString:)))
    }

    static func demand(_ v: [String: String]) throws -> DemandInput {
        DemandInput(organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)), title: trimmed(v, "title"), problem: trimmed(v, "problem"),
                    field: v["field"].flatMap(TechField.init(rawValue:)), budget: try amount(v, "budget"),
                    deadline: try day(v, "deadline", rule: "demand.deadline.format"), minimumTRL: int(v, "minimum_trl"))
    }

    static func party(_ v: [String: String], _ prefix: String) -> ContractParty? {
        guard let kind = v["\(prefix)_kind"].flatMap(PartyKind.init(rawValue:)), let district = v["\(prefix)_district"].flatMap(District.init(rawValue:)) else {
            let name = trimmed(v, "\(prefix)_name")
            return name.isEmpty ? nil : ContractParty(name: name, uscc: trimmed(v, "\(prefix)_uscc"), kind: .other, district: .outsideBeijing)
        }
        return ContractParty(name: trimmed(v, "\(prefix)_name"), uscc: trimmed(v, "\(prefix)_uscc"), kind: kind, district: district)
    }

    static func contract(_ v: [String: String]) throws -> ContractInput {
        var problems: [FieldError] = []
        func collect<T>(_ body: () throws -> T?) -> T? {
            do { return try body() } catch DomainError.validation(let e) { problems += e; return nil } catch { return nil }
        }
        let input = ContractInput(
            type: v["type"].flatMap(ContractType.init(rawValue:)), subtype: v["subtype"].flatMap(ContractSubtype.init(rawValue:)), title: trimmed(v, "title"),
            field: v["field"].flatMap(TechField.init(rawValue:)), technicalContent: trimmed(v, "technical_content"),
            seller: party(v, "seller"), buyer: party(v, "buyer"),
            totalAmount: collect { try amount(v, "total_amount") }, technicalAmount: collect { try amount(v, "technical_amount") },
            goodsAmount: collect { try amount(v, "goods_amount") }, otherAmount: collect { try amount(v, "other_amount") },
            signedOn: collect { try day(v, "signed_on", rule: "contract.day.format") }, startsOn: collect { try day(v, "starts_on", rule: "contract.day.format") },
            endsOn: collect { try day(v, "ends_on", rule: "contract.day.format") }, point: trimmed(v, "point"),
            inquiryID: v["inquiry_id"].flatMap(UUID.init(uuidString:)))
        if !problems.isEmpty { throw DomainError.validation(problems) }
        return input
    }

    /// The form values of a contract (to fill the correction form).
    static func values(_ c: TechnologyContract) -> [String: String] {
        ["type": c.type.rawValue, "subtype": c.subtype.rawValue, "title": c.title, "field": c.field.rawValue, "technical_content": c.technicalContent,
         "seller_name": c.seller.name, "seller_uscc": c.seller.uscc, "seller_kind": c.seller.kind.rawValue, "seller_district": c.seller.district.rawValue,
         "buyer_name": c.buyer.name, "buyer_uscc": c.buyer.uscc, "buyer_kind": c.buyer.kind.rawValue, "buyer_district": c.buyer.district.rawValue,
         "total_amount": String(c.totalAmount), "technical_amount": String(c.technicalAmount), "goods_amount": String(c.goodsAmount),
         "other_amount": String(c.otherAmount), "signed_on": c.signedOn.description, "starts_on": c.startsOn.description, "ends_on": c.endsOn.description,
         "point": c.point, "version": String(c.version)]
    }

    /// The multipart contract form: its fields and the signed PDF (`file`).
    struct ContractUpload: Content {
        var type: String?
        var subtype: String?
        var title: String?
        var field: String?
        var technicalContent: String?
        var sellerName: String?
        var sellerUscc: String?
        var sellerKind: String?
        var sellerDistrict: String?
        var buyerName: String?
        var buyerUscc: String?
        var buyerKind: String?
        var buyerDistrict: String?
        var totalAmount: String?
        var technicalAmount: String?
        var goodsAmount: String?
        var otherAmount: String?
        var signedOn: String?
        var startsOn: String?
        var endsOn: String?
        var point: String?
        var inquiryId: String?
        var version: String?
        var file: File?

        enum CodingKeys: String, CodingKey {
            case type = "type"
            case subtype = "subtype"
            case title = "title"
            case field = "field"
            case technicalContent = "technical_content"
            case sellerName = "seller_name"
            case sellerUscc = "seller_uscc"
            case sellerKind = "seller_kind"
            case sellerDistrict = "seller_district"
            case buyerName = "buyer_name"
            case buyerUscc = "buyer_uscc"
            case buyerKind = "buyer_kind"
            case buyerDistrict = "buyer_district"
            case totalAmount = "total_amount"
            case technicalAmount = "technical_amount"
            case goodsAmount = "goods_amount"
            case otherAmount = "other_amount"
            case signedOn = "signed_on"
            case startsOn = "starts_on"
            case endsOn = "ends_on"
            case point = "point"
            case inquiryId = "inquiry_id"
            case version = "version"
            case file
        }

        var values: [String: String] {
            let all: [String: String?] = ["type": type, "subtype": subtype, "title": title, "field": field, "technical_content": technicalContent, "seller_name": sellerName, "seller_uscc": sellerUscc, "seller_kind": sellerKind, "seller_district": sellerDistrict, "buyer_name": buyerName, "buyer_uscc": buyerUscc, "buyer_kind": buyerKind, "buyer_district": buyerDistrict, "total_amount": totalAmount, "technical_amount": technicalAmount, "goods_amount": goodsAmount, "other_amount": otherAmount, "signed_on": signedOn, "starts_on": startsOn, "ends_on": endsOn, "point": point, "inquiry_id": inquiryId, "version": version]
            return all.compactMapValues { $0 }
        }
    }

    /// The form fields and the uploaded PDF of a multipart contract form.
    static func multipart(_ req: Request) throws -> ([String: String], (data: Data, name: String)?) {
        let upload = try req.content.decode(ContractUpload.self)
        let pdf = upload.file.flatMap { f in f.data.readableBytes > 0 ? (data: Data(buffer: f.data), name: f.filename) : nil }
        return (upload.values, pdf)
    }
}
