import Vapor

extension GrantsMoneyAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        let any = SiteURL.anyID
        return [
            Operation(.GET, GrantsMoneyAPI.execution(any), summary: "A project's execution: budget, released, spent, committed, remaining, burn rate, by category and month (anyone who may view the project)",
                      tag: "money", response: "Execution"),
            Operation(.GET, GrantsMoneyAPI.expenditures(any), summary: "A project's expenditure lines, oldest first", tag: "money", response: "ExpenditureList"),
            Operation(.POST, GrantsMoneyAPI.expenditures(any), summary: "Record an expenditure line with its PDF receipt (the research office of the project's institution); refused (422) citing Art. 50(2) on the call's negative list, over its budget category (budget modes only) or over the total; cross-border lines wait for approval",
                      tag: "money", body: "ExpenditureBody", response: "Expenditure", status: 201),
            Operation(.GET, GrantsMoneyAPI.expenditure(any), summary: "One expenditure line", tag: "money", response: "Expenditure"),
            Operation(.POST, GrantsMoneyAPI.expenditureDecision(any), summary: "Approve or reject a cross-border line (programme officer; a note is required to reject)",
                      tag: "money", body: "MoneyDecisionBody", response: "Expenditure"),
            Operation(.GET, GrantsMoneyAPI.tranches(any), summary: "The task agreement's tranches with their milestones and status", tag: "money", response: "TrancheList"),
            Operation(.POST, GrantsMoneyAPI.trancheReleases(any), summary: "Release a tranche (programme officer); refused citing Art. 50(2) while its milestone is not reported done",
                      tag: "money", body: "TrancheReleaseBody", response: "TrancheList"),
            Operation(.POST, GrantsMoneyAPI.milestoneReports(any), summary: "Report a milestone of the task agreement done (the PI or the research office)",
                      tag: "money", body: "MilestoneReportBody", response: "TrancheList"),
            Operation(.GET, GrantsMoneyAPI.budget(any), summary: "The budget by category after the adjustments in force, and every adjustment", tag: "money", response: "Budget"),
            Operation(.POST, GrantsMoneyAPI.budgetAdjustments(any), summary: "Enter a budget adjustment (research office): recorded as the institution's decision (Art. 22), or awaiting the officer (Art. 50(2)) for a change of the total or a reallocation over the threshold in budget modes",
                      tag: "money", body: "BudgetAdjustmentBody", response: "BudgetAdjustment", status: 201),
            Operation(.POST, GrantsMoneyAPI.budgetAdjustmentDecision(any), summary: "Approve or reject a budget adjustment awaiting approval (programme officer)",
                      tag: "money", body: "MoneyDecisionBody", response: "BudgetAdjustment"),
            Operation(.GET, GrantsMoneyAPI.subTasks(any), summary: "Sub-tasks of a chief-scientist project (Art. 29)", tag: "money", response: "SubTaskList"),
            Operation(.POST, GrantsMoneyAPI.subTasks(any), summary: "Allocate a sub-task and its budget (the chief scientist); refused citing Art. 29 above the award or outside a chief-scientist project",
                      tag: "money", body: "SubTaskBody", response: "SubTask", status: 201),
            Operation(.GET, GrantsMoneyAPI.programmeExecution(any), summary: "A programme's execution, project by project (programme officers)", tag: "money",
                      response: "ProgrammeExecution"),
            Operation(.GET, GrantsMoneyAPI.inspections, summary: "The one inspection plan of a year (Art. 50(3)): every entry for inspecting bodies, the institution's own for a research office",
                      tag: "inspections", query: [("year", "Calendar year, this Beijing year by default")], response: "InspectionList"),
            Operation(.POST, GrantsMoneyAPI.inspections, summary: "Enter an inspection, audit or evaluation; refused (422) citing Art. 50(3) when it repeats an entry with the same target and a common scope within 12 months, naming that entry",
                      tag: "inspections", body: "InspectionBody", response: "Inspection", status: 201),
            Operation(.GET, GrantsMoneyAPI.inspection(any), summary: "One entry with its findings, shared with every later body", tag: "inspections", response: "Inspection"),
            Operation(.POST, GrantsMoneyAPI.inspectionFindings(any), summary: "Record an entry's findings (send the version you read)", tag: "inspections",
                      body: "InspectionFindingsBody", response: "Inspection"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, nullable = OpenAPIDocument.nullableString
        let yuan: JSONValue = ["type": "integer", "format": "int64", "minimum": 0, "maximum": 10_000_000_000_000, "description": "Whole yuan"]
        let signedYuan: JSONValue = ["type": "integer", "format": "int64", "description": "Whole yuan; negative when overspent"]
        let share: JSONValue = ["type": "number", "minimum": 0]
        let date: JSONValue = ["type": "string", "format": "date"]
        let version = OpenAPIDocument.version
        let categories: JSONValue = ["type": "string", "enum": ["equipment", "materials", "testing", "travel", "conferences", "publication", "labour", "consultation",
                                                                  "indirect", "foreign_collaboration", "imported_equipment"]]
        let budgetCategories: JSONValue = ["type": "string", "enum": ["equipment", "materials", "testing", "travel", "conferences", "publication", "labour",
                                                                       "consultation", "indirect"]]
        let scopes: JSONValue = ["type": "array", "items": ["type": "string", "enum": ["finance", "progress", "integrity", "ethics"]]]
        return [
            ("Execution", ["type": "object", "properties": [
                "project_id": uuid, "number": string, "budget": yuan, "released": yuan, "spent": yuan, "committed": yuan, "remaining": signedYuan,
                "spent_share": share, "elapsed_share": share, "burn_rate": ["type": ["number", "null"], "description": "Share spent divided by share of time elapsed"],
                "as_of": date,
                "by_category": ["type": "array", "items": ["type": "object", "properties": ["category": categories, "budget": yuan, "spent": yuan]]],
                "monthly": ["type": "array", "items": ["type": "object", "properties": ["month": string, "spent": yuan, "cumulative": yuan]]],
            ]]),
            ("ProgrammeExecution", ["type": "object", "properties": [
                "programme_id": uuid, "budget": yuan, "released": yuan, "spent": yuan, "committed": yuan, "remaining": signedYuan,
                "projects": ["type": "array", "items": OpenAPIDocument.ref("Execution")],
            ]]),
            ("Expenditure", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "category": categories, "cross_border": ["type": "boolean"], "amount": yuan, "date": date,
                "payee_kind": ["type": "string", "enum": ["organisation", "individual", "foreign_organisation", "foreign_individual"]], "payee": string,
                "description": string, "receipt_sha256": nullable, "receipt_name": nullable,
                "state": ["type": "string", "enum": ["recorded", "awaiting_approval", "approved", "rejected"]], "counts": ["type": "boolean"],
                "decision_note": string, "version": version,
            ]]),
            ("ExpenditureList", ["type": "array", "items": OpenAPIDocument.ref("Expenditure")]),
            ("ExpenditureBody", ["type": "object", "required": ["category", "amount", "date", "payee_kind", "payee", "description", "receipt_pdf_base64"], "properties": [
                "category": categories, "amount": yuan, "date": date,
                "payee_kind": ["type": "string", "enum": ["organisation", "individual", "foreign_organisation", "foreign_individual"]],
                "payee": string, "description": string, "receipt_pdf_base64": ["type": "string", "contentEncoding": "base64", "description": "The receipt as a PDF, at most 20 MiB"],
                "receipt_name": string,
            ]]),
            ("MoneyDecisionBody", ["type": "object", "required": ["approve", "version"], "properties": [
                "approve": ["type": "boolean"], "note": string, "version": version,
            ]]),
            ("Tranche", ["type": "object", "properties": [
                "id": uuid, "amount": yuan, "milestone_id": ["type": ["string", "null"], "format": "uuid"], "milestone_title": nullable,
                "milestone_done": ["type": "boolean"], "status": ["type": "string", "enum": ["released", "releasable", "waiting_for_milestone"]],
                "released_at": ["type": ["string", "null"], "format": "date-time"],
            ]]),
            ("TrancheList", ["type": "array", "items": OpenAPIDocument.ref("Tranche")]),
            ("TrancheReleaseBody", ["type": "object", "required": ["tranche_id"], "properties": ["tranche_id": uuid]]),
            ("MilestoneReportBody", ["type": "object", "required": ["milestone_id"], "properties": ["milestone_id": uuid, "note": string]]),
            ("BudgetAdjustment", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "kind": ["type": "string", "enum": ["reallocation", "total_change"]],
                "from_category": ["type": ["string", "null"]], "to_category": budgetCategories, "amount": yuan, "reason": string,
                "state": ["type": "string", "enum": ["recorded", "awaiting_approval", "approved", "rejected"]],
                "article": ["type": "string", "description": "22 (the institution's decision) or 50(2) (the officer's approval)"],
                "decision_note": string, "version": version,
            ]]),
            ("BudgetAdjustmentBody", ["type": "object", "required": ["kind", "to_category", "amount", "reason"], "properties": [
                "kind": ["type": "string", "enum": ["reallocation", "total_change"]], "from_category": budgetCategories, "to_category": budgetCategories,
                "amount": yuan, "reason": string,
            ]]),
            ("Budget", ["type": "object", "properties": [
                "budget_mode": ["type": "string", "enum": ["itemized", "lump_sum", "negative_list"]], "total": yuan,
                "lines": ["type": "array", "items": ["type": "object", "properties": ["category": budgetCategories, "budget": signedYuan, "used": yuan]]],
                "adjustments": ["type": "array", "items": OpenAPIDocument.ref("BudgetAdjustment")],
            ]]),
            ("SubTask", ["type": "object", "properties": [
                "id": uuid, "project_id": uuid, "title": string, "leader_name": string, "leader_email": string, "budget": yuan, "version": version,
            ]]),
            ("SubTaskList", ["type": "array", "items": OpenAPIDocument.ref("SubTask")]),
            ("SubTaskBody", ["type": "object", "required": ["title", "leader_name", "budget"], "properties": [
                "title": string, "leader_name": string, "leader_email": string, "budget": yuan,
            ]]),
            ("Inspection", ["type": "object", "properties": [
                "id": uuid, "kind": ["type": "string", "enum": ["inspection", "audit", "evaluation"]],
                "body": ["type": "string", "enum": ["science_department", "finance_bureau", "audit_office", "superior"]], "body_name": string,
                "target_kind": ["type": "string", "enum": ["project", "institution"]], "target_id": uuid, "target_name": string, "organisation_id": uuid,
                "scopes": scopes, "period_start": date, "period_end": date, "title": string,
                "findings": ["type": ["string", "null"], "description": "Shared with every later body (Art. 50(3))"],
                "findings_recorded_at": ["type": ["string", "null"], "format": "date-time"], "version": version,
            ]]),
            ("InspectionList", ["type": "array", "items": OpenAPIDocument.ref("Inspection")]),
            ("InspectionBody", ["type": "object", "required": ["kind", "body", "body_name", "target_kind", "target_id", "scopes", "period_start", "period_end", "title"],
                                "properties": [
                "kind": ["type": "string", "enum": ["inspection", "audit", "evaluation"]],
                "body": ["type": "string", "enum": ["science_department", "finance_bureau", "audit_office", "superior"]], "body_name": string,
                "target_kind": ["type": "string", "enum": ["project", "institution"]], "target_id": uuid, "scopes": scopes,
                "period_start": date, "period_end": date, "title": string,
            ]]),
            ("InspectionFindingsBody", ["type": "object", "required": ["findings", "version"], "properties": ["findings": string, "version": version]]),
        ]
    }
}
