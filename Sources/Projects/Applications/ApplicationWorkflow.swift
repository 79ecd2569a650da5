import Foundation
import Identity
import KechuangCore

/// Where an application is, from the PI's draft to the funding decision.
public enum ApplicationState: String, Sendable, Codable, CaseIterable {
    case draft
    /// Submitted by the PI; waiting for the research office of the PI's organisation.
    case submitted
    /// Sent back by the research office with comments; the PI may change and resubmit it.
    case returned
    /// Approved by the research office: it has reached the programme officer.
    case withOfficer = "with_officer"
    case withdrawn
    /// Passed the programme officer's formal check (受理): it goes to expert review.
    case accepted
    /// Not accepted at the formal check (不予受理), with the officer's reason.
    case notAccepted = "not_accepted"
    /// Funded after review (立项).
    case funded
    case notFunded = "not_funded"

    /// States in which the application has reached the programme officer, who may then read it.
    public static let reachedOfficer: Set<ApplicationState> = [.withOfficer, .accepted, .notAccepted, .funded, .notFunded]

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "草稿", en: "Draft")
        case .submitted: LocalizedText(zh: "待单位审核", en: "Waiting for the research office")
        case .returned: LocalizedText(zh: "单位退回修改", en: "Returned by the research office")
        case .withOfficer: LocalizedText(zh: "已提交项目主管部门", en: "With the programme officer")
        case .withdrawn: LocalizedText(zh: "已撤回", en: "Withdrawn")
        case .accepted: LocalizedText(zh: "已受理，评审中", en: "Accepted for review")
        case .notAccepted: LocalizedText(zh: "不予受理", en: "Not accepted")
        case .funded: LocalizedText(zh: "已立项资助", en: "Funded")
        case .notFunded: LocalizedText(zh: "未获资助", en: "Not funded")
        }
    }
}

public enum ApplicationAction: String, Sendable, Codable, CaseIterable {
    case submit, approve, `return`, withdraw
    /// The programme officer's formal check: accept for review, or not.
    case accept, notAccept = "not_accept"
    /// The funding decision after review.
    case fund, notFund = "not_fund"
}

/// Who may take a step: the application's principal investigator, or the research office of the
/// PI's organisation.
public enum ApplicationParty: String, Sendable, Codable {
    case principalInvestigator = "principal_investigator"
    case researchOffice = "research_office"
    case programmeOfficer = "programme_officer"
}

/// One step of the workflow: from which states, to which, by whom, and why (the article).
public struct ApplicationTransition: Sendable, Equatable {
    public let action: ApplicationAction
    public let from: Set<ApplicationState>
    public let to: ApplicationState
    public let party: ApplicationParty
    /// Only before the call's closing time.
    public let beforeDeadline: Bool
    public let basis: LegalBasis?
}

/// The workflow as a table, tested exhaustively; services never hard-code a state change.
public enum ApplicationWorkflow {
    public static let transitions: [ApplicationTransition] = [
        // The platform checks eligibility and form at submission (Art. 50(1): one platform, fair conditions).
        ApplicationTransition(action: .submit, from: [.draft, .returned], to: .submitted, party: .principalInvestigator,
                              beforeDeadline: true, basis: .art(50, 1)),
        // Institutions decide within their autonomy, with no government approval step (Art. 22).
        ApplicationTransition(action: .approve, from: [.submitted], to: .withOfficer, party: .researchOffice,
                              beforeDeadline: false, basis: .art(22)),
        ApplicationTransition(action: .return, from: [.submitted], to: .returned, party: .researchOffice,
                              beforeDeadline: false, basis: .art(22)),
        ApplicationTransition(action: .withdraw, from: [.draft, .submitted, .returned], to: .withdrawn, party: .principalInvestigator,
                              beforeDeadline: true, basis: nil),
        // The formal check: integrity restrictions (Art. 60) and near-duplicates are checked here.
        ApplicationTransition(action: .accept, from: [.withOfficer], to: .accepted, party: .programmeOfficer,
                              beforeDeadline: false, basis: .art(60)),
        ApplicationTransition(action: .notAccept, from: [.withOfficer], to: .notAccepted, party: .programmeOfficer,
                              beforeDeadline: false, basis: nil),
        // Funding follows peer review with equal competition (Art. 29); restrictions apply (Art. 60).
        ApplicationTransition(action: .fund, from: [.accepted], to: .funded, party: .programmeOfficer,
                              beforeDeadline: false, basis: .art(29)),
        ApplicationTransition(action: .notFund, from: [.accepted], to: .notFunded, party: .programmeOfficer,
                              beforeDeadline: false, basis: .art(29)),
    ]

    public static func transition(_ action: ApplicationAction, from state: ApplicationState) -> ApplicationTransition? {
        transitions.first { $0.action == action && $0.from.contains(state) }
    }

    /// The actions a party can take on an application in this state now.
    public static func actions(for party: ApplicationParty, in state: ApplicationState, beforeDeadline: Bool) -> [ApplicationAction] {
        transitions.filter { $0.party == party && $0.from.contains(state) && (!$0.beforeDeadline || beforeDeadline) }.map(\.action)
    }
}
