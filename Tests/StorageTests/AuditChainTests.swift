import FluentKit
import Foundation
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

/// The audit log is an SM3 hash chain (GB/T 32905-2016): altering, removing or reordering an
/// entry breaks the chain at that entry, and `AuditChain.verify` says where.
@Suite("Audit chain")
struct AuditChainTests {
    // MARK: - An untouched chain

    @Test func test_audit_untouchedChainVerifiesIntactWithItsLength() async throws {
        try await withTestDatabase { t in
            try await appendEntries(6, on: t.db)
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.isIntact)
            #expect(result.problem == nil)
            #expect(result.count == 6)
        }
    }

    @Test func test_audit_emptyChainVerifiesIntactWithNoEntries() async throws {
        try await withTestDatabase { t in
            let before = try await AuditChain.count(on: t.db)
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.isIntact)
            #expect(result.count == before)
        }
    }

    @Test func test_audit_sequenceNumbersStartAtOneAndIncreaseByOne() async throws {
        try await withTestDatabase { t in
            let entries = try await appendEntries(4, on: t.db)
            #expect(entries.map(\.seq) == [1, 2, 3, 4])
        }
    }

    @Test func test_audit_firstEntryChainsToGenesisHashOf64Zeros() async throws {
        try await withTestDatabase { t in
            let first = try await AuditChain.record(auditEvent(1), on: t.db)
            #expect(first.prevHash == String(repeating: "0", count: 64))
        }
    }

    @Test func test_audit_eachEntryChainsToThePreviousEntrysHash() async throws {
        try await withTestDatabase { t in
            let entries = try await appendEntries(5, on: t.db)
            for (previous, entry) in zip(entries, entries.dropFirst()) {
                #expect(entry.prevHash == previous.hash)
            }
            for entry in entries {
                #expect(isLowercaseHex(entry.hash, length: 64), "hash \(entry.hash) is not 64 lowercase hex digits")
            }
            #expect(Set(entries.map(\.hash)).count == entries.count, "every entry has its own hash")
        }
    }

    /// The hash is HMAC-SM3 under the audit key (kept outside the database) over every field written
    /// as `byteLength:value;`, then the previous hash — recomputed here from the stored row,
    /// independently of the chain's own code.
    @Test func test_audit_hashIsHMACSM3UnderTheAuditKeyOverLengthPrefixedFieldsAndPreviousHash() async throws {
        try await withTestDatabase { t in
            let actor = UUID()
            let entry = try await AuditChain.record(AuditEvent(
                actorID: actor, actorLabel: "张三", action: "organisation.created", objectType: "organisation",
                objectID: "org-1", summary: "北京大学 created", basis: .art(5)), on: t.db)
            let row = try #require(try await sql(t.db).raw(
                "SELECT \(ident: "at") AS stamp, basis, scheme FROM audit_log WHERE seq = \(bind: entry.seq)").first())
            let stamp = try row.decode(column: "stamp", as: String.self)
            let basis = try row.decode(column: "basis", as: String?.self)
            #expect(basis == "5")
            #expect(try row.decode(column: "scheme", as: String?.self) == "hmac-sm3")
            let fields = [
                entry.id.uuidString.lowercased(), stamp, actor.uuidString.lowercased(), "张三", "organisation.created",
                "organisation", "org-1", "北京大学 created", "5", entry.prevHash,
            ]
            let input = fields.map { "\($0.utf8.count):\($0);" }.joined()
            #expect(entry.hash == HMACSM3.hex(input, key: TestDB.auditKey.bytes))
            #expect(entry.hash != SM3.hex(input), "not the plain SM3 anyone could recompute")
        }
    }

    @Test func test_audit_appendRecordsTheGivenTimeToTheMillisecond() async throws {
        try await withTestDatabase { t in
            let when = Date(timeIntervalSince1970: 1_750_000_000.123)
            let entry = try await withWriteTransaction(on: t.db) { tx in
                try await AuditChain.append(auditEvent(1), on: tx, at: when)
            }
            #expect(abs(entry.at.timeIntervalSince(when)) < 0.001)
            let listed = try #require(try await AuditChain.list(.init(), limit: 1, on: t.db).first)
            #expect(abs(listed.at.timeIntervalSince(when)) < 0.001)
        }
    }

    // MARK: - Tampering

    @Test func test_audit_detectsAlteredSummary() async throws {
        try await withTestDatabase { t in
            try await appendEntries(5, on: t.db)
            try await sql(t.db).raw("UPDATE audit_log SET summary = \(bind: "nothing happened") WHERE seq = \(bind: Int64(3))").run()
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .altered(seq: 3))
            #expect(result.count == 2, "the two entries before the altered one are still proven")
        }
    }

    /// Every stored field is covered by the hash: changing any one of them is reported at that entry.
    @Test(arguments: [
        ("actor_label", "someone else"), ("action", "test.other"), ("object_type", "other"),
        ("object_id", "thing-99"), ("at", "2020-01-01T00:00:00.000Z"), ("basis", "50(1)"),
        ("prev_hash", String(repeating: "f", count: 64)), ("hash", String(repeating: "a", count: 64)),
    ])
    func test_audit_detectsAnyAlteredColumn(column: String, value: String) async throws {
        try await withTestDatabase { t in
            try await appendEntries(4, on: t.db)
            try await sql(t.db).raw("UPDATE audit_log SET \(ident: column) = \(bind: value) WHERE seq = \(bind: Int64(2))").run()
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .altered(seq: 2), "changing \(column) went unnoticed")
            #expect(result.count == 1)
        }
    }

    @Test func test_audit_detectsRemovedMiddleEntry() async throws {
        try await withTestDatabase { t in
            try await appendEntries(5, on: t.db)
            try await sql(t.db).raw("DELETE FROM audit_log WHERE seq = \(bind: Int64(3))").run()
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .removed(before: 4))
            #expect(result.count == 2)
        }
    }

    @Test func test_audit_detectsRemovedFirstEntry() async throws {
        try await withTestDatabase { t in
            try await appendEntries(3, on: t.db)
            try await sql(t.db).raw("DELETE FROM audit_log WHERE seq = \(bind: Int64(1))").run()
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .removed(before: 2))
            #expect(result.count == 0)
        }
    }

    /// The sequence number is a position, not content: two rows that swap positions each still
    /// match their own hash, but no longer follow the entry before them.
    @Test func test_audit_detectsSwappedEntriesAsReordered() async throws {
        try await withTestDatabase { t in
            try await appendEntries(5, on: t.db)
            let db = sql(t.db)
            try await db.raw("UPDATE audit_log SET seq = \(bind: Int64(-1)) WHERE seq = \(bind: Int64(2))").run()
            try await db.raw("UPDATE audit_log SET seq = \(bind: Int64(2)) WHERE seq = \(bind: Int64(3))").run()
            try await db.raw("UPDATE audit_log SET seq = \(bind: Int64(3)) WHERE seq = \(bind: Int64(-1))").run()
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .reordered(seq: 2))
            #expect(result.count == 1)
        }
    }

    /// A row slipped in with a sequence number below 1 shows up in `AuditChain.list` like any other
    /// entry, so `verify` must not call the log intact.
    /// EXPOSES A SOURCE BUG: `AuditChain.verify` only reads rows with `seq >= 1`
    /// (Sources/Storage/Audit/AuditChain.swift, the `.filter(\.$seq >= expectedSeq)` in `verify`),
    /// so any row with seq <= 0 — even one with a garbage hash — is never examined.
    @Test func test_audit_detectsEntryInsertedBeforeTheFirst() async throws {
        try await withTestDatabase { t in
            let entries = try await appendEntries(3, on: t.db)
            try await sql(t.db).insert(into: "audit_log")
                .columns("id", "seq", "at", "actor_id", "actor_label", "action", "object_type", "object_id",
                         "summary", "basis", "prev_hash", "hash")
                .values(SQLBind(UUID()), SQLBind(Int64(0)), SQLBind("2024-03-01T00:00:00.000Z"), SQLLiteral.null,
                        SQLBind("forger"), SQLBind("organisation.created"), SQLBind("organisation"), SQLBind("fake"),
                        SQLBind("a forged entry"), SQLLiteral.null, SQLBind(String(repeating: "0", count: 64)),
                        SQLBind("not a hash"))
                .run()
            let listed = try await AuditChain.list(.init(), limit: 10, on: t.db)
            #expect(listed.count == entries.count + 1, "the forged row is listed as an audit entry")
            let result = try await AuditChain.verify(on: t.db)
            #expect(!result.isIntact, "a forged row outside the sequence was not detected")
        }
    }

    // MARK: - An insider who can write the database but not read the key (issue #11, item 10)

    /// The insider edits entry 3 and recomputes the plain SM3 chain from there on, so every row
    /// matches its hash and follows the one before it — as the old chain would have accepted.
    @Test func test_audit_rowRewrittenAndPlainChainRecomputed_isCaughtAsAltered() async throws {
        try await withTestDatabase { t in
            try await appendEntries(5, on: t.db)
            try await sql(t.db).raw("UPDATE audit_log SET summary = \(bind: "nothing happened") WHERE seq = \(bind: Int64(3))").run()
            try await recomputeChain(from: 3, on: t.db, key: nil, scheme: "hmac-sm3")
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .altered(seq: 3))
            #expect(result.count == 2)
        }
    }

    /// Marking every row as written before keyed hashing, with a consistent plain chain, is reported too.
    @Test func test_audit_wholeLogDowngradedToPlainSM3_isCaughtAsUnkeyed() async throws {
        try await withTestDatabase { t in
            try await appendEntries(4, on: t.db)
            try await sql(t.db).raw("UPDATE audit_log SET summary = \(bind: "nothing happened") WHERE seq = \(bind: Int64(2))").run()
            try await recomputeChain(from: 1, on: t.db, key: nil, scheme: nil)
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .unkeyed(seq: 1))
            #expect(result.count == 0)
        }
    }

    /// Recomputing with a key of one's own does not help either: only the installation's key matches.
    @Test func test_audit_chainRecomputedUnderAnotherKey_isCaughtAsAltered() async throws {
        try await withTestDatabase { t in
            try await appendEntries(5, on: t.db)
            try await sql(t.db).raw("UPDATE audit_log SET summary = \(bind: "nothing happened") WHERE seq = \(bind: Int64(4))").run()
            try await recomputeChain(from: 4, on: t.db, key: Array(repeating: 7, count: 32), scheme: "hmac-sm3")
            let result = try await AuditChain.verify(on: t.db)
            #expect(result.problem == .altered(seq: 4))
            let other = try AuditKey(bytes: Array(repeating: 7, count: 32))
            let underOtherKey = try await AuditChain.verify(on: t.db, key: other)
            #expect(underOtherKey.problem == .altered(seq: 1), "a verifier with the wrong key trusts nothing")
        }
    }

    /// Deleting the newest entries leaves a chain that is consistent in itself; the signed
    /// checkpoint written before shows that entries are missing at the end.
    @Test func test_audit_newestRowsDeleted_caughtAgainstASignedCheckpoint() async throws {
        try await withTestDatabase { t in
            try await appendEntries(6, on: t.db)
            let checkpoint = try await AuditCheckpoint.ofHead(on: t.db, key: TestDB.auditKey)
            #expect(checkpoint.seq == 6)
            #expect(try await AuditChain.verify(on: t.db, checkpoint: checkpoint) == .init(count: 6, problem: nil))

            try await sql(t.db).raw("DELETE FROM audit_log WHERE seq >= \(bind: Int64(5))").run()
            #expect(try await AuditChain.verify(on: t.db) == .init(count: 4, problem: nil),
                    "without a checkpoint the shortened chain looks whole: that is what checkpoints are for")
            let result = try await AuditChain.verify(on: t.db, checkpoint: checkpoint)
            #expect(result.problem == .truncated(head: 4, checkpointSeq: 6))
        }
    }

    /// Deleting the newest entries and letting the platform append new ones in their place still
    /// leaves the entry at the checkpoint's position different from the one it signed.
    @Test func test_audit_newestRowsReplaced_divergesFromTheSignedCheckpoint() async throws {
        try await withTestDatabase { t in
            try await appendEntries(4, on: t.db)
            let checkpoint = try await AuditCheckpoint.ofHead(on: t.db, key: TestDB.auditKey)
            try await sql(t.db).raw("DELETE FROM audit_log WHERE seq >= \(bind: Int64(3))").run()
            try await appendEntries(3, on: t.db)
            let result = try await AuditChain.verify(on: t.db, checkpoint: checkpoint)
            #expect(result.problem == .divergesFromCheckpoint(seq: 4))
            #expect(result.count == 5, "the chain itself is intact")
        }
    }

    /// A checkpoint whose fields were changed (to hide a truncation), or one signed with another
    /// key, is refused before the log is even read.
    @Test func test_audit_forgedCheckpointSignature_isRejected() async throws {
        try await withTestDatabase { t in
            let entries = try await appendEntries(6, on: t.db)
            let genuine = try await AuditCheckpoint.ofHead(on: t.db, key: TestDB.auditKey)
            try await sql(t.db).raw("DELETE FROM audit_log WHERE seq >= \(bind: Int64(5))").run()

            var edited = genuine
            edited.seq = 4
            edited.hash = entries[3].hash
            #expect(try await AuditChain.verify(on: t.db, checkpoint: edited).problem == .checkpointSignatureInvalid)

            let otherKey = try AuditKey(bytes: Array(repeating: 9, count: 32))
            let signedElsewhere = try AuditCheckpoint.sign(seq: 4, hash: entries[3].hash, at: Date(), key: otherKey)
            #expect(signedElsewhere.hasValidSignature(for: otherKey))
            #expect(try await AuditChain.verify(on: t.db, checkpoint: signedElsewhere).problem == .checkpointSignatureInvalid)

            var garbage = genuine
            garbage.signature = "not base64!"
            #expect(try await AuditChain.verify(on: t.db, checkpoint: garbage).problem == .checkpointSignatureInvalid)
        }
    }

    @Test func test_audit_checkpointFiles_roundTrip_andADirectoryGivesTheLatest() async throws {
        try await withTestDatabase { t in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kc-checkpoints-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: directory) }
            try await appendEntries(2, on: t.db)
            let first = try await AuditCheckpoint.ofHead(on: t.db, key: TestDB.auditKey)
            let firstPath = try first.write(toDirectory: directory)
            try await appendEntries(3, on: t.db)
            let second = try await AuditCheckpoint.ofHead(on: t.db, key: TestDB.auditKey)
            try second.write(toDirectory: directory)

            #expect(try AuditCheckpoint.read(firstPath) == first)
            #expect(try AuditCheckpoint.read(directory) == second)
            let data = try #require(FileManager.default.contents(atPath: firstPath))
            let json = String(decoding: data, as: UTF8.self)
            for field in ["\"seq\":2", "\"hash\":", "\"time\":", "\"signature\":"] {
                #expect(json.contains(field), "\(json) has \(field)")
            }
            #expect(throws: AuditCheckpoint.Unreadable.self) { try AuditCheckpoint.read(directory + "/missing.json") }
        }
    }

    // MARK: - Logs written before keyed hashing

    /// A log written by the previous release (plain SM3, no scheme) is reported as unkeyed until it
    /// is re-keyed once; re-keying records itself, and has nothing to do the second time.
    @Test func test_audit_legacyPlainLog_isReportedUnkeyed_thenReKeyedOnce() async throws {
        try await withTestDatabase { t in
            let before = try await AuditChain.count(on: t.db)
            try await appendEntries(5, on: t.db)
            try await recomputeChain(from: 1, on: t.db, key: nil, scheme: nil)
            #expect(try await AuditChain.verify(on: t.db).problem == .unkeyed(seq: 1))

            #expect(try await AuditChain.rekey(on: t.db) == before + 5)
            #expect(try await AuditChain.verify(on: t.db) == .init(count: before + 6, problem: nil))
            let last = try #require(try await AuditChain.list(.init(), limit: 1, on: t.db).first)
            #expect(last.action == "audit.rekeyed")
            #expect(try await AuditChain.rekey(on: t.db) == 0)
        }
    }

    @Test func test_audit_rekeyRefusesAnOldLogThatWasTamperedWith() async throws {
        try await withTestDatabase { t in
            try await appendEntries(4, on: t.db)
            try await recomputeChain(from: 1, on: t.db, key: nil, scheme: nil)
            try await sql(t.db).raw("UPDATE audit_log SET summary = \(bind: "edited") WHERE seq = \(bind: Int64(2))").run()
            await #expect(throws: AuditChain.RekeyRefused.self) { try await AuditChain.rekey(on: t.db) }
            #expect(try await AuditChain.verify(on: t.db).problem == .unkeyed(seq: 1), "nothing was re-keyed")
        }
    }

    // MARK: - Paging through a long chain

    @Test func test_audit_verifyWalksAcrossPages() async throws {
        try await withTestDatabase { t in
            try await appendEntries(7, on: t.db)
            let result = try await AuditChain.verify(on: t.db, pageSize: 3)
            #expect(result == .init(count: 7, problem: nil))
        }
    }

    @Test(arguments: [3, 4, 6])
    func test_audit_detectsAlterationOnAnyPage(seq: Int) async throws {
        try await withTestDatabase { t in
            try await appendEntries(7, on: t.db)
            try await sql(t.db).raw("UPDATE audit_log SET summary = \(bind: "edited") WHERE seq = \(bind: Int64(seq))").run()
            let result = try await AuditChain.verify(on: t.db, pageSize: 3)
            #expect(result.problem == .altered(seq: Int64(seq)))
            #expect(result.count == seq - 1)
        }
    }

    @Test func test_audit_detectsRemovalAtAPageBoundary() async throws {
        try await withTestDatabase { t in
            try await appendEntries(7, on: t.db)
            try await sql(t.db).raw("DELETE FROM audit_log WHERE seq = \(bind: Int64(4))").run()
            let result = try await AuditChain.verify(on: t.db, pageSize: 3)
            #expect(result.problem == .removed(before: 5))
            #expect(result.count == 3)
        }
    }

    // MARK: - Concurrency

    /// Appends from many tasks at once are serialised: no sequence number is used twice or
    /// skipped, and every entry chains to the one before it.
    @Test func test_audit_concurrentAppendsLeaveAnIntactConsecutiveChain() async throws {
        try await withTestDatabase { t in
            let before = try await AuditChain.count(on: t.db)
            let db = t.db
            let seqs = try await withThrowingTaskGroup(of: Int64.self) { group in
                for n in 1...20 {
                    group.addTask { try await AuditChain.record(auditEvent(n), on: db).seq }
                }
                return try await group.reduce(into: [Int64]()) { $0.append($1) }
            }
            #expect(seqs.sorted() == Array(Int64(before + 1)...Int64(before + 20)))
            let result = try await AuditChain.verify(on: t.db)
            #expect(result == .init(count: before + 20, problem: nil))
        }
    }

    // MARK: - Reading the log

    @Test func test_audit_listIsNewestFirstAndPages() async throws {
        try await withTestDatabase { t in
            try await appendEntries(5, on: t.db)
            let firstPage = try await AuditChain.list(.init(actor: "tester"), limit: 2, on: t.db)
            let secondPage = try await AuditChain.list(.init(actor: "tester"), limit: 2, offset: 2, on: t.db)
            #expect(firstPage.map(\.objectID) == ["thing-5", "thing-4"])
            #expect(secondPage.map(\.objectID) == ["thing-3", "thing-2"])
        }
    }

    @Test func test_audit_listFiltersByActorLabelActorIDAndObject() async throws {
        try await withTestDatabase { t in
            let someone = UUID()
            try await AuditChain.record(auditEvent(1, actor: "alice"), on: t.db)
            try await AuditChain.record(AuditEvent(
                actorID: someone, actorLabel: "bob", action: "test.event", objectType: "grant", objectID: "g-7",
                summary: "bob's event"), on: t.db)
            try await AuditChain.record(auditEvent(3, actor: "alice"), on: t.db)

            let byLabel = try await AuditChain.list(.init(actor: "alice"), limit: 10, on: t.db)
            #expect(byLabel.map(\.objectID) == ["thing-3", "thing-1"])
            let byID = try await AuditChain.list(.init(actor: someone.uuidString), limit: 10, on: t.db)
            #expect(byID.map(\.actorLabel) == ["bob"])
            let byObjectType = try await AuditChain.list(.init(object: "grant"), limit: 10, on: t.db)
            #expect(byObjectType.map(\.objectID) == ["g-7"])
            let byObjectID = try await AuditChain.list(.init(object: "thing-1"), limit: 10, on: t.db)
            #expect(byObjectID.map(\.summary) == ["event number 1"])
        }
    }

    @Test func test_audit_listFiltersByTimeWindow() async throws {
        try await withTestDatabase { t in
            let base = Date(timeIntervalSince1970: 1_760_000_000)
            for hour in 0..<4 {
                _ = try await withWriteTransaction(on: t.db) { tx in
                    try await AuditChain.append(auditEvent(hour), on: tx, at: base.addingTimeInterval(Double(hour) * 3600))
                }
            }
            let window = try await AuditChain.list(
                .init(from: base.addingTimeInterval(3600), until: base.addingTimeInterval(3 * 3600)), limit: 10, on: t.db)
            #expect(window.map(\.objectID) == ["thing-2", "thing-1"], "from is inclusive, until exclusive")
        }
    }

    @Test(arguments: [LegalBasis.art(50, 1), .art(5), .art(13, 2, 3), .standard("GB 32100-2015")])
    func test_audit_legalBasisRoundTrips(basis: LegalBasis) async throws {
        try await withTestDatabase { t in
            try await AuditChain.record(auditEvent(1, basis: basis), on: t.db)
            let listed = try #require(try await AuditChain.list(.init(actor: "tester"), limit: 1, on: t.db).first)
            #expect(listed.basis == basis)
        }
    }
}
