import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

/// New technology / product / service and first (set) equipment recognition (Art. 34): an
/// organisation applies with evidence for each criterion of its kind; an organisation under an
/// integrity restriction on government procurement is refused (Art. 60) — recognition opens first
/// purchase by government (Art. 34(3)); an expert panel reviews with the proposals' machinery; the
/// department recognises it (a numbered certificate with its validity) or not, and may revoke it.
public struct Certifications: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "certification"
    var panels: MarketPanels { MarketPanels(db: db, now: now) }

    public func apply(_ input: CertificationInput, by person: Person) async throws -> CertificationApplication {
        let at = now()
        var errors = CertificationRules.application.violations(of: input, at: at)
        if let kind = input.kind {
            for criterion in CertificationCriteria.criteria(for: kind) where (input.evidence[criterion.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                errors.append(FieldError(field: "evidence_\(criterion.id)", rule: "certification.criterion.\(criterion.id)", message: LocalizedText(
                    zh: "请就“\(criterion.text.zh)”提供证明", en: "Give evidence for “\(criterion.text.en)”"), basis: criterion.basis))
            }
        }
        if let org = input.organisationID, !MarketAccess.maySubmit(MarketAccess.Viewer(person), for: org) {
            errors.append(FieldError(field: "organisation_id", rule: "certification.organisation.member",
                message: LocalizedText(zh: "只能以本人任职的单位名义申请", en: "Apply for an organisation you work for")))
        }
        if errors.isEmpty, let org = input.organisationID {
            errors += try await procurementCheck(org)
        }
        if !errors.isEmpty { throw try await MarketRefusals.refuse(errors, by: person, objectType: Self.objectType, objectID: input.organisationID ?? person.id, on: db, at: at) }
        guard let kind = input.kind, let organisationID = input.organisationID else { throw DomainError.notFound(entity: "organisation") }
        let organisation = try await Directory(db: db).organisation(organisationID)
        let evidence = Dictionary(uniqueKeysWithValues: CertificationCriteria.criteria(for: kind).map { ($0.id, input.evidence[$0.id] ?? "") })
        let evidenceJSON = try MarketJSON.encode(evidence)
        return try await withWriteTransaction(on: db) { tx in
            let row = CertificationApplicationRecord()
            row.id = UUID()
            row.kind = kind.rawValue
            row.organisationID = organisationID
            row.applicantID = person.id
            row.name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
            row.description = input.description
            row.discipline = input.discipline.trimmingCharacters(in: .whitespaces).uppercased()
            row.evidenceJSON = evidenceJSON
            row.state = CertificationState.submitted.rawValue
            row.decisionReason = ""
            row.revocationReason = ""
            row.submittedAt = at
            row.version = 1
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.certification.applied", objectType: Self.objectType,
                objectID: try row.requireID().uuidString, summary: "\(kind.rawValue): \(row.name) (\(organisation.nameZh))", basis: .art(34, 2)), on: tx, at: at)
            return try row.toDomain(organisationName: organisation.nameZh)
        }
    }

    /// The integrity check on government procurement for the organisation (Art. 60): today's
    /// records, through Integrity's one check. A field error citing Art. 60 when restricted.
    func procurementCheck(_ organisation: UUID) async throws -> [FieldError] {
        let decision = try await IntegrityService(db: db, now: now).check([.organisation(organisation)], .procurement, at: now())
        return decision.isAllowed ? [] : [FieldError(field: "organisation_id", rule: "certification.integrity.procurement", message: decision.reason, basis: decision.basis)]
    }

    // MARK: Reading

    func load(_ row: CertificationApplicationRecord) async throws -> CertificationApplication {
        try row.toDomain(organisationName: try await Directory(db: db).organisation(row.organisationID).nameZh)
    }

    public func find(_ id: CertificationApplication.ID, as viewer: Person) async throws -> CertificationApplication {
        guard let row = try await CertificationApplicationRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "certification application") }
        let application = try await load(row)
        let onPanel = try await panels.isOnPanel(viewer.id, .init(kind: .certification, id: id.rawValue))
        guard MarketAccess.mayViewCertification(MarketAccess.Viewer(viewer), applicant: application.applicantID, organisation: application.organisationID,
                                                onPanel: onPanel) else { throw DomainError.notFound(entity: "certification application") }
        return application
    }

    /// Every application, newest first (departments).
    public func all(as person: Person) async throws -> [CertificationApplication] {
        guard MarketAccess.mayManageCertification(MarketAccess.Viewer(person)) else { return [] }
        var out: [CertificationApplication] = []
        for row in try await CertificationApplicationRecord.query(on: db).sort(\.$submittedAt, .descending).all() { out.append(try await load(row)) }
        return out
    }

    /// The person's and their organisations' applications.
    public func mine(_ person: Person) async throws -> [CertificationApplication] {
        let orgs = Array(MarketAccess.Viewer(person).actsFor)
        var out: [CertificationApplication] = []
        let query = CertificationApplicationRecord.query(on: db)
        if orgs.isEmpty {
            query.filter(\.$applicantID == person.id)
        } else {
            query.group(.or) { $0.filter(\.$applicantID == person.id).filter(\.$organisationID ~~ orgs) }
        }
        for row in try await query.sort(\.$submittedAt, .descending).all() { out.append(try await load(row)) }
        return out
    }

    /// The public list: every certificate issued, in force, expired or revoked (with the reason).
    public func certificates() async throws -> [CertificationApplication] {
        var out: [CertificationApplication] = []
        for row in try await CertificationApplicationRecord.query(on: db).filter(\.$certificateNumber != nil).sort(\.$certificateNumber, .descending).all() {
            out.append(try await load(row))
        }
        return out
    }

    // MARK: Department

    func managed(_ id: CertificationApplication.ID, by person: Person) async throws -> CertificationApplication {
        let application = try await find(id, as: person)
        guard MarketAccess.mayManageCertification(MarketAccess.Viewer(person)) else { throw DomainError.notFound(entity: "certification application") }
        return application
    }

    public func assignPanel(_ id: CertificationApplication.ID, reviewers k: Int, by person: Person) async throws -> (MarketPanel, [PanelReview]) {
        let application = try await managed(id, by: person)
        guard [.submitted, .reviewing].contains(application.state) else {
            throw DomainError.validation([FieldError(field: "reviewers", rule: "certification.decided",
                message: LocalizedText(zh: "申请已有结论", en: "The application is decided"), basis: .art(34, 2))])
        }
        let applicant = try await Directory(db: db).person(application.applicantID)
        let facts = MarketPanels.Facts(title: application.name, text: [application.name, application.description].joined(separator: "\n"),
                                       discipline: application.discipline, people: [applicant.email],
                                       organisations: Set([application.organisationID] + applicant.memberships.compactMap(\.organisationID)))
        let result = try await panels.assign(.init(kind: .certification, id: id.rawValue), facts: facts, reviewers: k, by: person)
        try await update(id, by: person, action: nil, summary: "", basis: .art(34, 2)) { $0.state = CertificationState.reviewing.rawValue }
        return result
    }

    /// Recognises the application (a numbered certificate valid from today for the kind's years;
    /// the procurement restriction is checked again) or not; either way with the reason.
    public func decide(_ id: CertificationApplication.ID, certify: Bool, reason: String, by person: Person) async throws -> CertificationApplication {
        let application = try await managed(id, by: person)
        let at = now()
        var errors: [FieldError] = []
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).count < CertificationRules.minimumReason {
            errors.append(FieldError(field: "reason", rule: CertificationRules.reason.id, message: CertificationRules.reason.message, basis: .art(34, 2)))
        }
        if ![.submitted, .reviewing].contains(application.state) {
            errors.append(FieldError(field: "reason", rule: "certification.decided", message: LocalizedText(zh: "申请已有结论", en: "The application is decided already")))
        }
        if certify && errors.isEmpty { errors += try await procurementCheck(application.organisationID) }
        if !errors.isEmpty { throw try await MarketRefusals.refuse(errors, by: person, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at) }
        let today = BeijingDay(containing: at)
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try await update(id, by: person, action: certify ? "market.certification.certified" : "market.certification.refused", summary: trimmed, basis: .art(34, 2)) { row, tx in
            row.decisionReason = trimmed
            row.decidedAt = at
            if certify {
                let prefix = "BJ-\(application.kind.code)-\(today.year)-"
                let issued = try await CertificationApplicationRecord.query(on: tx).filter(\.$kind == application.kind.rawValue).filter(\.$certificateNumber != nil)
                    .all().filter { $0.certificateNumber?.hasPrefix(prefix) == true }.count
                row.certificateNumber = prefix + String(format: "%04d", issued + 1)
                row.validFrom = today.description
                row.validUntil = (BeijingDay(year: today.year + application.kind.validityYears, month: today.month, day: min(today.day, 28)) ?? today).description
                row.state = CertificationState.certified.rawValue
            } else {
                row.state = CertificationState.refused.rawValue
            }
        }
        return try await find(id, as: person)
    }

    /// Revokes a certificate, with the reason (shown on the public list).
    public func revoke(_ id: CertificationApplication.ID, reason: String, by person: Person) async throws -> CertificationApplication {
        let application = try await managed(id, by: person)
        let at = now()
        var errors: [FieldError] = []
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).count < CertificationRules.minimumReason {
            errors.append(FieldError(field: "revocation_reason", rule: CertificationRules.revocation.id, message: CertificationRules.revocation.message, basis: .art(34, 2)))
        }
        if application.state != .certified {
            errors.append(FieldError(field: "revocation_reason", rule: "certification.revoke.state", message: LocalizedText(zh: "只能撤销有效的认定", en: "Only a recognition in force can be revoked")))
        }
        if !errors.isEmpty { throw try await MarketRefusals.refuse(errors, by: person, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at) }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try await update(id, by: person, action: "market.certification.revoked", summary: "\(application.certificateNumber ?? ""): \(trimmed)", basis: .art(34, 2)) { row, _ in
            row.state = CertificationState.revoked.rawValue
            row.revokedAt = at
            row.revocationReason = trimmed
        }
        return try await find(id, as: person)
    }

    private func update(_ id: CertificationApplication.ID, by person: Person, action: String?, summary: String, basis: LegalBasis,
                        _ change: @escaping @Sendable (CertificationApplicationRecord) -> Void) async throws {
        try await update(id, by: person, action: action, summary: summary, basis: basis) { row, _ in change(row) }
    }

    private func update(_ id: CertificationApplication.ID, by person: Person, action: String?, summary: String, basis: LegalBasis,
                        _ change: @escaping @Sendable (CertificationApplicationRecord, any Database) async throws -> Void) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let row = try await CertificationApplicationRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "certification application") }
            try await change(row, tx)
            row.version += 1
            try await row.update(on: tx)
            if let action {
                try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: Self.objectType, objectID: id.uuidString,
                                                       summary: summary, basis: basis), on: tx, at: at)
            }
        }
    }
}
