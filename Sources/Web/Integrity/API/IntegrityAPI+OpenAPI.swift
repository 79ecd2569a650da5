import Vapor

extension IntegrityAPI {
    static var operations: [OpenAPIDocument.Operation] {
        [
            .init(.GET, IntegrityAPI.records, summary: "Published research integrity records within their publication period, each with its article (Art. 60; Art. 48 for diligent-failure closures) (public)",
                  tag: "integrity", response: "IntegrityRecordList"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, date: JSONValue = ["type": ["string", "null"], "format": "date"]
        return [
            ("IntegrityRecord", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "subject_kind": ["type": "string", "enum": ["person", "organisation"]], "subject_name": string,
                "finding": ["type": "string", "enum": ["data_fabrication", "plagiarism", "duplicate_application", "ghost_writing", "false_information", "review_misconduct", "fund_misuse", "other_misconduct", "diligent_failure"]],
                "finding_zh": string, "finding_en": string,
                "misconduct": ["type": "boolean", "description": "false for a diligent-failure closure (Art. 48, 64), which restricts nothing"],
                "description": string, "deciding_body": string, "document_number": string,
                "decision_date": date, "legal_basis": string,
                "scope": ["type": "array", "items": ["type": "string", "enum": ["project_application", "review_duty", "procurement", "fiscal_funding", "financing", "awards"]],
                          "description": "Activities restricted during the period (Art. 60)"],
                "restricted_from": date,
                "restricted_until": ["type": ["string", "null"], "format": "date", "description": "The first day (Beijing time) the restriction no longer applies"],
                "publish_from": date, "publish_until": date,
                "state": ["type": "string", "enum": ["published"]], "article": ["type": "string", "description": "60, or 48 for a diligent-failure closure"],
            ]]),
            ("IntegrityRecordList", ["type": "array", "items": OpenAPIDocument.ref("IntegrityRecord")]),
        ]
    }
}
