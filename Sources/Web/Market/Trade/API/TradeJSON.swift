import Foundation
import KechuangCore
import Market
import Vapor

struct MarketSupplyJSON: Content {
    var id: UUID
    var organisation_id: UUID
    var title: String
    var summary: String
    var field: String
    var trl: Int
    var patents: [String]
    var modes: [String]
    var price_guidance: String
    var result_id: UUID?
    var status: String

    init(_ s: TechSupply) {
        id = s.id.rawValue; organisation_id = s.organisationID; title = s.title; summary = s.summary; field = s.field.rawValue; trl = s.trl
        patents = s.patents; modes = s.modes.map(\.rawValue); price_guidance = s.priceGuidance; result_id = s.resultID; status = s.status.rawValue
    }
}

struct MarketDemandJSON: Content {
    var id: UUID
    var organisation_id: UUID
    var title: String
    var problem: String
    var field: String
    var budget: Int?
    var deadline: String?
    var minimum_trl: Int?
    var status: String

    init(_ d: TechDemand) {
        id = d.id.rawValue; organisation_id = d.organisationID; title = d.title; problem = d.problem; field = d.field.rawValue; budget = d.budget
        deadline = d.deadline?.description; minimum_trl = d.minimumTRL; status = d.status.rawValue
    }
}

struct MarketMatchJSON: Content {
    var supply_id: UUID
    var demand_id: UUID
    var score: Double
    var shared_terms: [String]
    var same_field: Bool
    var trl_fits: Bool
    var reason_zh: String
    var reason_en: String

    init(_ m: TradeMatch) {
        supply_id = m.supplyID.rawValue; demand_id = m.demandID.rawValue; score = (m.score * 1000).rounded() / 1000; shared_terms = m.reason.sharedTerms
        same_field = m.reason.sameField; trl_fits = m.reason.trlFits; reason_zh = m.reason.text.zh; reason_en = m.reason.text.en
    }
}

struct MarketExpertMatchJSON: Content {
    var person_id: UUID
    var name: String
    var affinity: Int
}

struct MarketDemandMatchesJSON: Content {
    var supplies: [MarketMatchJSON]
    var experts: [MarketExpertMatchJSON]
}

struct MarketPartyJSON: Content {
    var name: String
    var uscc: String
    var kind: String
    var district: String

    init(_ p: ContractParty) { name = p.name; uscc = p.uscc; kind = p.kind.rawValue; district = p.district.rawValue }
}

struct MarketContractJSON: Content {
    var id: UUID
    var number: String?
    var state: String
    var type: String
    var subtype: String
    var title: String
    var field: String
    var technical_content: String
    var seller: MarketPartyJSON
    var buyer: MarketPartyJSON
    var total_amount: Int
    var technical_amount: Int
    var goods_amount: Int
    var other_amount: Int
    var signed_on: String
    var starts_on: String
    var ends_on: String
    var point: String
    var pdf_sha256: String?
    var return_reason: String?
    var return_note: String?
    var returns: Int
    var registered_on: String?
    var version: Int

    init(_ k: TechnologyContract) {
        id = k.id.rawValue; number = k.number; state = k.state.rawValue; type = k.type.rawValue; subtype = k.subtype.rawValue; title = k.title
        field = k.field.rawValue; technical_content = k.technicalContent; seller = MarketPartyJSON(k.seller); buyer = MarketPartyJSON(k.buyer)
        total_amount = k.totalAmount; technical_amount = k.technicalAmount; goods_amount = k.goodsAmount; other_amount = k.otherAmount
        signed_on = k.signedOn.description; starts_on = k.startsOn.description; ends_on = k.endsOn.description; point = k.point; pdf_sha256 = k.pdfSHA256
        return_reason = k.returnRule; return_note = k.returnReason; returns = k.returns; registered_on = k.registeredOn?.description; version = k.version
    }
}

/// A contract submitted through the API: the form's fields, the signed PDF base64-encoded.
struct MarketContractBody: Content {
    var fields: [String: String]
    var pdf_base64: String?
    var pdf_name: String?
}

struct MarketDecisionBody: Content {
    var version: Int
    var reason: String?
    var note: String?
}

struct MarketTurnoverJSON: Content {
    var from: String
    var to: String
    var contracts: Int
    var amount: Int
    var technical_amount: Int
}
