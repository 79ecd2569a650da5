import Foundation
import KechuangCore

extension IntegritySubject {
    /// `person` or `organisation`, as stored.
    public var kind: String {
        switch self {
        case .person: "person"
        case .organisation: "organisation"
        }
    }

    public var id: UUID {
        switch self {
        case .person(let id), .organisation(let id): id
        }
    }

    public init?(kind: String, id: UUID) {
        switch kind {
        case "person": self = .person(id)
        case "organisation": self = .organisation(id)
        default: return nil
        }
    }

    public var label: LocalizedText {
        switch self {
        case .person: LocalizedText(zh: "个人", en: "Person")
        case .organisation: LocalizedText(zh: "单位", en: "Organisation")
        }
    }
}

/// What a record finds. Every kind but `diligentFailure` is research misconduct (科研失信行为, Art. 60);
/// `diligentFailure` (容错免责) records that a project failed after diligent work (Art. 48, 64): an
/// outcome with no restriction, never misconduct.
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    case dataFabrication = "data_fabrication"
    case plagiarism
    case duplicateApplication = "duplicate_application"
    case ghostWriting = "ghost_writing"
    case falseInformation = "false_information"
    case reviewMisconduct = "review_misconduct"
    case fundMisuse = "fund_misuse"
    case otherMisconduct = "other_misconduct"
    case diligentFailure = "diligent_failure"

    public var label: LocalizedText {
        switch self {
        case .dataFabrication: LocalizedText(zh: "伪造、篡改数据", en: "Data fabrication or falsification")
        case .plagiarism: LocalizedText(zh: "抄袭、剽窃", en: "Plagiarism")
        case .duplicateApplication: LocalizedText(zh: "重复申报", en: "Duplicate application")
        case .ghostWriting: LocalizedText(zh: "代写、代投", en: "Ghost-writing")
        case .falseInformation: LocalizedText(zh: "提供虚假材料", en: "False information in an application")
        case .reviewMisconduct: LocalizedText(zh: "评审违规", en: "Review misconduct")
        case .fundMisuse: LocalizedText(zh: "违规使用科研经费", en: "Misuse of research funds")
        case .otherMisconduct: LocalizedText(zh: "其他科研失信行为", en: "Other research misconduct")
        case .diligentFailure: LocalizedText(zh: "尽职免责（容错）", en: "Diligent failure (exempted)")
        }
    }

    /// Whether the finding is research misconduct. A diligent-failure closure never is (Art. 48, 64).
    public var isMisconduct: Bool { self != .diligentFailure }

    /// The article a record of this kind rests on.
    public var basis: LegalBasis { isMisconduct ? .art(60) : .art(48) }
}

/// Where a record is in its workflow (`IntegrityWorkflow`). "Ended" is not a state: it is derived
/// from the restriction period (`IntegrityRecord.phase(at:)`).
public enum IntegrityRecordState: String, Sendable, Codable, CaseIterable {
    /// Being written by an integrity officer; seen by officers only.
    case draft
    /// Decided by the deciding body: restrictions in scope apply during the period.
    case decided
    /// Decided and made public for the publication period.
    case published
    /// An appeal was upheld: the record no longer restricts, from that moment.
    case revoked
    /// Credit repair was granted: the restriction is lifted from that moment.
    case repaired

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "草稿", en: "Draft")
        case .decided: LocalizedText(zh: "已作出决定", en: "Decided")
        case .published: LocalizedText(zh: "已公开", en: "Published")
        case .revoked: LocalizedText(zh: "申诉成立，已撤销", en: "Revoked on appeal")
        case .repaired: LocalizedText(zh: "已信用修复", en: "Credit repaired")
        }
    }
}

/// Where a record's restriction period stands at a moment.
public enum RestrictionPhase: String, Sendable, Equatable {
    /// No restriction at all: a diligent-failure closure, a draft, or an empty scope.
    case none
    case notYetStarted = "not_yet_started"
    case running
    /// The period is over.
    case ended
    /// Lifted before its end (appeal upheld or credit repaired).
    case lifted

    public var label: LocalizedText {
        switch self {
        case .none: LocalizedText(zh: "无限制", en: "No restriction")
        case .notYetStarted: LocalizedText(zh: "尚未开始", en: "Not yet started")
        case .running: LocalizedText(zh: "限制期内", en: "In force")
        case .ended: LocalizedText(zh: "限制期已满", en: "Ended")
        case .lifted: LocalizedText(zh: "已解除", en: "Lifted")
        }
    }
}

/// A finding of the research integrity information system (科研诚信信息系统, Art. 60) about a person
/// or an organisation.
public struct IntegrityRecord: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<IntegrityRecord>
    public let id: ID
    public var subject: IntegritySubject
    /// The subject's name when the record was written (names change; the record does not).
    public var subjectName: String
    public var finding: FindingKind
    public var description: String
    /// The body that decided (e.g. 北京市科学技术委员会).
    public var decidingBody: String
    /// The decision's document number (e.g. 京科诚〔2026〕3号).
    public var documentNumber: String
    public var decisionDate: Date?
    /// The legal basis as the decision states it (laws and articles).
    public var legalBasis: String
    public var scope: Set<RestrictedAction>
    /// The restriction applies from ≤ t < until.
    public var restrictedFrom: Date?
    public var restrictedUntil: Date?
    /// Whether the deciding body decided to make the record public, and for which period.
    public var publish: Bool
    public var publishFrom: Date?
    public var publishUntil: Date?
    public var state: IntegrityRecordState
    /// When an upheld appeal or granted credit repair lifted the restriction.
    public var liftedAt: Date?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Whether this record restricts `action` at `date`: decided or published, the action in scope,
    /// from ≤ date < until, not lifted by then, and never for a diligent-failure closure.
    public func restricts(_ action: RestrictedAction, at date: Date) -> Bool {
        guard finding.isMisconduct, [.decided, .published, .revoked, .repaired].contains(state), scope.contains(action) else { return false }
        guard let from = restrictedFrom, let until = restrictedUntil, from <= date, date < until else { return false }
        // Revoked and repaired records stop restricting from the moment they were lifted.
        if state == .revoked || state == .repaired { return liftedAt.map { date < $0 } ?? false }
        return true
    }

    /// Where the restriction stands at `date`.
    public func phase(at date: Date) -> RestrictionPhase {
        guard finding.isMisconduct, state != .draft, !scope.isEmpty, let from = restrictedFrom, let until = restrictedUntil else { return .none }
        if let liftedAt, date >= liftedAt, date < until { return .lifted }
        if date < from { return .notYetStarted }
        if date >= until { return .ended }
        return .running
    }

    /// Whether the public sees it: published, and within its publication period.
    public func isPublic(at date: Date) -> Bool {
        guard state == .published, publish, let from = publishFrom, let until = publishUntil else { return false }
        return from <= date && date < until
    }

    public var input: IntegrityRecordInput {
        IntegrityRecordInput(
            subject: subject, finding: finding, description: description, decidingBody: decidingBody, documentNumber: documentNumber,
            decisionDate: decisionDate, legalBasis: legalBasis, scope: scope, restrictedFrom: restrictedFrom, restrictedUntil: restrictedUntil,
            publish: publish, publishFrom: publishFrom, publishUntil: publishUntil)
    }
}

/// What an integrity officer writes into a record. Typed: the web layer reports fields it cannot read.
public struct IntegrityRecordInput: Sendable, Equatable {
    public var subject: IntegritySubject?
    public var finding: FindingKind?
    public var description: String
    public var decidingBody: String
    public var documentNumber: String
    public var decisionDate: Date?
    public var legalBasis: String
    public var scope: Set<RestrictedAction>
    public var restrictedFrom: Date?
    public var restrictedUntil: Date?
    public var publish: Bool
    public var publishFrom: Date?
    public var publishUntil: Date?

    public init(subject: IntegritySubject? = nil, finding: FindingKind? = nil, description: String = "", decidingBody: String = "",
                documentNumber: String = "", decisionDate: Date? = nil, legalBasis: String = "", scope: Set<RestrictedAction> = [],
                restrictedFrom: Date? = nil, restrictedUntil: Date? = nil, publish: Bool = false, publishFrom: Date? = nil,
                publishUntil: Date? = nil) {
        self.subject = subject
        self.finding = finding
        self.description = description
        self.decidingBody = decidingBody
        self.documentNumber = documentNumber
        self.decisionDate = decisionDate
        self.legalBasis = legalBasis
        self.scope = scope
        self.restrictedFrom = restrictedFrom
        self.restrictedUntil = restrictedUntil
        self.publish = publish
        self.publishFrom = publishFrom
        self.publishUntil = publishUntil
    }
}

/// An institution's own integrity rules and its handling of cases (Art. 60(2)).
public enum InstitutionEntryKind: String, Sendable, Codable, CaseIterable {
    case rule, handling

    public var label: LocalizedText {
        switch self {
        case .rule: LocalizedText(zh: "内部管理制度", en: "Internal rule")
        case .handling: LocalizedText(zh: "处理情况", en: "Handling of a case")
        }
    }
}

public struct InstitutionIntegrityEntry: Sendable, Equatable, Identifiable {
    public let id: UUID
    public let organisationID: UUID
    public var kind: InstitutionEntryKind
    public var title: String
    public var body: String
    public var date: Date
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
}

