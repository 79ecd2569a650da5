import Foundation
import Grants
import Projects
import Vapor

/// A project as the API returns it.
struct ProjectJSON: Content {
    var id: UUID
    var number: String
    var application_id: UUID
    var call_id: UUID
    var programme_id: UUID
    var title_zh: String
    var title_en: String
    var principal_investigator_id: UUID
    var organisation_id: UUID
    var team: [ProjectMember]
    var start_date: String
    var end_date: String
    var requested_amount: Int
    var awarded_amount: Int
    var award_date: String
    var funding_kind: String
    var research_type: String
    var budget_mode: String
    var selection_mode: String
    var chief_scientist: Bool
    var parallel_route: ParallelRoute?
    var status: String
    var version: Int

    init(_ p: Project) {
        id = p.id.rawValue
        number = p.number
        application_id = p.applicationID.rawValue
        call_id = p.callID
        programme_id = p.programmeID
        title_zh = p.titleZh
        title_en = p.titleEn
        principal_investigator_id = p.principalInvestigatorID
        organisation_id = p.organisationID
        team = p.team
        start_date = p.startDate.description
        end_date = p.endDate.description
        requested_amount = p.requestedAmount
        awarded_amount = p.awardedAmount
        award_date = p.awardDate.description
        funding_kind = p.fundingKind.rawValue
        research_type = p.researchType.rawValue
        budget_mode = p.budgetMode.rawValue
        selection_mode = p.selectionMode.rawValue
        chief_scientist = p.chiefScientist
        parallel_route = p.parallelRoute
        status = p.status.rawValue
        version = p.version
    }
}

/// The facts of a funding decision.
struct FundingFactsJSON: Content {
    var application_id: UUID
    var state: String
    var reviews: Int
    var mean_score: Double?
    var rank: Int?
    var ranked: Int
    var above_cutoff: Bool
    var requested_amount: Int
    var per_project_cap: Int
    var call_budget: Int
    var awarded_in_call: Int
    var remaining_budget: Int
    var near_duplicates: [UUID]
    var integrity_allowed: Bool
    var selection_mode: String
    var project: ProjectJSON?

    init(_ f: FundingDecisionFacts) {
        application_id = f.application.id.rawValue
        state = f.application.state.rawValue
        reviews = f.reviewCount
        mean_score = f.meanScore
        rank = f.rank
        ranked = f.rankedCount
        above_cutoff = f.aboveCutoff
        requested_amount = f.requestedAmount
        per_project_cap = f.perProjectCap
        call_budget = f.call.totalBudget
        awarded_in_call = f.awardedInCall
        remaining_budget = f.remainingBudget
        near_duplicates = f.duplicates.map(\.other.id.rawValue)
        integrity_allowed = f.integrity.isAllowed
        selection_mode = f.call.selectionMode.rawValue
        project = f.project.map(ProjectJSON.init)
    }
}

/// A task agreement with its signatures and stage.
struct AgreementJSON: Content {
    struct Signature: Content {
        var party: String
        var person_id: UUID
        var name: String
        var at: Date
        var sha256: String
        var holds: Bool
    }

    var project_id: UUID
    var stage: String
    var sha256: String
    var canonical_text: String
    var terms: AgreementTerms
    var signatures: [Signature]
    var version: Int

    init(_ v: AgreementView) {
        project_id = v.project.id.rawValue
        stage = v.stage.rawValue
        sha256 = v.sha256
        canonical_text = AgreementText.canonical(v.project, v.agreement.terms)
        terms = v.agreement.terms
        signatures = v.agreement.signatures.map {
            Signature(party: $0.party.rawValue, person_id: $0.personID, name: $0.name, at: $0.at, sha256: $0.sha256, holds: v.validSignatures.contains($0))
        }
        version = v.agreement.version
    }
}

struct YoungShareJSON: Content {
    var programme_id: UUID
    var programme_zh: String
    var programme_en: String
    var year: Int
    var projects: Int
    var led_by_young: Int
    var joined_by_young: Int
    var led_share: Double
    var joined_share: Double
    var definition_zh: String
    var definition_en: String
}
