import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Talent

@Suite struct ServiceRequestTests {
    static let residenceDocuments = ["passport", "photo", "health", "work_permit", "accommodation"]

    @Test func test_Art72_aRequestMissingADocumentIsRefusedCitingArticle72AndAudited() async throws {
        try await withTestDatabase { t in
            let researcher = try await t.person([.applicant])
            let services = ServiceRequests(db: t.db, now: t.now)
            do {
                _ = try await services.submit(kind: .residencePermit, details: "申请居留许可", documents: ["passport", "photo"], by: researcher)
                Issue.record("filed without every document")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["service.documents.complete"] && errors.first?.basis == .art(72))
                #expect(errors.first?.message.en.contains("Health certificate") == true)
            }
            let audit = try await AuditChain.list(.init(object: researcher.id.uuidString), limit: 5, on: t.db)
            #expect(audit.contains { $0.action == "talent.request.refused" && $0.basis == .art(72) })
            #expect(try await services.mine(researcher).isEmpty)
        }
    }

    @Test func test_Art47_aRequestGoesToItsDepartmentsQueueWithTheDeadlineAndEveryStepJoinsTheTimeline() async throws {
        try await withTestDatabase { t in
            let researcher = try await t.person([.applicant])
            let officer = try await t.person([.departmentStaff]), housingOfficer = try await t.person([.departmentStaff])
            let services = ServiceRequests(db: t.db, now: t.now)
            try await services.assign(officer, to: "exit_entry", by: .system)
            try await services.assign(housingOfficer, to: "housing", by: .system)
            let request = try await services.submit(kind: .residencePermit, details: "申请居留许可", documents: Self.residenceDocuments, by: researcher)
            #expect(request.department == "exit_entry" && request.state == .submitted)
            #expect(request.dueAt == t.clock.now.addingTimeInterval(21 * 86_400))
            // Only its department's desk sees it; another department's officer does not know it exists.
            #expect(try await services.queue(for: officer).map(\.id) == [request.id])
            #expect(try await services.queue(for: housingOfficer).isEmpty)
            await #expect(throws: DomainError.notFound(entity: "service request")) { _ = try await services.find(request.id, as: housingOfficer) }
            // The person cannot take the department's steps.
            await #expect(throws: DomainError.notFound(entity: "service request")) { _ = try await services.step(request.id, .complete, note: "", by: researcher) }
            t.clock.advance(by: 60)
            _ = try await services.step(request.id, .accept, note: "", by: officer)
            do {
                _ = try await services.step(request.id, .refuse, note: "", by: officer)
                Issue.record("refused without a reason")
            } catch { #expect(rules(error) == ["service.step.note"]) }
            t.clock.advance(by: 60)
            _ = try await services.step(request.id, .requestInfo, note: "请补充住宿登记回执", by: officer)
            t.clock.advance(by: 60)
            _ = try await services.step(request.id, .provideInfo, note: "已上传回执", by: researcher)
            t.clock.advance(by: 60)
            let done = try await services.step(request.id, .complete, note: "居留许可已签发", by: officer)
            #expect(done.state == .completed && done.closedAt != nil)
            let timeline = try await services.timeline(researcher)
            #expect(timeline.map(\.1.kind) == [.completed, .infoProvided, .infoRequested, .accepted, .submitted])
            #expect(timeline.first?.1.byOfficer == true && timeline[1].1.byOfficer == false)
            await #expect(throws: DomainError.self) { _ = try await services.step(request.id, .message, note: "再问一下", by: officer) }
        }
    }

    @Test func test_Art47_overdueRequestsAreEscalatedOnceAndCountedAgainstTheirDepartment() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let services = ServiceRequests(db: t.db, now: t.now)
            let medical = try await services.submit(kind: .medicalCare, details: "就医绿色通道", documents: ["identity", "talent_letter"], by: person)
            let fund = try await services.submit(kind: .housingFund, details: "公积金提取", documents: ["identity", "contract", "bank_card"], by: person)
            #expect(try await services.escalateOverdue() == 0)
            t.clock.advance(by: 6 * 86_400)  // past the 5-day medical deadline, within the 10-day fund one
            #expect(try await services.escalateOverdue() == 1)
            #expect(try await services.escalateOverdue() == 0, "escalated once")
            let (escalated, events) = try await services.find(medical.id, as: person)
            #expect(escalated.escalatedAt != nil && events.last?.kind == .escalated)
            let audit = try await AuditChain.list(.init(object: medical.id.uuidString), limit: 5, on: t.db)
            #expect(audit.contains { $0.action == "talent.request.escalated" && $0.basis == .art(47) })
            let compliance = Dictionary(uniqueKeysWithValues: try await services.compliance().map { ($0.department, $0) })
            #expect(compliance["health"]?.openOverdue == 1 && compliance["health"]?.onTimeShare == 0)
            #expect(compliance["housing_fund"]?.openOnTime == 1 && compliance["housing_fund"]?.onTimeShare == 1)
            #expect(compliance.count == ServiceDesks.departments.count)
            _ = fund
        }
    }

    @Test func test_accessMatrix_requests() {
        let owner = UUID(), officer = UUID()
        let cases: [(TalentAccess.Viewer, TalentAccess.RequestAction, Bool)] = [
            (.init(personID: owner, roles: [.applicant]), .view, true),
            (.init(personID: owner, roles: [.applicant]), .reply, true),
            (.init(personID: owner, roles: [.applicant]), .handle, false),
            (.init(personID: officer, roles: [.departmentStaff], desks: ["health"]), .handle, true),
            (.init(personID: officer, roles: [.departmentStaff], desks: ["health"]), .reply, false),
            (.init(personID: officer, roles: [.departmentStaff], desks: ["housing"]), .view, false),
            (.init(personID: officer, roles: [.applicant], desks: ["health"]), .handle, false),
            (.init(personID: UUID(), roles: [.platformAdmin]), .view, true),
            (.init(personID: UUID(), roles: [.platformAdmin]), .handle, false),
            (.init(personID: UUID(), roles: [.researchOffice, .programmeOfficer, .integrityOfficer, .reviewer]), .view, false),
            (.init(personID: nil, roles: []), .view, false),
        ]
        for (viewer, action, expected) in cases {
            #expect(TalentAccess.may(action, viewer, owner: owner, department: "health") == expected, "\(viewer.roles) \(action)")
        }
        for role in Role.allCases {
            _ = TalentAccess.may(.view, .init(personID: UUID(), roles: [role]), owner: owner, department: "health")
        }
    }

    @Test func test_storedData_unknownDocumentCodeIsAnError() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let services = ServiceRequests(db: t.db, now: t.now)
            let r = try await services.submit(kind: .medicalCare, details: "就医", documents: ["identity", "talent_letter"], by: person)
            try await t.damage("tal_service_requests", id: r.id.rawValue, set: "documents", to: "identity,horoscope")
            await #expect(throws: StoredDataError.self) { _ = try await services.mine(person) }
        }
    }
}
