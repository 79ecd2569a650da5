import Foundation
import Identity
import Integrity
import KechuangCore
import Storage
import Vapor

/// The record form's fields, by name, and how they become an `IntegrityRecordInput`.
enum IntegrityForm {
    static let yes = "yes"
    static let dateFields = ["decision_date", "restricted_from", "restricted_until", "publish_from", "publish_until"]

    static func subjectValue(_ subject: IntegritySubject) -> String { "\(subject.kind):\(subject.id.uuidString.lowercased())" }

    static func values(_ r: IntegrityRecord) -> [String: String] {
        var v: [String: String] = [
            "subject": subjectValue(r.subject), "finding": r.finding.rawValue, "description": r.description, "deciding_body": r.decidingBody,
            "document_number": r.documentNumber, "decision_date": BeijingDay.format(r.decisionDate), "legal_basis": r.legalBasis,
            "restricted_from": BeijingDay.format(r.restrictedFrom), "restricted_until": BeijingDay.format(r.restrictedUntil),
            "publish_from": BeijingDay.format(r.publishFrom), "publish_until": BeijingDay.format(r.publishUntil),
            "version": String(r.version),
        ]
        if r.publish { v["publish"] = yes }
        for action in r.scope { v["scope_\(action.rawValue)"] = yes }
        return v
    }

    /// The input, or a validation error for every field that cannot be read (a date, the subject).
    static func input(_ v: [String: String]) throws -> IntegrityRecordInput {
        var errors: [FieldError] = []
        func text(_ key: String) -> String { (v[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func date(_ key: String) -> Date? {
            let raw = text(key)
            if raw.isEmpty { return nil }
            guard let d = BeijingDay.parse(raw) else {
                errors.append(FieldError(field: key, rule: "integrity.date.format", message: IntegrityMsg.intDateInvalid.text))
                return nil
            }
            return d
        }
        var subject: IntegritySubject?
        let rawSubject = text("subject")
        if !rawSubject.isEmpty {
            let parts = rawSubject.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, let id = UUID(uuidString: parts[1]), let s = IntegritySubject(kind: parts[0], id: id) {
                subject = s
            } else {
                errors.append(FieldError(field: "subject", rule: "integrity.subject.format", message: IntegrityMsg.intSubjectInvalid.text, basis: .art(60)))
            }
        }
        let input = IntegrityRecordInput(
            subject: subject, finding: FindingKind(rawValue: text("finding")), description: text("description"), decidingBody: text("deciding_body"),
            documentNumber: text("document_number"), decisionDate: date("decision_date"), legalBasis: text("legal_basis"),
            scope: Set(RestrictedAction.allCases.filter { v["scope_\($0.rawValue)"] == yes }),
            restrictedFrom: date("restricted_from"), restrictedUntil: date("restricted_until"), publish: v["publish"] == yes,
            publishFrom: date("publish_from"), publishUntil: date("publish_until"))
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return input
    }
}
