import FluentKit
import Foundation
import Identity
@testable import Instruments
import Integrity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing

@Suite struct BookingTests {
    @Test func test_Art55_aBookingWithinTheTermsIsConfirmedAndAnOverlappingOneIsRefusedNamingTheSlot() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let first = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 11), by: w.internalUser)
            #expect(first.state == .confirmed && first.external == false)
            do {
                _ = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 10, 12), by: w.externalUser)
                Issue.record("double booked")
            } catch DomainError.duplicate(let field, let message) {
                #expect(field == "starts_at")
                #expect(message.zh.contains(first.slotText) && message.en.contains(first.slotText))
            }
            // Half-open intervals: the next slot starts when the first ends.
            let next = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 11, 12), by: w.externalUser)
            #expect(next.external)
        }
    }

    @Test func test_Art55_bookingOutsideTheTermsIsRefused() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            for (request, rule) in [
                (w.slot(day: 2, 6, 9), "booking.times.opening_hours"),
                (w.slot(day: -1, 9, 10), "booking.times.future"),
                (w.slot(day: 2, 11, 10), "booking.times.order"),
                (BookingRequest(startsAt: w.at(day: 2, 9, 10), endsAt: w.at(day: 2, 10)), "booking.times.half_hours"),
            ] {
                do {
                    _ = try await w.bookings.book(w.instrument.id, request, by: w.internalUser)
                    Issue.record("accepted \(rule)")
                } catch { #expect(rules(error).contains(rule)) }
            }
        }
    }

    @Test func test_Art55_requiredTrainingIsCheckedBeforeBooking() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t, terms: InstrumentWorld.terms(training: true))
            do {
                _ = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.externalUser)
                Issue.record("booked without training")
            } catch { #expect(rules(error) == ["booking.training.required"]) }
            try await w.bookings.recordTraining(w.externalUser.id, on: w.instrument.id, by: w.manager)
            let booking = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.externalUser)
            #expect(booking.state == .confirmed)
        }
    }

    @Test func test_Art60_refusesBookingByRestrictedPersonOrOrganisation() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            try await t.restrict(.organisation(w.externalOrganisation.id.rawValue), [.fiscalFunding])
            do {
                _ = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.externalUser)
                Issue.record("a restricted organisation booked a publicly funded instrument")
            } catch DomainError.forbidden(let message, let basis) {
                #expect(basis == .art(60))
                #expect(message.zh.contains("第六十条") && message.en.contains("Art. 60"))
            }
            let audit = try await AuditChain.list(.init(object: w.instrument.id.uuidString), limit: 20, on: t.db)
            #expect(audit.contains { $0.action == "instrument.booking_refused" && $0.basis == .art(60) })
            // Someone else is not affected.
            _ = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.internalUser)
        }
    }

    @Test func test_Art55_approvalByTheManagerWhereTheTermsRequireIt() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t, terms: InstrumentWorld.terms(approval: true))
            let booking = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.externalUser)
            #expect(booking.state == .requested)
            // A requested booking holds its slot.
            await #expect(throws: DomainError.self) { _ = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.internalUser) }
            let queue = try await w.bookings.queue(for: w.manager)
            #expect(queue.approvals.map(\.id) == [booking.id])
            // The user cannot approve their own booking.
            await #expect(throws: DomainError.self) { _ = try await w.bookings.decide(booking.id, approve: true, note: "", by: w.externalUser) }
            let approved = try await w.bookings.decide(booking.id, approve: true, note: "同意", by: w.manager)
            #expect(approved.state == .confirmed)
        }
    }

    @Test func test_Art55_cancellationNeedsThePublishedNoticeExceptForTheManager() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t, terms: InstrumentWorld.terms(notice: 72))
            let booking = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.externalUser)
            do {
                _ = try await w.bookings.cancel(booking.id, by: w.externalUser)
                Issue.record("cancelled inside the notice")
            } catch { #expect(rules(error) == ["booking.cancel.notice"]) }
            let cancelled = try await w.bookings.cancel(booking.id, note: "仪器故障", by: w.manager)
            #expect(cancelled.state == .cancelled)
            _ = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 10), by: w.internalUser)
        }
    }

    @Test func test_Art55_blackoutsOccupyTheInstrument() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            _ = try await w.bookings.blackout(w.instrument.id, startsAt: w.at(day: 3, 8), endsAt: w.at(day: 3, 20), reason: "年度维护", by: w.manager)
            do {
                _ = try await w.bookings.book(w.instrument.id, w.slot(day: 3, 9, 10), by: w.internalUser)
                Issue.record("booked into a blackout")
            } catch DomainError.duplicate(_, let message) { #expect(message.en.contains("maintenance blackout")) }
            let calendar = try await w.bookings.calendar(w.instrument.id, from: BeijingDay(containing: w.at(day: 3, 0)), days: 1, as: nil)
            #expect(calendar.first?.free.isEmpty == true)
        }
    }

    @Test func test_Art55_aFreedSlotIsOfferedToTheNextPersonWaiting() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let taken = try await w.bookings.book(w.instrument.id, w.slot(day: 4, 9, 11), by: w.internalUser)
            let entry = try await w.bookings.wait(for: w.instrument.id, startsAt: w.at(day: 4, 9), endsAt: w.at(day: 4, 10), by: w.externalUser)
            #expect(entry.state == .waiting)
            _ = try await w.bookings.cancel(taken.id, by: w.internalUser)
            let offers = try await w.bookings.waitlist(of: w.externalUser)
            #expect(offers.first?.state == .offered)
            // Held for them: someone else cannot take it during the offer.
            let third = try await t.person([.applicant], organisation: w.externalOrganisation.id)
            await #expect(throws: DomainError.self) { _ = try await w.bookings.book(w.instrument.id, w.slot(day: 4, 9, 10), by: third) }
            let booked = try await w.bookings.book(w.instrument.id, w.slot(day: 4, 9, 10), by: w.externalUser)
            #expect(booked.state == .confirmed)
            #expect(try await w.bookings.waitlist(of: w.externalUser).isEmpty)
        }
    }

    @Test func test_database_refusesAnOverlappingActiveBookingWrittenBehindTheService() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let booking = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 11), by: w.internalUser)
            // A row written straight through Fluent, skipping every Swift check: the database itself refuses it.
            var refused = false
            do {
                let row = BookingRecord()
                row.id = UUID()
                row.instrumentID = w.instrument.id.rawValue
                row.personID = w.externalUser.id
                row.personName = "x"
                row.kind = BookingKind.time.rawValue
                row.startsAt = w.at(day: 2, 10)
                row.endsAt = w.at(day: 2, 12)
                row.purpose = ""
                row.state = BookingState.confirmed.rawValue
                row.external = true
                row.decisionNote = ""
                row.version = 1
                row.createdAt = Date()
                row.updatedAt = Date()
                try await row.create(on: t.db)
            } catch { refused = true }
            #expect(refused, "the database accepted an overlapping booking")
            // A cancelled row may overlap; cancelling frees the interval for a new active row.
            _ = try await w.bookings.cancel(booking.id, note: "", by: w.manager)
            _ = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 10, 12), by: w.externalUser)
        }
    }
}
