import FluentKit
import Foundation
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Grants

/// Parallel technical routes (Art. 30): several teams in phase one, a recorded down-selection.
@Suite struct ParallelRoutesTests {
    @Test func test_Art30_theDownSelectionKeepsTheChosenRoutes_discontinuesTheOthers_andNeedsTheReason() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            let group = w.world.call.id.rawValue
            var funded: [Project] = []
            for i in 0..<3 {
                let project = try await w.fund(i)
                let row = try #require(try await ProjectRecord.find(project.id.rawValue, on: t.db))
                row.parallelRouteJSON = try GrantsJSONColumn.encode(ParallelRoute(group: group, downSelectionMilestone: "中期评估"))
                try await row.update(on: t.db)
                funded.append(try row.toDomain())
            }
            let routes = ParallelRoutes(db: t.db, now: w.now)
            await #expect {
                _ = try await routes.downSelect(group: group, keep: [funded[0].id], reason: "", by: w.officer)
            } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                return errors.contains { $0.rule == "parallel_routes.reason.required" && $0.basis == .art(30) }
            }
            await #expect(throws: DomainError.notFound(entity: "parallel_route_group")) {
                _ = try await routes.downSelect(group: group, keep: [funded[0].id], reason: "中期评估择优", by: w.world.pis[0])
            }
            let after = try await routes.downSelect(group: group, keep: [funded[0].id], reason: "路线一指标领先", by: w.officer)
            #expect(after.map(\.status) == [.agreementDraft, .discontinued, .discontinued])
            #expect(try await w.projects.runningCount(ledBy: w.world.pis[1].id) == 0, "a discontinued route no longer counts as running")
            let audit = try await AuditChain.list(.init(object: group.uuidString), limit: 5, on: t.db)
            #expect(audit.contains { $0.action == "project.down_selection" && $0.basis == .art(30) })
        }
    }
}
