import Dedup
import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

/// What the programme officer sees at the formal check (形式审查) of one application.
public struct FormalCheck: Sendable {
    public let application: GrantApplication
    public let call: Call
    /// Whether an integrity record restricts the PI or the organisation from applying now (Art. 60).
    public let integrity: IntegrityDecision
    /// Applications of this and the two previous seasons, in any programme, whose text is nearly
    /// the same (Jaccard on shingle sets ≥ `FormalCheck.duplicateThreshold`), most similar first.
    public let duplicates: [DuplicateMatch]

    /// Applications at or above this similarity are shown to the officer. Lower than the 0.8 of
    /// `kechuang dedup`: the officer decides, so a re-worded resubmission should still be seen.
    public static let duplicateThreshold = 0.7
    /// A season is the calendar year (Beijing time) in which a call closes; the check looks back
    /// this many seasons before the application's own.
    public static let previousSeasons = 2
}

public struct DuplicateMatch: Sendable, Equatable {
    public let other: GrantApplication
    public let otherCallTitle: String
    /// Exact Jaccard similarity of the two applications' shingle sets (`dedup-bench/1` shingling).
    public let jaccard: Double
}

/// The two texts side by side, each cut into passages shared with the other or not.
public struct SideBySide: Sendable {
    public let left: GrantApplication
    public let right: GrantApplication
    public let jaccard: Double
    public let leftPassages: [Passage]
    public let rightPassages: [Passage]

    public struct Passage: Sendable, Equatable {
        public let text: String
        public let shared: Bool
    }
}

extension Applications {
    /// The formal check: integrity restrictions and near-duplicates for one application that
    /// reached the officer.
    public func formalCheck(_ id: GrantApplication.ID) async throws -> FormalCheck {
        let id = id.rawValue
        let application = try await Self.find(id, on: db)
        guard ApplicationAccess.officerMayView(application.state) else { throw DomainError.notFound(entity: "application") }
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        let decision = try await integrity.check(Self.subjects(application), .projectApplication, at: now())
        return FormalCheck(application: application, call: call, integrity: decision, duplicates: try await duplicates(of: application, call: call))
    }

    /// Every application of the current and previous seasons across all programmes that reached
    /// the officer (`ApplicationAccess.officerMayView`) whose text nearly duplicates this one's.
    func duplicates(of application: GrantApplication, call: Call) async throws -> [DuplicateMatch] {
        let season = Self.season(of: call.closesAt)
        let calls = try await CallRecord.query(on: db)
            .filter(\.$closesAt >= Self.start(ofSeason: season - FormalCheck.previousSeasons))
            .filter(\.$closesAt < Self.end(ofSeason: season)).all()
        let titles = Dictionary(uniqueKeysWithValues: try calls.map { (try $0.requireID(), $0.titleZh) })
        let others = try await ApplicationRecord.query(on: db).filter(\.$callID ~~ Array(titles.keys))
            .filter(\.$state ~~ ApplicationState.allCases.filter(ApplicationAccess.officerMayView).map(\.rawValue))
            .filter(\.$id != application.id.rawValue).all().map { try $0.toDomain() }
        let index = NearDuplicateIndex(documents: others.map { (id: $0.id.uuidString, text: $0.fullText) })
        let byID = Dictionary(uniqueKeysWithValues: others.map { ($0.id.uuidString, $0) })
        return index.matches(for: application.fullText, threshold: FormalCheck.duplicateThreshold)
            .compactMap { match in
                byID[match.id].map { DuplicateMatch(other: $0, otherCallTitle: titles[$0.callID] ?? "", jaccard: match.jaccard) }
            }
            .sorted { ($0.jaccard, $1.other.id.uuidString) > ($1.jaccard, $0.other.id.uuidString) }
    }

    /// The two applications side by side with their shared passages marked, for the officer. Both
    /// must have reached the officer; any other is not found (404), whatever its state.
    public func sideBySide(_ id: GrantApplication.ID, _ otherID: GrantApplication.ID) async throws -> SideBySide {
        let id = id.rawValue
        let otherID = otherID.rawValue
        let left = try await Self.find(id, on: db)
        let right = try await Self.find(otherID, on: db)
        guard ApplicationAccess.officerMayView(left.state), ApplicationAccess.officerMayView(right.state) else {
            throw DomainError.notFound(entity: "application")
        }
        let passages = sharedPassages(a: left.fullText, b: right.fullText)
        return SideBySide(
            left: left, right: right, jaccard: jaccard(ShingleSet(text: left.fullText), ShingleSet(text: right.fullText)),
            leftPassages: passages.a.map { SideBySide.Passage(text: $0.text, shared: $0.shared) },
            rightPassages: passages.b.map { SideBySide.Passage(text: $0.text, shared: $0.shared) })
    }

    static func season(of date: Date) -> Int { BeijingDay(containing: date).year }

    /// 1 January of the season's year, 00:00 Beijing time.
    static func start(ofSeason year: Int) -> Date {
        // Nil only for a year outside 0001...9999; the window then opens earlier (more
        // applications compared), never later: the check does not silently narrow.
        BeijingDay(year: year, month: 1, day: 1)?.start ?? .distantPast
    }

    /// 1 January of the next season, 00:00 Beijing time: where the season ends (exclusive).
    static func end(ofSeason year: Int) -> Date {
        BeijingDay(year: year, month: 12, day: 31)?.startOfNextDay ?? .distantFuture
    }

    // MARK: The programme officer's decisions

    /// Accepts the application for review. Refused, citing Art. 60 and the record, while an
    /// integrity restriction on project applications covers the PI or the organisation; and,
    /// while a near-duplicate (`FormalCheck.duplicateThreshold` or more) is listed, unless the
    /// officer records why it is accepted anyway (`FormalCheckRules.accept`, Art. 60): the reason
    /// is kept as the officer's note and the audit entry names the duplicate and its similarity.
    public func accept(_ id: GrantApplication.ID, note: String?, by officer: Person) async throws -> GrantApplication {
        try Self.requireOfficer(officer)
        let check = try await formalCheck(id)
        try check.integrity.enforce()
        try FormalCheckRules.accept.validate(FormalCheckRules.AcceptInput(duplicates: check.duplicates, note: note ?? ""), at: now())
        let noted = check.duplicates.first.map { top in
            "near-duplicate of \(top.other.id.uuidString) (\(Int((top.jaccard * 100).rounded()))%) accepted with a reason (Art. 60)"
        }
        return try await step(.accept, id.rawValue, party: .programmeOfficer, actor: officer, comment: note, call: check.call, auditNote: noted)
    }

    /// Not accepted at the formal check, with the reason the PI will read.
    public func notAccept(_ id: GrantApplication.ID, reason: String, by officer: Person) async throws -> GrantApplication {
        let id = id.rawValue
        try Self.requireOfficer(officer)
        try Self.requireNote(reason, field: "reason")
        let application = try await Self.find(id, on: db)
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        return try await step(.notAccept, id, party: .programmeOfficer, actor: officer, comment: reason, call: call)
    }

    /// The funding decision after review. Funding is refused, citing Art. 60 and the record,
    /// while a restriction on fiscal funding covers the PI or the organisation.
    public func decideFunding(_ id: GrantApplication.ID, fund: Bool, note: String?, by officer: Person) async throws -> GrantApplication {
        let id = id.rawValue
        try Self.requireOfficer(officer)
        let application = try await Self.find(id, on: db)
        if fund {
            try await integrity.check(Self.subjects(application), .fiscalFunding, at: now()).enforce()
        }
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        return try await step(fund ? .fund : .notFund, id, party: .programmeOfficer, actor: officer, comment: note, call: call)
    }

    /// The officer confirms that `id` duplicates `otherID`: a draft integrity record (finding
    /// "duplicate application") against the PI goes to the integrity officers, who decide.
    public func confirmDuplicate(_ id: GrantApplication.ID, of otherID: GrantApplication.ID, by officer: Person) async throws -> IntegrityRecord {
        try Self.requireOfficer(officer)
        let pair = try await sideBySide(id, otherID)
        let pi = try await Directory(db: db).person(pair.left.principalInvestigatorID)
        let percent = Int((pair.jaccard * 100).rounded())
        return try await IntegrityRecords(db: db, now: now).draftDuplicateApplication(
            person: pi.id, personName: pi.name,
            description: "申请「\(pair.left.titleZh)」（\(id.uuidString)）与申请「\(pair.right.titleZh)」（\(otherID.uuidString)）文本相似度 \(percent)%，经项目主管确认为重复申报。",
            by: officer)
    }

    /// Officers' steps (here and in review) are open to programme officers and platform admins.
    public static func requireOfficer(_ person: Person) throws {
        guard !person.roles.isDisjoint(with: [.programmeOfficer, .platformAdmin]) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有项目主管可以执行此操作", en: "Only a programme officer can do this"), basis: nil)
        }
    }

    /// A reason a step needs (not accepting, declining, an officer's conflict), named by its field.
    public static func requireNote(_ note: String, field: String) throws {
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError.validation([FieldError(field: field, rule: "\(field).required",
                message: LocalizedText(zh: "请写明理由", en: "Give the reason"))])
        }
    }
}

/// What the officer must give to take a decision against the evidence at the formal check.
public enum FormalCheckRules {
    public struct AcceptInput: Sendable {
        public let duplicates: [DuplicateMatch]
        public let note: String
        public init(duplicates: [DuplicateMatch], note: String) {
            self.duplicates = duplicates
            self.note = note
        }
    }

    /// Accepting an application that nearly duplicates another (similarity at or above the
    /// threshold) needs the officer's reason: duplicate applications are research misconduct the
    /// integrity system records (Art. 60).
    public static let accept = RuleBook<AcceptInput>([
        Rule(id: "formal_check.accept.duplicate_reason", basis: .art(60), field: "note",
             message: LocalizedText(zh: "该申请与其他申请高度相似，受理前请写明理由（或对照查看后确认重复申报）",
                                    en: "This application nearly duplicates another: give the reason for accepting it (or compare them and confirm the duplicate)")) { input in
            input.duplicates.contains { $0.jaccard >= FormalCheck.duplicateThreshold }
                && input.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        },
    ])
}
