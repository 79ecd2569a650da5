import Foundation
import Identity
import KechuangCore

/// Who may do what with one integrity record (object-level access, behind the route's `Action`).
/// Pure: `(viewer facts, record facts) -> Bool` per action. `IntegrityRecords` applies it
/// (`find(_:as:)`, `about(_:)`, `published(at:)`, the subject's appeal and repair request), and a
/// record outside the viewer's reach does not exist for them (404), exactly like a missing one.
public enum IntegrityRecordAccess {
    public enum Action: String, Sendable, CaseIterable {
        case view
        /// Draft, edit, decide, publish, and decide appeals and repair requests (the officers').
        case change
        /// Appeal it or ask for credit repair (the subject's, Art. 60).
        case appeal
    }

    /// What the rule needs to know about the viewer: roles, and whom they speak for — themself and
    /// the organisations where they are the research office (`IntegrityRecords.subjects(of:)`).
    /// Anonymous: neither.
    public struct Viewer: Sendable, Equatable {
        public var roles: Set<Role>
        public var speaksFor: Set<IntegritySubject>

        public init(roles: Set<Role>, speaksFor: Set<IntegritySubject>) {
            self.roles = roles
            self.speaksFor = speaksFor
        }

        public init(_ person: Person?) {
            self.init(roles: person?.roles ?? [], speaksFor: person.map(IntegrityRecords.subjects(of:)) ?? [])
        }

        public static let anonymous = Viewer(roles: [], speaksFor: [])
    }

    /// What the rule needs to know about the record.
    public struct Facts: Sendable, Equatable {
        public var state: IntegrityRecordState
        public var subject: IntegritySubject
        /// Published and within its publication period now (`IntegrityRecord.isPublic(at:)`).
        public var publicNow: Bool

        public init(state: IntegrityRecordState, subject: IntegritySubject, publicNow: Bool) {
            self.state = state
            self.subject = subject
            self.publicNow = publicNow
        }

        public init(_ record: IntegrityRecord, at date: Date) {
            self.init(state: record.state, subject: record.subject, publicNow: record.isPublic(at: date))
        }
    }

    /// Roles that keep the records.
    public static let officerRoles: Set<Role> = [.integrityOfficer, .platformAdmin]

    /// The rule: officers read and change every record, drafts included; its subject (the person,
    /// or the research office of the organisation) reads it and appeals once it is decided, never
    /// as a draft; anyone reads it while it is published within its publication period.
    public static func may(_ action: Action, _ viewer: Viewer, _ record: Facts) -> Bool {
        let officer = !viewer.roles.isDisjoint(with: officerRoles)
        let subject = speaksForSubject(viewer, record)
        switch action {
        case .view: return officer || subject || record.publicNow
        case .change: return officer
        case .appeal: return subject
        }
    }

    /// Whether the viewer speaks for the subject of a decided record (never a draft): what they
    /// see on their own page and may appeal.
    public static func speaksForSubject(_ viewer: Viewer, _ record: Facts) -> Bool {
        record.state != .draft && viewer.speaksFor.contains(record.subject)
    }
}

extension IntegrityRecords {
    /// The record, if `viewer` (nil: anonymous) may do `action` with it at `date`; otherwise it
    /// does not exist for them.
    public func find(_ id: IntegrityRecord.ID, as viewer: Person?, for action: IntegrityRecordAccess.Action = .view, at date: Date) async throws -> IntegrityRecord {
        let record = try await find(id)
        guard IntegrityRecordAccess.may(action, IntegrityRecordAccess.Viewer(viewer), IntegrityRecordAccess.Facts(record, at: date)) else {
            throw DomainError.notFound(entity: "integrity_record")
        }
        return record
    }
}
