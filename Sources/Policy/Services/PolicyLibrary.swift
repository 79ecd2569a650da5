import Search
import FluentKit
import Foundation
import KechuangCore
import SQLKit
import Storage

/// Imports documents into the library and reads them back. Every write runs in a transaction and
/// is audited under Art. 75 (implementing policies are added to the library).
public struct PolicyLibrary: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public struct ImportReport: Sendable, Equatable {
        public var added = 0
        public var updated = 0
        public var newVersions = 0
        public var articles = 0
        public var skipped: [ImportLineError] = []
        public var total: Int { added + updated + newVersions }
    }

    /// Imports a JSONL file in the corpus format. Lines that cannot be read are reported with
    /// their number and skipped; every batch of documents lands whole or not at all.
    /// `progress(done, total)` is called after each batch with the line count.
    public func importJSONL(
        contentsOf url: URL, actor: AuditActor, batchSize: Int = 100,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> ImportReport {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ImportFailure("cannot read \(url.path): \(error.localizedDescription)")
        }
        guard let content = String(data: data, encoding: .utf8) else {
            throw ImportFailure("\(url.path) is not UTF-8 text")
        }
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        var report = ImportReport()
        var batch: [PolicySource] = []
        var done = 0
        for (index, line) in lines.enumerated() {
            done = index + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            do {
                batch.append(try PolicySourceParser.parse(line: line))
            } catch {
                report.skipped.append(ImportLineError(line: index + 1, reason: error.reason))
            }
            if batch.count >= batchSize {
                try await write(batch, actor: actor, into: &report)
                batch.removeAll(keepingCapacity: true)
                progress(done, lines.count)
            }
        }
        if !batch.isEmpty { try await write(batch, actor: actor, into: &report) }
        progress(lines.count, lines.count)
        return report
    }

    /// Imports one official text as published (lines broken mid-sentence, stray spaces, headings).
    @discardableResult
    public func importText(_ source: PolicySource, actor: AuditActor) async throws -> ImportReport {
        var report = ImportReport()
        try await write([source], actor: actor, into: &report)
        return report
    }

    private func write(_ sources: [PolicySource], actor: AuditActor, into report: inout ImportReport) async throws {
        let at = now()
        // Parsing is pure and happens outside the transaction.
        let parsed = sources.map { ($0, LegalStructureParser.parse($0.text)) }
        let counts = try await withWriteTransaction(on: db) { tx -> ImportReport in
            var counts = ImportReport()
            let generation = (try await PolicyDocumentRecord.query(on: tx).max(\.$generation) ?? 0) + 1
            for (source, structure) in parsed {
                let versionDate = source.date ?? ""
                let versions = try await PolicyDocumentRecord.query(on: tx).filter(\.$externalID == source.externalID).all()
                let existing = versions.first { $0.versionDate == versionDate }
                let newest = (versions.map(\.versionDate) + [versionDate]).max() ?? versionDate
                let record = existing ?? PolicyDocumentRecord()
                if existing == nil {
                    record.id = UUID()
                    record.createdAt = at
                } else {
                    try await PolicyArticleRecord.query(on: tx).filter(\.$documentID == (try record.requireID())).delete()
                }
                record.externalID = source.externalID
                record.versionDate = versionDate
                record.titleZh = source.title
                record.titleEn = source.titleEn
                record.issuer = source.issuer
                record.level = source.level.rawValue
                record.region = source.region
                record.effectiveDate = source.effectiveDate ?? source.date
                record.isCurrent = versionDate == newest
                record.status = (versionDate == newest ? PolicyStatus.inForce : .amended).rawValue
                record.preamble = structure.preamble
                record.chaptersJSON = String(decoding: try JSONEncoder().encode(structure.chapters.map { PolicyChapter(label: $0.label, title: $0.title) }), as: UTF8.self)
                record.articleCount = structure.articles.count
                record.generation = generation
                record.updatedAt = at
                try await record.save(on: tx)
                // Other versions: only the newest is current; the older ones were amended by it.
                for other in versions where other.id != record.id {
                    let current = other.versionDate == newest
                    if other.isCurrent != current || (other.status == PolicyStatus.inForce.rawValue) != current {
                        other.isCurrent = current
                        other.status = (current ? PolicyStatus.inForce : .amended).rawValue
                        other.generation = generation
                        other.updatedAt = at
                        try await other.save(on: tx)
                    }
                }
                let rows = Self.articleRows(structure, documentID: try record.requireID())
                for chunk in stride(from: 0, to: rows.count, by: 500) {
                    try await Array(rows[chunk..<min(chunk + 500, rows.count)]).create(on: tx)
                }
                counts.articles += rows.count
                if existing != nil { counts.updated += 1 } else if versions.isEmpty { counts.added += 1 } else { counts.newVersions += 1 }
                try await AuditChain.append(AuditEvent(
                    actor: actor,
                    action: existing != nil ? "policy.updated" : versions.isEmpty ? "policy.added" : "policy.version_added",
                    objectType: "policy", objectID: source.externalID,
                    summary: "\(source.title) [\(versionDate.isEmpty ? "undated" : versionDate)] \(structure.chapters.count) chapters, \(structure.articles.count) articles",
                    basis: .art(75)), on: tx, at: at)
            }
            return counts
        }
        report.added += counts.added
        report.updated += counts.updated
        report.newVersions += counts.newVersions
        report.articles += counts.articles
    }

    /// Article rows: the text before the first article (if any) as row 0 with an empty label.
    static func articleRows(_ structure: LegalDocumentStructure, documentID: UUID) -> [PolicyArticleRecord] {
        var rows: [PolicyArticleRecord] = []
        for (seq, article) in structure.articles.enumerated() {
            let row = PolicyArticleRecord()
            row.id = UUID()
            row.documentID = documentID
            row.seq = seq + 1
            row.number = article.number
            row.suffix = article.suffix
            row.label = article.label
            let chapter = article.chapter.flatMap { $0 < structure.chapters.count ? structure.chapters[$0] : nil }
            row.chapterLabel = chapter?.label
            row.chapterTitle = chapter?.title
            row.text = article.text
            rows.append(row)
        }
        return rows
    }

    // MARK: - Reading

    /// The current version of a document, or the version of a given date.
    public func document(_ externalID: String, version: String? = nil) async throws -> PolicyDocument {
        let query = PolicyDocumentRecord.query(on: db).filter(\.$externalID == externalID)
        if let version { query.filter(\.$versionDate == version) } else { query.sort(\.$isCurrent, .descending).sort(\.$versionDate, .descending) }
        guard let record = try await query.first() else { throw DomainError.notFound(entity: "policy") }
        return try record.toDomain()
    }

    public func articles(of document: PolicyDocument) async throws -> [PolicyArticle] {
        try await PolicyArticleRecord.query(on: db).filter(\.$documentID == document.id).sort(\.$seq).all().map { $0.toDomain() }
    }

    public func versions(of externalID: String) async throws -> [PolicyVersion] {
        try await PolicyDocumentRecord.query(on: db).filter(\.$externalID == externalID).sort(\.$versionDate, .descending).all()
            .map { PolicyVersion(id: try $0.requireID(), issueDate: $0.versionDate.isEmpty ? nil : $0.versionDate, status: try StoredValue.decode(PolicyStatus.self, $0.status, table: PolicyDocumentRecord.schema, id: $0.id, column: "status"),
                                isCurrent: $0.isCurrent) }
    }

    /// `第五十条`, `第十条之一` (spaces ignored) in the current version.
    public func article(_ externalID: String, label: String) async throws -> (PolicyDocument, PolicyArticle) {
        let document = try await document(externalID)
        let wanted = label.filter { !$0.isWhitespace }
        guard let row = try await PolicyArticleRecord.query(on: db).filter(\.$documentID == document.id).filter(\.$label == wanted).first() else {
            throw DomainError.notFound(entity: "article")
        }
        return (document, row.toDomain())
    }

    public func count() async throws -> Int {
        try await PolicyDocumentRecord.query(on: db).filter(\.$isCurrent == true).count()
    }
}
