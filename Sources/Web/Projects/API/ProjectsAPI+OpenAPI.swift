import Projects
import Vapor

extension ProjectsAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        let any = SiteURL.anyID
        return [
            Operation(.GET, ProjectsAPI.calls, summary: "Published calls, open ones first (public)", tag: "calls", response: "CallList"),
            Operation(.GET, ProjectsAPI.call(any), summary: "One call (public once published; officers also see drafts)", tag: "calls", response: "Call"),
            Operation(.POST, ProjectsAPI.calls, summary: "Draft a call; forbidden eligibility rules are refused with their article", tag: "calls",
                      body: "CallBody", response: "Call", status: 201),
            Operation(.PUT, ProjectsAPI.call(any), summary: "Change a call (send the version you read)", tag: "calls", body: "CallBody", response: "Call"),
            Operation(.POST, ProjectsAPI.callPublish(any), summary: "Publish a call; refused (422, with each finding's article) while its text or rules contain a forbidden condition",
                      tag: "calls", response: "Call"),
            Operation(.POST, ProjectsAPI.callLint, summary: "Find application conditions the regulation forbids in a call's text (Art. 50(1), 5, 72(2))", tag: "calls",
                      body: "CallLintBody", response: "CallLint"),
            Operation(.POST, ProjectsAPI.callApplications(any), summary: "Start a draft application to an open call (the token's person is the PI; organisation_id, or their first applicant organisation)",
                      tag: "applications", body: "ApplicationStartBody", response: "GrantApplication", status: 201),
            Operation(.GET, ProjectsAPI.callApplications(any), summary: "Applications of a call that reached the programme officer", tag: "applications",
                      response: "GrantApplicationList"),
            Operation(.GET, ProjectsAPI.applications, summary: "The caller's own applications, most recently changed first", tag: "applications",
                      response: "GrantApplicationList"),
            Operation(.GET, ProjectsAPI.application(any), summary: "One application (its PI, the research office of its organisation, or officers once it is with them; otherwise 404)",
                      tag: "applications", response: "GrantApplication"),
            Operation(.PUT, ProjectsAPI.application(any), summary: "Save the draft (send the whole draft and the version you read)", tag: "applications",
                      body: "ApplicationBody", response: "GrantApplication"),
            Operation(.GET, ProjectsAPI.applicationProblems(any), summary: "The self-check: every problem that would stop submission, with its article",
                      tag: "applications", response: "ApplicationProblems"),
            Operation(.POST, ProjectsAPI.applicationSubmit(any), summary: "Submit to the research office; refused (422, each problem with its article) while any problem remains (Art. 50(1))",
                      tag: "applications", response: "GrantApplication"),
            Operation(.POST, ProjectsAPI.applicationWithdraw(any), summary: "Withdraw the application before the call closes", tag: "applications",
                      response: "GrantApplication"),
            Operation(.POST, ProjectsAPI.applicationDecision(any), summary: "The research office of the applying organisation approves or returns it (Art. 22)",
                      tag: "applications", body: "Decision", response: "GrantApplication"),
        ]
    }

    /// An amount of yuan: a whole number within `Money.range` (0 … 10¹³).
    static func yuan(minimum: Int = 0, _ description: String = "yuan") -> JSONValue {
        ["type": "integer", "format": "int64", "minimum": .int(minimum), "maximum": .int(Money.maxYuan), "description": .string(description)]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, nullableString = OpenAPIDocument.nullableString, uuid = OpenAPIDocument.uuid
        let dateTime = OpenAPIDocument.dateTime, version = OpenAPIDocument.version, bodyVersion = OpenAPIDocument.bodyVersion
        let count = OpenAPIDocument.count, ref = OpenAPIDocument.ref
        let phdYear: JSONValue = ["type": ["integer", "null"], "format": "int32",
                                  "minimum": .int(ApplicationRules.phdYears.lowerBound), "maximum": .int(ApplicationRules.phdYears.upperBound)]
        return [
            ("Call", ["type": "object", "properties": [
                "id": uuid, "programme_id": uuid, "title_zh": string, "title_en": string, "guideline_zh": string, "guideline_en": string,
                "opens_at": dateTime, "closes_at": dateTime, "timezone": ["type": "string", "description": "Asia/Shanghai: times are shown in Beijing time"],
                "total_budget": yuan(minimum: 1), "typical_award": yuan(minimum: 1),
                "budget_mode": ["type": "string", "enum": ["itemized", "lump_sum", "negative_list"]],
                "selection_mode": ["type": "string", "enum": ["open_competition", "expert_recommendation", "chief_scientist", "directed_commission", "parallel_routes"]],
                "eligibility_rules": ["type": "array", "items": ["type": "object", "description": "{id, condition, article, effectiveFrom, effectiveUntil?, description{zh,en}}"]],
                "negative_list": ["type": "array", "items": string, "description": "Budget categories the call does not fund (Art. 50(2))"],
                "required_documents": ["type": "array", "items": string, "description": "Documents every application attaches as PDF"],
                "form_sections": ["type": "array", "items": string, "description": "Headings of the written sections every application fills in"],
                "status": ["type": "string", "enum": ["draft", "published"]], "version": version,
            ]]),
            ("CallList", ["type": "array", "items": ref("Call")]),
            ("CallBody", ["type": "object", "required": ["programme_id", "title_zh", "guideline_zh", "opens_at", "closes_at", "total_budget", "typical_award", "budget_mode", "selection_mode"], "properties": [
                "programme_id": uuid, "title_zh": string, "title_en": string, "guideline_zh": string, "guideline_en": string,
                "opens_at": ["type": "string", "description": "Beijing time, e.g. 2026-03-01 09:00, or ISO 8601 with an offset"], "closes_at": string,
                "total_budget": yuan(minimum: 1, "yuan, at most the limit (a string of digits such as \"5,000\" is read too)"),
                "typical_award": yuan(minimum: 1, "yuan, no more than total_budget (a string of digits is read too)"),
                "budget_mode": string, "selection_mode": string,
                "eligibility_rules": ["type": "string", "description": "The rules as a JSON array (see Call.eligibility_rules)"],
                "negative_list": ["type": "string", "description": "Budget categories not funded, comma-separated"],
                "required_documents": ["type": "string", "description": "Required documents, one per line"],
                "form_sections": ["type": "string", "description": "Section headings, one per line"],
                "version": bodyVersion,
            ]]),
            ("CallLintBody", ["type": "object", "required": ["text"], "properties": ["text": ["type": "string", "description": "The call's text (a text/plain body works too)"]]]),
            ("CallLint", ["type": "object", "properties": ["findings": ["type": "array", "items": ["type": "object", "properties": [
                "article": ["type": "string", "description": "50(1), 5 or 72(2)"], "severity": ["type": "string", "enum": ["block", "warn"]],
                "start": ["type": "integer", "format": "int64", "minimum": 0, "description": "Character offset into the text"], "end": count,
                "text": string, "rule": string, "message_zh": string, "message_en": string,
            ]]]]]),
            ("GrantApplication", ["type": "object", "properties": [
                "id": uuid, "call_id": uuid, "principal_investigator_id": uuid, "organisation_id": uuid,
                "title_zh": string, "title_en": string, "keywords": string, "discipline": ["type": "string", "description": "Discipline code (申请代码), e.g. F0101"], "summary": string, "plan": string,
                "sensitive_areas": ["type": "array", "items": ["type": "string", "enum": ["human", "animal", "ai", "other"]], "description": "Research needing an ethics review (Art. 61)"],
                "ethics_approval_number": ["type": "string", "description": "Ethics approval cited for the sensitive areas, checked against the ethics registry at submission and award (Art. 61)"], "pi_phd_year": phdYear,
                "team": ["type": "array", "items": ["type": "object", "properties": [
                    "name": string, "email": string, "organisation_id": ["type": ["string", "null"], "format": "uuid"], "confirmed_at": ["type": ["string", "null"], "format": "date-time"],
                ]]],
                "partners": ["type": "array", "items": uuid, "description": "Co-applicant organisations (Art. 3)"],
                "budget": ["type": "array", "items": ["type": "object", "properties": ["category": string, "amount": yuan(), "note": string]]],
                "budget_total": yuan(minimum: 0, "yuan: the sum of the budget lines"),
                "sections": ["type": "object", "description": "The call's written sections, by heading"],
                "state": ["type": "string", "enum": ["draft", "submitted", "returned", "with_officer", "withdrawn", "accepted", "not_accepted", "funded", "not_funded"]],
                "submitted_at": ["type": ["string", "null"], "format": "date-time"], "office_comment": nullableString, "officer_note": nullableString, "version": version,
            ]]),
            ("GrantApplicationList", ["type": "array", "items": ref("GrantApplication")]),
            ("ApplicationStartBody", ["type": "object", "properties": [
                "organisation_id": ["type": "string", "format": "uuid", "description": "The organisation you apply for as an applicant (default: your first)"],
            ]]),
            ("ApplicationBody", ["type": "object", "required": ["version"], "properties": [
                "title_zh": string, "title_en": string, "keywords": string, "discipline": ["type": "string", "description": "Discipline code (申请代码), e.g. F0101"], "summary": string, "plan": string,
                "sensitive_areas": ["type": "array", "items": ["type": "string", "enum": ["human", "animal", "ai", "other"]]],
                "ethics_approval_number": ["type": "string", "description": "Ethics approval cited for the sensitive areas, checked against the ethics registry at submission and award (Art. 61)"], "pi_phd_year": phdYear,
                "team": ["type": "array", "items": ["type": "object", "properties": ["name": string, "email": string, "organisation_id": uuid]]],
                "partners": ["type": "array", "items": uuid],
                "budget": ["type": "array", "items": ["type": "object", "properties": [
                    "category": ["type": "string", "description": "equipment, materials, testing, travel, conferences, publication, labour, consultation, indirect, or lump_sum (Art. 50(2))"],
                    "amount": yuan(minimum: 0, "yuan, each at most the limit; the lines together too"), "note": string,
                ]]],
                "version": ["type": "integer", "format": "int64", "description": "Required: the version you read"],
            ]]),
            ("ApplicationProblems", ["type": "object", "properties": ["problems": ["type": "array", "items": ["type": "object", "properties": [
                "field": string, "rule": string, "message_zh": string, "message_en": string,
                "article": ["type": "string", "description": "The article behind the rule, e.g. 45 (absent when none)"],
            ]]]]]),
            ("Decision", ["type": "object", "required": ["approve"], "properties": [
                "approve": ["type": "boolean", "description": "true: on to the programme officer; false: back to the PI"],
                "comment": ["type": "string", "description": "Required when returning: what to change"],
            ]]),
        ]
    }
}
