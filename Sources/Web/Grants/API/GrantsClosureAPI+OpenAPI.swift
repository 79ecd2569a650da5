import Vapor

extension GrantsClosureAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        let any = SiteURL.anyID
        return [
            Operation(.GET, GrantsClosureAPI.reports(any), summary: "The project's reports (annual, mid-term from 3 years, final) with their due days, generated from the project's dates",
                      tag: "grants-closure", response: "ProjectReportList"),
            Operation(.POST, GrantsClosureAPI.reportSubmit(any), summary: "The PI submits a report: summary and the value reached per indicator of the agreement (every indicator in the final report, Art. 31)",
                      tag: "grants-closure", body: "ReportBody", response: "ProjectReport"),
            Operation(.POST, GrantsClosureAPI.reportReview(any), summary: "The programme officer accepts a submitted report, or returns it with the comment",
                      tag: "grants-closure", body: "DecisionBody", response: "ProjectReport"),
            Operation(.GET, GrantsClosureAPI.reportsDue, summary: "Reports still owed on the caller's projects, soonest first, each with whether it is overdue",
                      tag: "grants-closure", response: "DueReportList"),
            Operation(.POST, GrantsClosureAPI.reportReminders, summary: "Write an in-platform reminder to the PI of every report due within 30 days or overdue (once per report and kind)",
                      tag: "grants-closure", response: "Reminders"),
            Operation(.GET, GrantsClosureAPI.outputs(any), summary: "The project's registered outputs", tag: "grants-closure", response: "OutputList"),
            Operation(.POST, GrantsClosureAPI.outputs(any), summary: "The PI registers an output: DOI, patent number (check digit), software registration, data set or standard number checked (Art. 33, 59); rights granted to researchers (Art. 32)",
                      tag: "grants-closure", body: "OutputBody", response: "Output", status: 201),
            Operation(.GET, GrantsClosureAPI.results, summary: "The results register: outputs of funded projects with owner and rights, public fields only (no e-mail, phone or identity number) (Art. 59) (public)",
                      tag: "grants-closure", response: "PublicResultList"),
            Operation(.GET, GrantsClosureAPI.changeRequests(any), summary: "The project's change requests with their approval steps", tag: "grants-closure", response: "ChangeRequestList"),
            Operation(.POST, GrantsClosureAPI.changeRequests(any), summary: "The PI files a change: extension, PI change (refused under an integrity restriction, Art. 60), team change or termination",
                      tag: "grants-closure", body: "ChangeBody", response: "ChangeRequest", status: 201),
            Operation(.POST, GrantsClosureAPI.changeDecision(any), summary: "The next step of the approval path: the research office first, then the programme officer, whose approval applies the change (Art. 22)",
                      tag: "grants-closure", body: "DecisionBody", response: "ChangeRequest"),
            Operation(.GET, GrantsClosureAPI.acceptance(any), summary: "The project's final acceptance: scheme of its category, panel, scores and outcome (Art. 31)",
                      tag: "grants-closure", response: "Acceptance"),
            Operation(.POST, GrantsClosureAPI.acceptance(any), summary: "Open final acceptance once the final report is in (Art. 31)", tag: "grants-closure", response: "Acceptance"),
            Operation(.POST, GrantsClosureAPI.acceptancePanel(any), summary: "Choose the panel among experts of the category's reviewer kind with the proposals' conflict and assignment machinery (Art. 29, 31)",
                      tag: "grants-closure", response: "Acceptance"),
            Operation(.POST, GrantsClosureAPI.acceptanceDecision(any), summary: "Decide: passed, passed with conditions, failed, or diligent failure (no integrity record, no restriction; Art. 48, 64); misconduct drafts an integrity record linked to the project (Art. 60)",
                      tag: "grants-closure", body: "DecideBody", response: "Acceptance"),
            Operation(.GET, GrantsClosureAPI.acceptanceReviews, summary: "The acceptance panels the expert sits on", tag: "grants-closure", response: "AcceptanceInvitationList"),
            Operation(.POST, GrantsClosureAPI.acceptanceReview(any), summary: "The expert scores every indicator of the category's set, 0–100, with comments",
                      tag: "grants-closure", body: "ScoreBody", response: "AcceptanceInvitation"),
            Operation(.GET, GrantsClosureAPI.acceptanceSchemes(any), summary: "The programme's acceptance scheme per research type (its own or the standard one)",
                      tag: "grants-closure", response: "AcceptanceSchemeList"),
            Operation(.PUT, GrantsClosureAPI.acceptanceSchemes(any), summary: "Set the programme's scheme for one research type: indicator set (weights add to 100), reviewer kind, panel size, pass mark (Art. 31)",
                      tag: "grants-closure", body: "AcceptanceSchemeBody", response: "AcceptanceScheme"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, dateTime = OpenAPIDocument.dateTime, nullable = OpenAPIDocument.nullableString
        let int32: JSONValue = ["type": "integer", "format": "int32"]
        let date: JSONValue = ["type": "string", "format": "date"], nullableDate: JSONValue = ["type": ["string", "null"], "format": "date"]
        func bounded(_ min: Int, _ max: Int) -> JSONValue { ["type": "integer", "format": "int32", "minimum": .int(min), "maximum": .int(max)] }
        func list(_ name: String) -> JSONValue { ["type": "array", "items": OpenAPIDocument.ref(name)] }
        let criterion: JSONValue = ["type": "object", "required": ["key", "zh", "en", "weight"], "properties": ["key": string, "zh": string, "en": string, "weight": bounded(1, 100)]]
        let schemeProperties: JSONValue = [
            "programme_id": ["type": ["string", "null"], "format": "uuid"], "research_type": ["type": "string", "enum": ["basic", "applied", "development"]],
            "reviewer_kind": ["type": "string", "enum": ["academic_peers", "users", "market"]], "criteria": ["type": "array", "items": criterion],
            "reviewers_per_project": bounded(1, 15), "pass_mark": bounded(0, 100),
        ]
        let scheme: JSONValue = ["type": "object", "properties": schemeProperties]
        return [
            ("ProjectReport", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "kind": ["type": "string", "enum": ["annual", "mid_term", "final"]], "sequence": int32, "due_date": date,
                "state": ["type": "string", "enum": ["due", "submitted", "returned", "accepted"]], "overdue": ["type": "boolean"], "summary": string,
                "indicators": ["type": "array", "items": ["type": "object", "properties": [
                    "indicator_id": uuid, "name": string, "unit": string, "target": ["type": "number"], "actual": ["type": ["number", "null"]], "met": ["type": "boolean"],
                ]]],
                "officer_comment": string, "submitted_at": ["type": ["string", "null"], "format": "date-time"], "version": OpenAPIDocument.version,
            ]]),
            ("ProjectReportList", list("ProjectReport")),
            ("ReportBody", ["type": "object", "required": ["summary"], "properties": [
                "summary": string, "indicators": ["type": "object", "additionalProperties": ["type": "number", "minimum": 0], "description": "Indicator id → value reached"],
            ]]),
            ("DecisionBody", ["type": "object", "required": ["approve"], "properties": ["approve": ["type": "boolean"], "comment": ["type": "string", "description": "Required when not approving"]]]),
            ("DueReportList", ["type": "array", "items": ["type": "object", "properties": ["project_id": uuid, "project_number": string, "report": OpenAPIDocument.ref("ProjectReport")]]]),
            ("Reminders", ["type": "object", "properties": ["reminded": OpenAPIDocument.count]]),
            ("Output", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "kind": ["type": "string", "enum": ["paper", "patent", "software", "dataset", "standard"]], "title": string,
                "identifier": ["type": "string", "description": "Normalised: DOI lower-case, patent and standard numbers upper-case"], "year": int32,
                "owner_organisation_id": uuid, "owner": string, "rights": ["type": "string", "enum": ["institution_retains", "researchers_ownership", "researchers_long_term_use"]],
                "rights_holders": ["type": "array", "items": string], "rights_granted_on": nullableDate, "use_years": ["type": ["integer", "null"]],
            ]]),
            ("OutputList", list("Output")),
            ("OutputBody", ["type": "object", "required": ["kind", "title", "identifier", "year"], "properties": [
                "kind": ["type": "string", "enum": ["paper", "patent", "software", "dataset", "standard"]], "title": string,
                "identifier": ["type": "string", "description": "DOI (ISO 26324); patent number (e.g. ZL 202310123456.6, CN112345678A); software registration (2023SR0123456) or https URL; data set DOI or https URL; standard number (GB/T 32905-2016)"],
                "year": bounded(1949, 9999), "rights": ["type": "string", "enum": ["institution_retains", "researchers_ownership", "researchers_long_term_use"]],
                "rights_holders": ["type": "array", "items": string], "rights_granted_on": date, "use_years": bounded(10, 50),
            ]]),
            ("PublicResult", ["type": "object", "properties": [
                "id": uuid, "kind": string, "title": string, "identifier": string, "year": int32, "project_number": string, "project_title": string,
                "owner": string, "rights": string, "rights_holders": ["type": "array", "items": string], "rights_granted_on": nullableDate,
                "use_years": ["type": ["integer", "null"]], "article": ["type": "string", "description": "59"],
            ]]),
            ("PublicResultList", list("PublicResult")),
            ("ChangeRequest", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "kind": ["type": "string", "enum": ["extension", "pi_change", "team_change", "termination"]], "reason": string,
                "new_end_date": nullableDate, "new_pi_id": ["type": ["string", "null"], "format": "uuid"],
                "team": ["type": ["array", "null"], "items": ["type": "object", "properties": ["name": string, "email": string]]],
                "state": ["type": "string", "enum": ["submitted", "office_approved", "approved", "rejected"]],
                "steps": ["type": "array", "items": ["type": "object", "properties": [
                    "by": uuid, "role": ["type": "string", "enum": ["research_office", "programme_officer"]], "approve": ["type": "boolean"], "comment": string, "at": dateTime,
                ]]],
                "version": OpenAPIDocument.version, "article": ["type": "string", "description": "22"],
            ]]),
            ("ChangeRequestList", list("ChangeRequest")),
            ("ChangeBody", ["type": "object", "required": ["kind", "reason"], "properties": [
                "kind": ["type": "string", "enum": ["extension", "pi_change", "team_change", "termination"]], "reason": string,
                "new_end_date": date, "new_pi_email": ["type": "string", "format": "email"],
                "team": ["type": "array", "items": ["type": "object", "required": ["name", "email"], "properties": ["name": string, "email": string]]],
            ]]),
            ("AcceptanceScheme", scheme),
            ("AcceptanceSchemeList", list("AcceptanceScheme")),
            ("AcceptanceSchemeBody", ["type": "object", "required": ["research_type", "reviewer_kind", "criteria", "reviewers_per_project", "pass_mark"],
                                      "properties": schemeProperties]),
            ("Acceptance", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "scheme": OpenAPIDocument.ref("AcceptanceScheme"),
                "state": ["type": "string", "enum": ["opened", "reviewing", "decided"]],
                "outcome": ["type": ["string", "null"], "enum": ["passed", "passed_with_conditions", "failed", "diligent_failure"], "description": "null until decided"],
                "finding": string, "integrity_record_id": ["type": ["string", "null"], "format": "uuid", "description": "The draft integrity record a misconduct finding created"],
                "mean_score": ["type": ["number", "null"]], "decided_at": ["type": ["string", "null"], "format": "date-time"],
                "panel": ["type": "array", "items": ["type": "object", "properties": [
                    "id": uuid, "expert_id": uuid, "expert_name": string, "affinity": bounded(0, 65535), "submitted": ["type": "boolean"],
                    "scores": ["type": "object", "additionalProperties": bounded(0, 100)],
                ]]],
                "article": ["type": "string", "description": "31, or 48 for a diligent-failure closure"],
            ]]),
            ("DecideBody", ["type": "object", "required": ["outcome"], "properties": [
                "outcome": ["type": "string", "enum": ["passed", "passed_with_conditions", "failed", "diligent_failure"]],
                "finding": ["type": "string", "description": "Conditions; reasons of a failure; the diligence finding (required for diligent_failure, Art. 48)"],
                "misconduct": ["type": "string", "enum": ["data_fabrication", "plagiarism", "duplicate_application", "ghost_writing", "false_information", "review_misconduct", "fund_misuse", "other_misconduct"]],
                "misconduct_description": nullable,
            ]]),
            ("AcceptanceInvitation", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "project_number": string, "research_type": string, "criteria": ["type": "array", "items": criterion],
                "submitted": ["type": "boolean"],
            ]]),
            ("AcceptanceInvitationList", list("AcceptanceInvitation")),
            ("ScoreBody", ["type": "object", "required": ["scores", "comment"], "properties": [
                "scores": ["type": "object", "additionalProperties": bounded(0, 100), "description": "Criterion key → score"], "comment": string,
            ]]),
        ]
    }
}
