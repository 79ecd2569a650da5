import Vapor

extension EnterpriseAPI {
    static var operations: [OpenAPIDocument.Operation] {
        [
            .init(.GET, EnterpriseAPI.criteria, summary: "Each cultivation tier's criteria in force, as rule data citing the source document and Art. 23 (public)",
                  tag: "enterprises", response: "EnterpriseTierList"),
            .init(.GET, EnterpriseAPI.finance, summary: "S&T finance products with the criteria they are matched by (Art. 51–54, public)", tag: "enterprises",
                  response: "EnterpriseFinanceProductList"),
            .init(.GET, EnterpriseAPI.mine, summary: "The enterprises the signed-in person acts for: tier reached, next tier, the criteria missing and by how much, benefits matched",
                  tag: "enterprises", response: "EnterpriseStatusList"),
            .init(.POST, EnterpriseAPI.matching, summary: "Match every active benefit of a year against every verified profile (免申即享, Art. 23(3)); officers and department staff",
                  tag: "enterprises", body: "EnterpriseMatchingBody", response: "EnterpriseMatchingRun"),
            .init(.POST, EnterpriseAPI.redeem(SiteURL.anyID), summary: "Redeem an innovation voucher at a registered provider; 422 cites Art. 23(3) when spent, expired or between related parties",
                  tag: "enterprises", body: "EnterpriseRedemptionBody", response: "EnterpriseRedemption", status: 201),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32
        let number: JSONValue = ["type": "number"], nullableNumber: JSONValue = ["type": ["number", "null"]]
        let nullableString: JSONValue = ["type": ["string", "null"]]
        let condition: JSONValue = ["type": "object", "properties": [
            "metric": string, "comparison": ["type": "string", "enum": ["at_least", "at_most", "equals"]], "threshold": number,
            "bands": ["type": ["array", "null"], "items": ["type": "object", "properties": ["revenue_up_to": ["type": ["integer", "null"], "format": "int64"], "threshold": number]]],
        ]]
        let result: JSONValue = ["type": "object", "properties": [
            "criterion": OpenAPIDocument.ref("EnterpriseCriterion"), "met": ["type": "boolean"], "actual": nullableNumber, "required": number, "gap": nullableNumber,
            "explanation_zh": string, "explanation_en": string,
        ]]
        return [
            ("EnterpriseCriterion", ["type": "object", "properties": [
                "id": string, "label_zh": string, "label_en": string, "any_of": ["type": "array", "items": condition],
                "source_document": nullableString, "source_zh": nullableString, "source_en": nullableString, "article": string,
            ]]),
            ("EnterpriseTierList", ["type": "array", "items": ["type": "object", "properties": [
                "tier": ["type": "string", "enum": ["tech_sme", "high_tech", "specialised", "little_giant", "unicorn"]], "label_zh": string, "label_en": string,
                "version": string, "criteria": ["type": "array", "items": OpenAPIDocument.ref("EnterpriseCriterion")],
            ]]]),
            ("EnterpriseFinanceProductList", ["type": "array", "items": ["type": "object", "properties": [
                "id": uuid, "provider_id": uuid, "kind": string, "name_zh": string, "name_en": string, "description_zh": string, "article": string,
                "criteria": ["type": "array", "items": OpenAPIDocument.ref("EnterpriseCriterion")],
            ]]]),
            ("EnterpriseStatusList", ["type": "array", "items": ["type": "object", "properties": [
                "organisation_id": uuid, "name_zh": string, "uscc": string, "year": ["type": ["integer", "null"], "format": "int32"], "state": nullableString,
                "tier": nullableString, "next_tier": nullableString, "missing": ["type": "array", "items": result],
                "benefits": ["type": "array", "items": ["type": "object", "properties": [
                    "id": uuid, "benefit_id": uuid, "title_zh": string, "title_en": string, "year": int, "state": string, "article": string,
                    "reasons": ["type": "array", "items": result]]]],
            ]]]),
            ("EnterpriseMatchingBody", ["type": "object", "properties": ["year": int]]),
            ("EnterpriseMatchingRun", ["type": "object", "properties": ["year": int, "benefits": int, "profiles": int, "new_matches": int]]),
            ("EnterpriseRedemptionBody", ["type": "object", "properties": [
                "provider_id": uuid, "service": ["type": "string", "enum": ["testing", "instrument_use", "design", "consulting"]],
                "amount_fen": ["type": "integer", "format": "int64", "minimum": 1], "instrument_id": uuid, "description": string,
            ]]),
            ("EnterpriseRedemption", ["type": "object", "properties": [
                "id": uuid, "voucher_id": uuid, "provider_id": uuid, "service": string, "amount_fen": ["type": "integer", "format": "int64"],
                "redeemed_on": ["type": "string", "format": "date"], "instrument_id": ["type": ["string", "null"], "format": "uuid"],
                "state": ["type": "string", "enum": ["redeemed", "claimed", "settled"]], "version": OpenAPIDocument.version,
            ]]),
        ]
    }
}
