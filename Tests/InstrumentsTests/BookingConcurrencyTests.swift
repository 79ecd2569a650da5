import FluentKit
import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import Storage
import Testing

/// Zero double bookings under load: 200 concurrent attempts on four free one-hour slots, spread
/// over two nodes (two connection pools on the same database, as two app servers have), on the
/// run's engine (SQLite file or PostgreSQL).
@Suite struct BookingConcurrencyTests {
    @Test func test_Art55_200ConcurrentAttemptsOnTwoNodesGiveExactlyOneBookingPerFreeInterval() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            var users: [Person] = []
            for _ in 0..<8 { users.append(try await t.person([.applicant], organisation: w.externalOrganisation.id)) }
            let slots = (0..<4).map { w.slot(day: 5, 9 + $0, 10 + $0) }
            let instrumentID = w.instrument.id
            let now = t.now
            try await t.withSecondNode { second in
                let nodes: [any Database] = [t.db, second]
                let results = await withTaskGroup(of: Result<Booking, any Error>.self) { group in
                    for i in 0..<200 {
                        let db = nodes[i % 2], user = users[i % users.count], slot = slots[i % slots.count]
                        group.addTask {
                            do { return .success(try await Bookings(db: db, now: now).book(instrumentID, slot, by: user)) } catch { return .failure(error) }
                        }
                    }
                    var all: [Result<Booking, any Error>] = []
                    for await r in group { all.append(r) }
                    return all
                }
                let accepted = results.compactMap { try? $0.get() }
                #expect(accepted.count == 4)
                #expect(Set(accepted.map(\.startsAt)) == Set(slots.compactMap(\.startsAt)))
                var conflicts = 0
                for case .failure(let error) in results {
                    guard case DomainError.duplicate(_, let message) = error else {
                        Issue.record("not a conflict: \(String(reflecting: error))")
                        continue
                    }
                    #expect(accepted.contains { message.en.contains($0.slotText) }, "the conflict names the slot: \(message.en)")
                    conflicts += 1
                }
                #expect(conflicts == 196)
            }
            // What the database holds: four active bookings, pairwise disjoint.
            let stored = try await w.bookings.bookings(of: instrumentID, from: w.at(day: 5, 0), to: w.at(day: 6, 0)).filter(\.state.isActive)
            #expect(stored.count == 4)
            for (i, a) in stored.enumerated() { for b in stored[(i + 1)...] { #expect(a.endsAt <= b.startsAt || b.endsAt <= a.startsAt) } }
        }
    }
}
