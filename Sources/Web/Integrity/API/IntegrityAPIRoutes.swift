import Foundation
import Integrity
import KechuangCore
import Vapor

/// The public list of integrity records over the JSON API: published records within their
/// publication period, each with the article it rests on (Art. 60; Art. 48 for diligent-failure closures).
struct IntegrityAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, IntegrityAPI.records, action: .viewPublicIntegrityRecords, use: published)
    }

    @Sendable func published(req: Request) async throws -> [IntegrityRecordJSON] {
        try await req.integrityRecords.published(at: req.services.now()).map(IntegrityRecordJSON.init)
    }
}

struct IntegrityRecordJSON: Content {
    let id: UUID
    let subject_kind: String
    let subject_name: String
    let finding: String
    let finding_zh: String
    let finding_en: String
    let misconduct: Bool
    let description: String
    let deciding_body: String
    let document_number: String
    let decision_date: String?
    let legal_basis: String
    let scope: [String]
    let restricted_from: String?
    let restricted_until: String?
    let publish_from: String?
    let publish_until: String?
    let state: String
    let article: String

    init(_ r: IntegrityRecord) {
        id = r.id.rawValue
        subject_kind = r.subject.kind
        subject_name = r.subjectName
        finding = r.finding.rawValue
        finding_zh = r.finding.label.zh
        finding_en = r.finding.label.en
        misconduct = r.finding.isMisconduct
        description = r.description
        deciding_body = r.decidingBody
        document_number = r.documentNumber
        decision_date = r.decisionDate.map(BeijingDay.format)
        legal_basis = r.legalBasis
        scope = RestrictedAction.allCases.filter(r.scope.contains).map(\.rawValue)
        restricted_from = r.restrictedFrom.map(BeijingDay.format)
        restricted_until = r.restrictedUntil.map(BeijingDay.format)
        publish_from = r.publishFrom.map(BeijingDay.format)
        publish_until = r.publishUntil.map(BeijingDay.format)
        state = r.state.rawValue
        article = r.finding.basis.code
    }
}
