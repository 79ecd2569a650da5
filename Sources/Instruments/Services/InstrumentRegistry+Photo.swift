import FluentKit
import Foundation
import Identity
import KechuangCore
import SQLKit
import Storage

extension InstrumentRegistry {
    /// The instrument's manager (or its research office) uploads its photo, replacing any earlier
    /// one. The bytes are checked by their first bytes (JPEG, PNG or WebP, at most 5 MiB) and need a
    /// text alternative in Chinese and English; refusals are field errors. Audited with the SHA-256.
    /// Replaced bytes stay in the content-addressed store (another instrument may show the same photo).
    public func setPhoto(_ id: Instrument.ID, _ upload: PhotoUpload, store: any InstrumentPhotoStore, by person: Person) async throws -> Instrument {
        let instrument = try await find(id, as: person, for: .operate)
        let at = now()
        try PhotoUpload.rules.validate(upload, at: at)
        guard let format = PhotoFormat.detect(upload.data) else {
            throw DomainError.validation(PhotoUpload.rules.violations(of: upload, at: at))
        }
        let sha256 = try await store.put(upload.data, format: format)
        let photo = InstrumentPhoto(sha256: sha256, format: format, size: upload.data.count, altZh: Self.clean(upload.altZh),
                                    altEn: Self.clean(upload.altEn), uploadedAt: at)
        let json = try InstrumentRecord.encode(photo)
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(InstrumentRecord.schema, id: id.rawValue, expectedVersion: instrument.version, entity: "instrument", on: tx) {
                $0.set("photo_json", to: json).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.photo_set", objectType: "instrument", objectID: id.uuidString,
                                                   summary: "\(format.contentType), \(photo.size) bytes, SHA-256 \(sha256)", basis: .art(55)), on: tx, at: at)
            return try await find(id, on: tx)
        }
    }

    func find(_ id: Instrument.ID, on db: any Database) async throws -> Instrument {
        guard let row = try await InstrumentRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "instrument") }
        return try row.toDomain()
    }

    /// Instruments by id, unchecked (services and listings that already checked access).
    public func instruments(_ ids: some Collection<Instrument.ID>) async throws -> [Instrument.ID: Instrument] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await InstrumentRecord.query(on: db).filter(\.$id ~~ Set(ids.map(\.rawValue))).all()
        return Dictionary(uniqueKeysWithValues: try rows.map { let i = try $0.toDomain(); return (i.id, i) })
    }
}
