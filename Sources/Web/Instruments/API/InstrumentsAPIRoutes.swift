import Export
import Foundation
import Instruments
import KechuangCore
import Vapor

/// Search, availability, booking, cancellation and usage over the JSON API (Art. 55). A taken
/// slot is a 409 problem naming the booking it overlaps; an integrity restriction a 403 citing Art. 60.
struct InstrumentsAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, InstrumentsAPI.instruments, action: .viewInstruments, use: search)
        routes.on(.GET, InstrumentsAPI.instrument(SiteURL.anyID), action: .viewInstruments, use: show)
        routes.on(.GET, InstrumentsAPI.availability(SiteURL.anyID), action: .viewInstruments, use: availability)
        routes.on(.POST, InstrumentsAPI.book(SiteURL.anyID), action: .bookInstruments, use: book)
        routes.on(.GET, InstrumentsAPI.bookings, action: .bookInstruments, use: mine)
        routes.on(.GET, InstrumentsAPI.calendar, action: .bookInstruments, use: calendar)
        routes.on(.GET, InstrumentsAPI.booking(SiteURL.anyID), action: .bookInstruments, use: booking)
        routes.on(.POST, InstrumentsAPI.cancel(SiteURL.anyID), action: .bookInstruments, use: cancel)
        routes.on(.POST, InstrumentsAPI.usage(SiteURL.anyID), action: .operateInstruments, use: usage)
        routes.on(.GET, InstrumentsAPI.usageList, action: .bookInstruments, use: usageList)
    }

    /// One page of matches, best first (`page`, `limit` 1–200, default 50): the index ranks and
    /// pages, and only the page's instruments are read.
    @Sendable func search(req: Request) async throws -> [InstrumentJSON] {
        let paging = try Pagination(req, size: 50, maxLimit: 200)
        return try await InstrumentsRoutes.find(.init(InstrumentsRoutes.queryItems(req)), req: req, offset: paging.offset, limit: paging.limit)
            .map(InstrumentJSON.init)
    }

    @Sendable func show(req: Request) async throws -> InstrumentJSON {
        InstrumentJSON(try await req.instrumentRegistry.find(try req.idParameter(as: Instrument.ID.self), as: req.principal?.person))
    }

    static func time(_ raw: String?, _ field: String) throws -> Date? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let d = BeijingTime.parse(raw) else {
            throw DomainError.validation([FieldError(field: field, rule: "\(field).format",
                                                     message: LocalizedText(zh: "时间格式应为 RFC 3339，如 2026-12-03T09:00:00+08:00", en: "Write times as RFC 3339, e.g. 2026-12-03T09:00:00+08:00"))])
        }
        return d
    }

    @Sendable func availability(req: Request) async throws -> AvailabilityJSON {
        let id = try req.idParameter(as: Instrument.ID.self)
        let rawFrom = (try? req.query.get(String.self, at: "from")) ?? ""
        var from = BeijingDay(containing: req.services.now())
        if !rawFrom.isEmpty {
            guard let day = BeijingDay(parsing: rawFrom) else {
                throw DomainError.validation([FieldError(field: "from", rule: "from.format", message: LocalizedText(zh: "请按 2026-12-03 的格式填写日期", en: "Write the day as e.g. 2026-12-03"))])
            }
            from = day
        }
        let rawDays = (try? req.query.get(String.self, at: "days")) ?? "7"
        guard let days = Int(rawDays), (1...62).contains(days) else {
            throw DomainError.validation([FieldError(field: "days", rule: "days.range", message: LocalizedText(zh: "天数须在 1–62 之间", en: "days is between 1 and 62"))])
        }
        return AvailabilityJSON(id, try await req.instrumentBookings.calendar(id, from: from, days: days, as: req.principal?.person))
    }

    @Sendable func book(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(BookingBody.self)
        let kind = body.kind.flatMap(BookingKind.init(rawValue:)).flatMap { $0 == .blackout ? nil : $0 } ?? .time
        let request = BookingRequest(kind: kind, startsAt: try Self.time(body.starts_at, "starts_at"), endsAt: try Self.time(body.ends_at, "ends_at"),
                                     samples: body.samples, purpose: body.purpose ?? "", organisationID: body.organisation_id)
        let booking = try await req.instrumentBookings.book(try req.idParameter(as: Instrument.ID.self), request, by: person)
        return try await BookingJSON(booking).created(at: InstrumentsAPI.booking(booking.id.rawValue), for: req)
    }

    @Sendable func mine(req: Request) async throws -> [BookingJSON] {
        try await req.instrumentBookings.bookings(of: try req.requirePrincipal().person).map(BookingJSON.init)
    }

    @Sendable func booking(req: Request) async throws -> BookingJSON {
        BookingJSON(try await req.instrumentBookings.find(try req.idParameter(as: Booking.ID.self), as: try req.requirePrincipal().person).0)
    }

    @Sendable func cancel(req: Request) async throws -> BookingJSON {
        BookingJSON(try await req.instrumentBookings.cancel(try req.idParameter(as: Booking.ID.self), by: try req.requirePrincipal().person))
    }

    @Sendable func usage(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(UsageBody.self)
        let input = UsageInput(startedAt: try Self.time(body.started_at, "started_at"), endedAt: try Self.time(body.ended_at, "ended_at"),
                               samples: body.samples, outcome: body.outcome.flatMap(UsageOutcome.init(rawValue:)), note: body.note ?? "")
        let id = try req.idParameter(as: Booking.ID.self)
        let usage = try await req.instrumentUsage.record(id, input, by: person)
        return try await UsageJSON(usage).created(at: InstrumentsAPI.booking(id.rawValue), for: req)
    }

    /// Who used which instrument when: hours, samples, outcome, charge, internal or external.
    /// The pages' rule (`InstrumentUsage.listing`): one's own use; all use of the instruments one runs.
    @Sendable func usageList(req: Request) async throws -> PageJSON<UsageLineJSON> {
        let person = try req.requirePrincipal().person
        let paging = try Pagination(req, size: 100, maxLimit: 500)
        let q = InstrumentsRoutes.queryItems(req)
        var errors: [FieldError] = []
        var filter = UsageFilter()
        if let raw = q["instrument"], !raw.isEmpty {
            if let id = UUID(uuidString: raw) { filter.instrumentID = Instrument.ID(id) } else {
                errors.append(FieldError(field: "instrument", rule: "instrument.format", message: LocalizedText(zh: "仪器编号格式不对", en: "instrument is not an instrument id")))
            }
        }
        for (name, isEnd) in [("from", false), ("to", true)] {
            guard let raw = q[name], !raw.isEmpty else { continue }
            guard let day = BeijingDay(parsing: raw) else {
                errors.append(FieldError(field: name, rule: "\(name).format", message: LocalizedText(zh: "请按 2026-12-03 的格式填写日期", en: "Write the day as e.g. 2026-12-03")))
                continue
            }
            if isEnd { filter.to = day.start.addingTimeInterval(86_400) } else { filter.from = day.start }
        }
        if let raw = q["external"], !raw.isEmpty {
            switch raw {
            case "true": filter.external = true
            case "false": filter.external = false
            default: errors.append(FieldError(field: "external", rule: "external.format", message: LocalizedText(zh: "external 取 true 或 false", en: "external is true or false")))
            }
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let rows = try await req.instrumentUsage.listing(filter, as: person, offset: paging.offset, limit: paging.fetchLimit)
        let shown = Array(rows.prefix(paging.limit))
        let instruments = try await req.instrumentRegistry.instruments(Set(shown.map(\.instrumentID)))
        return PageJSON(items: shown.map { UsageLineJSON($0, instruments[$0.instrumentID]) }, page: paging.page, has_next: paging.hasNext(fetched: rows.count))
    }

    /// The signed-in person's bookings as iCalendar (send the token as Bearer; calendar apps that
    /// cannot, use the JSON list).
    @Sendable func calendar(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let bookings = try await req.instrumentBookings.bookings(of: person).filter(\.state.isActive)
        var items: [FeedItem] = []
        for b in bookings {
            let name = try await req.instrumentRegistry.find(b.instrumentID).nameZh
            items.append(FeedItem(id: "instrument-booking-\(b.id.uuidString)", title: "\(name) \(b.slotText)", summary: b.purpose,
                                  link: (req.security.publicURL ?? "") + InstrumentsURL.instrument(b.instrumentID.rawValue).path, updated: b.updatedAt, starts: b.startsAt))
        }
        return InstrumentsRoutes.ics(ICalendar.calendar(name: "我的仪器预约 My instrument bookings", items: items, now: req.services.now()))
    }
}
