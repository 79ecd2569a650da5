import Foundation

/// When a node's in-memory index reads the database again: at most every `interval`, by one
/// request at a time. While a refresh runs, the other requests search the index as it is; before
/// the first load has finished they wait for that one load instead of each reading every row
/// again (a node that starts under load would otherwise load its index once per request). A
/// refresh that fails leaves the schedule due, so the next request tries again, and its error
/// reaches the requests that waited for it.
public final class RefreshSchedule: @unchecked Sendable {
    private let lock = NSLock()
    private let interval: TimeInterval
    private var lastCheck = Date.distantPast
    private var loaded = false
    private var inFlight: Task<Void, any Error>?

    public init(interval: TimeInterval) { self.interval = interval }

    /// Runs `refresh` when due and no refresh is running; joins the running one before the first load.
    public func run(_ refresh: @escaping @Sendable () async throws -> Void) async throws {
        let task = lock.withLock { () -> Task<Void, any Error>? in
            if let inFlight { return loaded ? nil : inFlight }
            guard Date().timeIntervalSince(lastCheck) >= interval else { return nil }
            let task = Task { [weak self] in
                do {
                    try await refresh()
                    self?.finished(loaded: true)
                } catch {
                    self?.finished(loaded: false)
                    throw error
                }
            }
            inFlight = task
            return task
        }
        try await task?.value
    }

    private func finished(loaded success: Bool) {
        lock.withLock {
            inFlight = nil
            if success {
                loaded = true
                lastCheck = Date()
            }
        }
    }
}
