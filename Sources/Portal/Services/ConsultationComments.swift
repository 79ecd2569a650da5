import FluentKit
import Foundation
import Identity
import KechuangCore
import Policy
import Storage

/// Comments, moderation, the response report and adoption into the policy library.
extension Consultations {
    static let commentEntity = "consultation_comment"

    /// A comment on the whole text (`articleLabel` empty) or one article, for oneself or on behalf
    /// of an organisation one belongs to. Outside the comment period it is refused citing Art. 58,
    /// and the refusal is audited.
    public func comment(on id: Consultation.ID, _ input: ConsultationCommentInput, by person: Person) async throws -> ConsultationComment {
        let consultation = try await find(id, as: person)
        let at = now()
        switch consultation.phase(at: at) {
        case .open: break
        case .draft:
            throw DomainError.forbidden(ConsultationRules.Refusal.notPublished, basis: .art(58))
        case .upcoming:
            try await audit(person, "consultation.comment_refused", id, ConsultationRules.Refusal.notOpenYet.en, at: at)
            throw DomainError.forbidden(ConsultationRules.Refusal.notOpenYet, basis: .art(58))
        case .closed, .reported:
            try await audit(person, "consultation.comment_refused", id, ConsultationRules.Refusal.closed.en, at: at)
            throw DomainError.forbidden(ConsultationRules.Refusal.closed, basis: .art(58))
        }
        var errors = ConsultationRules.comment.violations(of: input, at: at)
        let label = input.articleLabel.filter { !$0.isWhitespace }
        if !label.isEmpty, consultation.structure.article(label) == nil {
            errors.append(FieldError(field: "article", rule: "consultation.comment.article", message: ConsultationRules.Refusal.unknownArticle, basis: .art(58)))
        }
        var organisationName: String?
        if let organisation = input.organisationID {
            guard let membership = ConsultationAccess.organisations(of: person).first(where: { $0.id == organisation }) else {
                errors.append(FieldError(field: "on_behalf", rule: "consultation.comment.organisation", message: ConsultationRules.Refusal.notAMember, basis: .art(58)))
                throw DomainError.validation(errors)
            }
            organisationName = membership.name.isEmpty ? try await Organisations(db: db, now: now).find(Organisation.ID(organisation)).nameZh : membership.name
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return try await withWriteTransaction(on: db) { [organisationName] tx in
            let row = ConsultationCommentRecord()
            row.id = UUID()
            row.consultationID = id.rawValue
            row.authorID = person.id
            row.organisationID = input.organisationID
            row.organisationName = organisationName
            row.articleLabel = label.isEmpty ? nil : label
            row.body = Self.trimmed(input.text)
            row.createdAt = at
            row.version = 1
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "consultation.commented", objectType: Self.entity, objectID: id.rawValue.uuidString,
                summary: "comment \((try row.requireID()).uuidString) on \(row.articleLabel ?? "the whole text")" + (organisationName.map { " for \($0)" } ?? ""),
                basis: .art(58)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Every comment on a consultation, oldest first, hidden ones included (pages show their
    /// reason, never their text).
    public func comments(of id: Consultation.ID) async throws -> [ConsultationComment] {
        try await ConsultationCommentRecord.query(on: db).filter(\.$consultationID == id.rawValue)
            .sort(\.$createdAt).sort(\.$id).all().map { try $0.toDomain() }
    }

    /// A comment and its consultation, for an officer.
    public func findComment(_ id: ConsultationComment.ID, as person: Person) async throws -> (ConsultationComment, Consultation) {
        try Self.requireOfficer(person)
        guard let row = try await ConsultationCommentRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: Self.commentEntity) }
        let comment = try row.toDomain()
        return (comment, try await find(comment.consultationID, as: person))
    }

    /// Hides a comment with a reason shown in its place (moderation); the text stays stored.
    public func hide(_ id: ConsultationComment.ID, reason: String, by person: Person) async throws -> ConsultationComment {
        let (comment, consultation) = try await findComment(id, as: person)
        let at = now()
        guard !Self.trimmed(reason).isEmpty else {
            throw DomainError.validation([FieldError(field: "hidden_reason", rule: "consultation.hide.reason", message: ConsultationRules.Refusal.hideReasonRequired, basis: .art(58))])
        }
        guard consultation.state != .reported else { throw DomainError.forbidden(ConsultationRules.Refusal.responseAfterClosing, basis: .art(58)) }
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ConsultationCommentRecord.schema, id: id.rawValue, expectedVersion: comment.version, entity: Self.commentEntity, on: tx) {
                $0.set("hidden_reason", to: Self.trimmed(reason)).set("hidden_by", to: person.id).set("hidden_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "consultation.comment_hidden", objectType: Self.entity,
                                                   objectID: consultation.id.rawValue.uuidString,
                                                   summary: "comment \(id.rawValue.uuidString) hidden: \(Self.trimmed(reason))", basis: .art(58)), on: tx, at: at)
            guard let row = try await ConsultationCommentRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: Self.commentEntity) }
            return try row.toDomain()
        }
    }

    /// Answers a comment: adopted, partly adopted or not adopted, with the reason. After the
    /// closing day and before the report is published (Art. 58).
    public func respond(_ id: ConsultationComment.ID, _ response: ConsultationResponse?, reason: String, by person: Person) async throws -> ConsultationComment {
        let (comment, consultation) = try await findComment(id, as: person)
        let at = now()
        guard consultation.phase(at: at) == .closed else { throw DomainError.forbidden(ConsultationRules.Refusal.responseAfterClosing, basis: .art(58)) }
        var errors: [FieldError] = []
        if response == nil {
            errors.append(FieldError(field: "response", rule: "consultation.response.required", message: ConsultationRules.Refusal.responseRequired, basis: .art(58)))
        }
        if Self.trimmed(reason).isEmpty {
            errors.append(FieldError(field: "response_reason", rule: "consultation.response.reason", message: ConsultationRules.Refusal.reasonRequired, basis: .art(58)))
        }
        guard let response, errors.isEmpty else { throw DomainError.validation(errors) }
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ConsultationCommentRecord.schema, id: id.rawValue, expectedVersion: comment.version, entity: Self.commentEntity, on: tx) {
                $0.set("response", to: response.rawValue).set("response_reason", to: Self.trimmed(reason))
                    .set("responded_by", to: person.id).set("responded_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "consultation.comment_answered", objectType: Self.entity,
                                                   objectID: consultation.id.rawValue.uuidString,
                                                   summary: "comment \(id.rawValue.uuidString): \(response.rawValue)", basis: .art(58)), on: tx, at: at)
            guard let row = try await ConsultationCommentRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: Self.commentEntity) }
            return try row.toDomain()
        }
    }

    /// Publishes the response report. Refused before the closing day has passed and while any
    /// visible comment has no response (Art. 58); both refusals are audited.
    public func publishReport(_ id: Consultation.ID, summaryZh: String, summaryEn: String, by person: Person) async throws -> Consultation {
        try Self.requireOfficer(person)
        let consultation = try await find(id, as: person)
        let at = now()
        let phase = consultation.phase(at: at)
        guard phase != .reported else { throw DomainError.forbidden(ConsultationRules.Refusal.responseAfterClosing, basis: .art(58)) }
        guard phase == .closed else {
            try await audit(person, "consultation.report_refused", id, ConsultationRules.Refusal.reportBeforeClosing.en, at: at)
            throw DomainError.forbidden(ConsultationRules.Refusal.reportBeforeClosing, basis: .art(58))
        }
        var errors: [FieldError] = []
        if Self.trimmed(summaryZh).isEmpty {
            errors.append(FieldError(field: "report_zh", rule: "consultation.report.summary", message: ConsultationRules.Refusal.reportRequired, basis: .art(58)))
        }
        let unanswered = try await comments(of: id).filter(\.needsResponse)
        if !unanswered.isEmpty {
            errors.append(FieldError(field: "comments", rule: "consultation.report.complete", message: ConsultationRules.Refusal.unanswered, basis: .art(58)))
            try await audit(person, "consultation.report_refused", id, "\(unanswered.count) comments without a response", at: at)
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ConsultationRecord.schema, id: id.rawValue, expectedVersion: consultation.version, entity: Self.entity, on: tx) {
                $0.set("state", to: ConsultationState.reported.rawValue).set("report_zh", to: Self.trimmed(summaryZh))
                    .set("report_en", to: Self.optional(summaryEn)).set("reported_at", to: at).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "consultation.report_published", objectType: Self.entity,
                                                   objectID: id.rawValue.uuidString, summary: consultation.titleZh, basis: .art(58)), on: tx, at: at)
            return try await Self.load(id, on: tx)
        }
    }

    /// The library id an adopted consultation's policy gets.
    public static func policyID(of id: Consultation.ID) -> String { "consultation-" + id.rawValue.uuidString.lowercased().prefix(8) }

    /// An adopted implementing policy enters the policy library (Art. 75) through the library's
    /// own import (`PolicyLibrary.importText`), as a normative document of Beijing issued on `issuedOn`.
    public func adopt(_ id: Consultation.ID, issuedOn: String, by person: Person) async throws -> Consultation {
        try Self.requireOfficer(person)
        let consultation = try await find(id, as: person)
        guard consultation.kind == .policy, consultation.state == .reported else {
            throw DomainError.forbidden(ConsultationRules.Refusal.adoptPolicyOnly, basis: .art(75))
        }
        guard consultation.adoptedPolicyID == nil else { throw DomainError.forbidden(ConsultationRules.Refusal.alreadyAdopted, basis: .art(75)) }
        guard let day = BeijingDay(parsing: issuedOn.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.validation([FieldError(field: "issued_on", rule: "consultation.adopt.date", message: ConsultationRules.Refusal.adoptDate, basis: .art(75))])
        }
        let policyID = Self.policyID(of: id)
        try await PolicyLibrary(db: db, now: now).importText(PolicySource(
            externalID: policyID, title: consultation.titleZh, titleEn: consultation.titleEn, issuer: consultation.department,
            level: .normativeDocument, region: "北京", date: day.description, effectiveDate: day.description, text: consultation.text), actor: person.auditActor)
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ConsultationRecord.schema, id: id.rawValue, expectedVersion: consultation.version, entity: Self.entity, on: tx) {
                $0.set("adopted_policy_id", to: policyID).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "consultation.adopted", objectType: Self.entity, objectID: id.rawValue.uuidString,
                                                   summary: "\(consultation.titleZh) → policy \(policyID)", basis: .art(75)), on: tx, at: at)
            return try await Self.load(id, on: tx)
        }
    }
}
