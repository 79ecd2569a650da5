import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
import Review
@testable import Grants

/// A review world whose proposals the officer funds through `Awards` (grants-core's tests).
struct AwardWorld {
    let world: ReviewWorld

    var t: any TestFixtures { world.t }
    var now: @Sendable () -> Date { world.now }
    var officer: Person { world.officer }
    var awards: Awards { Awards(db: t.db, now: now) }
    var projects: GrantProjects { GrantProjects(db: t.db, now: now) }
    var agreements: TaskAgreements { TaskAgreements(db: t.db, now: now) }

    static func make(_ t: some TestFixtures, budget: Int = 300_000) async throws -> AwardWorld {
        AwardWorld(world: try await ReviewWorld.make(t, experts: 2, budget: budget))
    }

    var today: BeijingDay { BeijingDay(containing: t.clock.now) }

    /// A complete award of `amount` for two years from today, with a reason (no reviews exist).
    func input(amount: Int = 100_000, reason: String = "应急需要，专家组会商推荐") -> AwardInput {
        let end = BeijingDay(year: today.year + 2, month: today.month, day: min(today.day, 28)) ?? today
        return AwardInput(awardedAmount: String(amount), startDate: today.description, endDate: end.description,
                          fundingKind: "competitive", researchType: "basic", reason: reason)
    }

    func fund(_ i: Int, amount: Int = 100_000) async throws -> Project {
        try await awards.fund(world.proposals[i].id, input(amount: amount), by: officer)
    }

    /// The PI completes the English texts of the drafted agreement (the draft takes the Chinese from the application).
    func completeAgreement(_ project: Project, pi: Person) async throws -> AgreementView {
        let view = try await agreements.find(project: project.id, as: pi)
        var input = AgreementInput(view.agreement.terms, version: view.agreement.version)
        input.objectivesEn = "Understand the key scientific questions of the topic."
        input.deliverablesEn = "A first-year study and a second-year validation."
        return try await agreements.update(project: project.id, input, by: pi)
    }

    func office(_ i: Int) async throws -> Person {
        try await t.person([.researchOffice], organisation: world.organisations[i].id)
    }
}
