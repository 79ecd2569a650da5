import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import Testing

/// Who may read which usage records: the rule of the bill and manager pages.
@Suite struct UsageListingTests {
    /// Two completed bookings on the world's instrument, by the internal and the external user.
    static func used(_ w: InstrumentWorld) async throws -> (internal: UsageRecord, external: UsageRecord) {
        let a = try await w.bookings.book(w.instrument.id, w.slot(day: 2, 9, 11), by: w.internalUser)
        let b = try await w.bookings.book(w.instrument.id, w.slot(day: 3, 9, 12), by: w.externalUser)
        let ua = try await w.usage.record(a.id, UsageInput(startedAt: a.startsAt, endedAt: a.endsAt, outcome: .completed), by: w.manager)
        let ub = try await w.usage.record(b.id, UsageInput(startedAt: b.startsAt, endedAt: b.endsAt, outcome: .completed), by: w.manager)
        return (ua, ub)
    }

    @Test func test_Art55_usersSeeTheirOwnUseAndManagersAllUseOfTheirInstruments() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let (internalUse, externalUse) = try await Self.used(w)
            func ids(_ person: Person, _ filter: UsageFilter = .init()) async throws -> [UsageRecord.ID] {
                try await w.usage.listing(filter, as: person, offset: 0, limit: 50).map(\.id)
            }
            #expect(try await ids(w.manager) == [externalUse.id, internalUse.id], "newest first")
            #expect(try await ids(w.office) == [externalUse.id, internalUse.id], "the institution's research office")
            #expect(try await ids(w.externalUser) == [externalUse.id])
            #expect(try await ids(w.externalUser, .init(instrumentID: w.instrument.id)) == [externalUse.id], "only own use of an instrument one does not run")
            let stranger = try await t.person([.applicant], organisation: w.externalOrganisation.id)
            #expect(try await ids(stranger).isEmpty)
            #expect(try await ids(w.manager, .init(external: true)) == [externalUse.id])
            #expect(try await ids(w.manager, .init(from: w.at(day: 3, 0))) == [externalUse.id])
            #expect(try await ids(w.manager, .init(to: w.at(day: 3, 0))) == [internalUse.id])
            #expect(externalUse.amountFen == 180_000 && externalUse.external, "3 hours at the external rate of 600 yuan")
            #expect(try await w.usage.listing(.init(), as: w.manager, offset: 1, limit: 1).map(\.id) == [internalUse.id])
        }
    }

    @Test func test_askingForTheUseOfAnInstrumentOneCannotSeeIsNotFound() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let draft = try await w.registry.register(InstrumentWorld.input(organisation: w.institution.id.rawValue, terms: nil, name: "未发布仪器"), by: w.office)
            await #expect(throws: DomainError.notFound(entity: "instrument")) {
                _ = try await w.usage.listing(.init(instrumentID: draft.id), as: w.externalUser, offset: 0, limit: 10)
            }
        }
    }
}
