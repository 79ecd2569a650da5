import FluentKit
import Foundation
import KechuangCore

/// One in-force record as a check reports it.
public struct IntegrityRecordSummary: Sendable, Equatable {
    public let id: UUID
    public let subject: IntegritySubject
    public let subjectName: String
    public let documentNumber: String
    public let decidingBody: String
    public let finding: FindingKind
    /// The first moment the restriction no longer applies (a Beijing calendar day).
    public let until: Date?

    public var findingLabel: LocalizedText { finding.label }

    public init(_ record: IntegrityRecord) {
        id = record.id.rawValue
        subject = record.subject
        subjectName = record.subjectName
        documentNumber = record.documentNumber
        decidingBody = record.decidingBody
        finding = record.finding
        until = record.restrictedUntil
    }
}

/// The answer to "may this subject do this now?" (Art. 60): allowed, or denied with the records that
/// restrict it and a sentence citing the article and each record.
public struct IntegrityDecision: Sendable, Equatable {
    public let action: RestrictedAction
    /// The in-force records that restrict the action; empty when allowed.
    public let records: [IntegrityRecordSummary]
    /// Records about the subjects that cannot be read (a damaged row): the check cannot tell
    /// whether they restrict, so it denies (fails closed).
    public let unreadable: [UUID]
    public let basis: LegalBasis

    public init(action: RestrictedAction, records: [IntegrityRecordSummary], unreadable: [UUID] = []) {
        self.action = action
        self.records = records
        self.unreadable = unreadable
        basis = .art(60)
    }

    public var isAllowed: Bool { records.isEmpty && unreadable.isEmpty }

    /// "受科研诚信记录（京科诚〔2026〕3号，至2027-06-30）限制：项目申报（第六十条）".
    public var reason: LocalizedText {
        if isAllowed {
            return LocalizedText(zh: "科研诚信信息系统中无限制\(action.label.zh)的在限记录（第六十条）",
                                 en: "The research integrity system holds no record in force restricting \(action.label.en.lowercased()) (Art. 60)")
        }
        if records.isEmpty {
            let ids = unreadable.map(\.uuidString).joined(separator: ", ")
            return LocalizedText(zh: "科研诚信记录（\(ids)）无法读取，无法确认是否限制\(action.label.zh)，暂不予办理（第六十条）",
                                 en: "A research integrity record (\(ids)) cannot be read, so it cannot be confirmed that \(action.label.en.lowercased()) is not restricted; refused until it is repaired (Art. 60)")
        }
        let zh = records.map { "\($0.documentNumber)，至\(BeijingDay.format($0.until))" }.joined(separator: "；")
        let en = records.map { "\($0.documentNumber), until \(BeijingDay.format($0.until))" }.joined(separator: "; ")
        return LocalizedText(zh: "受科研诚信记录（\(zh)）限制：\(action.label.zh)（第六十条）",
                             en: "Restricted by research integrity record (\(en)): \(action.label.en) (Art. 60)")
    }

    /// Throws `DomainError.forbidden(reason, basis: .art(60))` when denied.
    public func enforce() throws {
        if !isAllowed { throw DomainError.forbidden(reason, basis: basis) }
    }
}

/// The one place every module asks whether a person or an organisation may take part in an activity
/// now. A record is in force when it is decided or published, the action is in its scope,
/// from ≤ at < until, and it was not lifted (appeal upheld, credit repaired) by then. A
/// diligent-failure closure (Art. 48, 64) never restricts.
public struct IntegrityService: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public func check(_ subject: IntegritySubject, _ action: RestrictedAction, at: Date) async throws -> IntegrityDecision {
        try await check([subject], action, at: at)
    }

    /// Denied when any of the subjects (e.g. the PI and the applying organisation) is restricted.
    public func check(_ subjects: [IntegritySubject], _ action: RestrictedAction, at: Date) async throws -> IntegrityDecision {
        let wanted = Set(subjects)
        guard !wanted.isEmpty else { return IntegrityDecision(action: action, records: []) }
        // Every record about the subjects, whatever its state: a state nobody knows must be seen
        // (and deny), not filtered away by the query.
        let rows = try await IntegrityRecordRecord.query(on: db)
            .filter(\.$subjectID ~~ wanted.map(\.id))
            .all()
        var records: [IntegrityRecord] = []
        var unreadable: [UUID] = []
        for row in rows {
            do {
                let record = try row.toDomain()
                if wanted.contains(record.subject) && record.restricts(action, at: at) { records.append(record) }
            } catch let error as StoredDataError {
                // Fail closed (Art. 60): a record that cannot be read might restrict; deny and say so.
                db.logger.error("integrity check denied: \(error)")
                unreadable.append(row.id ?? UUID())
            }
        }
        records.sort { ($0.restrictedUntil ?? .distantFuture, $0.documentNumber) > ($1.restrictedUntil ?? .distantFuture, $1.documentNumber) }
        return IntegrityDecision(action: action, records: records.map(IntegrityRecordSummary.init), unreadable: unreadable.sorted { $0.uuidString < $1.uuidString })
    }

    /// The check at the service's clock.
    public func check(_ subjects: [IntegritySubject], _ action: RestrictedAction) async throws -> IntegrityDecision {
        try await check(subjects, action, at: now())
    }
}
