import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing
@testable import Enterprise

/// Art. 23(3): a voucher is never spent twice or past its expiry, guaranteed by the database on
/// the run's engine (SQLite file or PostgreSQL), with redeemers racing on two nodes.
@Suite struct VoucherConcurrencyTests {
    @Test func test_Art23_40ConcurrentRedeemersOnTwoNodesSpendAVoucherExactlyOnce() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let provider = try await w.provider()
            let programme = try await w.programme(face: 100_000, cap: 300_000)
            var vouchers: [Voucher] = []
            for _ in 0..<3 { vouchers.append(try await w.vouchers.issue(programme.id, to: w.enterprise.id.rawValue, by: w.officer)) }
            let member = w.member, now = t.now
            try await t.withSecondNode { second in
                let nodes: [any Database] = [t.db, second]
                let results = await withTaskGroup(of: Result<Redemption, any Error>.self) { group in
                    for i in 0..<40 {
                        let db = nodes[i % 2], voucher = vouchers[i % 3]
                        group.addTask {
                            do {
                                return .success(try await Vouchers(db: db, now: now).redeem(voucher.id, .init(providerID: provider.id, service: .testing,
                                                                                                              amountFen: 50_000, description: "检测"), by: member))
                            } catch { return .failure(error) }
                        }
                    }
                    var all: [Result<Redemption, any Error>] = []
                    for await r in group { all.append(r) }
                    return all
                }
                let accepted = results.compactMap { try? $0.get() }
                #expect(accepted.count == 3)
                #expect(Set(accepted.map(\.voucherID)) == Set(vouchers.map(\.id)))
                for case .failure(let error) in results { #expect(rules(error) == ["voucher.redeem.spent"], "\(String(reflecting: error))") }
            }
            let stored = try await w.vouchers.redemptions(of: w.enterprise.id.rawValue)
            #expect(stored.count == 3)
        }
    }

    /// Writing past the service: the database itself refuses a second redemption, a day after the
    /// expiry, an amount above the value and an expiry that is not the voucher's.
    @Test func test_Art23_theDatabaseRefusesASecondOrLateOrOversizedRedemptionWrittenDirectly() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let provider = try await w.provider()
            let voucher = try await w.vouchers.issue(try await w.programme(face: 100_000).id, to: w.enterprise.id.rawValue, by: w.officer)
            let sql = try #require(t.db as? any SQLDatabase)
            func insert(redeemedOn: String, expiresOn: String? = nil, amount: Int = 50_000) async throws {
                try await sql.insert(into: "ent_redemptions")
                    .columns("id", "voucher_id", "expires_on", "face_value_fen", "provider_id", "organisation_id", "service", "amount_fen", "redeemed_on",
                             "description", "state", "service_record", "version", "created_at")
                    .values(SQLBind(UUID()), SQLBind(voucher.id.rawValue), SQLBind(expiresOn ?? voucher.expiresOn.description), SQLBind(voucher.faceValueFen),
                            SQLBind(provider.id.rawValue), SQLBind(w.enterprise.id.rawValue), SQLBind("testing"), SQLBind(amount), SQLBind(redeemedOn),
                            SQLBind(""), SQLBind("redeemed"), SQLBind(""), SQLBind(1), SQLBind(Date()))
                    .run()
            }
            let expiry = voucher.expiresOn.description
            let dayAfter = BeijingDay(containing: voucher.expiresOn.start.addingTimeInterval(86_400)).description
            await #expect { try await insert(redeemedOn: dayAfter) } throws: { ($0 as? any DatabaseError)?.isConstraintFailure == true }
            await #expect { try await insert(redeemedOn: dayAfter, expiresOn: "2999-12-31") } throws: { ($0 as? any DatabaseError)?.isConstraintFailure == true }
            await #expect { try await insert(redeemedOn: expiry, amount: 100_001) } throws: { ($0 as? any DatabaseError)?.isConstraintFailure == true }
            try await insert(redeemedOn: expiry)
            await #expect { try await insert(redeemedOn: expiry) } throws: { ($0 as? any DatabaseError)?.isConstraintFailure == true }
        }
    }
}
