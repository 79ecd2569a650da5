import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Review
import Storage

/// Expert recommendation (专家推荐制, Art. 29(1)). A registered expert (reviewer role, a profile in
/// the pool, active) recommends an application of a call in that mode once it is accepted; the
/// nomination is checked with the Review module's conflict machinery (`ConflictFinder`: same or
/// past organisation, team, co-project, declared conflicts; an integrity restriction on review
/// duty) and refused with the reasons. The officer funds through `Awards`, which asks for
/// `SelectionRules.requiredNominations` nominations and the officer's reason.
public struct Recommendations: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// An application an expert may recommend, with what the expert needs to decide.
    public struct Candidate: Sendable {
        public let application: GrantApplication
        public let call: Call
        public let organisationName: String
        public let nominations: Int
        public let nominatedByViewer: Bool
    }

    /// Accepted, undecided applications of published calls in the expert-recommendation mode.
    public func candidates(for expert: Person) async throws -> [Candidate] {
        let calls = try await Calls(db: db, now: now).list(includeDrafts: false).filter { $0.selectionMode == .expertRecommendation }
        let directory = Directory(db: db)
        var out: [Candidate] = []
        for call in calls {
            for application in try await Applications(db: db, now: now).list(call: call.id, states: [.accepted]) {
                let rows = try await NominationRecord.query(on: db).filter(\.$applicationID == application.id.rawValue).all()
                out.append(Candidate(application: application, call: call, organisationName: try await directory.organisation(application.organisationID).nameZh,
                                     nominations: rows.count, nominatedByViewer: rows.contains { $0.expertID == expert.id }))
            }
        }
        return out
    }

    /// The nominations of one application, oldest first.
    public func nominations(_ application: GrantApplication.ID) async throws -> [Nomination] {
        try await NominationRecord.query(on: db).filter(\.$applicationID == application.rawValue).sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    /// The expert recommends the application. Refusals citing Art. 29(1) (or 60) are audited.
    public func nominate(_ id: GrantApplication.ID, statement: String, by expert: Person) async throws -> Nomination {
        let at = now()
        let application = try await Applications(db: db, now: now).find(id)
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        let profile = try await ExpertPool(db: db, now: now).profile(of: expert)
        let registered = expert.roles.contains(.reviewer) && profile.version > 0 && profile.active
        // Only a registered expert's conflicts are computed; anyone else learns nothing about the application.
        let conflicts = registered ? try await Self.conflicts(of: expert, profile: profile, with: application, on: db, at: at, now: now) : []
        let already = try await NominationRecord.query(on: db).filter(\.$applicationID == id.rawValue).filter(\.$expertID == expert.id).count() > 0
        let facts = SelectionRules.NominationFacts(statement: statement, isRegisteredExpert: registered, callMode: call.selectionMode,
                                                   applicationAccepted: application.state == .accepted, conflicts: conflicts, alreadyNominated: already)
        let errors = SelectionRules.nomination.violations(of: facts, at: at).map { error -> FieldError in
            guard error.rule == "nomination.conflict" else { return error }
            return FieldError(field: error.field, rule: error.rule, message: LocalizedText(
                zh: error.message.zh + "：" + conflicts.map(\.zh).joined(separator: "；"),
                en: error.message.en + ": " + conflicts.map(\.en).joined(separator: "; ")), basis: error.basis)
        }
        // One refusal at a time where it matters: not a registered expert says nothing more.
        if let first = errors.first, first.rule == "nomination.expert.registered" {
            try await ClosureSupport.audited([first], by: expert, objectType: "application", objectID: id.rawValue, on: db, at: at)
        }
        try await ClosureSupport.audited(errors, by: expert, objectType: "application", objectID: id.rawValue, on: db, at: at)
        return try await withWriteTransaction(on: db) { tx in
            let row = NominationRecord()
            row.id = UUID()
            row.applicationID = id.rawValue
            row.expertID = expert.id
            row.expertName = expert.name
            row.statement = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: expert, action: "application.nominated", objectType: "application", objectID: id.rawValue.uuidString,
                summary: "专家推荐 expert recommendation by \(expert.name); 利益冲突检查通过 no conflict of interest found", basis: .art(29, 1)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The Review module's conflicts between the expert and the application, each reason once
    /// (none: the expert may recommend it).
    static func conflicts(of expert: Person, profile: ExpertProfile, with application: GrantApplication, on db: any Database, at: Date,
                          now: @escaping @Sendable () -> Date) async throws -> [LocalizedText] {
        let directory = Directory(db: db)
        var people = Set(application.team.map { $0.email.lowercased() }.filter { !$0.isEmpty })
        people.insert(try await directory.person(application.principalInvestigatorID).email.lowercased())
        let organisations = Set([application.organisationID] + application.partners)
        var names: [UUID: String] = [:]
        for id in organisations { names[id] = try await directory.organisation(id).nameZh }
        let since = BeijingDay(containing: at.addingTimeInterval(-5 * 365.25 * 86_400))
        var recent: [Set<String>] = []
        for project in try await GrantProjects(db: db, now: now).all() where project.awardDate >= since {
            recent.append(try await ClosureSupport.people(of: project, on: db))
        }
        let finder = ConflictFinder(proposals: [.init(id: application.id.rawValue, people: people, organisations: organisations)],
                                    recentProjects: recent, now: at, currentYear: BeijingDay(containing: at).year, organisationNames: names)
        let integrity = try await IntegrityService(db: db, now: now).check(.person(expert.id), .reviewDuty, at: at)
        let everywhere: (reason: ConflictReason, detail: String)? = integrity.isAllowed ? nil : (.integrity, integrity.reason.zh)
        let exclusions = finder.conflicts(of: .init(id: expert.id, email: expert.email, organisations: Set(expert.memberships.compactMap(\.organisationID)),
                                                    profile: profile, excludedEverywhere: everywhere))
        // The reasons only: their details name the proposal's people, which the expert is not shown.
        var seen = Set<ConflictReason>()
        return exclusions.compactMap { seen.insert($0.reason).inserted ? $0.reason.label : nil }
    }
}
