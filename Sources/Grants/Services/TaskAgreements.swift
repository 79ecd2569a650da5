import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects
import Storage

/// A project and its task agreement as a viewer sees them, with the signatures that hold.
public struct AgreementView: Sendable {
    public let project: Project
    public let agreement: TaskAgreement
    /// SHA-256 of the current canonical text (`AgreementText`).
    public let sha256: String
    /// The signatures over the current text, in signing order, each after the one before it.
    public let validSignatures: [AgreementSignature]
    public let stage: AgreementStage

    init(project: Project, agreement: TaskAgreement) {
        self.project = project
        self.agreement = agreement
        let hash = AgreementText.sha256(project, agreement.terms)
        sha256 = hash
        var valid: [AgreementSignature] = []
        for party in AgreementParty.allCases {
            // The last signature of this party over this text, given after the previous party's.
            guard let signature = agreement.signatures.last(where: { $0.party == party && $0.sha256 == hash }),
                  valid.last.map({ $0.at <= signature.at }) ?? true else { break }
            valid.append(signature)
        }
        validSignatures = valid
        stage = switch valid.count {
        case 0: .draft
        case 1: .submitted
        case 2: .approved
        default: .signed
        }
    }

    /// Signatures given but no longer holding: the text changed after them.
    public var invalidatedSignatures: [AgreementSignature] {
        agreement.signatures.filter { signature in !validSignatures.contains(signature) }
    }
}

/// The task agreement (任务书): drafted from the application at the award, edited by the PI,
/// signed by the PI, approved by the research office of the PI's organisation (Art. 22), signed by
/// the programme officer. Each signature records who, when and the SHA-256 of the exact canonical
/// text; an edit changes the text, so every earlier signature stops holding and the agreement
/// goes back to the PI. When the officer signs, the project runs.
public struct TaskAgreements: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public func find(project id: Project.ID, as viewer: Person, for action: ProjectAccess.Action = .view) async throws -> AgreementView {
        let project = try await GrantProjects(db: db, now: now).find(id, as: viewer, for: action)
        return AgreementView(project: project, agreement: try await Self.record(project: id, on: db).toDomain())
    }

    /// The agreement of a project whose access the caller already checked (money, closure).
    public static func agreement(project id: Project.ID, on db: any Database) async throws -> TaskAgreement {
        try await record(project: id, on: db).toDomain()
    }

    /// The PI edits the terms while the agreement is not yet signed by all three. Any signature
    /// given before stops holding.
    public func update(project id: Project.ID, _ input: AgreementInput, by pi: Person) async throws -> AgreementView {
        let project = try await GrantProjects(db: db, now: now).find(id, as: pi, for: .edit)
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let record = try await Self.record(project: id, on: tx)
            let current = AgreementView(project: project, agreement: try record.toDomain())
            guard current.stage != .signed else {
                throw DomainError.forbidden(LocalizedText(zh: "任务书已签订，如需变更请提交变更申请", en: "The agreement is signed: ask for a change instead"), basis: nil)
            }
            guard record.version == input.version else { throw DomainError.staleVersion(entity: "task_agreement") }
            let (terms, errors) = input.parse(previous: current.agreement.terms)
            if !errors.isEmpty { throw DomainError.validation(errors) }
            record.termsJSON = try GrantsJSONColumn.encode(terms)
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            let after = AgreementView(project: project, agreement: try record.toDomain())
            let dropped = current.validSignatures.count - after.validSignatures.count
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "agreement.edited", objectType: "project", objectID: id.rawValue.uuidString,
                summary: "sha256 \(after.sha256)" + (dropped > 0 ? " · 此前 \(dropped) 个签名失效 \(dropped) earlier signature(s) no longer hold" : ""),
                basis: nil), on: tx, at: at)
            return after
        }
    }

    /// One party signs the current text: the PI (complete terms, `AgreementRules`), then the
    /// research office (Art. 22), then the programme officer, after whom the project runs.
    public func sign(project id: Project.ID, as party: AgreementParty, sha256 expected: String?, by person: Person) async throws -> AgreementView {
        let action: ProjectAccess.Action = switch party {
        case .principalInvestigator: .edit
        case .researchOffice: .approve
        case .programmeOfficer: .manage
        }
        let project = try await GrantProjects(db: db, now: now).find(id, as: person, for: action)
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let record = try await Self.record(project: id, on: tx)
            let view = AgreementView(project: project, agreement: try record.toDomain())
            let expectedStage: AgreementStage = switch party {
            case .principalInvestigator: .draft
            case .researchOffice: .submitted
            case .programmeOfficer: .approved
            }
            guard view.stage == expectedStage else {
                throw DomainError.forbidden(LocalizedText(
                    zh: "任务书当前为“\(view.stage.label.zh)”，\(party.label.zh)现在不能签署",
                    en: "The agreement is “\(view.stage.label.en)”: the \(party.label.en.lowercased()) cannot sign it now"), basis: party == .researchOffice ? .art(22) : nil)
            }
            // The signer saw this text: a text changed since the page was shown is not signed.
            if let expected, expected != view.sha256 { throw DomainError.staleVersion(entity: "task_agreement") }
            if party == .principalInvestigator {
                try AgreementRules.complete.validate(AgreementRules.Input(project: project, terms: view.agreement.terms), at: at)
            }
            var signatures = view.agreement.signatures
            signatures.append(AgreementSignature(party: party, personID: person.id, name: person.name, at: at, sha256: view.sha256))
            record.signaturesJSON = try GrantsJSONColumn.encode(signatures)
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "agreement.signed.\(party.rawValue)", objectType: "project", objectID: id.rawValue.uuidString,
                summary: "\(project.number) sha256 \(view.sha256)", basis: party == .researchOffice ? .art(22) : nil), on: tx, at: at)
            var signed = project
            if party == .programmeOfficer {
                signed = try await GrantProjects.setStatus(id, to: .running, by: person, reason: "任务书签订 agreement signed", basis: nil, on: tx, at: at)
            }
            return AgreementView(project: signed, agreement: try record.toDomain())
        }
    }

    static func record(project id: Project.ID, on db: any Database) async throws -> TaskAgreementRecord {
        guard let record = try await TaskAgreementRecord.query(on: db).filter(\.$projectID == id.rawValue).first() else {
            throw DomainError.notFound(entity: "task_agreement")
        }
        return record
    }

    /// The first draft, from the application: its summary and plan, one indicator suited to the
    /// research type, a mid-term milestone for projects of three years or more and the final one,
    /// the award spread evenly over the years, half on signature and the rest at the milestones.
    static func createDraft(for project: Project, application: GrantApplication, on tx: any Database, at: Date) async throws {
        let record = TaskAgreementRecord()
        record.id = UUID()
        record.projectID = project.id.rawValue
        record.termsJSON = try GrantsJSONColumn.encode(draftTerms(for: project, application: application))
        record.signaturesJSON = "[]"
        record.version = 1
        record.createdAt = at
        record.updatedAt = at
        try await record.create(on: tx)
    }

    public static func draftTerms(for project: Project, application: GrantApplication) -> AgreementTerms {
        let indicator: Indicator = switch project.researchType {
        case .basic: Indicator(nameZh: "高水平论文", nameEn: "Peer-reviewed papers", unit: "篇 papers", target: 3)
        case .applied: Indicator(nameZh: "发明专利申请", nameEn: "Invention patent applications", unit: "项 patents", target: 2)
        case .development: Indicator(nameZh: "样机或产品", nameEn: "Prototypes or products", unit: "套 units", target: 1)
        }
        var milestones: [Milestone] = []
        let years = Array(project.startDate.year...max(project.startDate.year, project.endDate.year))
        if project.durationYears >= 3, let mid = BeijingDay(year: project.startDate.year + project.durationYears / 2, month: project.startDate.month, day: 1),
           mid > project.startDate, mid < project.endDate {
            milestones.append(Milestone(titleZh: "中期评估", titleEn: "Mid-term review", due: mid))
        }
        milestones.append(Milestone(titleZh: "结题验收", titleEn: "Final acceptance", due: project.endDate))
        let share = project.awardedAmount / years.count
        let budget = years.enumerated().map { i, year in
            YearBudget(year: year, amount: i == years.count - 1 ? project.awardedAmount - share * (years.count - 1) : share)
        }
        let first = project.awardedAmount / 2
        var tranches = [Tranche(amount: first, milestoneID: nil)]
        let rest = project.awardedAmount - first
        let perMilestone = rest / milestones.count
        for (i, milestone) in milestones.enumerated() {
            tranches.append(Tranche(amount: i == milestones.count - 1 ? rest - perMilestone * (milestones.count - 1) : perMilestone, milestoneID: milestone.id))
        }
        return AgreementTerms(
            objectivesZh: application.summary, objectivesEn: application.titleEn.isEmpty ? "" : "Objectives of “\(application.titleEn)”: see the Chinese text.",
            deliverablesZh: application.plan, deliverablesEn: "", indicators: [indicator], milestones: milestones, budgetByYear: budget, tranches: tranches)
    }
}
