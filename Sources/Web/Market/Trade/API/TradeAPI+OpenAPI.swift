import Vapor

extension TradeAPI {
    static var operations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID
        let search = [("q", "Words, Chinese or English (the glossary translates English)"), ("field", "Field code (energy, materials, …)")]
        return [
            .init(.GET, TradeAPI.supplies, summary: "Open technology supplies, searched with the Chinese engine (Art. 36; public)", tag: "market", query: search, response: "MarketSupplyList"),
            .init(.POST, TradeAPI.supplies, summary: "List a technology for an organisation one belongs to; the form's fields as strings (mode_<mode>=yes; Art. 36)",
                  tag: "market", body: "MarketListingBody", response: "MarketSupply", status: 201),
            .init(.GET, TradeAPI.supplyMatches(any), summary: "The open demands a supply could answer, ranked, each with its reason (shared terms, field, TRL; public)",
                  tag: "market", response: "MarketMatchList"),
            .init(.GET, TradeAPI.demands, summary: "Open technology demands (Art. 36; public)", tag: "market", query: search, response: "MarketDemandList"),
            .init(.POST, TradeAPI.demands, summary: "Post an organisation's technical need; the form's fields as strings (Art. 36)",
                  tag: "market", body: "MarketListingBody", response: "MarketDemand", status: 201),
            .init(.GET, TradeAPI.demandMatches(any), summary: "The open supplies ranked for a demand with their reasons, and experts ranked by the review affinity model (experts for the demand's organisation and officers only)",
                  tag: "market", response: "MarketDemandMatches"),
            .init(.GET, TradeAPI.contracts, summary: "One's technology contracts; for a registrar every contract", tag: "market", response: "MarketContractList"),
            .init(.POST, TradeAPI.contracts, summary: "Submit a technology contract for registration with the signed PDF (base64); every rule's problem at once, each citing its source",
                  tag: "market", body: "MarketContractBody", response: "MarketContract", status: 201),
            .init(.GET, TradeAPI.contract(any), summary: "One contract (its submitter or a registrar)", tag: "market", response: "MarketContract"),
            .init(.POST, TradeAPI.registerContract(any), summary: "Register a contract with a number (registrars; refused citing Art. 60 for a restricted party, Beijing Technology Market Regulation Art. 22(3) for a second registration)",
                  tag: "market", body: "MarketDecisionBody", response: "MarketContract"),
            .init(.POST, TradeAPI.returnContract(any), summary: "Return a contract for correction with a reason (wrong_type, technical_content, amounts, incomplete_text, party_restricted) and a note",
                  tag: "market", body: "MarketDecisionBody", response: "MarketContract"),
            .init(.GET, TradeAPI.statistics, summary: "Statistics of registered contracts for a year by type, field, district, party kind, month and flow (public open data)",
                  tag: "market", query: [("year", "2000–2100; default this year")], response: "MarketContractStatistics"),
            .init(.GET, TradeAPI.turnover, summary: "Turnover and technical transaction amount of contracts registered between two days (both included; public)",
                  tag: "market", query: [("from", "First day, 2026-01-01"), ("to", "Last day, 2026-12-31")], response: "MarketTurnover"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32, nullableString = OpenAPIDocument.nullableString
        let yuan: JSONValue = ["type": "integer", "format": "int64", "minimum": 0]
        let nullableInt: JSONValue = ["type": ["integer", "null"], "format": "int64"]
        let strings: JSONValue = ["type": "array", "items": string]
        let party: JSONValue = ["type": "object", "properties": ["name": string, "uscc": string, "kind": ["type": "string", "enum": ["enterprise", "university", "institute", "individual", "other"]], "district": string]]
        let match: JSONValue = ["type": "object", "properties": ["supply_id": uuid, "demand_id": uuid, "score": ["type": "number"], "shared_terms": strings,
                                                                 "same_field": ["type": "boolean"], "trl_fits": ["type": "boolean"], "reason_zh": string, "reason_en": string]]
        let rows: JSONValue = ["type": "array", "items": ["type": "object", "properties": ["dimension": string, "key": string, "label_zh": string, "label_en": string,
                                                                                          "contracts": int, "amount": yuan, "technical_amount": yuan]]]
        return [
            ("MarketSupply", ["type": "object", "properties": ["id": uuid, "organisation_id": uuid, "title": string, "summary": string, "field": string,
                                                               "trl": ["type": "integer", "minimum": 1, "maximum": 9], "patents": strings, "modes": strings,
                                                               "price_guidance": string, "result_id": ["type": ["string", "null"], "format": "uuid"], "status": string]]),
            ("MarketSupplyList", ["type": "array", "items": OpenAPIDocument.ref("MarketSupply")]),
            ("MarketDemand", ["type": "object", "properties": ["id": uuid, "organisation_id": uuid, "title": string, "problem": string, "field": string,
                                                               "budget": nullableInt, "deadline": nullableString, "minimum_trl": nullableInt, "status": string]]),
            ("MarketDemandList", ["type": "array", "items": OpenAPIDocument.ref("MarketDemand")]),
            ("MarketListingBody", ["type": "object", "additionalProperties": string]),
            ("MarketMatch", match),
            ("MarketMatchList", ["type": "array", "items": OpenAPIDocument.ref("MarketMatch")]),
            ("MarketDemandMatches", ["type": "object", "properties": ["supplies": OpenAPIDocument.ref("MarketMatchList"),
                                                                      "experts": ["type": "array", "items": ["type": "object", "properties": ["person_id": uuid, "name": string, "affinity": int]]]]]),
            ("MarketContract", ["type": "object", "properties": [
                "id": uuid, "number": nullableString, "state": ["type": "string", "enum": ["submitted", "returned", "registered"]],
                "type": ["type": "string", "enum": ["development", "transfer", "licence", "consultancy", "service"]], "subtype": string, "title": string, "field": string,
                "technical_content": string, "seller": party, "buyer": party, "total_amount": yuan, "technical_amount": yuan, "goods_amount": yuan, "other_amount": yuan,
                "signed_on": string, "starts_on": string, "ends_on": string, "point": string, "pdf_sha256": nullableString, "return_reason": nullableString,
                "return_note": nullableString, "returns": int, "registered_on": nullableString, "version": int]]),
            ("MarketContractList", ["type": "array", "items": OpenAPIDocument.ref("MarketContract")]),
            ("MarketContractBody", ["type": "object", "required": ["fields"], "properties": [
                "fields": ["type": "object", "additionalProperties": string, "description": "The form's fields: type, subtype, title, field, technical_content, seller_name, seller_uscc, seller_kind, seller_district, buyer_…, total_amount, technical_amount, goods_amount, other_amount, signed_on, starts_on, ends_on, point, inquiry_id"],
                "pdf_base64": string, "pdf_name": string]]),
            ("MarketDecisionBody", ["type": "object", "required": ["version"], "properties": ["version": OpenAPIDocument.version, "reason": string, "note": string]]),
            ("MarketContractStatistics", ["type": "object", "properties": ["from": string, "to": string, "contracts": int, "amount": yuan, "technical_amount": yuan,
                                                                           "rows": rows, "basis": string]]),
            ("MarketTurnover", ["type": "object", "properties": ["from": string, "to": string, "contracts": int, "amount": yuan, "technical_amount": yuan]]),
        ]
    }
}
