import Export
import Foundation
import Identity
import KechuangCore
import Storage

/// Publishing by people (Art. 57): a publisher describes a data set and uploads its versions.
/// `DatasetPublishing` decides who; a refusal is audited and cites Art. 57. A new version is
/// always a new row with its own files: nothing earlier is overwritten.
extension DatasetCatalogue {
    /// Records a refused publishing step in the audit log, then throws it (403 with the article).
    func refusePublishing(_ message: LocalizedText, by person: Person, object: String, summary: String) async throws -> Never {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            _ = try await AuditChain.append(AuditEvent(actor: person, action: "dataset.publish_refused", objectType: Self.objectType,
                                                       objectID: object, summary: summary + ": " + message.en, basis: .art(57)), on: tx, at: at)
        }
        throw DomainError.forbidden(message, basis: .art(57))
    }

    /// A new data set described by `person` for `publisher` (an organisation id, or nil for the platform).
    public func publish(_ input: DatasetInput, as publisher: UUID?, by person: Person) async throws -> Dataset {
        guard DatasetPublishing.mayPublish(person, as: publisher) else {
            try await refusePublishing(DatasetRules.notAPublisher, by: person, object: publisher?.uuidString ?? "platform", summary: "new data set \(input.slug)")
        }
        let named: Publisher
        if let publisher {
            let organisation = try await Organisations(db: db, now: now).find(Organisation.ID(publisher))
            named = Publisher(id: publisher, nameZh: organisation.nameZh, nameEn: organisation.nameEn ?? "")
        } else {
            named = .platform
        }
        return try await create(input, publisher: named, by: person.auditActor)
    }

    /// A new version of a publisher's data set from an uploaded file (CSV, JSON or XLSX, read by
    /// content). The note says what changed; earlier versions keep their files and checksums.
    @discardableResult
    public func upload(_ id: Dataset.ID, _ file: DatasetUpload, note: String, by person: Person) async throws -> DatasetVersion {
        let dataset = try await find(id)
        guard DatasetPublishing.mayAddVersion(person, to: dataset) else {
            try await refusePublishing(dataset.source == nil ? DatasetRules.notAPublisher : DatasetRules.platformDatasetAutomatic,
                                       by: person, object: id.uuidString, summary: "new version of \(dataset.slug)")
        }
        let trimmedNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
        let noteErrors = DatasetRules.version.violations(of: DatasetRules.VersionInput(note: trimmedNote), at: now())
        let table: ExportTable
        do {
            table = try file.table()
        } catch DomainError.validation(let fileErrors) {
            throw DomainError.validation(noteErrors + fileErrors)
        }
        guard noteErrors.isEmpty else { throw DomainError.validation(noteErrors) }
        guard let version = try await addVersion(id, table: table, note: trimmedNote + " (" + file.fileName + ")", by: person.auditActor) else {
            throw DomainError.notFound(entity: "dataset")
        }
        return version
    }

    /// The refusal of a publishing step on `dataset` (audited, Art. 57): for the pages' guards.
    public func refusePublishing(_ person: Person, _ dataset: Dataset) async throws -> Never {
        try await refusePublishing(dataset.source == nil ? DatasetRules.notAPublisher : DatasetRules.platformDatasetAutomatic,
                                   by: person, object: dataset.id.uuidString, summary: "new version of \(dataset.slug)")
    }

    /// The data sets this person may add versions to, by name.
    public func publishable(by person: Person) async throws -> [Dataset] {
        try await all().filter { DatasetPublishing.mayAddVersion(person, to: $0) }
    }
}
