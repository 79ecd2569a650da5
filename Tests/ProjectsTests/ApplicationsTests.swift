import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Projects

@Suite("Application workflow table")
struct ApplicationWorkflowTests {
    /// Every (action, state) pair: exactly the listed ones are possible, by the listed party.
    @Test func test_workflow_onlyTheseStepsExist() {
        let expected: [String: ApplicationParty] = [
            "submit draft": .principalInvestigator, "submit returned": .principalInvestigator,
            "approve submitted": .researchOffice, "return submitted": .researchOffice,
            "withdraw draft": .principalInvestigator, "withdraw submitted": .principalInvestigator, "withdraw returned": .principalInvestigator,
            "accept with_officer": .programmeOfficer, "not_accept with_officer": .programmeOfficer,
            "fund accepted": .programmeOfficer, "not_fund accepted": .programmeOfficer,
        ]
        for action in ApplicationAction.allCases {
            for state in ApplicationState.allCases {
                let key = "\(action.rawValue) \(state.rawValue)"
                #expect(ApplicationWorkflow.transition(action, from: state)?.party == expected[key], "\(key)")
            }
        }
    }

    @Test func test_Art22_institutionDecisionsCiteInstitutionalAutonomy() {
        #expect(ApplicationWorkflow.transition(.approve, from: .submitted)?.basis == .art(22))
        #expect(ApplicationWorkflow.transition(.return, from: .submitted)?.to == .returned)
        #expect(ApplicationWorkflow.actions(for: .principalInvestigator, in: .draft, beforeDeadline: false) == [])
    }
}

@Suite("Applications from draft to the programme officer")
struct ApplicationsTests {
    struct World {
        let t: TestDB
        let call: Call
        let pi: Person
        let office: Person
        let university: Organisation
        var applications: Applications { Applications(db: t.db, now: { t.clock.now }) }
    }

    /// A published call open now, with an age limit (Art. 45), and a PI and research office at a university.
    static func world(_ t: TestDB, rules: String = "") async throws -> World {
        let calls = Calls(db: t.db, now: { t.clock.now })
        let programme = try await calls.createProgramme(code: "APP", nameZh: "测试专项", nameEn: "", kind: .naturalScienceFund, by: .system)
        let call = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "青年项目指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "1000000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: rules), by: .system)
        _ = try await calls.publish(call.id, by: .system)
        let university = try await t.organisation()
        let pi = try await t.people.create(PersonInput(name: "李青年", email: "pi-\(UUID().uuidString.prefix(6))@example.cn", nationality: "CN", birthYear: "1996"),
                                           password: TestDB.password, memberships: [Membership(organisationID: university.id.rawValue, role: .applicant)], by: .system)
        let office = try await t.person([.researchOffice], organisation: university.id)
        return World(t: t, call: try await calls.find(call.id), pi: pi, office: office, university: university)
    }

    static let complete = ApplicationDraft(titleZh: "面向新型储能的固态电解质研究", summary: "研究固态电解质的界面稳定性。", plan: "第一年材料合成，第二年表征。",
                                           budget: [BudgetLine(category: "lump_sum", amount: 80_000)])

    @Test func test_Art50_1_completeApplicationGoesFromDraftToTheOfficerThroughTheResearchOffice() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, Self.complete, expectedVersion: draft.version, by: w.pi)
            #expect(try await w.applications.problems(saved.id).isEmpty)
            let submitted = try await w.applications.submit(saved.id, by: w.pi)
            #expect(submitted.state == .submitted)
            #expect(try await w.applications.list(call: w.call.id).isEmpty, "the officer sees nothing before the institution approves")
            let approved = try await w.applications.decide(saved.id, approve: true, comment: nil, by: w.office)
            #expect(approved.state == .withOfficer)
            #expect(try await w.applications.list(call: w.call.id).map(\.id) == [saved.id])
            let actions = try await AuditChain.list(.init(object: saved.id.uuidString), limit: 10, on: t.db).map(\.action)
            #expect(actions == ["application.approve", "application.submit", "application.saved", "application.started"])
        }
    }

    @Test func test_Art45_ineligiblePIGetsTheRuleAndArticleOnTheSelfCheck() async throws {
        try await withTestDatabase { t in
            let rules = #"[{"id":"young","condition":{"piAgeAtMost":25},"article":"45","effectiveFrom":"2024-03-01T00:00:00+08:00","description":{"zh":"年龄","en":"Age"}}]"#
            let w = try await Self.world(t, rules: rules)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, Self.complete, expectedVersion: draft.version, by: w.pi)
            let problems = try await w.applications.problems(saved.id)
            let age = try #require(problems.first { $0.field == "eligibility" })
            #expect(age.basis == .art(45))
            #expect(age.message.zh.contains("第四十五条"))
            await #expect(throws: DomainError.self) { try await w.applications.submit(saved.id, by: w.pi) }
            #expect(try await w.applications.find(saved.id).state == .draft)
        }
    }

    @Test func test_selfCheckListsEveryMissingPart() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            var partial = ApplicationDraft(titleZh: "只填了标题", sensitiveAreas: ["human"])
            partial.team = [TeamMember(name: "外单位成员", email: "x@example.cn", organisationID: UUID())]
            let saved = try await w.applications.save(draft.id, partial, expectedVersion: draft.version, by: w.pi)
            let fields = Set(try await w.applications.problems(saved.id).map(\.field))
            #expect(fields == ["summary", "plan", "budget", "team", "ethics"])
        }
    }

    @Test func test_returnedApplicationCarriesTheCommentAndCanBeResubmitted() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, Self.complete, expectedVersion: draft.version, by: w.pi)
            _ = try await w.applications.submit(saved.id, by: w.pi)
            await #expect(throws: DomainError.self) { try await w.applications.decide(saved.id, approve: false, comment: " ", by: w.office) }
            let returned = try await w.applications.decide(saved.id, approve: false, comment: "请补充研究计划", by: w.office)
            #expect(returned.state == .returned)
            #expect(returned.officeComment == "请补充研究计划")
            let resubmitted = try await w.applications.submit(saved.id, by: w.pi)
            #expect(resubmitted.state == .submitted)
        }
    }

    @Test func test_onlyThePIEditsAndOnlyTheirResearchOfficeDecides() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let stranger = try await t.person([.applicant], organisation: w.university.id)
            await #expect(throws: DomainError.notFound(entity: "application")) {
                try await w.applications.save(draft.id, Self.complete, expectedVersion: draft.version, by: stranger)
            }
            let saved = try await w.applications.save(draft.id, Self.complete, expectedVersion: draft.version, by: w.pi)
            _ = try await w.applications.submit(saved.id, by: w.pi)
            let otherOffice = try await t.person([.researchOffice], organisation: try await t.organisation("别的大学").id)
            await #expect(throws: DomainError.self) { try await w.applications.decide(saved.id, approve: true, comment: nil, by: otherOffice) }
            #expect(try await w.applications.find(saved.id).state == .submitted)
        }
    }

    @Test func test_deadline_isEnforcedByTheServer() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, Self.complete, expectedVersion: draft.version, by: w.pi)
            t.clock.advance(by: 11 * 86_400)
            let error = await #expect(throws: DomainError.self) { try await w.applications.submit(saved.id, by: w.pi) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.contains { $0.rule == "application.deadline" })
            await #expect(throws: DomainError.self) { try await w.applications.withdraw(saved.id, by: w.pi) }
        }
    }

    @Test func test_Art50_2_budgetLinesOnTheCallsNegativeListAreRefused() async throws {
        try await withTestDatabase { t in
            let calls = Calls(db: t.db, now: { t.clock.now })
            let programme = try await calls.createProgramme(code: "NEG", nameZh: "负面清单专项", nameEn: "", kind: .keyCoreTechnology, by: .system)
            var input = CallInput(programmeID: programme.id.uuidString, titleZh: "负面清单指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。",
                                  guidelineEn: "", opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-60)),
                                  closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(86_400)), totalBudget: "1000000", typicalAward: "500000",
                                  budgetMode: "negative_list", selectionMode: "open_competition", eligibilityRules: "", negativeList: "conferences，travel")
            input.negativeList = "conferences, banquets"
            await #expect(throws: DomainError.self) { try await calls.create(input, by: .system) }
            input.negativeList = "conferences，travel"
            let call = try await calls.publish(try await calls.create(input, by: .system).id, by: .system)
            #expect(call.negativeList == ["conferences", "travel"])
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: call.id, principalInvestigator: w.pi, organisation: w.university.id)
            var lines = Self.complete
            lines.budget = [BudgetLine(category: "materials", amount: 50_000), BudgetLine(category: "travel", amount: 10_000)]
            let saved = try await w.applications.save(draft.id, lines, expectedVersion: draft.version, by: w.pi)
            let problem = try #require(try await w.applications.problems(saved.id).first { $0.rule == "application.budget.negative_list" })
            #expect(problem.basis == .art(50, 2))
            #expect(problem.message.en.contains("travel"))
        }
    }

    static let pdf = TestPDF.make()

    @Test func test_requiredDocumentsMustBeAttachedAsPDF() async throws {
        try await withTestDatabase { t in
            let calls = Calls(db: t.db, now: { t.clock.now })
            let programme = try await calls.createProgramme(code: "DOC", nameZh: "材料专项", nameEn: "", kind: .basicResearch, by: .system)
            let input = CallInput(programmeID: programme.id.uuidString, titleZh: "需要材料的指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。",
                                  guidelineEn: "", opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-60)),
                                  closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(86_400)), totalBudget: "1000000", typicalAward: "500000",
                                  budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: "", requiredDocuments: "合作协议\n\n伦理审查批件\n")
            let call = try await calls.publish(try await calls.create(input, by: .system).id, by: .system)
            #expect(call.requiredDocuments == ["合作协议", "伦理审查批件"])
            let w = try await Self.world(t)
            let store = try LocalAttachmentStore(root: FileManager.default.temporaryDirectory.appendingPathComponent("att-\(UUID().uuidString)"))
            let draft = try await w.applications.start(call: call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, Self.complete, expectedVersion: draft.version, by: w.pi)
            #expect(try await w.applications.problems(saved.id).filter { $0.field == "attachments" }.count == 2)
            let notPDF = await #expect(throws: DomainError.self) {
                try await w.applications.attach(saved.id, document: "合作协议", data: Data("hello".utf8), originalName: "a.pdf", store: store, by: w.pi)
            }
            guard case .validation(let errors)? = notPDF else { Issue.record("expected a validation error"); return }
            #expect(errors.first?.field == "file")
            await #expect(throws: DomainError.self) {
                try await w.applications.attach(saved.id, document: "别的材料", data: Self.pdf, originalName: "a.pdf", store: store, by: w.pi)
            }
            _ = try await w.applications.attach(saved.id, document: "合作协议", data: Self.pdf, originalName: "协议.pdf", store: store, by: w.pi)
            let attached = try await w.applications.attach(saved.id, document: "伦理审查批件", data: Self.pdf, originalName: "批件.pdf", store: store, by: w.pi)
            #expect(attached.attachments.map(\.document) == ["合作协议", "伦理审查批件"])
            #expect(try await store.get(attached.attachments[0].attachment.key) == Self.pdf)
            #expect(try await w.applications.problems(saved.id).isEmpty)
            // Saving a page keeps the attachments.
            let resaved = try await w.applications.save(saved.id, Self.complete, expectedVersion: attached.version, by: w.pi)
            #expect(resaved.attachments.map(\.document) == ["合作协议", "伦理审查批件"])
        }
    }

    @Test func test_Art3_membersFromOtherOrganisationsConfirmBeforeSubmission() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let company = try await t.organisation("合作企业", type: .enterprise)
            let partner = try await t.person([.applicant], organisation: company.id)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            var withTeam = Self.complete
            withTeam.team = [TeamMember(name: "合作者", email: partner.email.uppercased(), organisationID: company.id.rawValue)]
            withTeam.partners = [company.id.rawValue]
            let saved = try await w.applications.save(draft.id, withTeam, expectedVersion: draft.version, by: w.pi)
            #expect(try await w.applications.problems(saved.id).map(\.field) == ["team"])
            #expect(try await w.applications.pendingConfirmations(for: partner).map(\.id) == [saved.id])
            let confirmed = try await w.applications.confirmParticipation(saved.id, by: partner)
            #expect(confirmed.team.first?.confirmedAt != nil)
            #expect(try await w.applications.pendingConfirmations(for: partner).isEmpty)
            // The PI saving the team page again keeps the confirmation.
            let resaved = try await w.applications.save(saved.id, withTeam, expectedVersion: confirmed.version, by: w.pi)
            #expect(resaved.team.first?.confirmedAt != nil)
            #expect(try await w.applications.problems(saved.id).isEmpty)
            let entry = try await AuditChain.list(.init(actor: partner.email), limit: 5, on: t.db).first { $0.action == "application.member_confirmed" }
            #expect(entry?.basis == .art(3))
            let outsider = try await t.person([.applicant], organisation: company.id)
            await #expect(throws: DomainError.notFound(entity: "application")) { try await w.applications.confirmParticipation(saved.id, by: outsider) }
        }
    }

    @Test func test_everySectionTheCallAsksForMustBeWritten() async throws {
        try await withTestDatabase { t in
            let calls = Calls(db: t.db, now: { t.clock.now })
            let programme = try await calls.createProgramme(code: "SEC", nameZh: "栏目专项", nameEn: "", kind: .basicResearch, by: .system)
            let input = CallInput(programmeID: programme.id.uuidString, titleZh: "有栏目的指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。",
                                  guidelineEn: "", opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-60)),
                                  closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(86_400)), totalBudget: "1000000", typicalAward: "500000",
                                  budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: "", formSections: "立项依据\n研究基础")
            let call = try await calls.publish(try await calls.create(input, by: .system).id, by: .system)
            #expect(call.formSections == ["立项依据", "研究基础"])
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: call.id, principalInvestigator: w.pi, organisation: w.university.id)
            var written = Self.complete
            written.sections = ["立项依据": "储能需求迫切。"]
            let saved = try await w.applications.save(draft.id, written, expectedVersion: draft.version, by: w.pi)
            let problems = try await w.applications.problems(saved.id)
            #expect(problems.map(\.field) == ["section_1"])
            #expect(problems.first?.message.zh.contains("研究基础") == true)
        }
    }

    @Test func test_applyingTwiceOpensTheSameApplication() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let first = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let again = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            #expect(again.id == first.id)
            _ = try await w.applications.withdraw(first.id, by: w.pi)
            let fresh = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            #expect(fresh.id != first.id)
        }
    }

    @Test func test_withdrawalBeforeTheDeadline() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            #expect(try await w.applications.withdraw(draft.id, by: w.pi).state == .withdrawn)
            await #expect(throws: DomainError.self) { try await w.applications.submit(draft.id, by: w.pi) }
        }
    }
}
