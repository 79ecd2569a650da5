import Foundation
import Synchronization
import Testing
@testable import Search

/// Counts refreshes; each takes a little while so that the callers overlap.
final class RefreshLoads: Sendable {
    let count = Mutex(0)
    func load() async throws {
        count.withLock { $0 += 1 }
        try await Task.sleep(for: .milliseconds(50))
    }
}

struct BrokenRefresh: Error {}

final class Tally: Sendable {
    let value = Mutex(0)
}

/// `RefreshSchedule`: how often and by how many requests a node's in-memory index is read again.
@Suite struct RefreshScheduleTests {
    @Test func test_aNodeStartingUnderLoadReadsItsIndexOnceAndEveryRequestWaitsForIt() async throws {
        let schedule = RefreshSchedule(interval: 60), loads = RefreshLoads()
        let finishedAfterLoad = Tally()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    try await schedule.run { try await loads.load() }
                    // Whoever returns has an index: the one load has finished.
                    if loads.count.withLock({ $0 }) == 1 { finishedAfterLoad.value.withLock { $0 += 1 } }
                }
            }
            try await group.waitForAll()
        }
        #expect(loads.count.withLock { $0 } == 1)
        #expect(finishedAfterLoad.value.withLock { $0 } == 32)
    }

    @Test func test_withinTheIntervalNothingIsReadAgain_afterItOneRequestRefreshes() async throws {
        let loads = RefreshLoads()
        let slow = RefreshSchedule(interval: 60)
        try await slow.run { try await loads.load() }
        try await slow.run { try await loads.load() }
        #expect(loads.count.withLock { $0 } == 1)

        let due = RefreshSchedule(interval: 0), more = RefreshLoads()
        try await due.run { try await more.load() }
        try await due.run { try await more.load() }
        #expect(more.count.withLock { $0 } == 2)
    }

    @Test func test_aFailedRefreshReachesItsCallerAndTheNextRequestTriesAgain() async throws {
        let schedule = RefreshSchedule(interval: 60), loads = RefreshLoads()
        await #expect(throws: BrokenRefresh.self) { try await schedule.run { throw BrokenRefresh() } }
        try await schedule.run { try await loads.load() }
        #expect(loads.count.withLock { $0 } == 1)
    }
}
