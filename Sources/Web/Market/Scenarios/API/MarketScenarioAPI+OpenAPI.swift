import Vapor

extension MarketScenarioAPI {
    static var operations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID
        return [
            .init(.GET, MarketScenarioAPI.batches, summary: "Published scenario demand lists with their scenarios (Art. 35; public)", tag: "market", response: "ScenarioBatchList"),
            .init(.GET, MarketScenarioAPI.batch(any), summary: "One list with its scenarios: published ones for anyone, drafts for the department", tag: "market", response: "ScenarioBatch"),
            .init(.POST, MarketScenarioAPI.solutions(any), summary: "Submit a solution to a scenario for an organisation one acts for; outside the list's open period a 422 problem citing Art. 35",
                  tag: "market", body: "SolutionBody", response: "Solution", status: 201),
            .init(.GET, MarketScenarioAPI.certificates, summary: "Certificates of new technology, product, service and first (set) equipment recognition: in force, expired, revoked with the reason (Art. 34(2); public)",
                  tag: "market", response: "CertificateList"),
            .init(.POST, MarketScenarioAPI.certificationApplications, summary: "Apply for recognition with evidence for every criterion of the kind; an organisation restricted from government procurement is a 422 problem citing Art. 60",
                  tag: "market", body: "CertificationApplicationBody", response: "Certificate", status: 201),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32, time = OpenAPIDocument.dateTime
        let date: JSONValue = ["type": "string", "format": "date"], nullableDate: JSONValue = ["type": ["string", "null"], "format": "date"]
        let member: JSONValue = ["type": "object", "properties": ["name": string, "email": string, "role": string]]
        return [
            ("Scenario", ["type": "object", "properties": [
                "id": uuid, "position": int, "title_zh": string, "title_en": string, "discipline": string, "problem": string, "site": string,
                "resources": string, "expected_outcome": string,
                "budget_yuan": ["type": ["integer", "null"], "format": "int64", "minimum": 0, "maximum": 10_000_000_000_000, "description": "Whole yuan; null: no budget"],
                "timeline": string, "contact": string]]),
            ("ScenarioBatch", ["type": "object", "properties": [
                "id": uuid, "department_id": uuid, "department": string, "title_zh": string, "title_en": string, "summary": string,
                "published_on": nullableDate, "closes_on": date, "phase": ["type": "string", "enum": ["draft", "upcoming", "open", "closed"]],
                "scenarios": ["type": "array", "items": OpenAPIDocument.ref("Scenario")], "article": string]]),
            ("ScenarioBatchList", ["type": "array", "items": OpenAPIDocument.ref("ScenarioBatch")]),
            ("SolutionBody", ["type": "object", "properties": [
                "organisation_id": uuid, "title": string, "text": string, "team": ["type": "array", "items": member], "prior_deployments": string]]),
            ("Solution", ["type": "object", "properties": [
                "id": uuid, "scenario_id": uuid, "organisation_id": uuid, "title": string,
                "state": ["type": "string", "enum": ["submitted", "reviewing", "selected", "not_selected"]], "submitted_at": time]]),
            ("Certificate", ["type": "object", "properties": [
                "id": uuid, "kind": ["type": "string", "enum": ["new_technology", "new_product", "new_service", "first_set"]], "organisation": string, "name": string,
                "state": ["type": "string", "enum": ["submitted", "reviewing", "certified", "refused", "revoked"]],
                "certificate_number": OpenAPIDocument.nullableString, "valid_from": nullableDate, "valid_until": nullableDate, "in_force": ["type": "boolean"],
                "revocation_reason": string, "article": string]]),
            ("CertificateList", ["type": "array", "items": OpenAPIDocument.ref("Certificate")]),
            ("CertificationApplicationBody", ["type": "object", "properties": [
                "kind": ["type": "string", "enum": ["new_technology", "new_product", "new_service", "first_set"]], "organisation_id": uuid, "name": string,
                "description": string, "discipline": string,
                "evidence": ["type": "object", "additionalProperties": string, "description": "Evidence per criterion id (registered, own_ip, tech_level, first_market, service_model, quality, firstset_catalogue, firstset_first_use)"]]]),
        ]
    }
}
