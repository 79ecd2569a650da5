import Foundation
import Identity
import KechuangCore
import Market

/// Decoding of the platform forms (pages and API take the same fields as strings).
enum PlatformForm {
    static func platform(_ v: [String: String]) -> PlatformInput {
        PlatformInput(kind: v["kind"].flatMap(PlatformKind.init(rawValue:)), organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)),
                      name: TradeForm.trimmed(v, "name"), summary: TradeForm.trimmed(v, "summary"),
                      fields: TechField.allCases.filter { v["field_\($0.rawValue)"] == "yes" },
                      services: PlatformService.allCases.filter { v["service_\($0.rawValue)"] == "yes" },
                      capacity: TradeForm.trimmed(v, "capacity"), fees: TradeForm.trimmed(v, "fees"),
                      district: v["district"].flatMap(District.init(rawValue:)), contact: TradeForm.trimmed(v, "contact"))
    }

    static func manager(_ v: [String: String]) throws -> ManagerInput {
        ManagerInput(name: TradeForm.trimmed(v, "name"), licenceNumber: TradeForm.trimmed(v, "licence_number"),
                     licensedUntil: try TradeForm.day(v, "licensed_until", rule: "manager.licence.format"),
                     fields: TechField.allCases.filter { v["field_\($0.rawValue)"] == "yes" })
    }

    static func request(_ v: [String: String]) -> ServiceRequestInput {
        ServiceRequestInput(organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)), service: v["service"].flatMap(PlatformService.init(rawValue:)),
                            description: TradeForm.trimmed(v, "description"))
    }

    static func answer(_ v: [String: String]) throws -> PlatformRequests.Answer {
        guard let a = v["answer"].flatMap(PlatformRequests.Answer.init(rawValue:)) else {
            throw DomainError.validation([FieldError(field: "answer", rule: "request.answer.required",
                                                     message: LocalizedText(zh: "请选择答复：接受、婉拒或记为完成", en: "Choose the answer: accept, decline or complete"))])
        }
        return a
    }
}
