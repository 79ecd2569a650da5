import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// How integrity records read on every page.
enum IntegrityText {
    static func scope(_ r: IntegrityRecord, _ c: PageContext) -> String {
        if r.scope.isEmpty { return c(IntegrityMsg.intNoScope) }
        return RestrictedAction.allCases.filter(r.scope.contains).map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : ", ")
    }

    static func range(_ from: Date?, _ until: Date?) -> String {
        guard from != nil || until != nil else { return "—" }
        return "\(IntegrityDate.format(from)) – \(IntegrityDate.format(until))"
    }

    static func period(_ r: IntegrityRecord) -> String { r.finding.isMisconduct ? range(r.restrictedFrom, r.restrictedUntil) : "—" }

    static func subject(_ r: IntegrityRecord, _ c: PageContext) -> String { "\(r.subjectName)（\(c.text(r.subject.label))）" }

    static func basis(_ r: IntegrityRecord, _ c: PageContext) -> String {
        r.finding.isMisconduct ? c(IntegrityMsg.intArticle) : (c.language == .zh ? "第四十八条、第六十四条" : "Art. 48, 64")
    }

    static func date(_ d: Date?) -> String { d.map(IntegrityDate.format) ?? "—" }

    /// The facts of a record as a definition list.
    static func details(_ r: IntegrityRecord, now: Date, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(IntegrityMsg.intSubject))), .dd(.text(subject(r, c))),
            .dt(.text(c(IntegrityMsg.intFinding))), .dd(.text(c.text(r.finding.label))),
            .dt(.text(c(IntegrityMsg.intDescription))), .dd(.text(r.description)),
            .dt(.text(c(IntegrityMsg.intDecidingBody))), .dd(.text(r.decidingBody.isEmpty ? "—" : r.decidingBody)),
            .dt(.text(c(IntegrityMsg.intDocumentNumber))), .dd(.text(r.documentNumber.isEmpty ? "—" : r.documentNumber)),
            .dt(.text(c(IntegrityMsg.intDecisionDate))), .dd(.text(date(r.decisionDate))),
            .dt(.text(c(IntegrityMsg.intLegalBasis))), .dd(.text(r.legalBasis.isEmpty ? "—" : r.legalBasis)),
            .dt(.text(c(IntegrityMsg.intScope))), .dd(.text(scope(r, c))),
            .dt(.text(c(IntegrityMsg.intPeriod))), .dd(.text(period(r))),
            .dt(.text(c(IntegrityMsg.intPhase))), .dd(.text(c.text(r.phase(at: now).label))),
            .dt(.text(c(IntegrityMsg.intPublication))),
            .dd(.text(r.publish ? "\(c(IntegrityMsg.intYes))（\(range(r.publishFrom, r.publishUntil))）" : c(IntegrityMsg.intNo))),
            .dt(.text(c(IntegrityMsg.intState))), .dd(.strong(.text(c.text(r.state.label)))),
            .dt(.text(c(IntegrityMsg.intBasis))), .dd(.class("basis"), .text(basis(r, c)))
        )
    }

    static func appealRows(_ appeals: [IntegrityAppeal], _ c: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .thead(.tr(.th(.text(c(IntegrityMsg.intFiledAt))), .th(.text(c(IntegrityMsg.intFiledBy))), .th(.text(c(IntegrityMsg.intGrounds))),
                       .th(.text(c(IntegrityMsg.intOutcome))), .th(.text(c(IntegrityMsg.intNote))))),
            .tbody(.forEach(appeals) { a in
                .tr(.td(.text(c.format(a.filedAt))), .td(.text(a.filedBy.label)), .td(.text(a.grounds)), .td(.text(c.text(a.outcome.label))),
                    .td(.text([a.decidedBy?.label, a.note].compactMap { $0 }.joined(separator: "：")))
                )
            })
        )
    }

    static func repairRows(_ repairs: [CreditRepairRequest], _ c: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .thead(.tr(.th(.text(c(IntegrityMsg.intFiledAt))), .th(.text(c(IntegrityMsg.intFiledBy))), .th(.text(c(IntegrityMsg.intEvidence))),
                       .th(.text(c(IntegrityMsg.intOutcome))), .th(.text(c(IntegrityMsg.intNote))))),
            .tbody(.forEach(repairs) { r in
                .tr(.td(.text(c.format(r.filedAt))), .td(.text(r.filedBy.label)), .td(.text(r.evidence)), .td(.text(c.text(r.outcome.label))),
                    .td(.text([r.decidedBy?.label, r.note].compactMap { $0 }.joined(separator: "：")))
                )
            })
        )
    }
}

/// `/integrity`: what was decided for publication, during its publication period (Art. 60).
struct PublicIntegrityPage {
    let records: [IntegrityRecord]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intPublicTitle), content: .div(
            .h1(.text(c(IntegrityMsg.intPublicTitle))),
            .p(.class("lead"), .text(c(IntegrityMsg.intPublicIntro))),
            .p(.text(c(IntegrityMsg.intPublicDiligent))),
            .ul(
                .if(c.can(.viewOwnIntegrityRecords), .li(.a(.href(IntegrityURL.integrityMine.path), .text(c(IntegrityMsg.intMyRecordsLink))))),
                .if(c.can(.manageIntegrityRecords), .li(.a(.href(IntegrityURL.adminIntegrity.path), .text(c(IntegrityMsg.intAdminLink))))),
                .if(c.can(.manageInstitutionIntegrityRules), .li(.a(.href(IntegrityURL.institutionIntegrity.path), .text(c(IntegrityMsg.intInstitutionLink)))))
            ),
            .if(records.isEmpty, .p(.text(c(IntegrityMsg.intPublicNone))), else: .table(
                .thead(.tr(
                    .th(.text(c(IntegrityMsg.intSubject))), .th(.text(c(IntegrityMsg.intFinding))), .th(.text(c(IntegrityMsg.intDecidingBody))),
                    .th(.text(c(IntegrityMsg.intDocumentNumber))), .th(.text(c(IntegrityMsg.intDecisionDate))), .th(.text(c(IntegrityMsg.intScope))),
                    .th(.text(c(IntegrityMsg.intPeriod))), .th(.text(c(IntegrityMsg.intBasis)))
                )),
                .tbody(.forEach(records) { r in
                    .tr(
                        .td(.text(IntegrityText.subject(r, c))), .td(.text(c.text(r.finding.label))), .td(.text(r.decidingBody)),
                        .td(.text(r.documentNumber)), .td(.text(IntegrityText.date(r.decisionDate))), .td(.text(IntegrityText.scope(r, c))),
                        .td(.text(IntegrityText.period(r))), .td(.class("basis"), .text(IntegrityText.basis(r, c)))
                    )
                })
            ))
        )).render()
    }
}

/// `/integrity/mine`: records about the signed-in person (and the organisations whose research
/// office they are), with appeal and credit repair.
struct MyIntegrityRecordsPage {
    let records: [IntegrityRecord]
    let appeals: [UUID: [IntegrityAppeal]]
    let repairs: [UUID: [CreditRepairRequest]]
    let now: Date
    var errors: [FieldError] = []
    var failedID: UUID? = nil
    /// `appeal` or `repair`: the form a refused request came from.
    var failedForm = ""

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intMineTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(IntegrityMsg.intMineTitle))),
            .p(.text(c(IntegrityMsg.intMineIntro))),
            .if(records.isEmpty, .p(.text(c(IntegrityMsg.intMineNone)))),
            .forEach(records) { r in record(r, c) }
        )).render()
    }

    private func record(_ r: IntegrityRecord, _ c: PageContext) -> Node<HTML.BodyContext> {
        let actions = IntegrityWorkflow.actions(for: .subject, in: r.state, finding: r.finding)
        let recordAppeals = appeals[r.id] ?? [], recordRepairs = repairs[r.id] ?? []
        let appealPending = recordAppeals.contains { $0.outcome == .pending }
        let repairPending = recordRepairs.contains { $0.outcome == .pending }
        let fieldErrors = r.id == failedID ? errors : []
        return .section(
            .class("card"), .id("record-\(r.id.uuidString.lowercased())"),
            .h2(.text("\(r.documentNumber) · \(c.text(r.finding.label))")),
            IntegrityText.details(r, now: now, c),
            .if(!r.finding.isMisconduct, .p(.text(c(IntegrityMsg.intDiligentNote)))),
            .if(!recordAppeals.isEmpty, .group(.h3(.text(c(IntegrityMsg.intAppeals))), IntegrityText.appealRows(recordAppeals, c))),
            .if(!recordRepairs.isEmpty, .group(.h3(.text(c(IntegrityMsg.intRepairs))), IntegrityText.repairRows(recordRepairs, c))),
            .if(appealPending, .p(.strong(.text(c(IntegrityMsg.intAppealPending))))),
            .if(repairPending, .p(.strong(.text(c(IntegrityMsg.intRepairPending))))),
            .if(actions.contains(.fileAppeal) && !appealPending, Components.form(action: IntegrityURL.integrityAppeal(r.id).path, c,
                CallFormPage.textArea("grounds", c(IntegrityMsg.intAppeal), c(IntegrityMsg.intAppealHint), "",
                                      failedForm == "appeal" ? fieldErrors : [], c),
                Components.submit(c(IntegrityMsg.intAppeal)))),
            .if(actions.contains(.requestRepair) && !repairPending, Components.form(action: IntegrityURL.integrityRepair(r.id).path, c,
                CallFormPage.textArea("evidence", c(IntegrityMsg.intRepair), c(IntegrityMsg.intRepairHint), "",
                                      failedForm == "repair" ? fieldErrors : [], c),
                Components.submit(c(IntegrityMsg.intRepair), secondary: true)))
        )
    }
}

/// `/admin/integrity`: every record, newest first, filterable by state.
struct IntegrityAdminListPage {
    let records: [IntegrityRecord]
    let state: IntegrityRecordState?
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intAdminTitle), content: .div(
            .h1(.text(c(IntegrityMsg.intAdminTitle))),
            .p(.text(c(IntegrityMsg.intAdminIntro))),
            .p(.a(.class("button"), .href(IntegrityURL.adminIntegrityNew.path), .text(c(IntegrityMsg.intNewRecord)))),
            .form(
                .class("filters"), .method(.get), .action(IntegrityURL.adminIntegrity.path),
                .div(
                    .class("field"),
                    .label(.for("field-state"), .text(c(IntegrityMsg.intState))),
                    .select(
                        .id("field-state"), .attribute(named: "name", value: "state"),
                        Components.option(value: "", label: c(IntegrityMsg.intAllStates), selected: state == nil),
                        .forEach(IntegrityRecordState.allCases) { s in
                            Components.option(value: s.rawValue, label: c.text(s.label), selected: s == state)
                        }
                    )
                ),
                Components.submit(c(IntegrityMsg.intFilter), secondary: true)
            ),
            .if(records.isEmpty, .p(.text(c(IntegrityMsg.intAdminNone))), else: .table(
                .thead(.tr(
                    .th(.text(c(IntegrityMsg.intSubject))), .th(.text(c(IntegrityMsg.intFinding))), .th(.text(c(IntegrityMsg.intDocumentNumber))),
                    .th(.text(c(IntegrityMsg.intScope))), .th(.text(c(IntegrityMsg.intPeriod))), .th(.text(c(IntegrityMsg.intPhase))),
                    .th(.text(c(IntegrityMsg.intState)))
                )),
                .tbody(.forEach(records) { r in
                    .tr(
                        .td(.a(.href(IntegrityURL.adminIntegrityRecord(r.id).path), .text(IntegrityText.subject(r, c)))),
                        .td(.text(c.text(r.finding.label))), .td(.text(r.documentNumber.isEmpty ? "—" : r.documentNumber)),
                        .td(.text(IntegrityText.scope(r, c))), .td(.text(IntegrityText.period(r))), .td(.text(c.text(r.phase(at: now).label))),
                        .td(.text(c.text(r.state.label)))
                    )
                })
            ))
        )).render()
    }
}

/// The record form: a new record, or a draft being edited on its record page.
struct IntegrityRecordFormPage {
    let record: IntegrityRecord?
    let values: [String: String]
    let people: [Person]
    let organisations: [Organisation]
    var errors: [FieldError] = []

    private func value(_ key: String) -> String { values[key] ?? "" }

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intNewRecord), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .p(.a(.href(IntegrityURL.adminIntegrity.path), .text(c(IntegrityMsg.intAdminTitle)))),
            .h1(.text(c(IntegrityMsg.intNewRecord))),
            form(c)
        )).render()
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        let subjects = people.map { (IntegrityForm.subjectValue(.person($0.id)), "\(c(IntegrityMsg.intSubjectPeople))：\($0.name) <\($0.email)>") }
            + organisations.map { (IntegrityForm.subjectValue(.organisation($0.id)), "\(c(IntegrityMsg.intSubjectOrganisations))：\($0.name(in: c.language))") }
        let action = record.map { IntegrityURL.adminIntegrityRecord($0.id).path } ?? IntegrityURL.adminIntegrity.path
        func date(_ name: String, _ label: IntegrityMsg, hint: IntegrityMsg = .intDateHint) -> Node<HTML.FormContext> {
            Components.textField(.init(name: name, label: c(label), hint: c(hint), value: value(name), width: "width-10"), errors: errors, c)
        }
        return Components.form(action: action, c,
            .unwrap(record) { .input(.type(.hidden), .name("version"), .value(String($0.version))) },
            Components.selectField(name: "subject", label: c(IntegrityMsg.intSubject), hint: c(IntegrityMsg.intSubjectHint), options: subjects,
                                   selected: value("subject"), errors: errors, c),
            Components.selectField(name: "finding", label: c(IntegrityMsg.intFinding), hint: c(IntegrityMsg.intFindingHint),
                                   options: Components.options(FindingKind.self, \.label, c), selected: value("finding"), errors: errors, c),
            CallFormPage.textArea("description", c(IntegrityMsg.intDescription), c(IntegrityMsg.intDescriptionHint), value("description"), errors, c),
            Components.textField(.init(name: "deciding_body", label: c(IntegrityMsg.intDecidingBody), hint: c(IntegrityMsg.intDecidingBodyHint),
                                       value: value("deciding_body")), errors: errors, c),
            Components.textField(.init(name: "document_number", label: c(IntegrityMsg.intDocumentNumber), hint: c(IntegrityMsg.intDocumentNumberHint),
                                       value: value("document_number"), width: "width-20"), errors: errors, c),
            date("decision_date", .intDecisionDate),
            Components.textField(.init(name: "legal_basis", label: c(IntegrityMsg.intLegalBasis), hint: c(IntegrityMsg.intLegalBasisHint),
                                       value: value("legal_basis")), errors: errors, c),
            .fieldset(
                .id(Components.fieldID("scope")),
                .attribute(named: "class", value: errors.contains { $0.field == "scope" } ? "field-error" : nil),
                .element(named: "legend", nodes: [.text(c(IntegrityMsg.intScope))]),
                .p(.class("hint"), .text(c(IntegrityMsg.intScopeHint))),
                .if(errors.contains { $0.field == "scope" }, .p(.class("error-message"),
                    .text(errors.filter { $0.field == "scope" }.map { Components.message($0, c) }.joined(separator: " ")))),
                .forEach(RestrictedAction.allCases) { a in
                    Components.checkbox(name: "scope_\(a.rawValue)", value: IntegrityForm.yes, label: c.text(a.label),
                                        checked: value("scope_\(a.rawValue)") == IntegrityForm.yes)
                }
            ),
            date("restricted_from", .intRestrictedFrom),
            date("restricted_until", .intRestrictedUntil, hint: .intUntilHint),
            .fieldset(
                .id(Components.fieldID("publish")),
                .element(named: "legend", nodes: [.text(c(IntegrityMsg.intPublication))]),
                .if(errors.contains { $0.field == "publish" }, .p(.class("error-message"),
                    .text(errors.filter { $0.field == "publish" }.map { Components.message($0, c) }.joined(separator: " ")))),
                Components.checkbox(name: "publish", value: IntegrityForm.yes, label: c(IntegrityMsg.intPublish), checked: value("publish") == IntegrityForm.yes),
                date("publish_from", .intPublishFrom),
                date("publish_until", .intPublishUntil)
            ),
            Components.submit(c(IntegrityMsg.intSaveDraft))
        )
    }
}

/// `/admin/integrity/:id`: the record, its workflow actions, appeals, repairs and history.
struct IntegrityRecordPage {
    let record: IntegrityRecord
    let appeals: [IntegrityAppeal]
    let repairs: [CreditRepairRequest]
    let history: [AuditEntry]
    let now: Date
    /// The edit form, while the record is a draft.
    let form: IntegrityRecordFormPage?
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let r = record
        let actions = IntegrityWorkflow.actions(for: .officer, in: r.state, finding: r.finding)
        let pendingAppeal = appeals.first { $0.outcome == .pending }
        let pendingRepair = repairs.first { $0.outcome == .pending }
        return Layout(context: c, title: "\(c(IntegrityMsg.intRecordTitle)) · \(r.subjectName)", content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(IntegrityURL.adminIntegrity.path), .text(c(IntegrityMsg.intAdminTitle)))),
            .h1(.text("\(c(IntegrityMsg.intRecordTitle)) · \(r.subjectName)")),
            IntegrityText.details(r, now: now, c),
            .if(!r.finding.isMisconduct, .p(.text(c(IntegrityMsg.intDiligentNote)))),
            .if(actions.contains(.decide), .section(
                .class("card"),
                .h2(.text(c(IntegrityMsg.intDecide))),
                .p(.class("hint"), .text(c(IntegrityMsg.intDecideHint))),
                Components.form(action: IntegrityURL.adminIntegrityDecide(r.id).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(r.version))),
                    Components.submit(c(IntegrityMsg.intDecide)))
            )),
            .if(actions.contains(.publish) && r.publish, .section(
                .class("card"),
                .h2(.text(c(IntegrityMsg.intPublishAction))),
                .p(.class("hint"), .text("\(c(IntegrityMsg.intPublishHint)) \(IntegrityText.range(r.publishFrom, r.publishUntil))")),
                Components.form(action: IntegrityURL.adminIntegrityPublish(r.id).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(r.version))),
                    Components.submit(c(IntegrityMsg.intPublishAction)))
            )),
            .unwrap(pendingAppeal) { a in
                .section(
                    .class("card"),
                    .h2(.text(c(IntegrityMsg.intPendingAppeal))),
                    .p(.text("\(a.filedBy.label) · \(c.format(a.filedAt))")),
                    .blockquote(.text(a.grounds)),
                    .if(actions.contains(.upholdAppeal), Components.form(action: IntegrityURL.adminIntegrityAppeal(r.id).path, c,
                        CallFormPage.textArea("note", c(IntegrityMsg.intNote), c(IntegrityMsg.intNoteHint), "", [], c),
                        .button(.type(.submit), .name("decision"), .value("uphold"), .class("button"), .text(c(IntegrityMsg.intUphold))),
                        .text(" "),
                        .button(.type(.submit), .name("decision"), .value("dismiss"), .class("button button-secondary"), .text(c(IntegrityMsg.intDismiss)))))
                )
            },
            .unwrap(pendingRepair) { p in
                .section(
                    .class("card"),
                    .h2(.text(c(IntegrityMsg.intPendingRepair))),
                    .p(.text("\(p.filedBy.label) · \(c.format(p.filedAt))")),
                    .blockquote(.text(p.evidence)),
                    .if(actions.contains(.grantRepair), Components.form(action: IntegrityURL.adminIntegrityRepair(r.id).path, c,
                        CallFormPage.textArea("note", c(IntegrityMsg.intNote), c(IntegrityMsg.intNoteHint), "", [], c),
                        .button(.type(.submit), .name("decision"), .value("grant"), .class("button"), .text(c(IntegrityMsg.intGrant))),
                        .text(" "),
                        .button(.type(.submit), .name("decision"), .value("refuse"), .class("button button-secondary"), .text(c(IntegrityMsg.intRefuse)))))
                )
            },
            .unwrap(form) { form in .section(.h2(.text(c(IntegrityMsg.intEditDraft))), form.form(c)) },
            .if(!appeals.isEmpty, .group(.h2(.text(c(IntegrityMsg.intAppeals))), IntegrityText.appealRows(appeals, c))),
            .if(!repairs.isEmpty, .group(.h2(.text(c(IntegrityMsg.intRepairs))), IntegrityText.repairRows(repairs, c))),
            .h2(.text(c(IntegrityMsg.intHistory))),
            .table(
                .class("audit"),
                .thead(.tr(.th(.text(c(.auditTime))), .th(.text(c(.auditActor))), .th(.text(c(.auditAction))), .th(.text(c(.auditSummary))),
                           .th(.text(c(.auditBasis))))),
                .tbody(.forEach(history) { e in
                    .tr(.td(.text(c.format(e.at))), .td(.text(e.actorLabel)), .td(.code(.text(e.action))), .td(.text(e.summary)),
                        .td(.text(e.basis?.text(in: c.language) ?? "—")))
                })
            )
        )).render()
    }
}

/// `/institution/integrity`: an organisation's own integrity rules and handling (Art. 60(2)).
struct InstitutionIntegrityPage {
    let organisations: [Organisation]
    let entries: [InstitutionIntegrityEntry]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name(in: c.language)) })
        return Layout(context: c, title: c(IntegrityMsg.intInstitutionTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(IntegrityMsg.intInstitutionTitle))),
            .p(.text(c(IntegrityMsg.intInstitutionIntro))),
            .if(organisations.isEmpty, .p(.text(c(IntegrityMsg.intInstitutionNotOffice))), else: .group(
                .if(entries.isEmpty, .p(.text(c(IntegrityMsg.intInstitutionNone)))),
                .forEach(entries) { e in
                    .section(
                        .class("card"),
                        .h2(.text(e.title)),
                        .p(.class("meta"), .text("\(c.text(e.kind.label)) · \(IntegrityDate.format(e.date)) · \(names[e.organisationID] ?? "")")),
                        .p(.text(e.body))
                    )
                },
                .h2(.text(c(IntegrityMsg.intEntryAdd))),
                Components.form(action: IntegrityURL.institutionIntegrity.path, c,
                    .if(organisations.count > 1, Components.selectField(
                        name: "organisation_id", label: c(IntegrityMsg.intEntryOrganisation),
                        options: organisations.map { ($0.id.uuidString.lowercased(), $0.name(in: c.language)) },
                        selected: values["organisation_id"], errors: errors, c),
                        else: .input(.type(.hidden), .name("organisation_id"), .value(organisations.first?.id.uuidString.lowercased() ?? ""))),
                    Components.selectField(name: "kind", label: c(IntegrityMsg.intEntryKind), options: Components.options(InstitutionEntryKind.self, \.label, c),
                                           selected: values["kind"], errors: errors, c),
                    Components.textField(.init(name: "title", label: c(IntegrityMsg.intEntryTitle), value: values["title"] ?? ""), errors: errors, c),
                    Components.textField(.init(name: "date", label: c(IntegrityMsg.intEntryDate), hint: c(IntegrityMsg.intDateHint),
                                               value: values["date"] ?? "", width: "width-10"), errors: errors, c),
                    CallFormPage.textArea("body", c(IntegrityMsg.intEntryBody), nil, values["body"] ?? "", errors, c),
                    Components.submit(c(IntegrityMsg.intEntryAdd)))
            ))
        )).render()
    }
}
