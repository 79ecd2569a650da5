import Foundation
import Identity
import Integrity
import Storage

extension TestFixtures {
    /// A decided integrity record restricting `subject` from the activities in `scope` between
    /// `from` and `until` (by default from a minute ago — stored dates may round up by a fraction
    /// of a second — for 30 days).
    @discardableResult
    public func restrict(_ subject: IntegritySubject, _ scope: Set<RestrictedAction>, from: Date? = nil, until: Date? = nil) async throws -> IntegrityRecord {
        let records = IntegrityRecords(db: db, now: { self.clock.now })
        let start = from ?? clock.now.addingTimeInterval(-60)
        let draft = try await records.draft(IntegrityRecordInput(
            subject: subject, finding: .plagiarism, description: "抄袭他人研究成果", decidingBody: "北京市科学技术委员会",
            documentNumber: "京科诚〔2026〕\(Int.random(in: 1...999))号", decisionDate: start, legalBasis: "《北京国际科技创新中心建设条例》第六十条",
            scope: scope, restrictedFrom: start, restrictedUntil: until ?? start.addingTimeInterval(30 * 86_400)), by: .system)
        return try await records.decide(draft.id, expectedVersion: draft.version, by: .system)
    }
}
