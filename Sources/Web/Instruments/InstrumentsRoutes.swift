import Export
import Foundation
import Identity
import Instruments
import KechuangCore
import Vapor

struct InstrumentSearchKey: StorageKey {
    typealias Value = InstrumentSearch
}

extension Request {
    var instrumentRegistry: InstrumentRegistry { InstrumentRegistry(db: db, now: services.now) }
    var instrumentBookings: Bookings { Bookings(db: db, now: services.now) }
    var instrumentUsage: InstrumentUsage { InstrumentUsage(db: db, now: services.now) }
    /// The node's instrument index, installed when the routes are registered.
    var instrumentSearch: InstrumentSearch { application.storage[InstrumentSearchKey.self] ?? InstrumentSearch() }
}

/// The pages of instrument sharing (Art. 55): public search and instrument pages with their free
/// slots, booking, the person's bookings; `InstrumentManagerRoutes` has the managers' pages.
struct InstrumentsRoutes {
    func register(on app: Application) {
        app.storage[InstrumentSearchKey.self] = InstrumentSearch()
        register(routes: app)
        InstrumentManagerRoutes().register(on: app)
    }

    func register(routes: any RoutesBuilder) {
        routes.on(.GET, InstrumentsURL.search, action: .viewInstruments, use: search)
        routes.on(.GET, InstrumentsURL.instrument(SiteURL.anyID), action: .viewInstruments, use: show)
        routes.on(.GET, InstrumentsURL.calendarFeed(SiteURL.anyID), action: .viewInstruments, use: calendarFeed)
        routes.on(.GET, InstrumentsURL.photo(SiteURL.anyID), action: .viewInstruments, use: photo)
        routes.on(.POST, InstrumentsURL.book(SiteURL.anyID), action: .bookInstruments, use: book)
        routes.on(.POST, InstrumentsURL.wait(SiteURL.anyID), action: .bookInstruments, use: wait)
        routes.on(.GET, InstrumentsURL.mine, action: .bookInstruments, use: mine)
        routes.on(.POST, InstrumentsURL.cancel(SiteURL.anyID), action: .bookInstruments, use: cancel)
        routes.on(.POST, InstrumentsURL.feedback(SiteURL.anyID), action: .bookInstruments, use: feedback)
    }

    // MARK: Search

    struct SearchQuery {
        var text = "", category: String?, district: String?, institution: UUID?, feeMin: Int?, feeMax: Int?, available = false

        init(_ q: [String: String]) {
            text = String((q["q"] ?? "").prefix(200))
            category = q["category"].flatMap { InstrumentCategories.category($0)?.code }
            district = q["district"].flatMap { District(rawValue: $0)?.rawValue }
            institution = q["institution"].flatMap(UUID.init(uuidString:))
            feeMin = InstrumentForm.yuanToFen(q["fee_min"])
            feeMax = InstrumentForm.yuanToFen(q["fee_max"])
            available = q["available"] == InstrumentForm.yes || q["available"] == "true"
        }
    }

    static func queryItems(_ req: Request) -> [String: String] {
        guard let raw = req.url.query, let items = URLComponents(string: "?" + raw)?.queryItems else { return [:] }
        var q: [String: String] = [:]
        for item in items { q[item.name] = item.value ?? "" }
        return q
    }

    /// Published instruments matching the query: words through the search engine (or every
    /// published entry when there are none), then the fee range and availability in the next 7 days.
    /// With words and no fee or availability filter, the index ranks and pages and only the page's
    /// rows are read (one query); the fee and availability filters need the rows, so they look at
    /// the best 2,000 matches.
    static func find(_ q: SearchQuery, req: Request, offset: Int = 0, limit: Int = 200) async throws -> [Instrument] {
        var instruments: [Instrument]
        let filtersRows = q.feeMin != nil || q.feeMax != nil || q.available
        if q.text.trimmingCharacters(in: .whitespaces).isEmpty {
            instruments = try await req.instrumentRegistry.browse(category: q.category, district: q.district, organisation: q.institution,
                                                                  limit: filtersRows ? 2000 : offset + limit)
        } else {
            try await req.instrumentSearch.refreshIfStale(on: req.db)
            let filter = InstrumentSearch.Filter(category: q.category, organisation: q.institution, district: q.district)
            let ids = filtersRows ? req.instrumentSearch.search(q.text, filter: filter, limit: 2000)
                                  : req.instrumentSearch.page(q.text, filter: filter, offset: offset, limit: limit).ids
            let found = Dictionary(uniqueKeysWithValues: try await req.instrumentRegistry.published(ids).map { ($0.id, $0) })
            instruments = ids.compactMap { found[$0] }
            if !filtersRows { return instruments }
        }
        instruments = instruments.filter { i in
            guard q.feeMin != nil || q.feeMax != nil else { return true }
            guard let fee = i.service?.fees?.externalRateFen else { return false }
            return fee >= (q.feeMin ?? 0) && fee <= (q.feeMax ?? Int.max)
        }
        if q.available {
            let free = try await req.instrumentBookings.available(instruments.map(\.id))
            instruments = instruments.filter { free.contains($0.id) }
        }
        return Array(instruments.dropFirst(offset).prefix(limit))
    }

    static func organisationNames(_ ids: some Sequence<UUID>, req: Request) async throws -> [UUID: String] {
        var names: [UUID: String] = [:]
        for id in Set(ids) { names[id] = try? await req.organisations.find(Organisation.ID(id)).name(in: req.language) }
        return names
    }

    @Sendable func search(req: Request) async throws -> Response {
        let items = Self.queryItems(req)
        let instruments = try await Self.find(SearchQuery(items), req: req)
        let names = try await Self.organisationNames(instruments.map(\.organisationID), req: req)
        let holders = try await req.instrumentRegistry.institutions()
        let all = try await Self.organisationNames(holders, req: req)
        let page = InstrumentSearchPage(query: items, rows: instruments.map { .init(instrument: $0, institution: names[$0.organisationID] ?? "") },
                                        institutions: all.map { ($0.key.uuidString, $0.value) }.sorted { $0.1 < $1.1 })
        return PageRenderer.response(page.render(PageContext(req)))
    }

    // MARK: The instrument

    func page(_ req: Request, _ id: Instrument.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> InstrumentPage {
        let person = req.principal?.person
        let instrument = try await req.instrumentRegistry.find(id, as: person)
        let institution = try await req.organisations.find(Organisation.ID(instrument.organisationID)).name(in: req.language)
        let calendar = try await req.instrumentBookings.calendar(id, from: BeijingDay(containing: req.services.now()), days: 7, as: person)
        let operate = try await req.instrumentRegistry.may(.operate, person, instrument)
        let manage = try await req.instrumentRegistry.may(.manage, person, instrument)
        var lab: Lab?
        if let labID = instrument.labID { lab = try await req.instrumentRegistry.lab(labID) }
        return InstrumentPage(instrument: instrument, institution: institution, lab: lab,
                              calendar: calendar, feedback: try await req.instrumentUsage.feedback(of: id), operate: operate, manage: manage,
                              values: values, errors: errors)
    }

    @Sendable func show(req: Request) async throws -> Response {
        PageRenderer.response(try await page(req, try req.idParameter(as: Instrument.ID.self)).render(PageContext(req)))
    }

    /// The instrument's calendar as iCalendar: its taken slots for the next 60 days (no names).
    @Sendable func calendarFeed(req: Request) async throws -> Response {
        let id = try req.idParameter(as: Instrument.ID.self)
        let instrument = try await req.instrumentRegistry.find(id, as: req.principal?.person)
        let now = req.services.now()
        let bookings = try await req.instrumentBookings.bookings(of: id, from: now.addingTimeInterval(-86_400), to: now.addingTimeInterval(60 * 86_400))
            .filter { $0.state.isActive && $0.kind != .sample }
        let link = InstrumentsURL.instrument(id.rawValue).path
        let items = bookings.map { b in
            FeedItem(id: "instrument-booking-\(b.id.uuidString)", title: "\(instrument.nameZh) \(b.kind == .blackout ? "维护停机 Maintenance" : "已预约 Booked") \(b.slotText)",
                     summary: b.slotText, link: (req.security.publicURL ?? "") + link, updated: b.updatedAt, starts: b.startsAt)
        }
        return Self.ics(ICalendar.calendar(name: instrument.nameZh, items: items, now: now))
    }

    /// The instrument's photo, to whoever may see the instrument; the type is the one its first
    /// bytes showed on upload (nosniff), cached by its SHA-256.
    @Sendable func photo(req: Request) async throws -> Response {
        let instrument = try await req.instrumentRegistry.find(try req.idParameter(as: Instrument.ID.self), as: req.principal?.person)
        guard let photo = instrument.photo else { throw DomainError.notFound(entity: "instrument_photo") }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: "\"\(photo.sha256)\"")
        headers.replaceOrAdd(name: .cacheControl, value: instrument.published ? "public, max-age=86400" : "private, no-store")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        if req.headers.first(name: .ifNoneMatch) == "\"\(photo.sha256)\"" { return Response(status: .notModified, headers: headers) }
        let data = try await req.instrumentPhotos.get(photo.sha256, format: photo.format)
        headers.contentType = HTTPMediaType(type: "image", subType: photo.format.rawValue)
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"instrument-\(InstrumentsURL.id(instrument.id.rawValue)).\(photo.format.fileExtension)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    static func ics(_ body: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    // MARK: Booking

    @Sendable func book(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Instrument.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            let booking = try await req.instrumentBookings.book(id, try InstrumentForm.booking(values), by: person)
            return req.redirect(to: InstrumentsURL.mine, notice: booking.state == .requested ? InstrumentsMsg.insRequested : .insBooked)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await page(req, id, values: values, errors: Self.onBookingForm(errors, sample: values["kind"] == BookingKind.sample.rawValue))
                                            .render(PageContext(req)),
                                         status: Self.status(error))
        }
    }

    /// A taken slot is 409, like the API; other refusals 422.
    static func status(_ error: any Error) -> HTTPStatus {
        if case DomainError.duplicate = error { return .conflict }
        return .unprocessableEntity
    }

    /// Errors of the booking form point at a field that form shows, so the error summary links resolve:
    /// a sample booking has a delivery day instead of start and end; anything else goes to the form's anchor.
    static func onBookingForm(_ errors: [FieldError], sample: Bool) -> [FieldError] {
        let shown: Set<String> = sample ? ["delivery_day", "samples", "purpose", "instrument"] : ["starts_at", "ends_at", "purpose", "instrument"]
        return errors.map { e in
            if shown.contains(e.field) { return e }
            let field = sample && ["starts_at", "ends_at"].contains(e.field) ? "delivery_day" : "instrument"
            return FieldError(field: field, rule: e.rule, message: e.message, basis: e.basis)
        }
    }

    static func renamed(_ errors: [FieldError], prefix: String) -> [FieldError] {
        errors.map { e in ["starts_at", "ends_at"].contains(e.field) ? FieldError(field: prefix + e.field, rule: e.rule, message: e.message, basis: e.basis) : e }
    }

    @Sendable func wait(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Instrument.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.instrumentBookings.wait(for: id, startsAt: try InstrumentForm.time(values, "wait_starts_at"),
                                                      endsAt: try InstrumentForm.time(values, "wait_ends_at"), by: person)
            return req.redirect(to: InstrumentsURL.mine, notice: InstrumentsMsg.insWaiting)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await page(req, id, values: values, errors: Self.renamed(errors, prefix: "wait_")).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    func minePage(_ req: Request, errors: [FieldError] = []) async throws -> MyBookingsPage {
        let person = try req.requirePrincipal().person
        let bookings = try await req.instrumentBookings.bookings(of: person)
        let waitlist = try await req.instrumentBookings.waitlist(of: person)
        var names: [Instrument.ID: String] = [:]
        for id in Set(bookings.map(\.instrumentID) + waitlist.map(\.instrumentID)) {
            names[id] = try await req.instrumentRegistry.find(id).name(in: req.language)
        }
        let month = String(BeijingDay(containing: req.services.now()).description.prefix(7))
        return MyBookingsPage(bookings: bookings, names: names, unrated: try await req.instrumentUsage.unrated(of: person), waitlist: waitlist,
                              month: month, errors: errors)
    }

    @Sendable func mine(req: Request) async throws -> Response {
        PageRenderer.response(try await minePage(req).render(PageContext(req)))
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        do {
            _ = try await req.instrumentBookings.cancel(try req.idParameter(as: Booking.ID.self), by: person)
            return req.redirect(to: InstrumentsURL.mine, notice: InstrumentsMsg.insCancelled)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await minePage(req, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func feedback(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.instrumentUsage.feedback(on: try req.idParameter(as: Booking.ID.self),
                                                       .init(rating: InstrumentForm.int(values["rating"]), comment: values["comment"] ?? ""), by: person)
            return req.redirect(to: InstrumentsURL.mine, notice: InstrumentsMsg.insFeedbackSent)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await minePage(req, errors: errors.map { FieldError(field: "booking", rule: $0.rule, message: $0.message, basis: $0.basis) })
                .render(PageContext(req)), status: .unprocessableEntity)
        }
    }
}
