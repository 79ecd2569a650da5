import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Usage records, monthly bills for external users, and feedback (Art. 55).
public struct InstrumentUsage: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    var registry: InstrumentRegistry { InstrumentRegistry(db: db, now: now) }
    var bookings: Bookings { Bookings(db: db, now: now) }

    /// The manager records what happened for a booking: actual times or samples, the outcome, and
    /// the charge computed from the published fees (external rates for external users). The
    /// booking becomes completed.
    public func record(_ bookingID: Booking.ID, _ input: UsageInput, by person: Person) async throws -> UsageRecord {
        let (booking, operates) = try await bookings.find(bookingID, as: person)
        guard operates else { throw DomainError.notFound(entity: "instrument_booking") }
        let at = now()
        try InstrumentsRules.usage.validate(input, at: at)
        guard booking.state == .confirmed, booking.kind != .blackout else {
            throw DomainError.validation([FieldError(field: "booking", rule: "usage.booking.confirmed",
                                                     message: LocalizedText(zh: "只能为已确认的预约登记使用记录", en: "Usage is recorded for confirmed bookings only"), basis: .art(55))])
        }
        guard let startedAt = input.startedAt, let endedAt = input.endedAt, let outcome = input.outcome else { throw DomainError.notFound(entity: "instrument_booking") }
        let instrument = try await registry.find(booking.instrumentID)
        let hours = endedAt.timeIntervalSince(startedAt) / 3600
        var charge = 0
        if let fees = instrument.service?.fees, outcome != .failed, outcome != .noShow {
            let units = fees.unit == .sample ? Double(input.samples ?? booking.samples ?? 0) : hours
            charge = fees.charge(units: units, external: booking.external)
        }
        let amount = charge
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(BookingRecord.schema, id: bookingID.rawValue, expectedVersion: booking.version, entity: "instrument_booking", on: tx) {
                $0.set("state", to: BookingState.completed.rawValue).set("updated_at", to: at)
            }
            let row = UsageRecordRecord()
            row.id = UUID()
            row.bookingID = bookingID.rawValue
            row.instrumentID = booking.instrumentID.rawValue
            row.userID = booking.personID
            row.userName = booking.personName
            row.organisationID = booking.organisationID
            row.operatorID = person.id
            row.startedAt = startedAt
            row.endedAt = endedAt
            row.samples = input.samples ?? booking.samples
            row.outcome = outcome.rawValue
            row.note = InstrumentRegistry.clean(input.note)
            row.external = booking.external
            row.amountFen = amount
            row.recordedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.usage_recorded", objectType: "instrument_booking",
                                                   objectID: bookingID.uuidString, summary: "\(outcome.rawValue) \(amount) fen", basis: .art(55)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Usage of one instrument in [from, to).
    public func usage(of instrumentID: Instrument.ID, from: Date, to: Date) async throws -> [UsageRecord] {
        try await UsageRecordRecord.query(on: db).filter(\.$instrumentID == instrumentID.rawValue)
            .filter(\.$startedAt >= from).filter(\.$startedAt < to).sort(\.$startedAt).all().map { try $0.toDomain() }
    }

    /// Usage of a set of instruments in [from, to).
    public func usage(of instrumentIDs: [UUID], from: Date, to: Date) async throws -> [UsageRecord] {
        guard !instrumentIDs.isEmpty else { return [] }
        return try await UsageRecordRecord.query(on: db).filter(\.$instrumentID ~~ instrumentIDs)
            .filter(\.$startedAt >= from).filter(\.$startedAt < to).sort(\.$startedAt).all().map { try $0.toDomain() }
    }

    /// `2026-11` → the month's first instant and the next month's, Beijing time.
    public static func month(_ raw: String) -> (from: Date, to: Date)? {
        let parts = raw.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), let first = BeijingDay(year: y, month: m, day: 1) else { return nil }
        let next = m == 12 ? BeijingDay(year: y + 1, month: 1, day: 1) : BeijingDay(year: y, month: m + 1, day: 1)
        guard let next else { return nil }
        return (first.start, next.start)
    }

    /// The month's bill of an external user: their usage with a charge. The user sees their own;
    /// the manager of an instrument sees the lines of their instruments.
    public func bill(month: String, user userID: UUID, as viewer: Person) async throws -> Bill {
        guard let (from, to) = Self.month(month) else {
            throw DomainError.validation([FieldError(field: "month", rule: "bill.month.format",
                                                     message: LocalizedText(zh: "请按 2026-11 的格式填写月份", en: "Write the month as e.g. 2026-11"))])
        }
        let rows = try await UsageRecordRecord.query(on: db).filter(\.$userID == userID).filter(\.$external == true)
            .filter(\.$startedAt >= from).filter(\.$startedAt < to).sort(\.$startedAt).all().map { try $0.toDomain() }
        var lines: [BillLine] = []
        var names: [Instrument.ID: Instrument] = [:]
        for usage in rows {
            let instrument: Instrument
            if let known = names[usage.instrumentID] { instrument = known } else {
                instrument = try await registry.find(usage.instrumentID)
                names[usage.instrumentID] = instrument
            }
            if viewer.id != userID, !(try await registry.may(.operate, viewer, instrument)) { continue }
            lines.append(BillLine(usage: usage, instrumentName: LocalizedText(zh: instrument.nameZh, en: instrument.name(in: .en))))
        }
        if viewer.id != userID && lines.isEmpty { throw DomainError.notFound(entity: "instrument_bill") }
        return Bill(month: month, userID: userID, userName: rows.first?.userName ?? "", lines: lines)
    }

    /// External users with usage in the month on instruments the viewer runs (for the manager's bill list).
    public func billedUsers(month: String, as viewer: Person) async throws -> [(id: UUID, name: String, totalFen: Int)] {
        guard let (from, to) = Self.month(month) else { return [] }
        var ids: [UUID] = []
        for i in try await registry.kept(by: viewer) where try await registry.may(.operate, viewer, i) { ids.append(i.id.rawValue) }
        let rows = try await usage(of: ids, from: from, to: to).filter(\.external)
        let grouped = Dictionary(grouping: rows, by: \.userID)
        return grouped.map { (id: $0.key, name: $0.value.first?.userName ?? "", totalFen: $0.value.reduce(0) { $0 + $1.amountFen }) }
            .sorted { $0.name < $1.name }
    }

    // MARK: Feedback

    /// The user rates a completed booking once (1–5, with a comment).
    public func feedback(on bookingID: Booking.ID, _ input: InstrumentsRules.FeedbackInput, by person: Person) async throws -> Feedback {
        let booking = try await bookings.find(bookingID)
        guard booking.personID == person.id else { throw DomainError.notFound(entity: "instrument_booking") }
        let at = now()
        try InstrumentsRules.feedback.validate(input, at: at)
        guard booking.state == .completed else {
            throw DomainError.validation([FieldError(field: "rating", rule: "feedback.booking.completed",
                                                     message: LocalizedText(zh: "使用记录登记后才能评价", en: "You can rate a booking once its usage is recorded"))])
        }
        return try await withWriteTransaction(on: db) { tx in
            guard try await FeedbackRecord.query(on: tx).filter(\.$bookingID == bookingID.rawValue).first() == nil else {
                throw DomainError.duplicate(field: "rating", message: LocalizedText(zh: "您已评价过这次预约", en: "You have already rated this booking"))
            }
            let row = FeedbackRecord()
            row.id = UUID()
            row.bookingID = bookingID.rawValue
            row.instrumentID = booking.instrumentID.rawValue
            row.personID = person.id
            row.rating = input.rating ?? 0
            row.comment = InstrumentRegistry.clean(input.comment)
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.feedback_given", objectType: "instrument_booking",
                                                   objectID: bookingID.uuidString, summary: "\(row.rating)/5"), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func feedback(of instrumentID: Instrument.ID, limit: Int = 50) async throws -> [Feedback] {
        try await FeedbackRecord.query(on: db).filter(\.$instrumentID == instrumentID.rawValue).sort(\.$createdAt, .descending).limit(limit).all()
            .map { try $0.toDomain() }
    }

    /// Bookings of the person that are completed and not yet rated.
    public func unrated(of person: Person) async throws -> Set<Booking.ID> {
        let done = try await BookingRecord.query(on: db).filter(\.$personID == person.id).filter(\.$state == BookingState.completed.rawValue).all()
        let rated = Set(try await FeedbackRecord.query(on: db).filter(\.$personID == person.id).all().map(\.bookingID))
        return Set(done.compactMap(\.id).filter { !rated.contains($0) }.map { Booking.ID($0) })
    }
}
