import Foundation
import Identity
import Integrity
import KechuangCore
import Plot

/// `/ethics`: the public register of ethics committees, the high-risk list in force and the check.
struct EthicsRegistryPage {
    let committees: [EthicsCommittee]
    let organisations: [UUID: Organisation]
    let today: BeijingDay

    func render(_ c: PageContext) -> String {
        let sep = c.language == .zh ? "、" : ", "
        let list = HighRiskActivities.inForce(on: today)
        return Layout(context: c, title: c(EthicsMsg.ethTitle), content: .div(
            .h1(.text(c(EthicsMsg.ethTitle))),
            .p(.class("lead"), .text(c(EthicsMsg.ethIntro))),
            .if(c.can(.manageEthicsRegistry), .p(.a(.href(EthicsURL.manage.path), .text(c(EthicsMsg.ethManageLink))))),
            .if(committees.isEmpty, .p(.text(c(EthicsMsg.ethNone))), else: Components.scrollTable(label: c(EthicsMsg.ethTitle),
                .thead(.tr(.th(.text(c(EthicsMsg.ethCommittee))), .th(.text(c(EthicsMsg.ethInstitution))), .th(.text(c(EthicsMsg.ethRegistrationNumber))),
                           .th(.text(c(EthicsMsg.ethRegistrationDate))), .th(.text(c(EthicsMsg.ethScopes))), .th(.text(c(EthicsMsg.ethMembers))))),
                .tbody(.forEach(committees) { m in
                    .tr(.td(Components.localized(zh: m.nameZh, en: m.nameEn, c)),
                        .td(Components.localized(zh: organisations[m.organisationID]?.nameZh ?? "", en: organisations[m.organisationID]?.nameEn, c)),
                        .td(Components.zh(m.registrationNumber, c)), .td(.text(m.registrationDate.description)),
                        .td(.text(m.scopes.map { c.text($0.label) }.joined(separator: sep))),
                        .td(.span(Components.lang(of: m.members.map(\.name).joined(separator: sep), c), .text(m.members.map(\.name).joined(separator: sep)))))
                }))),
            .h2(.text(c(EthicsMsg.ethHighRiskListTitle))),
            .unwrap(list) { version in
                .group(
                    .p(.class("hint"), .text("\(c(EthicsMsg.ethHighRiskSource)): \(c.text(version.source)) · \(version.effectiveFrom.description)")),
                    .ol(.forEach(version.entries) { .li(.text(c.text($0.text))) }))
            },
            .p(.text(c(EthicsMsg.ethCheckRule)))
        )).render()
    }
}

/// `/ethics/manage`: register committees and decisions, record expert re-reviews.
struct EthicsManagePage {
    let committees: [EthicsCommittee]
    let organisations: [Organisation]
    let approvals: [EthicsApproval]
    let today: BeijingDay
    var form = ""
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let sep = c.language == .zh ? "、" : ", "
        let names = Dictionary(uniqueKeysWithValues: committees.map { ($0.id, c.language == .en && !$0.nameEn.isEmpty ? $0.nameEn : $0.nameZh) })
        let list = HighRiskActivities.inForce(on: today)?.entries ?? []
        func value(_ key: String, _ which: String) -> String { form == which ? values[key] ?? "" : "" }
        func errs(_ which: String) -> [FieldError] { form == which ? errors : [] }
        let pending = approvals.filter { !$0.highRiskActivities.isEmpty && $0.expertReview == nil }
        return Layout(context: c, title: c(EthicsMsg.ethManageTitle), content: .div(
            Components.errorSummary(errors, c, form: form),
            .p(.a(.href(EthicsURL.registry.path), .text(c(EthicsMsg.ethTitle)))),
            .h1(.text(c(EthicsMsg.ethManageTitle))),
            .p(.class("lead"), .text(c(EthicsMsg.ethManageIntro))),
            .if(organisations.isEmpty, .p(.text(c(EthicsMsg.ethNotManager)))),
            .h2(.text(c(EthicsMsg.ethApprovals))),
            .if(approvals.isEmpty, .p(.text(c(EthicsMsg.ethNoApprovals)))),
            .forEach(approvals) { a in
                .section(.class("card"),
                    .h3(Components.zh(a.approvalNumber, c)),
                    .p(.span(Components.lang(of: a.projectTitle, c), .text(a.projectTitle))),
                    .p(.class("meta"), .span(Components.lang(of: names[a.committeeID] ?? "", c), .text(names[a.committeeID] ?? "")),
                       .text(" · \(c(EthicsMsg.ethDecisionDate)) \(a.decisionDate) · \(c(EthicsMsg.ethValidity)) \(a.validFrom) – \(a.validUntil) · "
                             + a.scopes.map { c.text($0.label) }.joined(separator: sep))),
                    .p(.text("\(c(EthicsMsg.ethExpertReview)): " + Self.reviewText(a, today: today, c)),
                       .unwrap(a.expertReview) { .group(.text(" · \($0.reviewedOn) · "), Components.zh($0.body, c)) })
                )
            },
            .if(!pending.isEmpty, .group(
                .h2(.text(c(EthicsMsg.ethRecordReview))),
                Components.form(action: EthicsURL.expertReviews.path, c,
                    Components.selectField(name: "approval_id", form: "review", label: c(EthicsMsg.ethApprovalNumber),
                                           options: pending.map { ($0.id.rawValue.uuidString.lowercased(), $0.approvalNumber) },
                                           selected: value("approval_id", "review"), errors: errs("review"), c),
                    Components.textField(.init(name: "reviewed_on", label: c(EthicsMsg.ethReviewedOn), hint: c(EthicsMsg.ethDateHint),
                                               value: value("reviewed_on", "review"), width: "width-10", form: "review"), errors: errs("review"), c),
                    Components.textField(.init(name: "body", label: c(EthicsMsg.ethReviewBody), value: value("body", "review"), form: "review"), errors: errs("review"), c),
                    Components.selectField(name: "outcome", form: "review", label: c(EthicsMsg.ethExpertReview),
                                           options: [("approved", c(EthicsMsg.ethReviewApproved)), ("refused", c(EthicsMsg.ethReviewRefused))],
                                           selected: value("outcome", "review"), errors: errs("review"), c),
                    Components.textArea("note", c(EthicsMsg.ethReviewNote), nil, value("note", "review"), errs("review"), c, form: "review"),
                    Components.submit(c(EthicsMsg.ethRecordReview))))),
            .if(!committees.isEmpty, .group(
                .h2(.text(c(EthicsMsg.ethNewApproval))),
                Components.form(action: EthicsURL.approvals.path, c,
                    Components.selectField(name: "committee_id", form: "approval", label: c(EthicsMsg.ethCommittee),
                                           options: committees.map { ($0.id.rawValue.uuidString.lowercased(), "\(names[$0.id] ?? "") (\($0.registrationNumber))") },
                                           selected: value("committee_id", "approval"), errors: errs("approval"), c),
                    Components.textField(.init(name: "approval_number", label: c(EthicsMsg.ethApprovalNumber), value: value("approval_number", "approval"), form: "approval"),
                                         errors: errs("approval"), c),
                    Components.textField(.init(name: "project_title", label: c(EthicsMsg.ethProjectTitle), value: value("project_title", "approval"), form: "approval"),
                                         errors: errs("approval"), c),
                    Components.textField(.init(name: "decision_date", label: c(EthicsMsg.ethDecisionDate), hint: c(EthicsMsg.ethDateHint),
                                               value: value("decision_date", "approval"), width: "width-10", form: "approval"), errors: errs("approval"), c),
                    Self.scopeBoxes(c(EthicsMsg.ethScopes), values: form == "approval" ? values : [:], form: "approval", c),
                    Components.textField(.init(name: "valid_from", label: c(EthicsMsg.ethValidFrom), hint: c(EthicsMsg.ethDateHint),
                                               value: value("valid_from", "approval"), width: "width-10", form: "approval"), errors: errs("approval"), c),
                    Components.textField(.init(name: "valid_until", label: c(EthicsMsg.ethValidUntil), hint: c(EthicsMsg.ethDateHint),
                                               value: value("valid_until", "approval"), width: "width-10", form: "approval"), errors: errs("approval"), c),
                    .fieldset(.id(Components.fieldID("high_risk", in: "approval")),
                        .element(named: "legend", nodes: [.text(c(EthicsMsg.ethHighRisk))]),
                        .p(.class("hint"), .text(c(EthicsMsg.ethHighRiskHint))),
                        .forEach(list) { e in
                            Components.checkbox(name: "high_risk_\(e.code)", value: "yes", label: c.text(e.text), checked: value("high_risk_\(e.code)", "approval") == "yes", form: "approval")
                        }),
                    Components.submit(c(EthicsMsg.ethRecord))))),
            .if(!organisations.isEmpty, .group(
                .h2(.text(c(EthicsMsg.ethNewCommittee))),
                Components.form(action: EthicsURL.committees.path, c,
                    Components.selectField(name: "organisation_id", form: "committee", label: c(EthicsMsg.ethOrganisation),
                                           options: organisations.map { ($0.id.rawValue.uuidString.lowercased(), $0.name(in: c.language)) },
                                           selected: value("organisation_id", "committee"), errors: errs("committee"), c),
                    Components.textField(.init(name: "name_zh", label: c(EthicsMsg.ethNameZh), value: value("name_zh", "committee"), form: "committee"), errors: errs("committee"), c),
                    Components.textField(.init(name: "name_en", label: c(EthicsMsg.ethNameEn), value: value("name_en", "committee"), form: "committee"), errors: errs("committee"), c),
                    Components.textField(.init(name: "registration_number", label: c(EthicsMsg.ethRegistrationNumber), value: value("registration_number", "committee"), form: "committee"),
                                         errors: errs("committee"), c),
                    Components.textField(.init(name: "registration_date", label: c(EthicsMsg.ethRegistrationDate), hint: c(EthicsMsg.ethDateHint),
                                               value: value("registration_date", "committee"), width: "width-10", form: "committee"), errors: errs("committee"), c),
                    Self.scopeBoxes(c(EthicsMsg.ethScopes), values: form == "committee" ? values : [:], form: "committee", c),
                    Components.textArea("members", c(EthicsMsg.ethMembers), c(EthicsMsg.ethMembersHint), value("members", "committee"), errs("committee"), c, form: "committee"),
                    Components.submit(c(EthicsMsg.ethRegister)))))
        )).render()
    }

    static func reviewText(_ a: EthicsApproval, today: BeijingDay, _ c: PageContext) -> String {
        if let r = a.expertReview {
            return c(r.approved ? EthicsMsg.ethReviewApproved : EthicsMsg.ethReviewRefused)
        }
        return a.highRiskActivities.isEmpty ? c(EthicsMsg.ethExpertReviewNone) : c(EthicsMsg.ethExpertReviewNeeded)
    }

    /// Two forms have scopes, so each form's ids carry its name (`field-approval-scopes`).
    static func scopeBoxes(_ legend: String, values: [String: String], form: String, _ c: PageContext) -> Node<HTML.FormContext> {
        .fieldset(.id(Components.fieldID("scopes", in: form)),
            .element(named: "legend", nodes: [.text(legend)]),
            .forEach(EthicsScope.allCases) { s in
                Components.checkbox(name: "scope_\(s.rawValue)", value: "yes", label: c.text(s.label), checked: values["scope_\(s.rawValue)"] == "yes", form: form)
            })
    }
}
