import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The registry of institutions' ethics committees and their review decisions (Art. 61), and the
/// one check of an approval an application cites (`check`), used at submission and at award.
public struct EthicsRegistry: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectCommittee = "ethics_committee"
    static let objectApproval = "ethics_approval"

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func notAllowed() -> DomainError {
        .forbidden(LocalizedText(zh: "只有该单位的科研管理部门或科研诚信专员可以登记其科技伦理审查委员会及审查决定（第六十一条第二款）",
                                 en: "Only the institution's research office or an integrity officer registers its ethics committees and decisions (Art. 61(2))"),
                   basis: .art(61, 2))
    }

    // MARK: Committees

    public func registerCommittee(_ input: EthicsCommitteeInput, by person: Person) async throws -> EthicsCommittee {
        let at = now()
        try EthicsRules.committee.validate(input, at: at)
        guard let organisation = input.organisationID else { throw DomainError.notFound(entity: "organisation") }
        guard EthicsAccess.mayManage(EthicsAccess.Viewer(person), organisation: organisation) else { throw Self.notAllowed() }
        let org = try await Organisations(db: db).find(Organisation.ID(organisation))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let members = String(decoding: try encoder.encode(input.members), as: UTF8.self)
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = EthicsCommitteeRecord()
                row.id = UUID()
                row.organisationID = organisation
                row.nameZh = Self.trimmed(input.nameZh)
                row.nameEn = Self.trimmed(input.nameEn)
                row.registrationNumber = Self.trimmed(input.registrationNumber)
                row.registrationDate = (input.registrationDate ?? BeijingDay(containing: at)).description
                row.scopes = input.scopes.sorted().map(\.rawValue).joined(separator: ",")
                row.membersJSON = members
                row.createdBy = person.id
                row.createdAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "ethics.committee_registered", objectType: Self.objectCommittee, objectID: try row.requireID().uuidString,
                    summary: "\(row.registrationNumber) · \(row.nameZh) · \(org.nameZh) · \(row.scopes)", basis: .art(61, 2)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: "registration_number", message: LocalizedText(zh: "该登记编号已登记", en: "This registration number is already registered"))
        }
    }

    /// Every committee, by institution and number (public).
    public func committees() async throws -> [EthicsCommittee] {
        try await EthicsCommitteeRecord.query(on: db).sort(\.$organisationID).sort(\.$registrationNumber).all().map { try $0.toDomain() }
    }

    public func committee(_ id: EthicsCommittee.ID) async throws -> EthicsCommittee {
        guard let row = try await EthicsCommitteeRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: Self.objectCommittee) }
        return try row.toDomain()
    }

    /// Committees whose decisions `person` may register.
    public func committees(managedBy person: Person) async throws -> [EthicsCommittee] {
        let viewer = EthicsAccess.Viewer(person)
        return try await committees().filter { EthicsAccess.mayManage(viewer, organisation: $0.organisationID) }
    }

    // MARK: Decisions

    public func recordApproval(_ input: EthicsApprovalInput, by person: Person) async throws -> EthicsApproval {
        let at = now()
        try EthicsRules.approval.validate(input, at: at)
        guard let committeeID = input.committeeID else { throw DomainError.notFound(entity: Self.objectCommittee) }
        let committee = try await self.committee(EthicsCommittee.ID(committeeID))
        guard EthicsAccess.may(.change, EthicsAccess.Viewer(person), approvalOf: committee.organisationID) else { throw Self.notAllowed() }
        var scoped = input
        scoped.committeeScopes = Set(committee.scopes)
        try EthicsRules.approval.validate(scoped, at: at)
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = EthicsApprovalRecord()
                row.id = UUID()
                row.committeeID = committeeID
                row.approvalNumber = Self.trimmed(input.approvalNumber)
                row.projectTitle = Self.trimmed(input.projectTitle)
                row.decisionDate = (input.decisionDate ?? BeijingDay(containing: at)).description
                row.scopes = input.scopes.sorted().map(\.rawValue).joined(separator: ",")
                row.validFrom = (input.validFrom ?? BeijingDay(containing: at)).description
                row.validUntil = (input.validUntil ?? BeijingDay(containing: at)).description
                row.highRisk = input.highRiskActivities.sorted().joined(separator: ",")
                row.expertReviewJSON = nil
                row.createdBy = person.id
                row.createdAt = at
                row.version = 1
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "ethics.approval_recorded", objectType: Self.objectApproval, objectID: try row.requireID().uuidString,
                    summary: "\(row.approvalNumber) · \(committee.registrationNumber) · \(row.scopes) · \(row.validFrom)–\(row.validUntil)"
                        + (row.highRisk.isEmpty ? "" : " · 高风险 high-risk: \(row.highRisk)"),
                    basis: .art(61)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: "approval_number", message: LocalizedText(zh: "该批件编号已登记", en: "This approval number is already registered"))
        }
    }

    /// Records the expert re-review of a decision on a listed high-risk activity (Art. 61).
    public func recordExpertReview(_ id: EthicsApproval.ID, _ review: EthicsExpertReview, by person: Person) async throws -> EthicsApproval {
        let at = now()
        let approval = try await self.approval(id, as: person, for: .change)
        try EthicsRules.expertReview.validate(review, at: at)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(review), as: UTF8.self)
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await EthicsApprovalRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: Self.objectApproval) }
            row.expertReviewJSON = json
            row.version += 1
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "ethics.expert_review_recorded", objectType: Self.objectApproval, objectID: id.rawValue.uuidString,
                summary: "\(approval.approvalNumber) · \(review.reviewedOn) · \(review.body) · " + (review.approved ? "通过 approved" : "不通过 not approved"),
                basis: .art(61)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// One decision, if `person` may see (or change) it; otherwise it does not exist for them.
    public func approval(_ id: EthicsApproval.ID, as person: Person, for action: EthicsAccess.Action = .view) async throws -> EthicsApproval {
        guard let row = try await EthicsApprovalRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: Self.objectApproval) }
        let approval = try row.toDomain()
        let committee = try await self.committee(approval.committeeID)
        guard EthicsAccess.may(action, EthicsAccess.Viewer(person), approvalOf: committee.organisationID) else {
            throw DomainError.notFound(entity: Self.objectApproval)
        }
        return approval
    }

    /// The decisions `person` may see, newest first.
    public func approvals(visibleTo person: Person) async throws -> [EthicsApproval] {
        let viewer = EthicsAccess.Viewer(person)
        let organisations = Dictionary(uniqueKeysWithValues: try await committees().map { ($0.id, $0.organisationID) })
        return try await EthicsApprovalRecord.query(on: db).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
            .filter { organisations[$0.committeeID].map { EthicsAccess.may(.view, viewer, approvalOf: $0) } ?? false }
    }

    // MARK: The check

    /// Checks the approval an application cites for the scopes it declares (`areas`, as stored:
    /// `human`, `animal`, `ai`, `other`), against the applying institution, on the date. Every
    /// failure is a field error on `ethics` citing Art. 61; a registry row that cannot be read,
    /// or a declared area nobody knows, denies.
    public func check(approvalNumber: String, areas: Set<String>, institutions: Set<UUID>, at: Date, stage: EthicsCheckStage) async throws -> [FieldError] {
        let declared = Set(areas.compactMap(EthicsScope.init(rawValue:)))
        var facts = EthicsCheckFacts(declared: declared, unknownDeclared: declared.count != areas.count, approvalNumber: approvalNumber,
                                     approval: nil, committee: nil, unreadable: false, institutions: institutions,
                                     day: BeijingDay(containing: at), stage: stage)
        let number = Self.trimmed(approvalNumber)
        if !number.isEmpty, let row = try await EthicsApprovalRecord.query(on: db).filter(\.$approvalNumber == number).first() {
            do {
                let approval = try row.toDomain()
                guard let committee = try await EthicsCommitteeRecord.find(approval.committeeID.rawValue, on: db) else {
                    throw StoredDataError(table: EthicsApprovalRecord.schema, id: row.id?.uuidString ?? "", column: "committee_id", reason: "no such committee")
                }
                facts.committee = try committee.toDomain()
                facts.approval = approval
            } catch let error as StoredDataError {
                // Fail closed (Art. 61): an approval that cannot be read is not an approval.
                db.logger.error("ethics check denied: \(error)")
                facts.unreadable = true
                facts.committee = nil
                facts.approval = nil
            }
        }
        return EthicsRules.check.violations(of: facts, at: at)
    }
}
