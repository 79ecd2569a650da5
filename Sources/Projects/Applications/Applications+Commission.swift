import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// What a directed commission (定向委托, Art. 29) puts into the application it creates: the task
/// the programme officer names and the amount it offers.
public struct CommissionedApplication: Sendable, Equatable {
    public var titleZh: String
    public var titleEn: String
    public var summary: String
    /// In yuan (`Money.range`); one lump-sum or `indirect`-free line, so the award can be checked against it.
    public var amount: Int
    public var budgetCategory: String

    public init(titleZh: String, titleEn: String, summary: String, amount: Int, budgetCategory: String) {
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.summary = summary
        self.amount = amount
        self.budgetCategory = budgetCategory
    }
}

extension Applications {
    /// A directed commission: no open call, so no one applies. The programme officer names the
    /// institution and its PI; the application is created already accepted (there is no
    /// competition to check), on a call in the directed-commission mode that is never published,
    /// and goes to the funding decision. Only on the transaction of Grants' `Commissions`, which
    /// checks the commission (institution, PI, reason, integrity) and audits it with Art. 29.
    public static func commissioned(call: Call, principalInvestigator pi: UUID, organisation: UUID, _ content: CommissionedApplication,
                                    on tx: any Database, at: Date) async throws -> GrantApplication {
        guard call.selectionMode == .directedCommission, call.status == .draft else {
            throw DomainError.forbidden(LocalizedText(zh: "定向委托只能使用未发布的定向委托类指南", en: "A directed commission uses an unpublished call in the directed-commission mode"),
                                        basis: .art(29, 1))
        }
        var draft = ApplicationDraft()
        draft.titleZh = content.titleZh
        draft.titleEn = content.titleEn
        draft.summary = content.summary
        draft.budget = [BudgetLine(category: content.budgetCategory, amount: content.amount, note: "定向委托 Directed commission")]
        let record = ApplicationRecord()
        record.id = UUID()
        record.callID = call.id.rawValue
        record.principalInvestigatorID = pi
        record.organisationID = organisation
        record.draftJSON = try json(draft)
        record.titleZh = content.titleZh
        record.state = ApplicationState.accepted.rawValue
        record.submittedAt = at
        record.version = 1
        record.createdAt = at
        record.updatedAt = at
        try await record.create(on: tx)
        return try record.toDomain()
    }
}
