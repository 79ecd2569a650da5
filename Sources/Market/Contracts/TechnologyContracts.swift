import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import SQLKit
import Storage

/// Technology-contract registration (技术合同认定登记; Art. 36): the seller's side submits the
/// contract with the signed PDF; every rule of `RegistrationRules` runs and all problems come back
/// at once. A registrar registers it with a number, or returns it with a reason that cites its
/// source; the submitter corrects and submits again. Registration is refused while a party is
/// under an integrity restriction (Art. 60) and when the same contract is already registered
/// (《北京市技术市场条例》第二十二条第三款). Every step is audited.
public struct TechnologyContracts: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    func storePDF(_ pdf: (data: Data, name: String)?, store: any AttachmentStore) async throws -> StoredAttachment? {
        guard let pdf, !pdf.data.isEmpty else { return nil }
        do { return try await store.put(pdf.data, originalName: pdf.name) } catch let problem as AttachmentProblem {
            throw DomainError.validation([FieldError(field: "pdf", rule: "contract.pdf.valid", message: LocalizedText(zh: problem.message.zh, en: problem.message.en))])
        }
    }

    /// Submits a contract for registration.
    public func submit(_ input: ContractInput, pdf: (data: Data, name: String)?, store: any AttachmentStore, by person: Person) async throws -> TechnologyContract {
        let at = now()
        try RegistrationRules.submission.validate(.init(input: input, hasPDF: !(pdf?.data.isEmpty ?? true), today: BeijingDay(containing: at)), at: at)
        let stored = try await storePDF(pdf, store: store)
        return try await withWriteTransaction(on: db) { tx in
            let row = ContractRecord()
            row.id = UUID()
            row.apply(input)
            row.state = ContractState.submitted.rawValue
            row.pdfKey = stored?.key
            row.pdfSHA256 = stored?.sha256
            row.pdfName = stored?.originalName
            row.inquiryID = input.inquiryID
            row.submittedBy = person.id
            row.returns = 0
            row.submittedAt = at
            row.updatedAt = at
            row.version = 1
            try await row.create(on: tx)
            let id = try row.requireID()
            if let inquiry = input.inquiryID { try await Inquiries.link(inquiry, contract: id, on: tx, at: at) }
            try await AuditChain.append(AuditEvent(actor: person, action: "market.contract.submitted", objectType: "market_contract", objectID: id.uuidString,
                                                   summary: "\(row.subtype) \(row.totalAmount)/\(row.technicalAmount) \(row.point)", basis: .art(36)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The submitter corrects a returned contract and submits it again (a new PDF is optional).
    public func correct(_ id: TechnologyContract.ID, _ input: ContractInput, pdf: (data: Data, name: String)?, store: any AttachmentStore,
                        expectedVersion: Int, by person: Person) async throws -> TechnologyContract {
        let at = now()
        let current = try await find(id, as: person)
        guard ContractAccess.may(.correct, person, submittedBy: current.submittedBy), current.state == .returned else {
            throw DomainError.forbidden(LocalizedText(zh: "只有提交人可以补正被退回的合同（第三十六条）", en: "Only the submitter corrects a returned contract (Art. 36)"), basis: .art(36))
        }
        let hasPDF = !(pdf?.data.isEmpty ?? true) || current.pdfKey != nil
        try RegistrationRules.submission.validate(.init(input: input, hasPDF: hasPDF, today: BeijingDay(containing: at)), at: at)
        let stored = try await storePDF(pdf, store: store)
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await ContractRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "contract") }
            guard row.version == expectedVersion else { throw DomainError.staleVersion(entity: "contract") }
            row.apply(input)
            if let stored {
                row.pdfKey = stored.key
                row.pdfSHA256 = stored.sha256
                row.pdfName = stored.originalName
            }
            row.state = ContractState.submitted.rawValue
            row.updatedAt = at
            row.version += 1
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.contract.resubmitted", objectType: "market_contract", objectID: id.uuidString,
                                                   summary: "\(row.subtype) after \(row.returns) return(s)", basis: .art(36)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func find(_ id: TechnologyContract.ID, as person: Person) async throws -> TechnologyContract {
        guard let row = try await ContractRecord.find(id.rawValue, on: db), ContractAccess.may(.view, person, submittedBy: row.submittedBy) else {
            throw DomainError.notFound(entity: "contract")
        }
        return try row.toDomain()
    }

    /// The person's own contracts; for a registrar, every contract (optionally one state), newest first.
    public func list(as person: Person, state: ContractState? = nil, limit: Int = 200) async throws -> [TechnologyContract] {
        let q = ContractRecord.query(on: db)
        if !ContractAccess.isRegistrar(person) { q.filter(\.$submittedBy == person.id) }
        if let state { q.filter(\.$state == state.rawValue) }
        return try await q.sort(\.$updatedAt, .descending).limit(limit).all().map { try $0.toDomain() }
    }

    /// The registrar returns the contract with a reason (a rule with its source) and a note.
    public func returnForCorrection(_ id: TechnologyContract.ID, reason: ReturnReason?, note: String, expectedVersion: Int, by person: Person) async throws -> TechnologyContract {
        let at = now()
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let reason, !note.isEmpty, note.count <= 2000 else {
            throw DomainError.validation([FieldError(field: reason == nil ? "reason" : "note", rule: "contract.return.reason",
                                                     message: LocalizedText(zh: "退回须选择理由并说明需补正的内容（第三十六条）",
                                                                            en: "A return names its reason and says what to correct (Art. 36)"), basis: .art(36))])
        }
        return try await decide(id, expectedVersion: expectedVersion, by: person, at: at) { row, tx in
            row.state = ContractState.returned.rawValue
            row.returnRule = reason.rawValue
            row.returnReason = note
            row.returns += 1
            row.registrarID = person.id
            try await AuditChain.append(AuditEvent(actor: person, action: "market.contract.returned", objectType: "market_contract", objectID: id.uuidString,
                                                   summary: "\(reason.rawValue) (\(reason.source.text.zh)): \(note)", basis: reason.basis), on: tx, at: at)
        }
    }

    /// The registrar registers the contract: it gets its number and counts in the statistics.
    public func register(_ id: TechnologyContract.ID, expectedVersion: Int, by person: Person) async throws -> TechnologyContract {
        let at = now()
        let today = BeijingDay(containing: at)
        let contract = try await find(id, as: person)
        // Rules again (a rule may have changed since submission), then the parties' integrity.
        let input = ContractInput(type: contract.type, subtype: contract.subtype, title: contract.title, field: contract.field,
                                  technicalContent: contract.technicalContent, seller: contract.seller, buyer: contract.buyer,
                                  totalAmount: contract.totalAmount, technicalAmount: contract.technicalAmount, goodsAmount: contract.goodsAmount,
                                  otherAmount: contract.otherAmount, signedOn: contract.signedOn, startsOn: contract.startsOn, endsOn: contract.endsOn,
                                  point: contract.point)
        try RegistrationRules.submission.validate(.init(input: input, hasPDF: contract.pdfKey != nil, today: today), at: at)
        let organisations = try await platformOrganisations(uscc: [contract.seller.uscc, contract.buyer.uscc].filter { !$0.isEmpty })
        let decision = try await IntegrityService(db: db, now: now).check(organisations.map { .organisation($0) }, .fiscalFunding, at: at)
        try decision.enforce()
        return try await decide(id, expectedVersion: expectedVersion, by: person, at: at) { row, tx in
            let duplicate = try await ContractRecord.query(on: tx).filter(\.$state == ContractState.registered.rawValue)
                .filter(\.$sellerUSCC == row.sellerUSCC).filter(\.$buyerUSCC == row.buyerUSCC).filter(\.$signedOn == row.signedOn)
                .filter(\.$totalAmount == row.totalAmount).filter(\.$subtype == row.subtype).first()
            if let duplicate {
                let s = RegistrationRules.duplicateSource
                throw DomainError.forbidden(LocalizedText(zh: "同一项技术合同不得重复登记：已登记为 \(duplicate.number ?? "")（\(s.text.zh)；第三十六条）",
                                                          en: "A contract is registered once: already registered as \(duplicate.number ?? "") (\(s.text.en); Art. 36)"),
                                            basis: .art(36))
            }
            let year = today.description.prefix(4)
            let prefix = "BJ\(year)\(row.point)"
            let count = try await ContractRecord.query(on: tx).filter(\.$number >= prefix).filter(\.$number < prefix + "~").count()
            row.number = prefix + String(format: "%06d", count + 1)
            row.state = ContractState.registered.rawValue
            row.registrarID = person.id
            row.registeredOn = today.description
            try await AuditChain.append(AuditEvent(actor: person, action: "market.contract.registered", objectType: "market_contract", objectID: id.uuidString,
                                                   summary: "\(row.number ?? "") \(row.subtype) \(row.technicalAmount)", basis: .art(36)), on: tx, at: at)
            // The open data set of the statistics gets its new version in the same transaction.
            try await row.save(on: tx)
            try await ContractCatalogue(db: tx, now: { at }).synchronise()
        }
    }

    func decide(_ id: TechnologyContract.ID, expectedVersion: Int, by person: Person, at: Date,
                _ change: @escaping @Sendable (ContractRecord, any Database) async throws -> Void) async throws -> TechnologyContract {
        try await withWriteTransaction(on: db) { tx in
            guard let row = try await ContractRecord.find(id.rawValue, on: tx), ContractAccess.may(.view, person, submittedBy: row.submittedBy) else {
                throw DomainError.notFound(entity: "contract")
            }
            guard ContractAccess.may(.decide, person, submittedBy: row.submittedBy), row.state == ContractState.submitted.rawValue else {
                throw DomainError.forbidden(LocalizedText(zh: "只有登记机构的认定人员可以认定待认定的合同，且不能认定本人提交的合同（第三十六条）",
                                                          en: "Only a registrar decides a contract awaiting decision, and never one they submitted (Art. 36)"), basis: .art(36))
            }
            guard row.version == expectedVersion else { throw DomainError.staleVersion(entity: "contract") }
            try await change(row, tx)
            row.updatedAt = at
            row.version += 1
            try await row.save(on: tx)
            return try row.toDomain()
        }
    }

    /// Platform organisations holding these codes (the parties the integrity check can see).
    func platformOrganisations(uscc: [String]) async throws -> [UUID] {
        guard !uscc.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        struct Row: Decodable { let id: UUID }
        return try await sql.select().column("id").from("id_organisations").where("uscc", .in, uscc.map(UnifiedSocialCreditCode.normalized)).all(decoding: Row.self).map(\.id)
    }
}
