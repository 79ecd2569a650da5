import Foundation
import Grants
import Portal
import Vapor

extension PortalAPI {
    static var operations: [OpenAPIDocument.Operation] {
        [
            .init(.POST, PortalAPI.projectSearch,
                  summary: "Search the funded projects (Art. 56): words in Chinese or English (glossary), facets, PI name, amount range; offset/limit (limit at most 500, beyond is a 422 naming limit) and sort; public fields only (public)",
                  tag: "portal", body: "PublicProjectSearchBody", response: "PublicProjectSearchResult"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid
        let day: JSONValue = ["type": "string", "format": "date", "description": "A calendar day in Beijing time"]
        let int32: JSONValue = ["type": "integer", "format": "int32"]
        let yuan: JSONValue = ["type": "integer", "format": "int64", "minimum": 0, "description": "yuan"]
        let strings: JSONValue = ["type": "array", "items": string]
        let statuses: JSONValue = .array(ProjectStatus.allCases.map { .string($0.rawValue) })
        let bands: JSONValue = .array(AmountBand.allCases.map { .string($0.rawValue) })
        let sorts: JSONValue = .array(ProjectSort.allCases.map { .string($0.rawValue) })
        let facetValue: JSONValue = ["type": "object", "properties": ["value": string, "label_zh": string, "label_en": string, "count": int32]]
        let facetList: JSONValue = ["type": "array", "items": facetValue]
        return [
            ("PublicProjectSearchCriteria", ["type": "object", "properties": [
                "text": ["type": "string", "maxLength": .int(PortalAPIRoutes.maxText), "description": "Words in Chinese or English"],
                "programmes": ["type": "array", "items": uuid], "years": ["type": "array", "items": int32],
                "institutions": ["type": "array", "items": uuid], "districts": strings,
                "disciplines": ["type": "array", "items": string, "description": "First-level discipline codes, e.g. F01"],
                "statuses": ["type": "array", "items": ["type": "string", "enum": statuses]],
                "amount_bands": ["type": "array", "items": ["type": "string", "enum": bands]],
                "pi_name": ["type": "string", "maxLength": .int(PortalAPIRoutes.maxText), "description": "Part of the PI's name"],
                "amount_min": yuan, "amount_max": yuan,
            ]]),
            ("PublicProjectSearchBody", ["type": "object", "properties": [
                "criteria": OpenAPIDocument.ref("PublicProjectSearchCriteria"),
                "offset": ["type": "integer", "format": "int32", "minimum": 0, "default": 0],
                "limit": ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(ProjectSearchCriteria.maxLimit), "default": 50],
                "sort": ["type": "string", "enum": sorts, "default": "relevance"],
            ]]),
            ("PublicProjectOutput", ["type": "object", "properties": [
                "kind": ["type": "string", "enum": ["paper", "patent", "software", "dataset", "standard"]], "title": string, "identifier": string, "year": int32,
            ]]),
            ("PublicProject", ["type": "object", "description": "A funded project's public fields: never an ID number, e-mail or phone", "properties": [
                "number": string, "url": string, "title_zh": string, "title_en": string, "abstract": string, "keywords": strings,
                "programme_id": uuid, "programme_zh": string, "programme_en": string, "year": int32,
                "institution_id": uuid, "institution_zh": string, "institution_en": OpenAPIDocument.nullableString, "institution_url": string,
                "district": string, "discipline": string, "pi_name": string, "pi_url": string,
                "awarded_amount": yuan, "amount_band": ["type": "string", "enum": bands],
                "award_date": day, "start_date": day, "end_date": day, "status": ["type": "string", "enum": statuses],
                "outputs": ["type": "array", "items": OpenAPIDocument.ref("PublicProjectOutput")],
            ]]),
            ("PublicProjectSearchResult", ["type": "object", "properties": [
                "total": OpenAPIDocument.count, "offset": int32, "limit": int32, "sort": ["type": "string", "enum": sorts],
                "expanded_query": OpenAPIDocument.nullableString,
                "results": ["type": "array", "items": OpenAPIDocument.ref("PublicProject")],
                "facets": ["type": "object", "properties": .object(ProjectFacet.allCases.map { ($0.rawValue, facetList) })],
            ]]),
        ]
    }
}
