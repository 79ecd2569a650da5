import Foundation
import Grants
import KechuangCore
import Vapor

// The closure API's JSON shapes (snake_case, as `GrantsClosureAPI+OpenAPI.swift` describes them).

struct ReportJSON: Content {
    struct Value: Content {
        let indicator_id: UUID
        let name: String
        let unit: String
        let target: Double
        let actual: Double?
        let met: Bool
    }
    let id: UUID
    let project_id: UUID
    let kind: String
    let sequence: Int
    let due_date: String
    let state: String
    let overdue: Bool
    let summary: String
    let indicators: [Value]
    let officer_comment: String
    let submitted_at: Date?
    let version: Int

    init(_ r: ProjectReport, now: Date) {
        id = r.id.rawValue; project_id = r.projectID; kind = r.kind.rawValue; sequence = r.sequence; due_date = r.dueDate.description
        state = r.state.rawValue; overdue = r.isOverdue(at: now); summary = r.summary; officer_comment = r.officerComment
        submitted_at = r.submittedAt; version = r.version
        indicators = r.indicators.map { Value(indicator_id: $0.indicatorID, name: $0.name, unit: $0.unit, target: $0.target, actual: $0.actual, met: $0.met) }
    }
}

struct DueReportJSON: Content {
    let project_id: UUID
    let project_number: String
    let report: ReportJSON
}

struct OutputJSON: Content {
    let id: UUID
    let project_id: UUID
    let kind: String
    let title: String
    let identifier: String
    let year: Int
    let owner_organisation_id: UUID
    let owner: String
    let rights: String
    let rights_holders: [String]
    let rights_granted_on: String?
    let use_years: Int?

    init(_ o: ProjectOutput) {
        id = o.id.rawValue; project_id = o.projectID; kind = o.kind.rawValue; title = o.title; identifier = o.identifier; year = o.year
        owner_organisation_id = o.ownerOrganisationID; owner = o.ownerName; rights = o.rights.rawValue; rights_holders = o.rightsHolders
        rights_granted_on = o.rightsGrantedOn?.description; use_years = o.useYears
    }
}

/// A result of the public register: no person's e-mail, phone or identity number.
struct PublicResultJSON: Content {
    let id: UUID
    let kind: String
    let title: String
    let identifier: String
    let year: Int
    let project_number: String
    let project_title: String
    let owner: String
    let rights: String
    let rights_holders: [String]
    let rights_granted_on: String?
    let use_years: Int?
    let article: String

    init(_ r: PublicResult) {
        id = r.id; kind = r.kind.rawValue; title = r.title; identifier = r.identifier; year = r.year; project_number = r.projectNumber
        project_title = r.projectTitle; owner = r.owner; rights = r.rights.rawValue; rights_holders = r.rightsHolders
        rights_granted_on = r.rightsGrantedOn?.description; use_years = r.useYears; article = "59"
    }
}

struct ChangeRequestJSON: Content {
    struct Step: Content {
        let by: UUID
        let role: String
        let approve: Bool
        let comment: String
        let at: Date
    }
    let id: UUID
    let project_id: UUID
    let kind: String
    let reason: String
    let new_end_date: String?
    let new_pi_id: UUID?
    let team: [[String: String]]?
    let state: String
    let steps: [Step]
    let version: Int
    let article: String

    init(_ r: ChangeRequest) {
        id = r.id.rawValue; project_id = r.projectID; kind = r.kind.rawValue; reason = r.reason; new_end_date = r.details.newEndDate?.description
        new_pi_id = r.details.newPrincipalInvestigatorID; team = r.details.team?.map { ["name": $0.name, "email": $0.email] }
        state = r.state.rawValue; version = r.version; article = "22"
        steps = r.steps.map { Step(by: $0.by, role: $0.role, approve: $0.approve, comment: $0.comment, at: $0.at) }
    }
}

struct AcceptanceSchemeJSON: Content {
    struct Criterion: Content {
        let key: String
        let zh: String
        let en: String
        let weight: Int
    }
    let programme_id: UUID?
    let research_type: String
    let reviewer_kind: String
    let criteria: [Criterion]
    let reviewers_per_project: Int
    let pass_mark: Int

    init(_ s: AcceptanceScheme) {
        programme_id = s.programmeID; research_type = s.category.rawValue; reviewer_kind = s.reviewerKind.rawValue
        criteria = s.criteria.map { Criterion(key: $0.key, zh: $0.zh, en: $0.en, weight: $0.weight) }
        reviewers_per_project = s.reviewersPerProject; pass_mark = s.passMark
    }
}

struct AcceptanceJSON: Content {
    struct Member: Content {
        let id: UUID
        let expert_id: UUID
        let expert_name: String
        let affinity: Int
        let submitted: Bool
        let scores: [String: Int]
    }
    let id: UUID
    let project_id: UUID
    let scheme: AcceptanceSchemeJSON
    let state: String
    let outcome: String?
    let finding: String
    let integrity_record_id: UUID?
    let mean_score: Double?
    let panel: [Member]
    let decided_at: Date?
    let article: String

    init(_ a: Acceptance, panel: [AcceptanceReview]) {
        id = a.id.rawValue; project_id = a.projectID; scheme = AcceptanceSchemeJSON(a.scheme); state = a.state.rawValue
        outcome = a.outcome?.rawValue; finding = a.finding; integrity_record_id = a.integrityRecordID
        mean_score = Acceptance.meanScore(panel, scheme: a.scheme); decided_at = a.decidedAt
        self.panel = panel.map { Member(id: $0.id, expert_id: $0.expertID, expert_name: $0.expertName, affinity: $0.affinity, submitted: $0.submittedAt != nil, scores: $0.scores) }
        article = a.outcome == .diligentFailure ? "48" : "31"
    }
}

struct AcceptanceInvitationJSON: Content {
    let id: UUID
    let project_id: UUID
    let project_number: String
    let research_type: String
    let criteria: [AcceptanceSchemeJSON.Criterion]
    let submitted: Bool

    init(_ i: Acceptances.Invitation) {
        id = i.review.id; project_id = i.project.id.rawValue; project_number = i.project.number; research_type = i.acceptance.scheme.category.rawValue
        criteria = AcceptanceSchemeJSON(i.acceptance.scheme).criteria; submitted = i.review.submittedAt != nil
    }
}
