import Foundation
import Testing
@testable import Review

@Suite("Conflicts of interest computed from platform data, each with its reason")
struct ConflictFinderTests {
    let orgA = UUID(), orgB = UUID(), orgC = UUID()
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func finder(_ proposals: [ConflictFinder.Proposal], projects: [Set<String>] = []) -> ConflictFinder {
        ConflictFinder(proposals: proposals, recentProjects: projects, now: now, currentYear: 2026, organisationNames: [orgA: "甲大学", orgB: "乙研究所"])
    }

    func expert(email: String = "e@x.cn", orgs: Set<UUID> = [], past: [PastAffiliation] = [], declared: [DeclaredConflict] = [],
                everywhere: (reason: ConflictReason, detail: String)? = nil) -> ConflictFinder.Expert {
        let id = UUID()
        return .init(id: id, email: email, organisations: orgs,
                     profile: ExpertProfile(personID: id, name: "专家", email: email, pastAffiliations: past, declaredConflicts: declared),
                     excludedEverywhere: everywhere)
    }

    func reasons(_ f: ConflictFinder, _ e: ConflictFinder.Expert) -> Set<ConflictReason> { Set(f.conflicts(of: e).map(\.reason)) }

    @Test func test_Art29_sameOrganisationIncludingPartners() {
        let p = ConflictFinder.Proposal(id: UUID(), people: ["pi@a.cn"], organisations: [orgA, orgB])
        #expect(reasons(finder([p]), expert(orgs: [orgB])) == [.sameOrganisation])
        #expect(finder([p]).conflicts(of: expert(orgs: [orgB]))[0].detail == "乙研究所")
        #expect(reasons(finder([p]), expert(orgs: [orgC])).isEmpty)
    }

    @Test func test_Art29_pastOrganisationWithinThreeYearsOnly() {
        let p = ConflictFinder.Proposal(id: UUID(), people: ["pi@a.cn"], organisations: [orgA])
        let recent = PastAffiliation(organisationID: orgA, organisationName: "甲大学", fromYear: 2015, untilYear: 2024)
        let old = PastAffiliation(organisationID: orgA, organisationName: "甲大学", fromYear: 2010, untilYear: 2022)
        #expect(reasons(finder([p]), expert(past: [recent])) == [.pastOrganisation])
        #expect(reasons(finder([p]), expert(past: [old])).isEmpty)
    }

    @Test func test_Art29_teamMemberCoProjectAndCoApplicant() {
        let p = ConflictFinder.Proposal(id: UUID(), people: ["pi@a.cn", "member@a.cn"], organisations: [orgA])
        #expect(reasons(finder([p]), expert(email: "member@a.cn")) == [.teamMember])
        #expect(reasons(finder([p], projects: [["e@x.cn", "pi@a.cn"]]), expert()) == [.coProject])
        #expect(reasons(finder([p], projects: [["e@x.cn", "other@c.cn"]]), expert()).isEmpty)
        let other = ConflictFinder.Proposal(id: UUID(), people: ["e@x.cn", "member@a.cn"], organisations: [orgC])
        let f = finder([p, other])
        #expect(f.conflicts(of: expert()).filter { $0.applicationID == p.id }.map(\.reason) == [.coApplicant])
    }

    @Test func test_Art29_declaredConflictUntilItExpires() {
        let p = ConflictFinder.Proposal(id: UUID(), people: ["pi@a.cn"], organisations: [orgA])
        let person = DeclaredConflict(target: .person(email: "PI@a.cn"), reason: "合作者", expires: nil)
        let expired = DeclaredConflict(target: .organisation(orgA), reason: "兼职", expires: now.addingTimeInterval(-1))
        #expect(reasons(finder([p]), expert(declared: [person])) == [.declared])
        #expect(reasons(finder([p]), expert(declared: [expired])).isEmpty)
    }

    @Test func test_Art60_integrityRestrictionExcludesTheExpertEverywhere() {
        let ps = (0..<3).map { _ in ConflictFinder.Proposal(id: UUID(), people: ["pi@a.cn"], organisations: [orgA]) }
        let conflicts = finder(ps).conflicts(of: expert(everywhere: (.integrity, "京科诚〔2026〕3号")))
        #expect(conflicts.count == 3 && conflicts.allSatisfy { $0.reason == .integrity && $0.reason.basis == .art(60) })
    }
}

@Suite("Affinity: TF-IDF cosine on the policy tokenizer plus discipline match")
struct AffinityTests {
    @Test func test_formulaEndpoints() {
        #expect(AffinityModel.score(cosine: 1, discipline: 1) == 65535)
        #expect(AffinityModel.score(cosine: 0, discipline: 0.5) == Int((65535 * 0.15).rounded()))
        #expect(AffinityModel.score(cosine: 0, discipline: 0) == 0)
    }

    @Test func test_closerTextAndDisciplineScoreHigher() {
        let model = AffinityModel(
            proposals: [(text: "固态电解质界面稳定性研究", discipline: "E0201")],
            experts: [(text: "固态电解质；界面；电池材料", disciplines: ["E02"]), (text: "图神经网络；交通预测", disciplines: ["F06"]),
                      (text: "固态电解质；界面；电池材料", disciplines: ["F06"])])
        let row = model.matrix()[0]
        #expect(row == model.row(0))
        #expect(row[0] > row[2] && row[2] > row[1])
        #expect(row[1] == 0)
    }

    @Test func test_disciplineCodes() {
        #expect(DisciplineCode.isValid("F0101") && DisciplineCode.isValid("F01") && !DisciplineCode.isValid("f01") && !DisciplineCode.isValid("F011"))
        #expect(DisciplineCode.match("F0101", ["F01"]) == 1)
        #expect(DisciplineCode.match("F0101", ["F0102"]) == 0.5)
        #expect(DisciplineCode.match("F0101", ["E01"]) == 0)
    }
}
