import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

/// Booking instruments under their published terms (Art. 55), never double-booked.
///
/// Two active bookings of one instrument never overlap. `book` checks for a conflict and inserts
/// in one write transaction (on SQLite: serialised, so atomic), and the database refuses any
/// overlap itself (INS0006: an exclusion constraint on PostgreSQL, triggers on SQLite), so a
/// booking racing on another node loses with a conflict naming the slot, never a double booking.
public struct Bookings: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    var registry: InstrumentRegistry { InstrumentRegistry(db: db, now: now) }

    /// How long a freed slot is held for the next person on the waiting list.
    public static let offerHold: TimeInterval = 24 * 3600

    // MARK: Booking

    /// Books `request` on the instrument for `person`. Refused (each citing its article) when the
    /// instrument is not bookable, the times break the terms, training is missing (Art. 55), the
    /// person or their organisation is restricted from fiscal support (Art. 60), or the slot is
    /// taken (409, naming the slot).
    public func book(_ instrumentID: Instrument.ID, _ request: BookingRequest, by person: Person) async throws -> Booking {
        let instrument = try await registry.find(instrumentID, as: person, for: .view)
        let at = now()
        let request = Self.normalised(request, terms: instrument.service)
        // The training record matters only when the terms require training for time bookings.
        let needsTraining = (instrument.service?.trainingRequired ?? false) && request.kind == .time
        let trained = needsTraining ? try await isTrained(person.id, on: instrumentID) : true
        try InstrumentsRules.booking.validate(
            .init(request: request, terms: instrument.service, instrumentBookable: instrument.bookable, trained: trained, now: at), at: at)
        guard let startsAt = request.startsAt, let endsAt = request.endsAt else { throw DomainError.notFound(entity: "booking") }
        let organisation = Self.payer(person, requested: request.organisationID)
        try await checkIntegrity(person, organisation: organisation, instrument: instrument, at: at)
        let external = !person.memberships.contains { $0.organisationID == instrument.organisationID }
        let state: BookingState = (instrument.service?.approvalRequired ?? false) ? .requested : .confirmed
        let row = BookingRecord()
        row.id = UUID()
        row.instrumentID = instrumentID.rawValue
        row.personID = person.id
        row.personName = person.name
        row.organisationID = organisation
        row.kind = request.kind.rawValue
        row.startsAt = startsAt
        row.endsAt = endsAt
        row.samples = request.kind == .sample ? request.samples : nil
        row.purpose = InstrumentRegistry.clean(request.purpose)
        row.state = state.rawValue
        row.external = external
        row.decisionNote = ""
        row.version = 1
        row.createdAt = at
        row.updatedAt = at
        return try await insert(row, actor: person, action: "instrument.booked", at: at)
    }

    /// Sample bookings take the delivery day's opening hours; they occupy no time slot.
    static func normalised(_ request: BookingRequest, terms: ServiceTerms?) -> BookingRequest {
        guard request.kind == .sample, let day = request.startsAt.map(BeijingDay.init(containing:)) else { return request }
        var r = request
        r.startsAt = day.start.addingTimeInterval(Double(terms?.openHour ?? 8) * 3600)
        r.endsAt = day.start.addingTimeInterval(Double(terms?.closeHour ?? 20) * 3600)
        return r
    }

    /// The organisation that pays: the one asked for if the person belongs to it, else their first.
    static func payer(_ person: Person, requested: UUID?) -> UUID? {
        let mine = person.memberships.compactMap(\.organisationID)
        if let requested, mine.contains(requested) { return requested }
        return mine.first
    }

    /// Art. 60: a person or organisation restricted from fiscal support does not use instruments
    /// bought with public money. `RestrictedAction` has no "public resources" scope and the
    /// Integrity module is not this module's to change, so the closest scope, `fiscalFunding`
    /// (财政资金支持), is checked. The refusal is audited.
    func checkIntegrity(_ person: Person, organisation: UUID?, instrument: Instrument, at: Date) async throws {
        guard instrument.publicFunding else { return }
        let subjects: [IntegritySubject] = [.person(person.id)] + (organisation.map { [.organisation($0)] } ?? [])
        let decision = try await IntegrityService(db: db, now: now).check(subjects, .fiscalFunding, at: at)
        guard !decision.isAllowed else { return }
        let reason = LocalizedText(zh: "不能预约财政资金购置的仪器。\(decision.reason.zh)",
                                   en: "Instruments bought with public money cannot be booked. \(decision.reason.en)")
        try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.booking_refused", objectType: "instrument",
                                                   objectID: instrument.id.uuidString, summary: reason.en, basis: .art(60)), on: tx, at: at)
        }
        throw DomainError.forbidden(reason, basis: .art(60))
    }

    /// Inserts an occupying row in one write transaction: check, insert, audit. A conflict found
    /// by the check, or by the database when another node won the race, is a 409 naming the slot.
    func insert(_ row: BookingRecord, actor: Person, action: String, at: Date) async throws -> Booking {
        let instrumentID = row.instrumentID, startsAt = row.startsAt, endsAt = row.endsAt, personID = row.personID
        let occupies = (try? StoredValue.decode(BookingKind.self, row.kind, table: BookingRecord.schema, id: row.id, column: "kind"))?.occupiesTime ?? true
        do {
            return try await withWriteTransaction(on: db) { tx in
                if occupies, let conflict = try await Self.conflicts(instrumentID, startsAt, endsAt, on: tx).first {
                    throw Self.conflictError(conflict)
                }
                // One read of the waiting list for the slot: someone else's held offer refuses the
                // booking; the booker's own entries for it are fulfilled (updated only if there are any).
                let waiting = try await WaitlistRecord.query(on: tx).filter(\.$instrumentID == instrumentID)
                    .filter(\.$state ~~ [WaitlistEntry.State.waiting.rawValue, WaitlistEntry.State.offered.rawValue])
                    .filter(\.$startsAt < endsAt).filter(\.$endsAt > startsAt).all()
                if occupies, let held = waiting.first(where: { Self.holds($0, against: personID, at: at) }) {
                    throw Self.heldError(try held.toDomain())
                }
                try await row.create(on: tx)
                let own = waiting.filter { $0.personID == personID }.compactMap(\.id)
                if !own.isEmpty {
                    try await WaitlistRecord.query(on: tx).filter(\.$id ~~ own).set(\.$state, to: WaitlistEntry.State.booked.rawValue).update()
                }
                let booking = try row.toDomain()
                try await AuditChain.append(AuditEvent(actor: actor, action: action, objectType: "instrument_booking",
                                                       objectID: booking.id.uuidString, summary: "\(instrumentID.uuidString) \(booking.slotText)",
                                                       basis: .art(55)), on: tx, at: at)
                return booking
            }
        } catch {
            // Lost a race the check could not see (another node's uncommitted insert): name the winner.
            guard occupies, (error as? any DatabaseError)?.isConstraintFailure == true,
                  let conflict = try await Self.conflicts(instrumentID, startsAt, endsAt, on: db).first else { throw error }
            throw Self.conflictError(conflict)
        }
    }

    /// Active occupying bookings of the instrument overlapping [startsAt, endsAt).
    static func conflicts(_ instrumentID: UUID, _ startsAt: Date, _ endsAt: Date, on db: any Database) async throws -> [Booking] {
        try await BookingRecord.query(on: db).filter(\.$instrumentID == instrumentID)
            .filter(\.$state ~~ BookingState.active.map(\.rawValue)).filter(\.$kind != BookingKind.sample.rawValue)
            .filter(\.$startsAt < endsAt).filter(\.$endsAt > startsAt).sort(\.$startsAt).all().map { try $0.toDomain() }
    }

    static func conflictError(_ b: Booking) -> DomainError {
        if b.kind == .blackout {
            return .duplicate(field: "starts_at", message: LocalizedText(
                zh: "该时段与仪器维护停机时段 \(b.slotText)（北京时间）冲突，请选择其他时段",
                en: "This slot overlaps the maintenance blackout \(b.slotText) (Beijing time): choose another slot"))
        }
        return .duplicate(field: "starts_at", message: LocalizedText(
            zh: "该时段已被预约：与已有预约 \(b.slotText)（北京时间）冲突，请选择其他时段或加入候补",
            en: "This slot is taken: it overlaps the existing booking \(b.slotText) (Beijing time). Choose another slot or join the waiting list"))
    }

    static func heldOffer(_ instrumentID: UUID, _ startsAt: Date, _ endsAt: Date, for personID: UUID, at: Date, on db: any Database) async throws -> WaitlistEntry? {
        try await WaitlistRecord.query(on: db).filter(\.$instrumentID == instrumentID).filter(\.$state == WaitlistEntry.State.offered.rawValue)
            .filter(\.$personID != personID).filter(\.$offeredUntil > at)
            .filter(\.$startsAt < endsAt).filter(\.$endsAt > startsAt).first()?.toDomain()
    }

    /// A slot offered to someone else on the waiting list, still within its hold (`heldOffer`'s test).
    static func holds(_ entry: WaitlistRecord, against personID: UUID, at: Date) -> Bool {
        entry.state == WaitlistEntry.State.offered.rawValue && entry.personID != personID && (entry.offeredUntil.map { $0 > at } ?? false)
    }

    static func heldError(_ e: WaitlistEntry) -> DomainError {
        let slot = "\(BeijingTime.format(e.startsAt))–\(BeijingTime.format(e.endsAt))"
        let until = e.offeredUntil.map(BeijingTime.format) ?? ""
        return .duplicate(field: "starts_at", message: LocalizedText(
            zh: "该时段 \(slot) 已空出，正为候补用户保留至 \(until)（北京时间）",
            en: "The slot \(slot) was freed and is held for the next person on the waiting list until \(until) (Beijing time)"))
    }

    // MARK: Blackouts

    /// A maintenance blackout: occupies the instrument like a booking (so it cannot overlap one).
    public func blackout(_ instrumentID: Instrument.ID, startsAt: Date?, endsAt: Date?, reason: String, by person: Person) async throws -> Booking {
        _ = try await registry.find(instrumentID, as: person, for: .operate)
        guard let startsAt, let endsAt, endsAt > startsAt else {
            throw DomainError.validation([FieldError(field: "starts_at", rule: "blackout.times.order",
                                                     message: LocalizedText(zh: "请填写停机开始和结束时间，结束须晚于开始", en: "Enter the blackout's start and end; the end after the start"),
                                                     basis: .art(55))])
        }
        let at = now()
        let row = BookingRecord()
        row.id = UUID()
        row.instrumentID = instrumentID.rawValue
        row.personID = person.id
        row.personName = person.name
        row.kind = BookingKind.blackout.rawValue
        row.startsAt = startsAt
        row.endsAt = endsAt
        row.purpose = InstrumentRegistry.clean(reason)
        row.state = BookingState.confirmed.rawValue
        row.external = false
        row.decisionNote = ""
        row.version = 1
        row.createdAt = at
        row.updatedAt = at
        return try await insert(row, actor: person, action: "instrument.blackout_added", at: at)
    }

    // MARK: Decisions and cancellation

    public func find(_ id: Booking.ID) async throws -> Booking {
        guard let row = try await BookingRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "instrument_booking") }
        return try row.toDomain()
    }

    /// The booking if `person` booked it or runs its instrument; otherwise it does not exist for them.
    public func find(_ id: Booking.ID, as person: Person) async throws -> (Booking, operator: Bool) {
        let booking = try await find(id)
        let instrument = try await registry.find(booking.instrumentID)
        let operates = try await registry.may(.operate, person, instrument)
        guard operates || booking.personID == person.id else { throw DomainError.notFound(entity: "instrument_booking") }
        return (booking, operates)
    }

    /// The manager approves or rejects a booking awaiting approval.
    public func decide(_ id: Booking.ID, approve: Bool, note: String, by person: Person) async throws -> Booking {
        let (booking, operates) = try await find(id, as: person)
        guard operates else { throw DomainError.notFound(entity: "instrument_booking") }
        guard booking.state == .requested else {
            throw DomainError.validation([FieldError(field: "booking", rule: "booking.decide.requested",
                                                     message: LocalizedText(zh: "该预约不在待审批状态", en: "This booking is not awaiting approval"), basis: .art(55))])
        }
        return try await transition(booking, to: approve ? .confirmed : .rejected, note: note, by: person,
                                    action: approve ? "instrument.booking_approved" : "instrument.booking_rejected")
    }

    /// The user (with the published notice) or the manager (any time) cancels; the freed slot is
    /// offered to the first person waiting for it.
    public func cancel(_ id: Booking.ID, note: String = "", by person: Person) async throws -> Booking {
        let (booking, operates) = try await find(id, as: person)
        let instrument = try await registry.find(booking.instrumentID)
        let at = now()
        try InstrumentsRules.cancellation.validate(.init(booking: booking, noticeHours: instrument.service?.cancellationNoticeHours ?? 0,
                                                         byManager: operates, now: at), at: at)
        return try await transition(booking, to: .cancelled, note: note, by: person, action: "instrument.booking_cancelled")
    }

    func transition(_ booking: Booking, to state: BookingState, note: String, by person: Person, action: String) async throws -> Booking {
        let at = now()
        let hold = Self.offerHold
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(BookingRecord.schema, id: booking.id.rawValue, expectedVersion: booking.version, entity: "instrument_booking", on: tx) {
                $0.set("state", to: state.rawValue).set("decided_by", to: person.id).set("decision_note", to: InstrumentRegistry.clean(note))
                    .set("updated_at", to: at)
            }
            if !state.isActive && booking.state.isActive && booking.kind.occupiesTime {
                try await Self.offerFreedSlot(booking, at: at, hold: hold, on: tx)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: "instrument_booking",
                                                   objectID: booking.id.uuidString, summary: booking.slotText, basis: .art(55)), on: tx, at: at)
            guard let row = try await BookingRecord.find(booking.id.rawValue, on: tx) else { throw DomainError.notFound(entity: "instrument_booking") }
            return try row.toDomain()
        }
    }

    /// Offers the freed interval to the earliest waiting entry that wanted part of it and is now free.
    static func offerFreedSlot(_ freed: Booking, at: Date, hold: TimeInterval, on tx: any Database) async throws {
        let waiting = try await WaitlistRecord.query(on: tx).filter(\.$instrumentID == freed.instrumentID.rawValue)
            .filter(\.$state == WaitlistEntry.State.waiting.rawValue).filter(\.$startsAt < freed.endsAt).filter(\.$endsAt > freed.startsAt)
            .filter(\.$startsAt > at).sort(\.$createdAt).all()
        for entry in waiting {
            let others = try await conflicts(entry.instrumentID, entry.startsAt, entry.endsAt, on: tx).filter { $0.id != freed.id }
            guard others.isEmpty else { continue }
            entry.state = WaitlistEntry.State.offered.rawValue
            entry.offeredUntil = min(at.addingTimeInterval(hold), entry.startsAt)
            try await entry.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: AuditActor.system, action: "instrument.waitlist_offered", objectType: "instrument_waitlist",
                                                   objectID: try entry.requireID().uuidString, summary: freed.slotText, basis: .art(55)), on: tx, at: at)
            return
        }
    }
}
