import Crypto
import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Storage

/// Review rounds: the officer sets a call's round, runs the optimal assignment, checks it (each
/// pair's affinity, every excluded pair's reason), swaps reviewers by hand, and publishes it with a
/// report anyone can re-run: the solver's input is kept as `rap-bench/1` files and their digest.
public struct Rounds: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public func round(call callID: UUID) async throws -> ReviewRound? {
        try await RoundRecord.query(on: db).filter(\.$callID == callID).first()?.toDomain()
    }

    public func find(_ id: ReviewRound.ID) async throws -> ReviewRound {
        guard let record = try await RoundRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "review round") }
        return try record.toDomain()
    }

    /// Creates or changes the call's round; a published round no longer changes.
    public func configure(call callID: UUID, reviewersPerProposal: Int, minLoad: Int, maxLoad: Int, deadline: Date, fair: Bool, seed: Int,
                          criteria: [Criterion], by officer: Person) async throws -> ReviewRound {
        try Applications.requireOfficer(officer)
        let at = now()
        _ = try await Calls(db: db, now: now).find(Call.ID(callID))
        return try await withWriteTransaction(on: db) { tx in
            let record = try await RoundRecord.query(on: tx).filter(\.$callID == callID).first() ?? {
                let r = RoundRecord()
                r.id = UUID()
                r.callID = callID
                r.state = RoundState.draft.rawValue
                r.version = 0
                return r
            }()
            guard record.state != RoundState.published.rawValue else {
                throw DomainError.forbidden(LocalizedText(zh: "评审分配已发布，不能再修改参数", en: "The assignment is published: its parameters no longer change"), basis: .art(29))
            }
            let round = ReviewRound(id: ReviewRound.ID(try record.requireID()), callID: callID, reviewersPerProposal: reviewersPerProposal, minLoad: minLoad, maxLoad: maxLoad,
                                    criteria: criteria, deadline: deadline, fair: fair, seed: seed, state: .draft, report: nil, version: record.version)
            var errors = ReviewRules.round.violations(of: round, at: at)
            if deadline <= at {
                errors.append(FieldError(field: "deadline", rule: "round.deadline.future",
                    message: LocalizedText(zh: "评审截止时间须晚于现在", en: "The review deadline must be in the future")))
            }
            if !errors.isEmpty { throw DomainError.validation(errors) }
            record.reviewersPerProposal = reviewersPerProposal
            record.minLoad = minLoad
            record.maxLoad = maxLoad
            record.criteriaJSON = try ReviewJSON.encode(criteria)
            record.deadline = deadline
            record.fair = fair
            record.seed = seed
            record.state = RoundState.draft.rawValue
            record.version += 1
            record.updatedAt = at
            try await record.save(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "review.round_configured", objectType: "call", objectID: callID.uuidString,
                summary: "k=\(reviewersPerProposal) load=\(minLoad)…\(maxLoad) fair=\(fair) seed=\(seed)", basis: .art(29)), on: tx, at: at)
            return try record.toDomain()
        }
    }

    // MARK: Running the assignment

    /// Everything the solver needs, gathered from the platform: the round's proposals (accepted
    /// applications), the active experts, affinities and every conflict with its reason.
    struct Inputs {
        var proposals: [GrantApplication]
        var experts: [ExpertProfile]
        var expertOrganisations: [[UUID]]
        /// proposals × experts, 0…65535.
        var affinity: [[Int]]
        var exclusions: [Exclusion]
    }

    func gather(_ round: ReviewRound) async throws -> Inputs {
        let at = now()
        let applications = Applications(db: db, now: now)
        let proposals = try await applications.list(call: Call.ID(round.callID), states: [.accepted])
        let directory = Directory(db: db)
        var emails: [UUID: String] = [:]
        func people(_ application: GrantApplication) async throws -> Set<String> {
            let email: String
            if let known = emails[application.principalInvestigatorID] {
                email = known
            } else {
                email = try await directory.person(application.principalInvestigatorID).email.lowercased()
                emails[application.principalInvestigatorID] = email
            }
            return Set([email] + application.team.map { $0.email.lowercased() })
        }
        var facts: [ConflictFinder.Proposal] = []
        var organisationNames: [UUID: String] = [:]
        for p in proposals {
            let organisations = Set([p.organisationID] + p.partners)
            for id in organisations where organisationNames[id] == nil {
                organisationNames[id] = try await directory.organisation(id).nameZh
            }
            facts.append(.init(id: p.id.rawValue, people: try await people(p), organisations: organisations))
        }
        var recentProjects: [Set<String>] = []
        for funded in try await applications.list(states: [.funded], submittedSince: at.addingTimeInterval(-5 * 365.25 * 86_400)) {
            recentProjects.append(try await people(funded))
        }
        let finder = ConflictFinder(proposals: facts, recentProjects: recentProjects, now: at,
                                    currentYear: BeijingDay(containing: at).year, organisationNames: organisationNames)
        let pool = try await ExpertPool(db: db, now: now).listWithPeople(activeOnly: true)
        let experts = pool.map(\.profile)
        let integrity = IntegrityService(db: db, now: now)
        var exclusions: [Exclusion] = []
        var expertOrganisations: [[UUID]] = []
        for (expert, person) in pool {
            let organisations = person.memberships.compactMap(\.organisationID)
            expertOrganisations.append(organisations)
            var everywhere: (reason: ConflictReason, detail: String)?
            let decision = try await integrity.check(.person(expert.personID), .reviewDuty, at: at)
            if !decision.isAllowed {
                everywhere = (.integrity, decision.reason.zh)
            } else if !expert.isAvailable(from: at, until: round.deadline) {
                everywhere = (.unavailable, "")
            }
            exclusions += finder.conflicts(of: .init(id: expert.personID, email: person.email, organisations: Set(organisations),
                                                     profile: expert, excludedEverywhere: everywhere))
        }
        exclusions += try await ConflictRecord.query(on: db).filter(\.$roundID == round.id.rawValue).filter(\.$byOfficer == true).all().map { try $0.toDomain() }
        let model = AffinityModel(
            proposals: proposals.map { (text: [$0.titleZh, $0.titleEn, $0.keywords, $0.summary].joined(separator: "\n"), discipline: $0.discipline) },
            experts: experts.map { (text: $0.keywords + "\n" + $0.expertise, disciplines: $0.disciplines) })
        return Inputs(proposals: proposals, experts: experts, expertOrganisations: expertOrganisations, affinity: model.matrix(), exclusions: exclusions)
    }

    /// Runs the optimal assignment for the round and stores the result, the exclusions and the
    /// report (not yet published). An infeasible round is refused with the solver's explanation.
    public func run(_ roundID: ReviewRound.ID, by officer: Person) async throws -> ReviewRound {
        let roundID = roundID.rawValue
        try Applications.requireOfficer(officer)
        let round = try await find(ReviewRound.ID(roundID))
        guard round.state != .published else {
            throw DomainError.forbidden(LocalizedText(zh: "评审分配已发布", en: "The assignment is already published"), basis: .art(29))
        }
        let inputs = try await gather(round)
        let instance = RapInstance(round: round, inputs: inputs)
        let started = DispatchTime.now().uptimeNanoseconds
        let solution: RapSolution
        do {
            solution = try RapSolver.solve(instance, fair: round.fair, seed: round.seed, titles: inputs.proposals.map(\.titleZh))
        } catch let failure as RapSolver.Infeasible {
            throw DomainError.validation([FieldError(field: "reviewers_per_proposal", rule: "round.assignment.feasible",
                message: LocalizedText(zh: "无法完成分配：\(failure.explanation.zh)", en: "The assignment is impossible: \(failure.explanation.en)"), basis: .art(29))])
        }
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        let at = now()
        var byReason: [String: Int] = [:]
        for e in inputs.exclusions { byReason[e.reason.rawValue, default: 0] += 1 }
        let files = instance.files()
        let report = AssignmentReport(
            inputsDigest: RapInstance.digest(files), proposals: inputs.proposals.count, experts: inputs.experts.count,
            eligiblePairs: instance.eligiblePairs, reviewersPerProposal: round.reviewersPerProposal, minLoad: round.minLoad, maxLoad: round.maxLoad,
            fair: round.fair, seed: round.seed, objective: solution.objective, minProposalTotal: solution.minProposalTotal,
            exclusionsByReason: byReason, solveMilliseconds: milliseconds, computedAt: at, publishedAt: nil, affinityFormula: AffinityModel.formula,
            proposalPseudonyms: Dictionary(uniqueKeysWithValues: inputs.proposals.enumerated().map { ($1.id.rawValue.uuidString.lowercased(), "p\($0)") }),
            reviewerPseudonyms: Dictionary(uniqueKeysWithValues: inputs.experts.enumerated().map { ($1.personID.uuidString.lowercased(), "r\($0)") }),
            solverAssignment: solution.pairs.map { "p\($0.0),r\($0.1)" }.sorted(by: AssignmentReport.pairOrder))
        return try await withWriteTransaction(on: db) { tx in
            guard let record = try await RoundRecord.find(roundID, on: tx) else { throw DomainError.notFound(entity: "review round") }
            try await AssignmentRecord.query(on: tx).filter(\.$roundID == roundID).delete()
            try await ConflictRecord.query(on: tx).filter(\.$roundID == roundID).filter(\.$byOfficer == false).delete()
            for (p, e) in solution.pairs {
                try await Self.assign(round: roundID, application: inputs.proposals[p].id.rawValue, expert: inputs.experts[e].personID,
                                      affinity: inputs.affinity[p][e], source: .solver, at: at, on: tx)
            }
            for e in inputs.exclusions where !e.byOfficer {
                try await Self.insert(e, round: roundID, at: at, on: tx)
            }
            record.state = RoundState.computed.rawValue
            record.reportJSON = try ReviewJSON.encode(report)
            record.instanceJSON = try ReviewJSON.encode(Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.content) }))
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "review.assignment_computed", objectType: "review_round", objectID: roundID.uuidString,
                summary: "objective \(report.objective), min per proposal \(report.minProposalTotal), inputs SHA-256 \(report.inputsDigest)", basis: .art(29)),
                on: tx, at: at)
            return try record.toDomain()
        }
    }

    static func insert(_ e: Exclusion, round: UUID, at: Date, on db: any Database) async throws {
        let c = ConflictRecord()
        c.id = UUID()
        c.roundID = round
        c.applicationID = e.applicationID
        c.expertID = e.expertID
        c.reason = e.reason.rawValue
        c.detail = e.detail
        c.byOfficer = e.byOfficer
        c.createdAt = at
        try await c.create(on: db)
    }

    public func assignments(round roundID: ReviewRound.ID) async throws -> [ReviewAssignment] {
        try await AssignmentRecord.query(on: db).filter(\.$roundID == roundID.rawValue).sort(\.$applicationID).sort(\.$affinity, .descending).all().map { try $0.toDomain() }
    }

    public func exclusions(round roundID: ReviewRound.ID) async throws -> [Exclusion] {
        try await ConflictRecord.query(on: db).filter(\.$roundID == roundID.rawValue).sort(\.$applicationID).all().map { try $0.toDomain() }
    }

    /// The instance files of the last run (`rap-bench/1`), by name.
    public func instanceFiles(round roundID: ReviewRound.ID) async throws -> [String: String] {
        let roundID = roundID.rawValue
        guard let record = try await RoundRecord.find(roundID, on: db), let json = record.instanceJSON else { throw DomainError.notFound(entity: "assignment inputs") }
        return try ReviewJSON.decode([String: String].self, json)
    }

    // MARK: The officer's changes

    /// An officer records a conflict the data does not show; it is never removed. An assignment of
    /// that pair not yet published is dropped, so the officer swaps in someone else or runs again.
    public func addConflict(round roundID: ReviewRound.ID, application: UUID, expert: UUID, reason: String, by officer: Person) async throws {
        let roundID = roundID.rawValue
        try Applications.requireOfficer(officer)
        try Applications.requireNote(reason, field: "reason")
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let record = try await RoundRecord.find(roundID, on: tx) else { throw DomainError.notFound(entity: "review round") }
            // Only a proposal of this round's call and an expert of the pool can be in conflict.
            var unknown: [FieldError] = []
            let proposal: GrantApplication?
            do { proposal = try await Applications(db: tx, now: now).find(GrantApplication.ID(application)) } catch DomainError.notFound { proposal = nil }
            if proposal?.callID != record.callID {
                unknown.append(FieldError(field: "application", rule: "round.conflict.application",
                    message: LocalizedText(zh: "该申请不属于本轮评审", en: "This proposal is not in this review round")))
            }
            if try await ExpertRecord.query(on: tx).filter(\.$personID == expert).first() == nil {
                unknown.append(FieldError(field: "expert", rule: "round.conflict.expert",
                    message: LocalizedText(zh: "该专家不在专家库中", en: "This expert is not in the expert pool")))
            }
            if !unknown.isEmpty { throw DomainError.validation(unknown) }
            try await Self.insert(Exclusion(applicationID: application, expertID: expert, reason: .officer, detail: reason, byOfficer: true),
                                  round: roundID, at: at, on: tx)
            if record.state != RoundState.published.rawValue {
                try await AssignmentRecord.query(on: tx).filter(\.$roundID == roundID).filter(\.$applicationID == application).filter(\.$expertID == expert).delete()
            }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "review.conflict_added", objectType: "review_round", objectID: roundID.uuidString,
                summary: "application \(application) × expert \(expert): \(reason)", basis: .art(29)), on: tx, at: at)
        }
    }

    /// The officer puts `to` in place of `from` on one proposal (before publication). Refused, each
    /// cause with its own message: `to` is conflicted (the reasons named), already on the proposal,
    /// at their maximum load, or not an active expert of the pool; a swap to an expert whose match
    /// with the proposal is 0 needs `noMatchConfirmed`; a `reason` given (pages always give one)
    /// may not be empty. The swap is audited and disclosed,
    /// pseudonymously, in the round's report with its reason.
    public func swap(round roundID: ReviewRound.ID, application: UUID, from: UUID, to: UUID, reason: String? = nil,
                     noMatchConfirmed: Bool = true, by officer: Person) async throws {
        let roundID = roundID.rawValue
        try Applications.requireOfficer(officer)
        let round = try await find(ReviewRound.ID(roundID))
        guard round.state == .computed else {
            throw DomainError.forbidden(LocalizedText(zh: "只能在发布前调整专家", en: "Reviewers can be swapped only before publication"), basis: nil)
        }
        let candidates = try await eligibleReplacements(round: round, application: application, excluding: [])
        let choice = candidates.first(where: { $0.expert == to })
        let why = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var errors: [FieldError] = []
        if choice == nil { errors.append(try await swapRefusal(round: round, application: application, to: to)) }
        if reason != nil && why.isEmpty {
            errors.append(FieldError(field: "reason", rule: "round.swap.reason", message: LocalizedText(
                zh: "请写明调整理由：它将以匿名方式公布在分配报告中", en: "Say why you swap: it is published, pseudonymously, in the assignment report"), basis: .art(29)))
        }
        if choice?.affinity == 0 && !noMatchConfirmed {
            errors.append(FieldError(field: "confirm_no_match", rule: "round.swap.no_match", message: LocalizedText(
                zh: "该专家与这项申请的匹配度为 0.000：研究方向与申请没有共同之处。确需调整请勾选确认。",
                en: "This expert's match with the proposal is 0.000: nothing in their field meets the proposal. Tick the box to swap anyway."), basis: .art(29)))
        }
        guard errors.isEmpty, let choice else { throw DomainError.validation(errors) }
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let old = try await AssignmentRecord.query(on: tx).filter(\.$roundID == roundID).filter(\.$applicationID == application)
                .filter(\.$expertID == from).first() else { throw DomainError.notFound(entity: "assignment") }
            try await old.delete(on: tx)
            try await Self.assign(round: roundID, application: application, expert: to, affinity: choice.affinity, source: .manual, at: at, on: tx)
            if let record = try await RoundRecord.find(roundID, on: tx), let json = record.reportJSON {
                var report = try ReviewJSON.decode(AssignmentReport.self, json)
                let proposal = report.proposalPseudonyms?[application.uuidString.lowercased()] ?? "p?"
                report.swaps = (report.swaps ?? []) + [AssignmentReport.Swap(
                    proposal: proposal, from: report.reviewerPseudonyms?[from.uuidString.lowercased()] ?? "r?",
                    to: report.reviewerPseudonyms?[to.uuidString.lowercased()] ?? "r?", fromAffinity: old.affinity, toAffinity: choice.affinity,
                    reason: why, by: "programme_officer", at: at)]
                record.reportJSON = try ReviewJSON.encode(report)
                try await record.update(on: tx)
            }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "review.reviewer_swapped", objectType: "review_round", objectID: roundID.uuidString,
                summary: "application \(application): expert \(from) (affinity \(old.affinity)) → \(to) (affinity \(choice.affinity))"
                    + (why.isEmpty ? "" : ": \(why)"), basis: .art(29)), on: tx, at: at)
        }
    }

    /// Why `to` cannot take the proposal: one cause, one message.
    func swapRefusal(round: ReviewRound, application: UUID, to: UUID) async throws -> FieldError {
        let reasons = try await ConflictRecord.query(on: db).filter(\.$roundID == round.id.rawValue).filter(\.$applicationID == application)
            .filter(\.$expertID == to).all().map { try $0.toDomain().reason }
        if !reasons.isEmpty {
            return FieldError(field: "to", rule: "round.swap.conflict", message: LocalizedText(
                zh: "存在利益冲突：" + reasons.map(\.label.zh).joined(separator: "、"), en: "Conflict of interest: " + reasons.map(\.label.en).joined(separator: "; ")), basis: .art(29))
        }
        let rows = try await AssignmentRecord.query(on: db).filter(\.$roundID == round.id.rawValue).filter(\.$expertID == to).all()
        if rows.contains(where: { $0.applicationID == application }) {
            return FieldError(field: "to", rule: "round.swap.already_assigned", message: LocalizedText(
                zh: "该专家已在评审这项申请", en: "This expert already reviews this proposal"))
        }
        guard let expert = try await ExpertRecord.query(on: db).filter(\.$personID == to).first(), expert.active else {
            return FieldError(field: "to", rule: "round.swap.not_in_pool", message: LocalizedText(
                zh: "该专家不在专家库中或已停用", en: "This expert is not in the pool or is inactive"))
        }
        let load = rows.filter { $0.status != AssignmentStatus.declined.rawValue }.count
        return FieldError(field: "to", rule: "round.swap.max_load", message: LocalizedText(
            zh: "该专家本轮已分配 \(load) 项，达到评审上限", en: "This expert already has \(load) proposals in this round, their maximum"))
    }

    /// Publishes the assignment: experts see their invitations, the report becomes public.
    public func publish(_ roundID: ReviewRound.ID, by officer: Person) async throws -> ReviewRound {
        let roundID = roundID.rawValue
        try Applications.requireOfficer(officer)
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let record = try await RoundRecord.find(roundID, on: tx) else { throw DomainError.notFound(entity: "review round") }
            guard record.state == RoundState.computed.rawValue, let json = record.reportJSON else {
                throw DomainError.forbidden(LocalizedText(zh: "请先计算分配结果", en: "Run the assignment first"), basis: nil)
            }
            var report = try ReviewJSON.decode(AssignmentReport.self, json)
            report.publishedAt = at
            if let proposals = report.proposalPseudonyms, let reviewers = report.reviewerPseudonyms {
                report.publishedAssignment = try await AssignmentRecord.query(on: tx).filter(\.$roundID == roundID).all().map {
                    "\(proposals[$0.applicationID.uuidString.lowercased()] ?? "p?"),\(reviewers[$0.expertID.uuidString.lowercased()] ?? "r?")"
                }.sorted(by: AssignmentReport.pairOrder)
            }
            record.reportJSON = try ReviewJSON.encode(report)
            record.state = RoundState.published.rawValue
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "review.assignment_published", objectType: "review_round", objectID: roundID.uuidString,
                summary: "inputs SHA-256 \(report.inputsDigest), objective \(report.objective)", basis: .art(29)), on: tx, at: at)
            return try record.toDomain()
        }
    }

    // MARK: Helpers shared with Reviews

    struct Candidate {
        let expert: UUID
        let affinity: Int
    }

    /// Experts who could take this proposal now, best first: active, not conflicted, not on it
    /// already (`excluding` adds more), below their maximum load.
    func eligibleReplacements(round: ReviewRound, application: UUID, excluding: Set<UUID>) async throws -> [Candidate] {
        let inputs = try await gather(round)
        guard let p = inputs.proposals.firstIndex(where: { $0.id.rawValue == application }) else { throw DomainError.notFound(entity: "application") }
        let rows = try await AssignmentRecord.query(on: db).filter(\.$roundID == round.id.rawValue).all()
        let onProposal = Set(rows.filter { $0.applicationID == application }.map(\.expertID))
        var load: [UUID: Int] = [:]
        for row in rows where row.status != AssignmentStatus.declined.rawValue { load[row.expertID, default: 0] += 1 }
        let conflicted = Set(inputs.exclusions.filter { $0.applicationID == application }.map(\.expertID))
        return inputs.experts.indices.compactMap { e -> Candidate? in
            let expert = inputs.experts[e]
            guard !conflicted.contains(expert.personID), !onProposal.contains(expert.personID), !excluding.contains(expert.personID),
                  load[expert.personID, default: 0] < min(expert.maxLoad, round.maxLoad) else { return nil }
            return Candidate(expert: expert.personID, affinity: inputs.affinity[p][e])
        }
        .sorted { ($0.affinity, $1.expert.uuidString) > ($1.affinity, $0.expert.uuidString) }
    }

    static func assign(round: UUID, application: UUID, expert: UUID, affinity: Int, source: AssignmentSource, at: Date, on db: any Database) async throws {
        let a = AssignmentRecord()
        a.id = UUID()
        a.roundID = round
        a.applicationID = application
        a.expertID = expert
        a.affinity = affinity
        a.status = AssignmentStatus.assigned.rawValue
        a.source = source.rawValue
        a.updatedAt = at
        try await a.create(on: db)
    }
}
