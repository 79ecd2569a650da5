import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The organisations located in each zone or park (Art. 13–16), so that indicators break down by zone.
public struct ZoneRegistry: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public func members() async throws -> [ZoneMember] {
        try await ZoneMemberRecord.query(on: db).sort(\.$zoneCode).all().map { try $0.toDomain() }
    }

    /// Places an organisation in a zone (once); audited with the zone's article.
    @discardableResult
    public func add(zone code: String, organisation: UUID, by person: Person) async throws -> ZoneMember {
        guard MonitoringAccess.mayPublish(person) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有部门工作人员可以维护园区名录", en: "Only department staff keep the zone registry"), basis: .art(15, 2))
        }
        guard let zone = Zones.zone(code) else {
            throw DomainError.validation([FieldError(field: "zone", rule: "zone.known", message: LocalizedText(zh: "请选择园区", en: "Select a zone"), basis: .art(13))])
        }
        let org = try await Organisations(db: db).find(Organisation.ID(organisation))
        if org.district != .outsideBeijing, zone.kind != .demonstrationZone, !zone.districts.contains(org.district) {
            throw DomainError.validation([FieldError(field: "organisation_id", rule: "zone.district",
                message: LocalizedText(zh: "该机构注册地（\(org.district.label.zh)）不在\(zone.name.zh)所在的行政区内",
                                       en: "The organisation is registered in \(org.district.label.en), outside the districts of \(zone.name.en)"),
                basis: .article(zone.basis))])
        }
        let at = now()
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = ZoneMemberRecord()
                row.id = UUID()
                row.zoneCode = code
                row.organisationID = organisation
                row.addedBy = person.id
                row.addedAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "monitoring.zone.member_added", objectType: "monitoring_zone_member",
                                                       objectID: try row.requireID().uuidString, summary: "\(code) ← \(org.nameZh)",
                                                       basis: .article(zone.basis)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: "organisation_id", message: LocalizedText(zh: "该机构已在此园区名录中", en: "The organisation is already listed in this zone"))
        }
    }
}
