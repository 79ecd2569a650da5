import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Parallel technical routes for urgent projects (多技术路线并行支持, Art. 30): the teams funded
/// in phase one share a group (`Project.parallelRoute`); at the down-selection milestone the
/// programme officer keeps the routes that proved out, with the recorded reason, and the others
/// are discontinued — each change audited citing Art. 30.
public struct ParallelRoutes: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// The projects of one group, by number, for an officer.
    public func group(_ group: UUID, as officer: Person) async throws -> [Project] {
        try await Self.members(group, on: db).filter { ProjectAccess.may(.manage, $0, as: officer) }
    }

    static func members(_ group: UUID, on db: any Database) async throws -> [Project] {
        try await ProjectRecord.query(on: db).filter(\.$parallelRouteJSON != nil).all().map { try $0.toDomain() }
            .filter { $0.parallelRoute?.group == group }.sorted { $0.number < $1.number }
    }

    /// Keeps `keep` and discontinues every other route of the group still in progress. Refused
    /// (Art. 30) without a reason, when nothing is kept, or when a kept project is not in the group.
    public func downSelect(group: UUID, keep: Set<Project.ID>, reason: String, by officer: Person) async throws -> [Project] {
        let members = try await self.group(group, as: officer)
        guard !members.isEmpty else { throw DomainError.notFound(entity: "parallel_route_group") }
        var errors: [FieldError] = []
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.append(FieldError(field: "reason", rule: "parallel_routes.reason.required",
                                     message: LocalizedText(zh: "择优须记录理由（第三十条）", en: "Record the reason for the down-selection (Art. 30)"), basis: .art(30)))
        }
        if keep.isEmpty || !keep.isSubset(of: Set(members.map { $0.id })) {
            errors.append(FieldError(field: "keep", rule: "parallel_routes.keep.members",
                                     message: LocalizedText(zh: "请从本组项目中选择至少一个继续支持的技术路线（第三十条）",
                                                            en: "Keep at least one route, chosen from this group's projects (Art. 30)"), basis: .art(30)))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            var result: [Project] = []
            for project in members {
                if keep.contains(project.id) || !ProjectStatus.countsAsRunning.contains(project.status) {
                    result.append(project)
                    continue
                }
                result.append(try await GrantProjects.setStatus(
                    project.id, to: .discontinued, by: officer,
                    reason: "择优后未继续支持 not continued after down-selection: \(reason)", basis: .art(30), on: tx, at: at))
            }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "project.down_selection", objectType: "parallel_route_group", objectID: group.uuidString,
                summary: "kept \(members.filter { keep.contains($0.id) }.map(\.number).joined(separator: ", ")): \(reason)", basis: .art(30)), on: tx, at: at)
            return result
        }
    }
}
