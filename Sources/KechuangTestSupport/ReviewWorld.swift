import Foundation
import Identity
import KechuangCore
import Projects
import Review

/// A call with accepted applications from several organisations, an officer, and an expert pool.
public struct ReviewWorld {
    public let t: any TestFixtures
    public let call: Call
    public let officer: Person
    public let organisations: [Organisation]
    public let pis: [Person]
    public let proposals: [GrantApplication]
    public let experts: [Person]

    public var now: @Sendable () -> Date { { [clock = t.clock] in clock.now } }
    public var rounds: Rounds { Rounds(db: t.db, now: now) }
    public var reviews: Reviews { Reviews(db: t.db, now: now) }
    public var pool: ExpertPool { ExpertPool(db: t.db, now: now) }
    public var applications: Applications { Applications(db: t.db, now: now) }

    public static let topics: [(title: String, keywords: String, discipline: String)] = [
        ("固态电解质界面稳定性研究", "固态电池；电解质；界面", "E0201"),
        ("城市交通流量预测的图神经网络方法", "图神经网络；交通预测", "F0601"),
        ("量子点发光材料的合成与表征", "量子点；发光材料", "B0501"),
        ("基于深度学习的医学影像分割", "深度学习；医学影像；分割", "F0601"),
    ]

    /// `experts` profiles: keywords matching the topics in turn, one expert per organisation index.
    public static func make(_ t: some TestFixtures, experts expertCount: Int = 6, budget: Int = 300_000) async throws -> ReviewWorld {
        let now: @Sendable () -> Date = { [clock = t.clock] in clock.now }
        let calls = Calls(db: t.db, now: now)
        let programme = try await calls.createProgramme(code: "REV\(Int.random(in: 100...999))", nameZh: "评审测试专项", nameEn: "", kind: .naturalScienceFund, by: .system)
        let draftCall = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "面上项目指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: String(budget), typicalAward: "100000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
        _ = try await calls.publish(draftCall.id, by: .system)
        let officer = try await t.person([.programmeOfficer])
        var organisations: [Organisation] = []
        for i in 0..<4 { organisations.append(try await t.organisation("评审测试单位\(i)")) }
        let applications = Applications(db: t.db, now: now)
        var pis: [Person] = [], proposals: [GrantApplication] = []
        for (i, topic) in topics.enumerated() {
            let org = organisations[i]
            let pi = try await t.person([.applicant], organisation: org.id)
            let office = try await t.person([.researchOffice], organisation: org.id)
            let draft = try await applications.start(call: draftCall.id, principalInvestigator: pi, organisation: org.id)
            let saved = try await applications.save(draft.id, ApplicationDraft(
                titleZh: topic.title, keywords: topic.keywords, discipline: topic.discipline, summary: "本项目研究\(topic.title)中的关键科学问题。",
                plan: "第一年开展基础研究，第二年完成验证。", budget: [BudgetLine(category: "lump_sum", amount: 100_000)]), expectedVersion: draft.version, by: pi)
            _ = try await applications.submit(saved.id, by: pi)
            _ = try await applications.decide(saved.id, approve: true, comment: nil, by: office)
            proposals.append(try await applications.accept(saved.id, note: nil, by: officer))
            pis.append(pi)
        }
        let pool = ExpertPool(db: t.db, now: now)
        var experts: [Person] = []
        for j in 0..<expertCount {
            let topic = topics[j % topics.count]
            let expert = try await t.person([.reviewer], organisation: organisations[j % organisations.count].id)
            var profile = try await pool.profile(of: expert)
            profile.disciplines = [topic.discipline]
            profile.keywords = topic.keywords
            profile.expertise = "长期从事\(topic.title)相关研究。"
            profile.maxLoad = 4
            _ = try await pool.save(profile, expectedVersion: profile.version, by: expert)
            experts.append(expert)
        }
        return ReviewWorld(t: t, call: try await calls.find(draftCall.id), officer: officer, organisations: organisations, pis: pis,
                           proposals: proposals, experts: experts)
    }

    public func configure(k: Int = 2, minLoad: Int = 0, maxLoad: Int = 4, fair: Bool = false) async throws -> ReviewRound {
        try await rounds.configure(call: call.id.rawValue, reviewersPerProposal: k, minLoad: minLoad, maxLoad: maxLoad,
                                   deadline: t.clock.now.addingTimeInterval(20 * 86_400), fair: fair, seed: 7,
                                   criteria: ReviewRound.defaultCriteria, by: officer)
    }

    /// Configured, run and published.
    public func published(k: Int = 2) async throws -> ReviewRound {
        let round = try await configure(k: k)
        _ = try await rounds.run(round.id, by: officer)
        return try await rounds.publish(round.id, by: officer)
    }

    public func expert(_ id: UUID) -> Person { experts.first { $0.id == id }! }

    public static let goodReview = ReviewInput(scores: ["novelty": "8", "feasibility": "7", "team": "9", "value": "6"],
                                        comment: "研究问题明确，技术路线可行，建议加强对照实验设计。", language: "zh", confidentiality: true, noConflict: true)
}
