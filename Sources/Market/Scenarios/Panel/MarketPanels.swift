import FluentKit
import Foundation
import Identity
import KechuangCore
import Review
import Storage

/// The adapter between Market and expert review: panels for solutions and certification
/// applications are chosen by Review's `PanelAssignment` (the same pool, conflicts computed from
/// platform data, the integrity restriction on review duty, affinity, the exact solver) and
/// reviewed on the proposals' form (`Reviews.checkForm`, `Criterion`, `Ranking.total`). Nothing of
/// the assignment is copied here: this stores what it is given.
public struct MarketPanels: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// What the panel reviews: who is behind it (for conflicts) and what it is about (for affinity).
    public struct Facts: Sendable {
        public let title: String
        public let text: String
        public let discipline: String
        public let people: Set<String>
        public let organisations: Set<UUID>
    }

    public static let reviewerRange = 1...5

    /// Chooses `k` experts for the subject; replaces an earlier panel nobody has scored yet.
    /// Infeasible (too few experts without conflicts) is a field error on `reviewers` citing Art. 29.
    func assign(_ subject: MarketPanel.Subject, facts: Facts, reviewers k: Int, by officer: Person) async throws -> (MarketPanel, [PanelReview]) {
        guard Self.reviewerRange.contains(k) else {
            throw DomainError.validation([FieldError(field: "reviewers", rule: "market.panel.size",
                message: LocalizedText(zh: "每项请选 1 到 5 位专家", en: "Choose 1 to 5 experts for each"), basis: .art(29))])
        }
        if try await PanelReviewRecord.query(on: db).filter(\.$subjectKind == subject.kind.rawValue).filter(\.$subjectID == subject.id)
            .filter(\.$submittedAt != nil).first() != nil {
            throw DomainError.validation([FieldError(field: "reviewers", rule: "market.panel.scored",
                message: LocalizedText(zh: "已有专家提交评审意见，不能重新选择专家", en: "An expert has reviewed already: the panel no longer changes"), basis: .art(29))])
        }
        let at = now()
        let result = try await PanelAssignment(db: db, now: now).assign(
            [PanelAssignment.Subject(id: subject.id, title: facts.title, text: facts.text, discipline: facts.discipline,
                                     people: facts.people, organisations: facts.organisations)],
            reviewersPerSubject: k, maxLoad: 50, until: at.addingTimeInterval(30 * 86_400), recentProjects: [],
            organisationTypes: nil, field: "reviewers")
        let names = Dictionary(try await ExpertPool(db: db, now: now).list().map { ($0.personID, $0.name) }, uniquingKeysWith: { a, _ in a })
        let excluded = result.exclusions.map {
            MarketPanel.Excluded(expertID: $0.expertID, expertName: names[$0.expertID] ?? "", reason: $0.reason.rawValue, detail: $0.detail)
        }
        let exclusionsJSON = try MarketJSON.encode(excluded)
        return try await withWriteTransaction(on: db) { tx in
            try await PanelReviewRecord.query(on: tx).filter(\.$subjectKind == subject.kind.rawValue).filter(\.$subjectID == subject.id).delete()
            try await PanelRecord.query(on: tx).filter(\.$subjectKind == subject.kind.rawValue).filter(\.$subjectID == subject.id).delete()
            let panel = PanelRecord()
            panel.id = UUID()
            panel.subjectKind = subject.kind.rawValue
            panel.subjectID = subject.id
            panel.reviewers = k
            panel.candidates = result.candidates
            panel.objective = result.objective
            panel.exclusionsJSON = exclusionsJSON
            panel.assignedBy = officer.id
            panel.assignedAt = at
            try await panel.create(on: tx)
            for pair in result.pairs {
                let row = PanelReviewRecord()
                row.id = UUID()
                row.subjectKind = subject.kind.rawValue
                row.subjectID = subject.id
                row.expertID = pair.expertID
                row.expertName = pair.expertName
                row.affinity = pair.affinity
                row.scoresJSON = "{}"
                row.comment = ""
                row.createdAt = at
                try await row.create(on: tx)
            }
            var byReason: [String: Int] = [:]
            for e in result.exclusions { byReason[e.reason.rawValue, default: 0] += 1 }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "market.panel.assigned", objectType: subject.kind.rawValue, objectID: subject.id.uuidString,
                summary: "\(result.pairs.count) of \(result.candidates) experts; excluded "
                    + byReason.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "), basis: .art(29)), on: tx, at: at)
            return (try panel.toDomain(), try await Self.reviews(of: subject, on: tx))
        }
    }

    public func panel(of subject: MarketPanel.Subject) async throws -> MarketPanel? {
        try await PanelRecord.query(on: db).filter(\.$subjectKind == subject.kind.rawValue).filter(\.$subjectID == subject.id).first()?.toDomain()
    }

    public func reviews(of subject: MarketPanel.Subject) async throws -> [PanelReview] {
        try await Self.reviews(of: subject, on: db)
    }

    static func reviews(of subject: MarketPanel.Subject, on db: any Database) async throws -> [PanelReview] {
        try await PanelReviewRecord.query(on: db).filter(\.$subjectKind == subject.kind.rawValue).filter(\.$subjectID == subject.id).all()
            .map { try $0.toDomain() }.sorted { ($0.affinity, $1.expertName) > ($1.affinity, $0.expertName) }
    }

    /// Whether `person` sits on the subject's panel.
    func isOnPanel(_ person: UUID, _ subject: MarketPanel.Subject) async throws -> Bool {
        try await PanelReviewRecord.query(on: db).filter(\.$subjectKind == subject.kind.rawValue).filter(\.$subjectID == subject.id)
            .filter(\.$expertID == person).first() != nil
    }

    /// The expert's own places on panels, newest first.
    public func assignments(of expert: Person) async throws -> [PanelReview] {
        try await PanelReviewRecord.query(on: db).filter(\.$expertID == expert.id).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    /// One place on a panel, for its expert only (anyone else: not found).
    public func review(_ id: PanelReview.ID, as expert: Person) async throws -> PanelReview {
        guard let row = try await PanelReviewRecord.find(id.rawValue, on: db), row.expertID == expert.id else {
            throw DomainError.notFound(entity: "panel review")
        }
        return try row.toDomain()
    }

    /// The expert submits the review form (the proposals' form and its check); once only.
    public func submit(_ id: PanelReview.ID, _ input: ReviewInput, by expert: Person) async throws -> PanelReview {
        let current = try await review(id, as: expert)
        guard current.submittedAt == nil else {
            throw DomainError.validation([FieldError(field: "comment", rule: "market.review.submitted",
                message: LocalizedText(zh: "评审意见已提交", en: "The review is submitted already"))])
        }
        let scores = try Reviews.checkForm(input, criteria: MarketPanel.criteria(current.subject.kind))
        let at = now()
        let scoresJSON = try MarketJSON.encode(scores)
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await PanelReviewRecord.find(id.rawValue, on: tx), row.submittedAt == nil else { throw DomainError.staleVersion(entity: "panel review") }
            row.scoresJSON = scoresJSON
            row.comment = input.comment
            row.submittedAt = at
            try await row.update(on: tx)
            let review = try row.toDomain()
            try await AuditChain.append(AuditEvent(
                actor: expert, action: "market.review.submitted", objectType: current.subject.kind.rawValue, objectID: current.subject.id.uuidString,
                summary: "total \(String(format: "%.1f", review.total ?? 0)); declarations of confidentiality and no conflict made", basis: .art(29)), on: tx, at: at)
            return review
        }
    }
}
