import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Storage

/// The experts' side of a published round, and the officer's view of its progress and ranking.
public struct Reviews: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// The shortest review comment accepted (characters, white space at the ends not counted).
    public static let minimumCommentLength = 20

    /// A published assignment as the expert sees it.
    public struct Invitation: Sendable {
        public let assignment: ReviewAssignment
        public let round: ReviewRound
        public let application: GrantApplication
        public let callTitle: String
        /// Due within 3 days and not submitted, or reminded by the officer.
        public let needsReminder: Bool
        /// The call's English title, empty when it has none.
        public var callTitleEn: String = ""
        /// Who is behind the proposal: what the expert needs to declare no conflict of interest
        /// and to score the team (Art. 29).
        public var parties: ProposalParties? = nil
        /// Past the deadline and not submitted.
        public var overdue: Bool = false
    }

    /// The PI, the applying organisation, the partner organisations and the team, by name.
    public struct ProposalParties: Sendable, Equatable {
        public struct Member: Sendable, Equatable {
            public let name: String
            public let organisation: LocalizedText?
        }
        public let principalInvestigator: String
        public let organisation: LocalizedText
        public let partners: [LocalizedText]
        public let team: [Member]
    }

    /// The expert's assignments in published rounds, newest deadlines first.
    public func invitations(for expert: Person) async throws -> [Invitation] {
        let rows = try await AssignmentRecord.query(on: db).filter(\.$expertID == expert.id).all()
        var rounds: [UUID: ReviewRound] = [:]
        for id in Set(rows.map(\.roundID)) { rounds[id] = try await Rounds(db: db, now: now).find(ReviewRound.ID(id)) }
        var out: [Invitation] = []
        for row in rows {
            guard let round = rounds[row.roundID], round.state == .published else { continue }
            out.append(try await invitation(row, round: round))
        }
        return out.sorted { ($0.round.deadline, $0.assignment.id.uuidString) < ($1.round.deadline, $1.assignment.id.uuidString) }
    }

    public func invitation(_ assignmentID: UUID, for expert: Person) async throws -> Invitation {
        // The assigned expert's own (change), once its round is published (view): `ReviewAccess`.
        let row = try await assignment(assignmentID, as: expert, for: [.view, .change], on: db)
        return try await invitation(row, round: try await Rounds(db: db, now: now).find(ReviewRound.ID(row.roundID)))
    }

    private func invitation(_ row: AssignmentRecord, round: ReviewRound) async throws -> Invitation {
        let application = try await Applications(db: db, now: now).find(GrantApplication.ID(row.applicationID))
        let call = try await Calls(db: db, now: now).find(Call.ID(round.callID))
        let assignment = try row.toDomain()
        let open = [.assigned, .accepted].contains(assignment.status)
        let dueSoon = round.deadline.timeIntervalSince(now()) < 3 * 86_400
        return Invitation(assignment: assignment, round: round, application: application, callTitle: call.titleZh,
                          needsReminder: open && (dueSoon || assignment.remindedAt != nil), callTitleEn: call.titleEn,
                          parties: try await parties(of: application), overdue: open && now() >= round.deadline)
    }

    /// The people and organisations of a proposal, by name (both languages for organisations).
    func parties(of application: GrantApplication) async throws -> ProposalParties {
        let directory = Directory(db: db)
        var names: [UUID: LocalizedText] = [:]
        func name(_ id: UUID) async throws -> LocalizedText {
            if let known = names[id] { return known }
            let organisation = try await directory.organisation(id)
            let text = LocalizedText(zh: organisation.nameZh, en: organisation.name(in: .en))
            names[id] = text
            return text
        }
        let pi = try await directory.person(application.principalInvestigatorID)
        var partners: [LocalizedText] = []
        for partner in application.partners { partners.append(try await name(partner)) }
        var team: [ProposalParties.Member] = []
        for member in application.team {
            var organisation: LocalizedText? = nil
            if let id = member.organisationID { organisation = try await name(id) }
            team.append(ProposalParties.Member(name: member.name, organisation: organisation))
        }
        return ProposalParties(principalInvestigator: pi.name, organisation: try await name(application.organisationID), partners: partners, team: team)
    }

    /// The expert accepts: refused while an integrity restriction on review duty covers them (Art. 60).
    public func accept(_ assignmentID: UUID, by expert: Person) async throws {
        try await IntegrityService(db: db, now: now).check(.person(expert.id), .reviewDuty, at: now()).enforce()
        try await setStatus(assignmentID, from: [.assigned], to: .accepted, by: expert, reason: nil)
    }

    /// The expert declines; the next best eligible expert is assigned to that proposal only.
    /// Returns the replacement, or nil when nobody is left (the officer sees the gap).
    @discardableResult
    public func decline(_ assignmentID: UUID, reason: String, by expert: Person) async throws -> UUID? {
        try Applications.requireNote(reason, field: "reason")
        let row = try await owned(assignmentID, by: expert, on: db)
        let round = try await Rounds(db: db, now: now).find(ReviewRound.ID(row.roundID))
        try await setStatus(assignmentID, from: [.assigned, .accepted], to: .declined, by: expert, reason: reason)
        let declined = try await AssignmentRecord.query(on: db).filter(\.$roundID == round.id.rawValue).filter(\.$applicationID == row.applicationID)
            .filter(\.$status == AssignmentStatus.declined.rawValue).all().map(\.expertID)
        guard let next = try await Rounds(db: db, now: now).eligibleReplacements(round: round, application: row.applicationID, excluding: Set(declined)).first else {
            return nil
        }
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            try await Rounds.assign(round: round.id.rawValue, application: row.applicationID, expert: next.expert, affinity: next.affinity, source: .replacement, at: at, on: tx)
            try await AuditChain.append(AuditEvent(
                actor: AuditActor.system, action: "review.replacement_assigned", objectType: "application", objectID: row.applicationID.uuidString,
                summary: "expert \(expert.id) declined; next best expert \(next.expert) (affinity \(next.affinity))", basis: .art(29)), on: tx, at: at)
        }
        return next.expert
    }

    /// The expert submits the review form: every criterion scored within its range, a comment in
    /// Chinese or English, and both declarations (confidentiality, no conflict of interest).
    public func submit(_ assignmentID: UUID, _ input: ReviewInput, by expert: Person) async throws -> SubmittedReview {
        let row = try await owned(assignmentID, by: expert, on: db)
        let round = try await Rounds(db: db, now: now).find(ReviewRound.ID(row.roundID))
        guard row.status == AssignmentStatus.accepted.rawValue else {
            throw DomainError.forbidden(LocalizedText(zh: "请先接受评审邀请", en: "Accept the invitation first"), basis: nil)
        }
        let at = now()
        guard at < round.deadline else {
            throw DomainError.forbidden(LocalizedText(zh: "评审已截止", en: "The review deadline has passed"), basis: nil)
        }
        let scores = try Self.checkForm(input, criteria: round.criteria)
        let total = Ranking.total(scores, criteria: round.criteria)
        let scoresJSON = try ReviewJSON.encode(scores)
        return try await withWriteTransaction(on: db) { tx in
            let record = ReviewRecord()
            record.id = UUID()
            record.assignmentID = assignmentID
            record.applicationID = row.applicationID
            record.expertID = expert.id
            record.scoresJSON = scoresJSON
            record.total = total
            record.comment = input.comment
            record.language = input.language
            record.submittedAt = at
            try await record.create(on: tx)
            row.status = AssignmentStatus.submitted.rawValue
            row.updatedAt = at
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: expert, action: "review.submitted", objectType: "application", objectID: row.applicationID.uuidString,
                summary: "total \(String(format: "%.1f", total)); declarations of confidentiality and no conflict made", basis: .art(29)), on: tx, at: at)
            return try record.toDomain()
        }
    }

    /// The review form's check, for any panel that reviews on the proposals' form (Market's
    /// solutions and certifications): every criterion scored within its range, a comment of at
    /// least `minimumCommentLength` characters in Chinese or English, both declarations. Returns the scores.
    public static func checkForm(_ input: ReviewInput, criteria: [Criterion]) throws -> [String: Int] {
        var errors: [FieldError] = []
        var scores: [String: Int] = [:]
        for criterion in criteria {
            if let value = Int(input.scores[criterion.key]?.trimmingCharacters(in: .whitespaces) ?? ""), (0...criterion.maxScore).contains(value) {
                scores[criterion.key] = value
            } else {
                errors.append(FieldError(field: "score_\(criterion.key)", rule: "review.score.range",
                    message: LocalizedText(zh: "请为“\(criterion.zh)”打 0 到 \(criterion.maxScore) 分", en: "Score “\(criterion.en)” from 0 to \(criterion.maxScore)")))
            }
        }
        if input.comment.trimmingCharacters(in: .whitespacesAndNewlines).count < Self.minimumCommentLength {
            errors.append(FieldError(field: "comment", rule: "review.comment.required",
                message: LocalizedText(zh: "请填写评审意见（不少于 \(Self.minimumCommentLength) 个字）",
                                       en: "Write your comments (at least \(Self.minimumCommentLength) characters)"), basis: .art(29)))
        }
        if !["zh", "en"].contains(input.language) {
            errors.append(FieldError(field: "language", rule: "review.language", message: LocalizedText(zh: "请选择意见的语言", en: "Choose the language of your comments")))
        }
        if !input.confidentiality {
            errors.append(FieldError(field: "confidentiality", rule: "review.declaration.confidentiality",
                message: LocalizedText(zh: "请确认对评审内容保密", en: "Confirm that you keep the review confidential")))
        }
        if !input.noConflict {
            errors.append(FieldError(field: "no_conflict", rule: "review.declaration.no_conflict",
                message: LocalizedText(zh: "请确认与该申请不存在利益冲突", en: "Confirm that you have no conflict of interest with this proposal"), basis: .art(29)))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return scores
    }

    /// The other reviews of the proposal: only once the expert's own review is submitted.
    public func otherReviews(_ assignmentID: UUID, for expert: Person) async throws -> [SubmittedReview]? {
        let row = try await owned(assignmentID, by: expert, on: db)
        guard row.status == AssignmentStatus.submitted.rawValue else { return nil }
        let published = try await facts(row, on: db).roundPublished
        let viewer = ReviewAccess.Viewer(expert, submittedOwnReviewOfProposal: true)
        return try await ReviewRecord.query(on: db).filter(\.$applicationID == row.applicationID).filter(\.$expertID != expert.id)
            .sort(\.$submittedAt).all()
            .filter { ReviewAccess.may(.view, viewer, ReviewAccess.Facts(expert: $0.expertID, roundPublished: published, submitted: true)) }
            .map { try $0.toDomain() }
    }

    public func ownReview(_ assignmentID: UUID, for expert: Person) async throws -> SubmittedReview? {
        _ = try await owned(assignmentID, by: expert, on: db)
        return try await ReviewRecord.query(on: db).filter(\.$assignmentID == assignmentID).first()?.toDomain()
    }

    // MARK: The officer

    /// Counts of assignments by status, and whether the deadline passed.
    public func progress(round roundID: ReviewRound.ID) async throws -> [AssignmentStatus: Int] {
        var counts: [AssignmentStatus: Int] = [:]
        for row in try await AssignmentRecord.query(on: db).filter(\.$roundID == roundID.rawValue).all() {
            counts[try row.assignmentStatus(), default: 0] += 1
        }
        return counts
    }

    /// Reminds every expert who has not submitted yet: the reminder shows on their review page.
    @discardableResult
    public func remind(round roundID: ReviewRound.ID, by officer: Person) async throws -> Int {
        try Applications.requireOfficer(officer)
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let open = try await AssignmentRecord.query(on: tx).filter(\.$roundID == roundID.rawValue)
                .filter(\.$status ~~ [AssignmentStatus.assigned.rawValue, AssignmentStatus.accepted.rawValue]).all()
            for row in open {
                row.remindedAt = at
                try await row.update(on: tx)
            }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "review.reminded", objectType: "review_round", objectID: roundID.uuidString,
                summary: "\(open.count) open assignments reminded"), on: tx, at: at)
            return open.count
        }
    }

    /// The call's ranking: accepted (and decided) applications by mean review score, with spread,
    /// outliers flagged, the requests summed in rank order against the call's budget, and the
    /// cut-off where the budget runs out or the reviews do.
    public func ranking(call callID: Call.ID) async throws -> [RankingRow] {
        let call = try await Calls(db: db, now: now).find(callID)
        let applications = try await Applications(db: db, now: now).list(call: call.id, states: [.accepted, .funded, .notFunded])
        var totals: [UUID: [Double]] = [:]
        for review in try await ReviewRecord.query(on: db).filter(\.$applicationID ~~ applications.map(\.id.rawValue)).all() {
            totals[review.applicationID, default: []].append(review.total)
        }
        let english = Dictionary(uniqueKeysWithValues: applications.map { ($0.id.rawValue, $0.titleEn) })
        return Ranking.rank(applications.map { (id: $0.id.rawValue, title: $0.titleZh, budget: $0.budgetTotal, state: $0.state.rawValue, totals: totals[$0.id.rawValue] ?? []) },
                            budget: call.totalBudget)
            .map { row in
                var row = row
                row.titleEn = english[row.applicationID] ?? ""
                return row
            }
    }

    private func setStatus(_ assignmentID: UUID, from: Set<AssignmentStatus>, to: AssignmentStatus, by expert: Person, reason: String?) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            let row = try await owned(assignmentID, by: expert, on: tx)
            let round = try await RoundRecord.find(row.roundID, on: tx)
            guard round?.state == RoundState.published.rawValue, from.contains(try row.assignmentStatus()) else {
                throw DomainError.forbidden(LocalizedText(zh: "当前状态下不能执行此操作", en: "This cannot be done now"), basis: nil)
            }
            row.status = to.rawValue
            row.declineReason = reason
            row.updatedAt = at
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: expert, action: "review.\(to.rawValue)", objectType: "application", objectID: row.applicationID.uuidString,
                summary: reason ?? "", basis: to == .accepted ? .art(60) : nil), on: tx, at: at)
        }
    }

    /// The assignment, if `expert` is the one assigned (`ReviewAccess`, change); otherwise it does not exist for them.
    private func owned(_ id: UUID, by expert: Person, on db: any Database) async throws -> AssignmentRecord {
        try await assignment(id, as: expert, for: [.change], on: db)
    }
}

/// How review scores become a ranking.
public enum Ranking {
    /// The weighted score on a 0–100 scale: Σ weight × score / max over Σ weight.
    public static func total(_ scores: [String: Int], criteria: [Criterion]) -> Double {
        let weights = criteria.reduce(0) { $0 + $1.weight }
        guard weights > 0 else { return 0 }
        let sum = criteria.reduce(0.0) { $0 + Double($1.weight) * Double(scores[$1.key] ?? 0) / Double($1.maxScore) }
        return 100 * sum / Double(weights)
    }

    /// A review total is an outlier when it is more than 20 points (on 100) from the median of
    /// the proposal's reviews: a reviewer far from the rest, whom the officer should look at.
    public static func isOutlier(_ value: Double, among totals: [Double]) -> Bool {
        guard totals.count >= 2 else { return false }
        let sorted = totals.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        return abs(value - median) > 20
    }

    /// Sorted by mean (then fewer reviews last, then id); funded in rank order while the call's
    /// budget lasts: the first application that no longer fits, or has no review yet, marks the
    /// cut-off. Budget fit is its own fact (`withinBudget`): the requests of this and every
    /// higher-ranked application not refused funding, against the call's total budget — an
    /// application without reviews is below the cut-off but not "beyond the budget".
    public static func rank(_ items: [(id: UUID, title: String, budget: Int, state: String, totals: [Double])], budget: Int) -> [RankingRow] {
        let scored = items.map { item -> (item: (id: UUID, title: String, budget: Int, state: String, totals: [Double]), mean: Double) in
            (item, item.totals.isEmpty ? 0 : item.totals.reduce(0, +) / Double(item.totals.count))
        }
        .sorted { ($0.mean, $0.item.totals.count, $1.item.id.uuidString) > ($1.mean, $1.item.totals.count, $0.item.id.uuidString) }
        var cumulative = 0
        var overflowed = false
        var open = true
        return scored.map { entry in
            let totals = entry.item.totals
            let spread: Double = totals.count < 2 ? 0 : sqrt(totals.reduce(0) { $0 + ($1 - entry.mean) * ($1 - entry.mean) } / Double(totals.count - 1))
            let outliers = totals.filter { isOutlier($0, among: totals) }
            // Overflow-safe even for rows older than the amount bounds: a negative request never fits,
            // a sum past Int.max stops there (and fits no budget).
            let request = entry.item.budget
            if entry.item.state != "not_funded" {
                let (sum, overflow) = cumulative.addingReportingOverflow(max(request, 0))
                cumulative = overflow ? Int.max : sum
                overflowed = overflowed || overflow
            }
            let withinBudget = request >= 0 && !overflowed && cumulative <= budget
            let fits = open && !totals.isEmpty && withinBudget
            if !fits { open = false }
            return RankingRow(applicationID: entry.item.id, title: entry.item.title, budget: request, reviews: totals.count,
                              mean: entry.mean, spread: spread, outliers: outliers, aboveCutoff: fits, state: entry.item.state,
                              cumulativeRequest: cumulative, withinBudget: withinBudget)
        }
    }
}

