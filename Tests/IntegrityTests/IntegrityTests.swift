import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing
@testable import Integrity

/// The field errors of a `DomainError.validation`, or none for any other outcome.
func fieldErrors(_ error: DomainError?) -> [FieldError] {
    if case .validation(let errors)? = error { return errors }
    return []
}

let day: TimeInterval = 86_400

@Suite("Integrity workflow table")
struct IntegrityWorkflowTests {
    /// Every (action, state) pair: exactly the listed ones are possible, by the listed party.
    @Test func test_workflow_onlyTheseStepsExist() {
        let expected: [String: IntegrityParty] = [
            "decide draft": .officer, "publish decided": .officer,
            "file_appeal decided": .subject, "file_appeal published": .subject,
            "uphold_appeal decided": .officer, "uphold_appeal published": .officer,
            "dismiss_appeal decided": .officer, "dismiss_appeal published": .officer,
            "request_repair decided": .subject, "request_repair published": .subject,
            "grant_repair decided": .officer, "grant_repair published": .officer,
            "refuse_repair decided": .officer, "refuse_repair published": .officer,
        ]
        for action in IntegrityAction.allCases {
            for state in IntegrityRecordState.allCases {
                let key = "\(action.rawValue) \(state.rawValue)"
                #expect(IntegrityWorkflow.transition(action, from: state)?.party == expected[key], "\(key)")
            }
        }
    }

    @Test func test_workflow_statesReached() {
        #expect(IntegrityWorkflow.transition(.decide, from: .draft)?.to == .decided)
        #expect(IntegrityWorkflow.transition(.publish, from: .decided)?.to == .published)
        #expect(IntegrityWorkflow.transition(.upholdAppeal, from: .published)?.to == .revoked)
        #expect(IntegrityWorkflow.transition(.grantRepair, from: .decided)?.to == .repaired)
        #expect(IntegrityWorkflow.transition(.dismissAppeal, from: .decided)?.to == nil, "a dismissed appeal changes nothing")
        #expect(IntegrityWorkflow.transitions.allSatisfy { $0.basis == .art(60) })
    }

    @Test func test_Art48_64_diligentFailureHasNothingToAppealOrRepair() {
        #expect(IntegrityWorkflow.actions(for: .subject, in: .published, finding: .diligentFailure) == [])
        #expect(IntegrityWorkflow.actions(for: .subject, in: .published, finding: .plagiarism) == [.fileAppeal, .requestRepair])
        #expect(IntegrityWorkflow.actions(for: .officer, in: .decided, finding: .diligentFailure) == [.publish])
    }
}

@Suite("Integrity rules (Art. 60)")
struct IntegrityRulesTests {
    static let at = Date()

    static func complete(_ finding: FindingKind = .dataFabrication) -> IntegrityRecordInput {
        IntegrityRecordInput(
            subject: .person(UUID()), finding: finding, description: "伪造实验数据", decidingBody: "北京市科学技术委员会",
            documentNumber: "京科诚〔2026〕3号", decisionDate: at, legalBasis: "《北京国际科技创新中心建设条例》第六十条",
            scope: finding.isMisconduct ? [.projectApplication] : [], restrictedFrom: at, restrictedUntil: at.addingTimeInterval(365 * day))
    }

    @Test func test_Art60_decisionNeedsBodyDocumentDateBasisScopeAndPeriod() {
        #expect(IntegrityRules.decision.violations(of: Self.complete(), at: Self.at).isEmpty)
        let empty = IntegrityRecordInput(subject: .person(UUID()), finding: .plagiarism, description: "x")
        let fields = Set(IntegrityRules.decision.violations(of: empty, at: Self.at).map(\.field))
        #expect(fields == ["deciding_body", "document_number", "decision_date", "legal_basis", "scope", "restricted_from", "restricted_until"])
        #expect(IntegrityRules.decision.violations(of: empty, at: Self.at).allSatisfy { $0.basis == .art(60) })
    }

    @Test func test_Art60_periodMustEndAfterItStarts() {
        var input = Self.complete()
        input.restrictedUntil = input.restrictedFrom
        #expect(IntegrityRules.record.violations(of: input, at: Self.at).map(\.rule) == ["integrity.period.order"])
        input = Self.complete()
        input.publish = true
        input.publishFrom = Self.at
        input.publishUntil = Self.at.addingTimeInterval(-day)
        #expect(IntegrityRules.record.violations(of: input, at: Self.at).map(\.rule) == ["integrity.publication.order"])
        input.publishUntil = nil
        #expect(IntegrityRules.decision.violations(of: input, at: Self.at).map(\.rule) == ["integrity.publication.period.required"])
    }

    @Test func test_Art48_64_diligentFailureRefusesARestrictionScope() throws {
        var input = Self.complete(.diligentFailure)
        #expect(IntegrityRules.record.violations(of: input, at: Self.at).isEmpty)
        #expect(IntegrityRules.decision.violations(of: input, at: Self.at).isEmpty, "no scope or period needed for a closure")
        input.scope = [.projectApplication]
        let errors = IntegrityRules.record.violations(of: input, at: Self.at)
        #expect(errors.map(\.rule) == ["integrity.diligent_failure.no_restriction"])
        #expect(errors.first?.basis == .art(48))
        #expect(errors.first?.message.zh.contains("第六十四条") == true)
    }

    @Test func test_datesAreBeijingCalendarDays() {
        let date = BeijingDay.parse("2027-06-30")
        #expect(date.map(BeijingDay.format) == "2027-06-30")
        #expect(date?.timeIntervalSince1970 == 1_814_284_800, "00:00 in Beijing is 16:00 UTC the day before")
        #expect(BeijingDay.parse("2027-02-30") == nil)
        #expect(BeijingDay.parse("30.06.2027") == nil)
    }
}

@Suite("Research integrity records and the check (Art. 60)")
struct IntegrityRecordsTests {
    struct World {
        let t: TestDB
        let subject: Person
        let officer: Person
        var records: IntegrityRecords { IntegrityRecords(db: t.db, now: { t.clock.now }) }
        var service: IntegrityService { IntegrityService(db: t.db, now: { t.clock.now }) }
        var actor: AuditActor { AuditActor(id: officer.id, label: officer.email) }
        var now: Date { t.clock.now }
    }

    static func world(_ t: TestDB) async throws -> World {
        let org = try await t.organisation()
        let commission = try await t.organisation("科委", type: .governmentDepartment)
        return World(t: t, subject: try await t.person([.applicant], organisation: org.id),
                     officer: try await t.person([.integrityOfficer], organisation: commission.id))
    }

    static func input(_ subject: IntegritySubject, _ finding: FindingKind = .dataFabrication, scope: Set<RestrictedAction> = [.projectApplication],
                      from: Date, until: Date, publish: Bool = false, number: String = "京科诚〔2026〕3号") -> IntegrityRecordInput {
        IntegrityRecordInput(
            subject: subject, finding: finding, description: "在项目申报材料中伪造实验数据。", decidingBody: "北京市科学技术委员会",
            documentNumber: number, decisionDate: from, legalBasis: "《北京国际科技创新中心建设条例》第六十条", scope: scope,
            restrictedFrom: finding.isMisconduct ? from : nil, restrictedUntil: finding.isMisconduct ? until : nil,
            publish: publish, publishFrom: publish ? from : nil, publishUntil: publish ? until : nil)
    }

    /// A decided record (published when `publish`) restricting `scope` for a year from yesterday.
    static func decided(_ w: World, _ subject: IntegritySubject, _ finding: FindingKind = .dataFabrication,
                        scope: Set<RestrictedAction> = [.projectApplication], publish: Bool = false) async throws -> IntegrityRecord {
        let draft = try await w.records.draft(input(subject, finding, scope: finding.isMisconduct ? scope : [], from: w.now.addingTimeInterval(-day),
                                                    until: w.now.addingTimeInterval(365 * day), publish: publish), by: w.actor)
        #expect(draft.state == .draft)
        let decided = try await w.records.decide(draft.id, expectedVersion: draft.version, by: w.actor)
        return publish ? try await w.records.publish(decided.id, expectedVersion: decided.version, by: w.actor) : decided
    }

    @Test func test_Art60_restrictionDeniesOnlyActionsInScope() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await Self.decided(w, .person(w.subject.id), scope: [.projectApplication, .awards])
            let denied = try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now)
            #expect(!denied.isAllowed)
            #expect(denied.records.map(\.id) == [record.id.rawValue])
            #expect(denied.basis == .art(60))
            #expect(denied.reason.zh.hasPrefix("受科研诚信记录（京科诚〔2026〕3号，至"))
            #expect(denied.reason.zh.hasSuffix("）限制：项目申报（第六十条）"))
            #expect(denied.reason.en.contains("Art. 60") && denied.reason.en.contains("京科诚〔2026〕3号"))
            #expect(throws: DomainError.forbidden(denied.reason, basis: .art(60))) { try denied.enforce() }
            #expect(!(try await w.service.check(.person(w.subject.id), .awards, at: w.now)).isAllowed)
            for action in [RestrictedAction.reviewDuty, .procurement, .fiscalFunding, .financing] {
                let decision = try await w.service.check(.person(w.subject.id), action, at: w.now)
                #expect(decision.isAllowed, "\(action) is not in scope")
                #expect(throws: Never.self) { try decision.enforce() }
            }
            #expect(try await w.service.check(.person(UUID()), .projectApplication, at: w.now).isAllowed, "someone else is not restricted")
        }
    }

    @Test func test_Art60_draftsRestrictNothing() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            _ = try await w.records.draft(Self.input(.person(w.subject.id), from: w.now.addingTimeInterval(-day), until: w.now.addingTimeInterval(day)), by: w.actor)
            #expect(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now).isAllowed)
        }
    }

    @Test func test_Art60_allowsBeforeThePeriodStartsAndAfterItEnds() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await Self.decided(w, .person(w.subject.id))
            let from = try #require(record.restrictedFrom), until = try #require(record.restrictedUntil)
            #expect(try await w.service.check(.person(w.subject.id), .projectApplication, at: from.addingTimeInterval(-1)).isAllowed)
            #expect(!(try await w.service.check(.person(w.subject.id), .projectApplication, at: from)).isAllowed, "from is inclusive")
            #expect(!(try await w.service.check(.person(w.subject.id), .projectApplication, at: until.addingTimeInterval(-1))).isAllowed)
            #expect(try await w.service.check(.person(w.subject.id), .projectApplication, at: until).isAllowed, "until is exclusive")
            #expect(record.phase(at: until) == .ended, "ended is derived from the period")
            #expect(record.phase(at: w.now) == .running)
            #expect(record.state == .decided)
        }
    }

    @Test func test_Art60_allowsAfterPeriodEnds() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            _ = try await Self.decided(w, .person(w.subject.id))
            t.clock.advance(by: 366 * day)
            #expect(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now).isAllowed)
        }
    }

    @Test func test_Art60_allowsAfterCreditRepairGranted() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await Self.decided(w, .person(w.subject.id), publish: true)
            await #expect(throws: DomainError.self) { try await w.records.file(.repair, on: record.id, text: "  ", by: w.subject) }
            let request = try await w.records.file(.repair, on: record.id, text: "已撤回论文并完成诚信教育培训。", by: w.subject)
            #expect(request.outcome == .pending)
            #expect(!(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now)).isAllowed, "a pending request changes nothing")
            let before = w.now
            t.clock.advance(by: 60)
            let repaired = try await w.records.decide(.repair, on: record.id, accept: true, note: "整改到位", by: w.actor)
            #expect(repaired.state == .repaired)
            #expect(abs((repaired.liftedAt ?? .distantPast).timeIntervalSince(w.now)) < 1)
            #expect(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now).isAllowed)
            #expect(!(try await w.service.check(.person(w.subject.id), .projectApplication, at: before)).isAllowed, "lifted from that moment, not before")
            #expect(try await w.records.published(at: w.now).isEmpty, "a repaired record is no longer public")
            let repairs = try await w.records.requests(.repair, of: record.id)
            #expect(repairs.map(\.outcome) == [.granted] && repairs.first?.decidedBy?.label == w.officer.email && repairs.first?.note == "整改到位")
            await #expect(throws: DomainError.self) { try await w.records.file(.repair, on: record.id, text: "再次申请", by: w.subject) }
        }
    }

    @Test func test_Art60_refusedRepairKeepsTheRestriction() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await Self.decided(w, .person(w.subject.id))
            _ = try await w.records.file(.repair, on: record.id, text: "已整改", by: w.subject)
            let refused = try await w.records.decide(.repair, on: record.id, accept: false, note: "证据不足", by: w.actor)
            #expect(refused.state == .decided)
            #expect(!(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now)).isAllowed)
            // A new request may follow a refused one.
            _ = try await w.records.file(.repair, on: record.id, text: "补充了整改证明", by: w.subject)
        }
    }

    @Test func test_Art60_appealUpheldRevokesRestriction() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await Self.decided(w, .person(w.subject.id), publish: true)
            let appeal = try await w.records.file(.appeal, on: record.id, text: "数据系仪器故障所致，非主观伪造。", by: w.subject)
            await #expect(throws: DomainError.self) { try await w.records.file(.appeal, on: record.id, text: "再次申诉", by: w.subject) }
            #expect(!(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now)).isAllowed)
            t.clock.advance(by: 60)
            let revoked = try await w.records.decide(.appeal, on: record.id, accept: true, note: "复核认定不构成失信", by: w.actor)
            #expect(revoked.state == .revoked)
            #expect(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now).isAllowed)
            #expect(try await w.records.requests(.appeal, of: record.id).map(\.id) == [appeal.id])
            #expect(try await w.records.requests(.appeal, of: record.id).first?.outcome == .upheld)
            #expect(try await w.records.published(at: w.now).isEmpty)
            await #expect(throws: DomainError.self) { try await w.records.decide(.repair, on: record.id, accept: true, note: "", by: w.actor) }
        }
    }

    @Test func test_Art60_appealDismissedKeepsTheRestriction() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await Self.decided(w, .person(w.subject.id))
            _ = try await w.records.file(.appeal, on: record.id, text: "不服", by: w.subject)
            let kept = try await w.records.decide(.appeal, on: record.id, accept: false, note: "维持原决定", by: w.actor)
            #expect(kept.state == .decided)
            #expect(!(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now)).isAllowed)
        }
    }

    @Test func test_Art60_onlyTheSubjectAppeals() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await Self.decided(w, .person(w.subject.id))
            let stranger = try await t.person([.applicant], organisation: try await t.organisation().id)
            await #expect(throws: DomainError.notFound(entity: "integrity_record")) {
                try await w.records.file(.appeal, on: record.id, text: "不服", by: stranger)
            }
            #expect(try await w.records.about(stranger).isEmpty)
            #expect(try await w.records.about(w.subject).map(\.id) == [record.id])
            let draft = try await w.records.draft(Self.input(.person(w.subject.id), from: w.now, until: w.now.addingTimeInterval(day)), by: w.actor)
            #expect(!(try await w.records.about(w.subject)).map(\.id).contains(draft.id), "drafts stay with the officers")
            await #expect(throws: DomainError.notFound(entity: "integrity_record")) {
                try await w.records.file(.appeal, on: draft.id, text: "不服", by: w.subject)
            }
        }
    }

    @Test func test_Art48_64_diligentFailureIsNeverMisconduct() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            // Refused with a scope, whatever the officer ticks.
            var withScope = Self.input(.person(w.subject.id), .diligentFailure, from: w.now, until: w.now.addingTimeInterval(day))
            withScope.scope = Set(RestrictedAction.allCases)
            let error = await #expect(throws: DomainError.self) { try await w.records.draft(withScope, by: w.actor) }
            #expect(fieldErrors(error).map(\.rule) == ["integrity.diligent_failure.no_restriction"])
            let closure = try await Self.decided(w, .person(w.subject.id), .diligentFailure, publish: true)
            #expect(closure.state == .published)
            for action in RestrictedAction.allCases {
                #expect(try await w.service.check(.person(w.subject.id), action, at: w.now).isAllowed)
            }
            #expect(closure.phase(at: w.now) == .none)
            // Even a stored row with a scope and a period (written around the service) never restricts.
            try await (t.db as! any SQLDatabase).update("int_records").set("scope", to: "project_application")
                .set("restricted_from", to: w.now.addingTimeInterval(-day)).set("restricted_until", to: w.now.addingTimeInterval(day))
                .where("id", .equal, closure.id).run()
            #expect(try await w.service.check(.person(w.subject.id), .projectApplication, at: w.now).isAllowed)
            await #expect(throws: DomainError.forbidden(LocalizedText(
                zh: "尽职免责（容错）结论不是科研失信，无需申诉或信用修复（第四十八条、第六十四条）",
                en: "A diligent-failure closure is not misconduct: there is nothing to appeal or repair (Art. 48, 64)"), basis: .art(48))) {
                try await w.records.file(.appeal, on: closure.id, text: "不服", by: w.subject)
            }
            let audit = try await AuditChain.list(.init(object: closure.id.uuidString), limit: 10, on: t.db)
            #expect(audit.first { $0.action == "integrity.decide" }?.basis == .art(48))
        }
    }

    @Test func test_Art60_organisationSubject() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let company = try await t.organisation("失信企业", type: .enterprise)
            let record = try await Self.decided(w, .organisation(company.id.rawValue), scope: [.procurement, .projectApplication])
            #expect(record.subjectName == company.nameZh)
            let pi = try await t.person([.applicant], organisation: company.id)
            // The PI is fine on their own; the application as a whole (PI + organisation) is not.
            #expect(try await w.service.check(.person(pi.id), .projectApplication, at: w.now).isAllowed)
            let both = try await w.service.check([.person(pi.id), .organisation(company.id.rawValue)], .projectApplication, at: w.now)
            #expect(both.records.map(\.subjectName) == [company.nameZh])
            #expect(!(try await w.service.check(.organisation(company.id.rawValue), .procurement, at: w.now)).isAllowed)
            // The research office of the organisation sees the record and appeals for it; an applicant there does not.
            let office = try await t.person([.researchOffice], organisation: company.id)
            #expect(try await w.records.about(office).map(\.id) == [record.id])
            #expect(try await w.records.about(pi).isEmpty)
            await #expect(throws: DomainError.self) { try await w.records.file(.appeal, on: record.id, text: "不服", by: pi) }
            let appeal = try await w.records.file(.appeal, on: record.id, text: "该行为系个人所为，单位已及时处理。", by: office)
            #expect(appeal.filedBy.id == office.id)
        }
    }

    @Test func test_publicSeesOnlyPublishedDuringPublicationPeriod() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let other = try await t.person([.applicant], organisation: try await t.organisation().id)
            let published = try await Self.decided(w, .person(w.subject.id), publish: true)
            _ = try await Self.decided(w, .person(other.id))  // decided, not published
            _ = try await w.records.draft(Self.input(.person(other.id), from: w.now, until: w.now.addingTimeInterval(day), publish: true), by: w.actor)
            #expect(try await w.records.published(at: w.now).map(\.id) == [published.id])
            let from = try #require(published.publishFrom), until = try #require(published.publishUntil)
            #expect(try await w.records.published(at: from.addingTimeInterval(-1)).isEmpty)
            #expect(try await w.records.published(at: until).isEmpty, "not after the publication period")
            // A record whose decision did not provide for publication cannot be published.
            let unpublishable = try await Self.decided(w, .person(other.id))
            let error = await #expect(throws: DomainError.self) {
                try await w.records.publish(unpublishable.id, expectedVersion: unpublishable.version, by: w.actor)
            }
            #expect(fieldErrors(error).first?.basis == .art(60))
        }
    }

    @Test func test_Art60_decidingRefusesAnIncompleteRecordWithEveryField() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.records.draft(subject: .person(w.subject.id), finding: .duplicateApplication,
                                                  description: "申请书 A 与申请书 B 高度重复", by: w.actor)
            #expect(draft.subjectName == w.subject.name)
            let error = await #expect(throws: DomainError.self) { try await w.records.decide(draft.id, expectedVersion: draft.version, by: w.actor) }
            #expect(Set(fieldErrors(error).map(\.field)) == ["deciding_body", "document_number", "decision_date", "legal_basis", "scope", "restricted_from", "restricted_until"])
            #expect(try await w.records.find(draft.id).state == .draft)
            await #expect(throws: DomainError.self) { try await w.records.draft(subject: .person(UUID()), finding: .plagiarism, description: "x", by: w.actor) }
        }
    }

    @Test func test_optimisticLockingOnDrafts_andDecidedRecordsAreNotEdited() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let input = Self.input(.person(w.subject.id), from: w.now, until: w.now.addingTimeInterval(day))
            let draft = try await w.records.draft(input, by: w.actor)
            var changed = input
            changed.documentNumber = "京科诚〔2026〕4号"
            let saved = try await w.records.update(draft.id, changed, expectedVersion: draft.version, by: w.actor)
            #expect(saved.documentNumber == "京科诚〔2026〕4号" && saved.version == draft.version + 1)
            await #expect(throws: DomainError.staleVersion(entity: "integrity_record")) {
                try await w.records.update(draft.id, input, expectedVersion: draft.version, by: w.actor)
            }
            await #expect(throws: DomainError.staleVersion(entity: "integrity_record")) {
                try await w.records.decide(draft.id, expectedVersion: draft.version, by: w.actor)
            }
            let decided = try await w.records.decide(draft.id, expectedVersion: saved.version, by: w.actor)
            await #expect(throws: DomainError.self) { try await w.records.update(draft.id, input, expectedVersion: decided.version, by: w.actor) }
            await #expect(throws: DomainError.self) { try await w.records.decide(draft.id, expectedVersion: decided.version, by: w.actor) }
        }
    }

    @Test func test_everyChangeIsAudited_nothingDeleted() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let input = Self.input(.person(w.subject.id), from: w.now.addingTimeInterval(-day), until: w.now.addingTimeInterval(day), publish: true)
            let draft = try await w.records.draft(input, by: w.actor)
            let saved = try await w.records.update(draft.id, input, expectedVersion: draft.version, by: w.actor)
            let decided = try await w.records.decide(draft.id, expectedVersion: saved.version, by: w.actor)
            _ = try await w.records.publish(draft.id, expectedVersion: decided.version, by: w.actor)
            _ = try await w.records.file(.appeal, on: draft.id, text: "不服", by: w.subject)
            _ = try await w.records.decide(.appeal, on: draft.id, accept: false, note: "维持", by: w.actor)
            _ = try await w.records.file(.repair, on: draft.id, text: "已整改", by: w.subject)
            _ = try await w.records.decide(.repair, on: draft.id, accept: true, note: "准予", by: w.actor)
            let entries = try await AuditChain.list(.init(object: draft.id.uuidString), limit: 20, on: t.db)
            #expect(entries.map(\.action).reversed() == [
                "integrity.drafted", "integrity.updated", "integrity.decide", "integrity.publish", "integrity.appeal_filed",
                "integrity.appeal_dismissed", "integrity.repair_requested", "integrity.repair_granted",
            ])
            #expect(entries.allSatisfy { $0.basis == .art(60) })
            #expect(entries.filter { $0.action.contains("appeal_filed") || $0.action.contains("repair_requested") }.allSatisfy { $0.actorID == w.subject.id })
            // Nothing deleted: the record, its appeal and its repair request remain, with their outcomes.
            let record = try await w.records.find(draft.id)
            #expect(record.state == .repaired)
            #expect(try await w.records.list().map(\.id) == [draft.id])
            #expect(try await w.records.requests(.appeal, of: draft.id).map(\.outcome) == [.dismissed])
            #expect(try await w.records.requests(.repair, of: draft.id).map(\.outcome) == [.granted])
            #expect(try await AuditChain.verify(on: t.db).isIntact)
        }
    }
}

@Suite("Institutions' own integrity rules (Art. 60(2))")
struct InstitutionIntegrityRulesTests {
    @Test func test_Art60_2_researchOfficeKeepsItsOrganisationsRulesAndHandling() async throws {
        try await withTestDatabase { t in
            let university = try await t.organisation()
            let office = try await t.person([.researchOffice], organisation: university.id)
            let otherOffice = try await t.person([.researchOffice], organisation: try await t.organisation().id)
            let rules = InstitutionIntegrityRules(db: t.db, now: { t.clock.now })
            let input = InstitutionIntegrityRules.Input(kind: .rule, title: "京华大学科研诚信管理办法", body: "第一条 为加强科研诚信建设……",
                                                        date: BeijingDay.parse("2026-03-01"))
            let entry = try await rules.add(input, organisation: university.id.rawValue, by: office)
            #expect(entry.kind == .rule && entry.version == 1)
            let error = await #expect(throws: DomainError.self) { try await rules.add(input, organisation: university.id.rawValue, by: otherOffice) }
            if case .forbidden(_, let basis)? = error { #expect(basis == .art(60, 2)) } else { Issue.record("expected forbidden") }
            let missing = await #expect(throws: DomainError.self) {
                try await rules.add(.init(kind: nil, title: "", body: "", date: nil), organisation: university.id.rawValue, by: office)
            }
            #expect(Set(fieldErrors(missing).map(\.field)) == ["kind", "title", "body", "date"])
            let handling = try await rules.add(.init(kind: .handling, title: "关于某课题组数据问题的处理", body: "已责令整改。", date: BeijingDay.parse("2026-05-10")),
                                               organisation: university.id.rawValue, by: office)
            #expect(try await rules.list(organisations: [university.id.rawValue]).map(\.id) == [handling.id, entry.id])
            let updated = try await rules.update(entry.id, .init(kind: .rule, title: "京华大学科研诚信管理办法（修订）", body: input.body, date: input.date),
                                                 expectedVersion: 1, by: office)
            #expect(updated.version == 2)
            await #expect(throws: DomainError.staleVersion(entity: "integrity_institution_entry")) {
                try await rules.update(entry.id, input, expectedVersion: 1, by: office)
            }
            let audit = try await AuditChain.list(.init(object: entry.id.uuidString), limit: 5, on: t.db)
            #expect(audit.map(\.action) == ["integrity.institution_entry_updated", "integrity.institution_entry_added"])
            #expect(audit.allSatisfy { $0.basis == .art(60, 2) })
        }
    }
}
