import Vapor

extension EthicsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        routes.on(.GET, EthicsAPI.committees, action: .viewEthicsRegistry, use: EthicsRoutes().committeesJSON)
        routes.on(.GET, EthicsAPI.approvals, action: .manageEthicsRegistry, use: EthicsRoutes().approvalsJSON)
    }

    static var operations: [OpenAPIDocument.Operation] {
        [
            .init(.GET, EthicsAPI.committees, summary: "Registered ethics committees of institutions, with their scopes and members (Art. 61(2)) (public)",
                  tag: "ethics", response: "EthicsCommitteeList"),
            .init(.GET, EthicsAPI.approvals, summary: "Review decisions (approvals) the caller may see: their committee's institution's research office, integrity officers (Art. 61)",
                  tag: "ethics", response: "EthicsApprovalList"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, date: JSONValue = ["type": "string", "format": "date"]
        let scopes: JSONValue = ["type": "array", "items": ["type": "string", "enum": ["human", "animal", "ai", "other"]]]
        return [
            ("EthicsCommittee", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "organisation_id": OpenAPIDocument.uuid, "name_zh": string, "name_en": string,
                "registration_number": string, "registration_date": date, "scopes": scopes,
                "members": ["type": "array", "items": ["type": "object", "properties": ["name": string, "expertise": string]]],
                "article": string,
            ]]),
            ("EthicsCommitteeList", ["type": "array", "items": OpenAPIDocument.ref("EthicsCommittee")]),
            ("EthicsApproval", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "committee_id": OpenAPIDocument.uuid, "approval_number": string, "project_title": string,
                "decision_date": date, "scopes": scopes, "valid_from": date, "valid_until": ["type": "string", "format": "date", "description": "Last valid day, inclusive"],
                "high_risk_activities": ["type": "array", "items": string, "description": "Listed activities that need an expert re-review before award"],
                "expert_review": ["type": ["object", "null"], "properties": ["reviewed_on": date, "body": string, "approved": ["type": "boolean"], "note": string]],
                "article": string,
            ]]),
            ("EthicsApprovalList", ["type": "array", "items": OpenAPIDocument.ref("EthicsApproval")]),
        ]
    }
}
