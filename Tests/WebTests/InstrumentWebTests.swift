import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor

/// Instrument sharing over HTTP (Art. 55, 60): pages and the JSON API, on the run's engine.
@Suite struct InstrumentWebTests {
    struct World {
        let t: TestApp
        let office: Person
        let manager: Person
        let user: Person
        let userToken: String
        let instrument: Instrument
        let externalOrganisation: Organisation

        func at(day: Int, _ hour: Int) -> Date {
            BeijingDay(containing: t.clock.now).start.addingTimeInterval(Double(day) * 86_400 + Double(hour) * 3600)
        }
    }

    static func terms(approval: Bool = false) -> ServiceTerms {
        ServiceTerms(mode: .staffOperated, content: "核磁共振波谱测试", process: "预约→确认→测试→结算",
                     fees: FeeSchedule(unit: .hour, internalRateFen: 20_000, externalRateFen: 45_000), contact: "010-6275 1234",
                     approvalRequired: approval)
    }

    static func world(_ t: TestApp, approval: Bool = false) async throws -> World {
        let institution = try await t.organisation("北京核磁大学")
        let office = try await t.person([.researchOffice], organisation: institution.id)
        let manager = try await t.person([.applicant], organisation: institution.id)
        let external = try await t.organisation("外部企业", type: .enterprise)
        let user = try await t.person([.applicant], organisation: external.id)
        let registry = InstrumentRegistry(db: t.db, now: t.now)
        var instrument = try await registry.register(InstrumentInput(
            nameZh: "核磁共振波谱仪", nameEn: "NMR spectrometer", categoryCode: "01", maker: "Bruker", model: "AVANCE NEO 600",
            originalValueYuan: 6_500_000, publicFunding: true, organisationID: institution.id.rawValue, location: "化学楼 A101", district: .haidian,
            specs: "600 MHz", service: terms(approval: approval)), by: office)
        try await registry.addManager(manager.id, to: instrument.id, by: office)
        instrument = try await registry.publish(instrument.id, by: office)
        let token = try await t.tokens.create(for: user.id, name: "api", scopes: [.read, .write], by: .system).secret
        return World(t: t, office: office, manager: manager, user: user, userToken: token, instrument: instrument, externalOrganisation: external)
    }

    struct Body: Encodable, Sendable {
        let starts_at: String
        let ends_at: String
        let purpose: String
    }

    @Test func test_Art55_200ConcurrentAPIBookingsGiveOneBookingPerSlotAndA409ProblemNamingTheSlot() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            var tokens: [String] = [w.userToken]
            for _ in 0..<3 {
                let p = try await t.person([.applicant], organisation: w.externalOrganisation.id)
                tokens.append(try await t.tokens.create(for: p.id, name: "api", scopes: [.read, .write], by: .system).secret)
            }
            let slots = (0..<4).map { (BeijingTime.rfc3339(w.at(day: 3, 9 + $0)), BeijingTime.rfc3339(w.at(day: 3, 10 + $0))) }
            let path = "/api/v1/instruments/\(w.instrument.id.uuidString.lowercased())/bookings"
            let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for i in 0..<200 {
                    let slot = slots[i % 4], token = tokens[i % tokens.count]
                    group.addTask {
                        let r = try await t.send(.POST, path, body: .json(Body(starts_at: slot.0, ends_at: slot.1, purpose: "并发")), bearer: token)
                        return (Int(r.status.code), r.text)
                    }
                }
                var all: [(Int, String)] = []
                for try await r in group { all.append(r) }
                return all
            }
            #expect(results.filter { $0.0 == 201 }.count == 4)
            let conflicts = results.filter { $0.0 == 409 }
            #expect(conflicts.count == 196, "\(Set(results.map(\.0)))")
            for (_, body) in conflicts.prefix(20) {
                let problem = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
                #expect((problem["type"] as? String)?.hasSuffix("/problems/duplicate") == true)
                let detail = problem["detail"] as? String ?? ""
                // Names the slot it overlaps, e.g. "2026-12-05 09:00–10:00".
                #expect(slots.contains { detail.contains(String($0.0.prefix(16)).replacingOccurrences(of: "T", with: " ")) }, "\(detail)")
            }
        }
    }

    @Test func test_Art60_restrictedOrganisationsBookingIsA403ProblemCitingArticle60() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            try await t.restrict(.organisation(w.externalOrganisation.id.rawValue), [.fiscalFunding])
            let path = "/api/v1/instruments/\(w.instrument.id.uuidString.lowercased())/bookings"
            let r = try await t.send(.POST, path, body: .json(Body(starts_at: BeijingTime.rfc3339(w.at(day: 2, 9)), ends_at: BeijingTime.rfc3339(w.at(day: 2, 10)),
                                                                  purpose: "")), bearer: w.userToken)
            #expect(r.status == .forbidden)
            #expect(try r.json()["article"] as? String == "60")
        }
    }

    @Test func test_Art55_publishingWithoutServiceInformationIsRefusedOnThePageCitingTheArticle() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let draft = try await InstrumentRegistry(db: t.db, now: t.now).register(InstrumentInput(
                nameZh: "同步辐射光束线", categoryCode: "15", originalValueYuan: 90_000_000, publicFunding: true,
                organisationID: w.instrument.organisationID, district: .huairou), by: w.office)
            let session = try await t.sessionToken(for: w.office)
            let r = try await t.send(.POST, "/instruments/\(draft.id.uuidString.lowercased())/publish", session: session, body: .form([:]))
            #expect(r.status == .unprocessableEntity)
            #expect(r.text.contains("第五十五条") && r.text.contains("field-service-mode"))
            #expect(try await InstrumentRegistry(db: t.db).find(draft.id).published == false)
        }
    }

    @Test func test_Art55_visitorFindsTheInstrumentAndSeesItsTermsAndFreeSlots() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let q = "核磁".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let search = try await t.send(.GET, "/instruments?q=\(q)&available=yes")
            #expect(search.status == .ok && search.text.contains("核磁共振波谱仪"))
            let none = try await t.send(.GET, "/instruments?q=\(q)&fee_max=100")
            #expect(!none.text.contains("核磁共振波谱仪"))
            let page = try await t.send(.GET, "/instruments/\(w.instrument.id.uuidString.lowercased())?lang=en")
            #expect(page.status == .ok && page.text.contains("Free slots in the next 7 days") && page.text.contains("¥450.00 per hour"))
            let ics = try await t.send(.GET, "/instruments/\(w.instrument.id.uuidString.lowercased())/calendar.ics")
            #expect(ics.text.hasPrefix("BEGIN:VCALENDAR"))
            let api = try await t.send(.GET, "/api/v1/instruments/\(w.instrument.id.uuidString.lowercased())/availability?days=3")
            #expect(api.status == .ok)
            let stats = try await t.send(.GET, "/instruments/statistics")
            #expect(stats.status == .ok && stats.text.contains("<svg"))
        }
    }

    @Test func test_Art55_bookingApprovalUsageAndTheExternalUsersBill() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t, approval: true)
            let id = w.instrument.id.uuidString.lowercased()
            let userSession = try await t.sessionToken(for: w.user)
            let start = w.at(day: 1, 9), end = w.at(day: 1, 11)
            let booked = try await t.send(.POST, "/instruments/\(id)/book", session: userSession,
                                          body: .form(["kind": "time", "starts_at": BeijingTime.format(start), "ends_at": BeijingTime.format(end), "purpose": "测试"]))
            #expect(booked.status == .seeOther)
            let booking = try #require(try await Bookings(db: t.db, now: t.now).bookings(of: w.user).first)
            #expect(booking.state == .requested)
            let managerSession = try await t.sessionToken(for: w.manager)
            let queue = try await t.send(.GET, "/instruments/manage", session: managerSession)
            #expect(queue.text.contains(booking.slotText))
            _ = try await t.send(.POST, "/instruments/bookings/\(booking.id.uuidString.lowercased())/decide", session: managerSession,
                                 body: .form(["decision": "approve", "note": ""]))
            let usage = try await t.send(.POST, "/instruments/bookings/\(booking.id.uuidString.lowercased())/usage", session: managerSession,
                                         body: .form(["started_at": BeijingTime.format(start), "ended_at": BeijingTime.format(end), "outcome": "completed"]))
            #expect(usage.status == .seeOther, "\(usage.text.prefix(400))")
            let month = String(BeijingDay(containing: start).description.prefix(7))
            let bill = try await t.send(.GET, "/instruments/bills?month=\(month)", session: userSession)
            #expect(bill.text.contains("¥900.00"), "2 hours at the external rate of 450 yuan")
            let csv = try await t.send(.GET, "/instruments/bills/\(w.user.id.uuidString.lowercased())?month=\(month)&format=csv", session: userSession)
            #expect(csv.text.contains("900"))
        }
    }
}
