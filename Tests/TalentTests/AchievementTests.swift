import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Talent

@Suite struct AchievementTests {
    static func input(_ i: Int, _ kind: AchievementKind) -> AchievementInput {
        AchievementInput(kind: kind, title: "成果 \(i)", year: 2020 + i % 5, evidence: "ZL20231000000\(i).1", contribution: "第一发明人")
    }

    @Test func test_Art41_aSixthRepresentativeAchievementIsRefusedCitingArticle41AndAudited() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let achievements = Achievements(db: t.db, now: t.now)
            // Any kind counts, not only papers.
            for (i, kind) in [AchievementKind.paper, .patent, .standard, .product, .engineeringDesign].enumerated() {
                _ = try await achievements.add(Self.input(i, kind), by: person)
            }
            do {
                _ = try await achievements.add(Self.input(6, .report), by: person)
                Issue.record("a sixth achievement was added")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["achievement.at_most_five"])
                #expect(errors.first?.basis == .art(41))
            }
            #expect(try await achievements.list(of: person.id).map(\.slot) == [1, 2, 3, 4, 5])
            let audit = try await AuditChain.list(.init(object: person.id.uuidString), limit: 20, on: t.db)
            #expect(audit.contains { $0.action == "talent.achievement.refused" && $0.basis == .art(41) })
            // Removing one frees its place.
            let first = try #require(try await achievements.list(of: person.id).first)
            try await achievements.remove(first.id, by: person)
            #expect(try await achievements.add(Self.input(7, .report), by: person).slot == 1)
        }
    }

    @Test func test_Art41_evidenceIsRequired() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            var input = Self.input(1, .standard)
            input.evidence = " "
            do {
                _ = try await Achievements(db: t.db, now: t.now).add(input, by: person)
                Issue.record("added without evidence")
            } catch { #expect(rules(error) == ["achievement.evidence.required"]) }
        }
    }

    @Test func test_Art41_concurrentAddsNeverMakeASixth() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let achievements = Achievements(db: t.db, now: t.now)
            for i in 0..<4 { _ = try await achievements.add(Self.input(i, .patent), by: person) }
            await withTaskGroup(of: Void.self) { group in
                for i in 0..<4 { group.addTask { _ = try? await achievements.add(Self.input(10 + i, .product), by: person) } }
            }
            #expect(try await achievements.list(of: person.id).count == 5)
        }
    }

    @Test func test_Art50_1_theEvaluationDossierListsRepresentativeAchievementsForEvaluatorsOnly() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let reviewer = try await t.person([.reviewer]), stranger = try await t.person([.applicant])
            let achievements = Achievements(db: t.db, now: t.now)
            _ = try await achievements.add(Self.input(1, .standard), by: person)
            let dossier = try await achievements.dossier(of: person, as: reviewer)
            #expect(dossier.achievements.map(\.kind) == [.standard])
            #expect(try await achievements.dossier(of: person, as: person).achievements.count == 1)
            await #expect(throws: DomainError.notFound(entity: "person")) { _ = try await achievements.dossier(of: person, as: stranger) }
            // Nothing in the dossier counts papers: its only collection is the achievements themselves.
            #expect(Mirror(reflecting: dossier).children.compactMap(\.label).sorted() == ["achievements", "name", "nationality", "personID"])
        }
    }
}
