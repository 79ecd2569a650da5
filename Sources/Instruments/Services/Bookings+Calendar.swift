import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// One day of an instrument's calendar: its opening window, what is taken, what is free.
public struct CalendarDay: Sendable, Equatable {
    public var day: BeijingDay
    public var free: [FreeInterval]
    /// Taken intervals: bookings (whoever holds them is not shown) and blackouts.
    public var taken: [(startsAt: Date, endsAt: Date, blackout: Bool)]

    public static func == (a: CalendarDay, b: CalendarDay) -> Bool {
        a.day == b.day && a.free == b.free && a.taken.map(\.startsAt) == b.taken.map(\.startsAt) && a.taken.map(\.endsAt) == b.taken.map(\.endsAt)
    }
}

extension Bookings {
    /// The instrument's calendar for `days` days from `from` (at most 62): free intervals within
    /// the opening hours, not in the past, not taken by an active booking or a blackout.
    public func calendar(_ instrumentID: Instrument.ID, from: BeijingDay, days: Int, as viewer: Person?) async throws -> [CalendarDay] {
        let instrument = try await registry.find(instrumentID, as: viewer, for: .view)
        let days = min(max(days, 1), 62)
        let start = from.start, end = from.start.addingTimeInterval(Double(days) * 86_400)
        let busy = try await BookingRecord.query(on: db).filter(\.$instrumentID == instrumentID.rawValue)
            .filter(\.$state ~~ BookingState.active.map(\.rawValue)).filter(\.$kind != BookingKind.sample.rawValue)
            .filter(\.$startsAt < end).filter(\.$endsAt > start).sort(\.$startsAt).all().map { try $0.toDomain() }
        return Self.calendar(instrument, busy: busy, from: from, days: days, now: now())
    }

    /// Pure: the free intervals of each day given the busy bookings.
    static func calendar(_ instrument: Instrument, busy: [Booking], from: BeijingDay, days: Int, now: Date) -> [CalendarDay] {
        let open = instrument.service?.openHour ?? 8, close = instrument.service?.closeHour ?? 20
        var result: [CalendarDay] = []
        for offset in 0..<days {
            let dayStart = from.start.addingTimeInterval(Double(offset) * 86_400)
            let day = BeijingDay(containing: dayStart)
            let windowStart = dayStart.addingTimeInterval(Double(open) * 3600), windowEnd = dayStart.addingTimeInterval(Double(close) * 3600)
            let taken = busy.filter { $0.startsAt < windowEnd && $0.endsAt > windowStart }
            var free: [FreeInterval] = []
            // Free time starts at the next half hour from now.
            let nowSlot = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 1800).rounded(.up) * 1800)
            var cursor = max(windowStart, nowSlot)
            if instrument.bookable {
                for b in taken {
                    if b.startsAt > cursor { free.append(FreeInterval(startsAt: cursor, endsAt: min(b.startsAt, windowEnd))) }
                    cursor = max(cursor, b.endsAt)
                }
                if cursor < windowEnd { free.append(FreeInterval(startsAt: cursor, endsAt: windowEnd)) }
            }
            result.append(CalendarDay(day: day, free: free, taken: taken.map { ($0.startsAt, $0.endsAt, $0.kind == .blackout) }))
        }
        return result
    }

    /// Published, bookable instruments among `ids` with at least `hours` free in one piece in the next `days` days.
    public func available(_ ids: [Instrument.ID], days: Int = 7, hours: Double = 1) async throws -> Set<Instrument.ID> {
        let instruments = try await registry.published(ids).filter(\.bookable)
        guard !instruments.isEmpty else { return [] }
        let at = now(), from = BeijingDay(containing: at)
        let end = from.start.addingTimeInterval(Double(days) * 86_400)
        let busy = try await BookingRecord.query(on: db).filter(\.$instrumentID ~~ instruments.map(\.id.rawValue))
            .filter(\.$state ~~ BookingState.active.map(\.rawValue)).filter(\.$kind != BookingKind.sample.rawValue)
            .filter(\.$startsAt < end).filter(\.$endsAt > at).sort(\.$startsAt).all().map { try $0.toDomain() }
        let byInstrument = Dictionary(grouping: busy, by: \.instrumentID)
        var result: Set<Instrument.ID> = []
        for instrument in instruments {
            let days = Self.calendar(instrument, busy: byInstrument[instrument.id] ?? [], from: from, days: days, now: at)
            if days.contains(where: { $0.free.contains { $0.endsAt.timeIntervalSince($0.startsAt) >= hours * 3600 } }) { result.insert(instrument.id) }
        }
        return result
    }

    // MARK: Lists

    /// A person's bookings, newest first.
    public func bookings(of person: Person, limit: Int = 200) async throws -> [Booking] {
        try await BookingRecord.query(on: db).filter(\.$personID == person.id).filter(\.$kind != BookingKind.blackout.rawValue)
            .sort(\.$startsAt, .descending).limit(limit).all().map { try $0.toDomain() }
    }

    /// Bookings of an instrument between two instants (for its manager and its calendar feed).
    public func bookings(of instrumentID: Instrument.ID, from: Date, to: Date, limit: Int = 2000) async throws -> [Booking] {
        try await BookingRecord.query(on: db).filter(\.$instrumentID == instrumentID.rawValue)
            .filter(\.$startsAt < to).filter(\.$endsAt > from).sort(\.$startsAt).limit(limit).all().map { try $0.toDomain() }
    }

    /// What the person's instruments wait for: bookings awaiting approval, and confirmed past
    /// bookings without a usage record.
    public func queue(for person: Person) async throws -> (approvals: [Booking], usage: [Booking]) {
        let instruments = try await registry.kept(by: person)
        var ids: [UUID] = []
        for i in instruments where try await registry.may(.operate, person, i) { ids.append(i.id.rawValue) }
        guard !ids.isEmpty else { return ([], []) }
        let approvals = try await BookingRecord.query(on: db).filter(\.$instrumentID ~~ ids).filter(\.$state == BookingState.requested.rawValue)
            .sort(\.$startsAt).limit(500).all().map { try $0.toDomain() }
        let usage = try await BookingRecord.query(on: db).filter(\.$instrumentID ~~ ids).filter(\.$state == BookingState.confirmed.rawValue)
            .filter(\.$kind != BookingKind.blackout.rawValue).filter(\.$startsAt < now()).sort(\.$startsAt).limit(500).all().map { try $0.toDomain() }
        return (approvals, usage)
    }

    // MARK: Trainings

    public func isTrained(_ personID: UUID, on instrumentID: Instrument.ID) async throws -> Bool {
        try await TrainingRecord.query(on: db).filter(\.$instrumentID == instrumentID.rawValue).filter(\.$personID == personID).first() != nil
    }

    /// The manager records that a person was trained on the instrument.
    public func recordTraining(_ personID: UUID, on instrumentID: Instrument.ID, by person: Person) async throws {
        _ = try await registry.find(instrumentID, as: person, for: .operate)
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard try await TrainingRecord.query(on: tx).filter(\.$instrumentID == instrumentID.rawValue).filter(\.$personID == personID).first() == nil else { return }
            let row = TrainingRecord()
            row.id = UUID()
            row.instrumentID = instrumentID.rawValue
            row.personID = personID
            row.trainedAt = at
            row.recordedBy = person.id
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.training_recorded", objectType: "instrument",
                                                   objectID: instrumentID.uuidString, summary: personID.uuidString, basis: .art(55)), on: tx, at: at)
        }
    }

    // MARK: Waiting list

    /// Joins the waiting list for a taken slot; when it frees, the first person waiting is offered it.
    public func wait(for instrumentID: Instrument.ID, startsAt: Date?, endsAt: Date?, by person: Person) async throws -> WaitlistEntry {
        let instrument = try await registry.find(instrumentID, as: person, for: .view)
        let at = now()
        let request = BookingRequest(kind: .time, startsAt: startsAt, endsAt: endsAt)
        let trained = try await isTrained(person.id, on: instrumentID)
        try InstrumentsRules.booking.validate(.init(request: request, terms: instrument.service, instrumentBookable: instrument.bookable,
                                                    trained: trained, now: at), at: at)
        guard let startsAt, let endsAt else { throw DomainError.notFound(entity: "instrument") }
        return try await withWriteTransaction(on: db) { tx in
            let row = WaitlistRecord()
            row.id = UUID()
            row.instrumentID = instrumentID.rawValue
            row.personID = person.id
            row.startsAt = startsAt
            row.endsAt = endsAt
            row.state = WaitlistEntry.State.waiting.rawValue
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.waitlist_joined", objectType: "instrument_waitlist",
                                                   objectID: try row.requireID().uuidString, summary: "\(BeijingTime.format(startsAt))–\(BeijingTime.format(endsAt))",
                                                   basis: .art(55)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// A person's waiting-list entries, offers first.
    public func waitlist(of person: Person) async throws -> [WaitlistEntry] {
        try await WaitlistRecord.query(on: db).filter(\.$personID == person.id)
            .filter(\.$state ~~ [WaitlistEntry.State.waiting.rawValue, WaitlistEntry.State.offered.rawValue])
            .sort(\.$startsAt).all().map { try $0.toDomain() }
            .sorted { ($0.state == .offered ? 0 : 1, $0.startsAt) < ($1.state == .offered ? 0 : 1, $1.startsAt) }
    }
}
