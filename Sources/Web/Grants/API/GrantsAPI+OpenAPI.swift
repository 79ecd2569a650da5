import Vapor

extension GrantsAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        let any = SiteURL.anyID
        return [
            Operation(.GET, GrantsAPI.award(any), summary: "The facts of the funding decision: reviews, mean score, rank, cut-off, request against the call's per-project cap and remaining budget, near-duplicates, integrity (programme officers)",
                      tag: "awards", response: "FundingFacts"),
            Operation(.POST, GrantsAPI.award(any), summary: "Fund the application: creates the project with its number and drafts its task agreement. Refused (422) citing Art. 29 above the request, the per-project cap or the call's remaining budget, or without a reason when there are no reviews or it is below the cut-off; Art. 60 for a near-duplicate without a reason or a restriction on fiscal funding",
                      tag: "awards", body: "AwardBody", response: "Project", status: 201),
            Operation(.POST, GrantsAPI.notFunded(any), summary: "Record that the application is not funded, with the reason the applicant reads",
                      tag: "awards", body: "NotFundedBody", response: "FundingFacts"),
            Operation(.GET, GrantsAPI.projects, summary: "Projects the caller may see: as PI or team member, as the research office of the PI's organisation, all for programme officers",
                      tag: "projects", response: "ProjectList"),
            Operation(.GET, GrantsAPI.project(any), summary: "One project (404 for anyone ProjectAccess does not let see it)", tag: "projects", response: "Project"),
            Operation(.GET, GrantsAPI.agreement(any), summary: "The task agreement: terms, canonical text and its SHA-256, signatures and whether each still holds",
                      tag: "projects", response: "Agreement"),
            Operation(.PUT, GrantsAPI.agreement(any), summary: "Edit the task agreement (the PI, until all three signed); send the version you read. Earlier signatures stop holding",
                      tag: "projects", body: "AgreementBody", response: "Agreement"),
            Operation(.POST, GrantsAPI.agreementSignatures(any), summary: "Sign the current text: the PI (complete terms; budget and tranches add up to the award, Art. 50(2)), then the research office (Art. 22), then the programme officer, after whom the project runs",
                      tag: "projects", body: "SignatureBody", response: "Agreement", status: 201),
            Operation(.GET, GrantsAPI.youngScientists, summary: "Share of projects led or joined by young scientists per programme and award year (Art. 45), with the definition used",
                      tag: "projects", response: "YoungScientistShares"),
            Operation(.GET, GrantsAPI.nominations(any), summary: "Expert recommendation (Art. 29(1)): an application's nominations and how many funding needs (programme officers)",
                      tag: "awards", response: "Nominations"),
            Operation(.POST, GrantsAPI.nominations(any), summary: "A registered expert recommends an accepted application of an expert-recommendation call; refused (422) citing Art. 29(1) with the reasons when the Review module's conflict check finds a conflict of interest, or when the caller is not a registered expert",
                      tag: "awards", body: "NominationBody", response: "Nomination", status: 201),
            Operation(.GET, GrantsAPI.commissions, summary: "Directed commissions (Art. 29(1)): institution, PI, task, amount and the recorded reason",
                      tag: "awards", response: "CommissionList"),
            Operation(.POST, GrantsAPI.commissions, summary: "Record a directed commission: no open call (the call in that mode stays unpublished); creates the accepted application, audited with Art. 29(1). Location: its funding decision (POST there to fund it through the award)",
                      tag: "awards", body: "CommissionBody", response: "Commission", status: 201),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, version = OpenAPIDocument.version
        let yuan: JSONValue = ["type": "integer", "format": "int64", "minimum": 0, "maximum": 10_000_000_000_000, "description": "Whole yuan"]
        let date: JSONValue = ["type": "string", "format": "date"]
        let count = OpenAPIDocument.count
        let kind: JSONValue = ["type": "string", "enum": ["stable", "competitive"]]
        let type: JSONValue = ["type": "string", "enum": ["basic", "applied", "development"]]
        return [
            ("FundingFacts", ["type": "object", "properties": [
                "application_id": uuid, "state": string, "reviews": count, "mean_score": ["type": ["number", "null"]], "rank": ["type": ["integer", "null"]],
                "ranked": count, "above_cutoff": ["type": "boolean"], "requested_amount": yuan, "per_project_cap": yuan, "call_budget": yuan,
                "awarded_in_call": yuan, "remaining_budget": yuan, "near_duplicates": ["type": "array", "items": uuid],
                "integrity_allowed": ["type": "boolean"], "selection_mode": string,
                "project": ["oneOf": [OpenAPIDocument.ref("Project"), ["type": "null"]]],
            ]]),
            ("AwardBody", ["type": "object", "required": ["awarded_amount", "start_date", "end_date", "funding_kind", "research_type"], "properties": [
                "awarded_amount": yuan, "start_date": date, "end_date": date, "funding_kind": kind, "research_type": type,
                "reason": ["type": "string", "description": "Required without reviews, below the cut-off, or for a near-duplicate"],
                "down_selection_milestone": ["type": "string", "description": "Parallel technical routes (Art. 30): the milestone of the down-selection"],
            ]]),
            ("NotFundedBody", ["type": "object", "required": ["reason"], "properties": ["reason": string]]),
            ("Project", ["type": "object", "properties": [
                "id": uuid, "number": ["type": "string", "pattern": "^[A-Z][0-9]{9}$"], "application_id": uuid, "call_id": uuid, "programme_id": uuid,
                "title_zh": string, "title_en": string, "principal_investigator_id": uuid, "organisation_id": uuid,
                "team": ["type": "array", "items": ["type": "object", "properties": ["name": string, "email": string, "organisationID": ["type": ["string", "null"], "format": "uuid"]]]],
                "start_date": date, "end_date": date, "requested_amount": yuan, "awarded_amount": yuan, "award_date": date,
                "funding_kind": kind, "research_type": type, "budget_mode": string, "selection_mode": string, "chief_scientist": ["type": "boolean"],
                "parallel_route": ["type": ["object", "null"], "properties": ["group": uuid, "downSelectionMilestone": string]],
                "status": ["type": "string", "enum": ["agreement_draft", "running", "suspended", "acceptance", "closed", "terminated", "discontinued"]],
                "version": version,
            ]]),
            ("ProjectList", ["type": "array", "items": OpenAPIDocument.ref("Project")]),
            ("Agreement", ["type": "object", "properties": [
                "project_id": uuid, "stage": ["type": "string", "enum": ["draft", "submitted", "approved", "signed"]],
                "sha256": ["type": "string", "pattern": "^[0-9a-f]{64}$"], "canonical_text": string,
                "terms": ["type": "object", "description": "objectivesZh/En, deliverablesZh/En, indicators (id, nameZh, nameEn, unit, target), milestones (id, titleZh, titleEn, due), budgetByYear (year, amount), tranches (id, amount, milestoneID)"],
                "signatures": ["type": "array", "items": ["type": "object", "properties": [
                    "party": ["type": "string", "enum": ["principal_investigator", "research_office", "programme_officer"]], "person_id": uuid, "name": string,
                    "at": OpenAPIDocument.dateTime, "sha256": string, "holds": ["type": "boolean"]]]],
                "version": version,
            ]]),
            ("AgreementBody", ["type": "object", "required": ["version"], "properties": [
                "objectivesZh": string, "objectivesEn": string, "deliverablesZh": string, "deliverablesEn": string,
                "indicators": ["type": "string", "description": "One per line: 名称|Name|unit|target"],
                "milestones": ["type": "string", "description": "One per line: YYYY-MM-DD|标题|Title"],
                "budgetByYear": ["type": "string", "description": "One per line: year|amount"],
                "tranches": ["type": "string", "description": "One per line: amount|milestone title (empty: on signature)"],
                "version": version,
            ]]),
            ("SignatureBody", ["type": "object", "required": ["party"], "properties": [
                "party": ["type": "string", "enum": ["principal_investigator", "research_office", "programme_officer"]],
                "sha256": ["type": "string", "description": "The digest of the text you read; refused (409) when the text changed since"],
            ]]),
            ("YoungScientistShares", ["type": "array", "items": ["type": "object", "properties": [
                "programme_id": uuid, "programme_zh": string, "programme_en": string, "year": OpenAPIDocument.int32, "projects": count,
                "led_by_young": count, "joined_by_young": count, "led_share": ["type": "number"], "joined_share": ["type": "number"],
                "definition_zh": string, "definition_en": string]]]),
            ("Nomination", ["type": "object", "properties": [
                "id": uuid, "application_id": uuid, "expert_id": uuid, "expert_name": string, "statement": string,
                "created_at": OpenAPIDocument.dateTime, "article": string]]),
            ("Nominations", ["type": "object", "properties": ["required": count, "nominations": ["type": "array", "items": OpenAPIDocument.ref("Nomination")]]]),
            ("NominationBody", ["type": "object", "required": ["statement"], "properties": ["statement": string]]),
            ("Commission", ["type": "object", "properties": [
                "id": uuid, "call_id": uuid, "application_id": uuid, "organisation_id": uuid, "principal_investigator_id": uuid, "title_zh": string,
                "amount": yuan, "reason": string, "created_at": OpenAPIDocument.dateTime, "article": string]]),
            ("CommissionList", ["type": "array", "items": OpenAPIDocument.ref("Commission")]),
            ("CommissionBody", ["type": "object", "required": ["call_id", "organisation_id", "pi_email", "title_zh", "amount", "reason"], "properties": [
                "call_id": ["type": "string", "format": "uuid", "description": "An unpublished call in the directed-commission mode"],
                "organisation_id": uuid, "pi_email": ["type": "string", "description": "An applicant of the institution"],
                "title_zh": string, "title_en": string, "summary": string,
                "amount": ["type": "integer", "format": "int64", "minimum": 1, "maximum": 10_000_000_000_000, "description": "Whole yuan, at most the call's per-project cap"],
                "reason": ["type": "string", "description": "Why no open call and why this institution (Art. 29(1))"]]]),
        ]
    }
}
