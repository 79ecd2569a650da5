import Export
import Foundation
import Identity
import Instruments
import KechuangCore
import Vapor

/// The pages of those who keep and run instruments: the research office registers, edits and
/// publishes (Art. 55) and designates managers; managers approve bookings, record usage, set
/// blackouts and trainings, and read bills. `InstrumentAccess` decides which instruments.
/// Also the public statistics and the yearly openness evaluation.
struct InstrumentManagerRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, InstrumentsURL.manage, action: .operateInstruments, use: manage)
        routes.on(.POST, InstrumentsURL.decide(SiteURL.anyID), action: .operateInstruments, use: decide)
        routes.on(.POST, InstrumentsURL.usage(SiteURL.anyID), action: .operateInstruments, use: usage)
        routes.on(.POST, InstrumentsURL.blackouts(SiteURL.anyID), action: .operateInstruments, use: blackout)
        routes.on(.POST, InstrumentsURL.trainings(SiteURL.anyID), action: .operateInstruments, use: training)
        routes.on(.POST, InstrumentsURL.photo(SiteURL.anyID), action: .operateInstruments, bodyLimit: BodyLimit.upload, use: photo)
        routes.on(.GET, InstrumentsURL.bills, action: .bookInstruments, use: bills)
        routes.on(.GET, InstrumentsURL.bill(SiteURL.anyID), action: .bookInstruments, use: bill)
        routes.on(.GET, InstrumentsURL.register, action: .manageInstruments, use: registerForm)
        routes.on(.POST, InstrumentsURL.register, action: .manageInstruments, use: registerInstrument)
        routes.on(.GET, InstrumentsURL.edit(SiteURL.anyID), action: .manageInstruments, use: editForm)
        routes.on(.POST, InstrumentsURL.edit(SiteURL.anyID), action: .manageInstruments, use: save)
        routes.on(.POST, InstrumentsURL.publish(SiteURL.anyID), action: .manageInstruments, use: publish)
        routes.on(.POST, InstrumentsURL.managers(SiteURL.anyID), action: .manageInstruments, use: addManager)
        routes.on(.GET, InstrumentsURL.statistics, action: .viewInstruments, use: statistics)
    }

    static func month(_ req: Request) -> String {
        let raw = (try? req.query.get(String.self, at: "month")) ?? ""
        return InstrumentUsage.month(raw) != nil ? raw : String(BeijingDay(containing: req.services.now()).description.prefix(7))
    }

    // MARK: Running instruments

    func managePage(_ req: Request, errors: [FieldError] = [], failed: UUID? = nil) async throws -> InstrumentManagePage {
        let person = try req.requirePrincipal().person
        let kept = try await req.instrumentRegistry.kept(by: person)
        let queue = try await req.instrumentBookings.queue(for: person)
        var names: [Instrument.ID: String] = [:]
        for i in kept { names[i.id] = i.name(in: req.language) }
        return InstrumentManagePage(kept: kept, approvals: queue.approvals, usage: queue.usage, names: names, month: Self.month(req),
                                    errors: errors, failedBooking: failed)
    }

    @Sendable func manage(req: Request) async throws -> Response {
        PageRenderer.response(try await managePage(req).render(PageContext(req)))
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.instrumentBookings.decide(try req.idParameter(as: Booking.ID.self), approve: values["decision"] == "approve",
                                                        note: values["note"] ?? "", by: person)
            return req.redirect(to: InstrumentsURL.manage, notice: InstrumentsMsg.insDecided)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await managePage(req, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func usage(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Booking.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            let input = UsageInput(startedAt: try InstrumentForm.time(values, "started_at"), endedAt: try InstrumentForm.time(values, "ended_at"),
                                   samples: InstrumentForm.int(values["samples"]), outcome: values["outcome"].flatMap(UsageOutcome.init(rawValue:)),
                                   note: values["note"] ?? "")
            _ = try await req.instrumentUsage.record(id, input, by: person)
            return req.redirect(to: InstrumentsURL.manage, notice: InstrumentsMsg.insUsageRecorded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await managePage(req, errors: errors, failed: id.rawValue).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func onInstrumentPage(_ req: Request, _ id: Instrument.ID, values: [String: String], _ body: () async throws -> Void,
                          notice: InstrumentsMsg, prefix: String = "") async throws -> Response {
        do {
            try await body()
            return req.redirect(to: InstrumentsURL.instrument(id.rawValue), notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await InstrumentsRoutes().page(req, id, values: values, errors: InstrumentsRoutes.renamed(errors, prefix: prefix))
            return PageRenderer.response(page.render(PageContext(req)), status: InstrumentsRoutes.status(error))
        }
    }

    @Sendable func blackout(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Instrument.ID.self)
        let values = try req.content.decode([String: String].self)
        return try await onInstrumentPage(req, id, values: values, {
            _ = try await req.instrumentBookings.blackout(id, startsAt: try InstrumentForm.time(values, "blackout_starts_at"),
                                                          endsAt: try InstrumentForm.time(values, "blackout_ends_at"), reason: values["reason"] ?? "", by: person)
        }, notice: .insBlackoutAdded, prefix: "blackout_")
    }

    func person(email: String?, field: String, _ req: Request) async throws -> Person {
        guard let email, let person = try await req.people.find(email: email) else {
            throw DomainError.validation([FieldError(field: field, rule: "instrument.person.known", message: InstrumentsMsg.insPersonUnknown.text)])
        }
        return person
    }

    @Sendable func training(req: Request) async throws -> Response {
        let manager = try req.requirePrincipal().person
        let id = try req.idParameter(as: Instrument.ID.self)
        let values = try req.content.decode([String: String].self)
        return try await onInstrumentPage(req, id, values: values, {
            let trainee = try await person(email: values["trainee_email"], field: "trainee_email", req)
            try await req.instrumentBookings.recordTraining(trainee.id, on: id, by: manager)
        }, notice: .insTrainingAdded)
    }

    struct PhotoForm: Content {
        var photo: File?
        var photo_alt_zh: String?
        var photo_alt_en: String?
    }

    /// The manager uploads the instrument's photo (JPEG, PNG or WebP by its first bytes, ≤ 5 MiB,
    /// with its description in both languages); a refusal is a field error on the instrument page.
    @Sendable func photo(req: Request) async throws -> Response {
        let manager = try req.requirePrincipal().person
        let id = try req.idParameter(as: Instrument.ID.self)
        let form = try req.content.decode(PhotoForm.self)
        let values = ["photo_alt_zh": form.photo_alt_zh ?? "", "photo_alt_en": form.photo_alt_en ?? ""]
        return try await onInstrumentPage(req, id, values: values, {
            let upload = PhotoUpload(data: form.photo.map { Data(buffer: $0.data) } ?? Data(), altZh: values["photo_alt_zh"] ?? "",
                                     altEn: values["photo_alt_en"] ?? "")
            _ = try await req.instrumentRegistry.setPhoto(id, upload, store: try req.instrumentPhotos, by: manager)
        }, notice: .insPhotoSaved)
    }

    @Sendable func addManager(req: Request) async throws -> Response {
        let office = try req.requirePrincipal().person
        let id = try req.idParameter(as: Instrument.ID.self)
        let values = try req.content.decode([String: String].self)
        return try await onInstrumentPage(req, id, values: values, {
            let manager = try await person(email: values["manager_email"], field: "manager_email", req)
            try await req.instrumentRegistry.addManager(manager.id, to: id, by: office)
        }, notice: .insManagerAdded)
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let office = try req.requirePrincipal().person
        let id = try req.idParameter(as: Instrument.ID.self)
        return try await onInstrumentPage(req, id, values: [:], {
            _ = try await req.instrumentRegistry.publish(id, by: office)
        }, notice: .insPublished)
    }

    // MARK: The registry form

    func formPage(_ req: Request, instrument: Instrument?, values: [String: String], errors: [FieldError] = []) async throws -> InstrumentFormPage {
        let person = try req.requirePrincipal().person
        let viewer = InstrumentAccess.Viewer(person)
        var organisations: [Organisation] = []
        if person.roles.contains(.platformAdmin) {
            organisations = try await req.organisations.list(limit: 1000)
        } else {
            for id in viewer.researchOfficeOf { organisations.append(try await req.organisations.find(Organisation.ID(id))) }
        }
        let labs = try await req.instrumentRegistry.labs(organisation: instrument?.organisationID)
        return InstrumentFormPage(instrument: instrument, organisations: organisations, labs: labs, values: values, errors: errors)
    }

    @Sendable func registerForm(req: Request) async throws -> Response {
        PageRenderer.response(try await formPage(req, instrument: nil, values: ["public_funding": InstrumentForm.yes]).render(PageContext(req)))
    }

    @Sendable func registerInstrument(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            let instrument = try await req.instrumentRegistry.register(InstrumentForm.input(values, organisation: nil), by: person)
            return req.redirect(to: InstrumentsURL.instrument(instrument.id.rawValue), notice: InstrumentsMsg.insRegistered)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await formPage(req, instrument: nil, values: values, errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let instrument = try await req.instrumentRegistry.find(try req.idParameter(as: Instrument.ID.self), as: try req.requirePrincipal().person, for: .manage)
        return PageRenderer.response(try await formPage(req, instrument: instrument, values: InstrumentForm.values(instrument)).render(PageContext(req)))
    }

    @Sendable func save(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let instrument = try await req.instrumentRegistry.find(try req.idParameter(as: Instrument.ID.self), as: person, for: .manage)
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.instrumentRegistry.update(instrument.id, InstrumentForm.input(values, organisation: instrument.organisationID),
                                                        expectedVersion: InstrumentForm.int(values["version"]) ?? 0, by: person)
            return req.redirect(to: InstrumentsURL.instrument(instrument.id.rawValue), notice: InstrumentsMsg.insSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await formPage(req, instrument: instrument, values: values, errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    // MARK: Bills

    /// The signed-in person's own bill, or (for managers) the month's billed external users.
    @Sendable func bills(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let month = Self.month(req)
        let users = try await req.instrumentUsage.billedUsers(month: month, as: person)
        if users.isEmpty {
            let bill = try await req.instrumentUsage.bill(month: month, user: person.id, as: person)
            return PageRenderer.response(InstrumentBillPage(bill: bill, userID: person.id).render(PageContext(req)))
        }
        return PageRenderer.response(InstrumentBillsPage(month: month, users: users, ownBill: false).render(PageContext(req)))
    }

    @Sendable func bill(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let userID = try req.idParameter()
        let bill = try await req.instrumentUsage.bill(month: Self.month(req), user: userID, as: person)
        let format = (try? req.query.get(String.self, at: "format")) ?? ""
        guard format == "csv" || format == "xlsx" else {
            return PageRenderer.response(InstrumentBillPage(bill: bill, userID: userID).render(PageContext(req)))
        }
        var table = ExportTable(columns: ["日期 Date", "仪器 Instrument", "开始 Start", "结束 End", "机时 Hours", "样品 Samples", "结果 Outcome", "费用（元）Charge (yuan)"])
        for l in bill.lines {
            table.rows.append([.text(BeijingDay(containing: l.usage.startedAt).description), .text(l.instrumentName.zh), .text(BeijingTime.format(l.usage.startedAt)),
                               .text(BeijingTime.format(l.usage.endedAt)), .number(l.usage.hours), .number(Double(l.usage.samples ?? 0)),
                               .text(l.usage.outcome.rawValue), .number(Double(l.usage.amountFen) / 100)])
        }
        table.rows.append([.text("合计 Total"), .text(bill.userName), .text(""), .text(""), .text(""), .text(""), .text(""), .number(Double(bill.totalFen) / 100)])
        return Self.download(table, name: "instrument-bill-\(bill.month)", format: format)
    }

    static func download(_ table: ExportTable, name: String, format: String) -> Response {
        var headers = HTTPHeaders()
        let data: Data
        if format == "xlsx" {
            data = XLSXWriter.xlsx(table, sheetName: "bill")
            headers.contentType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        } else {
            data = CSVWriter.csv(table)
            headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        }
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name).\(format)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    // MARK: Statistics and the evaluation

    @Sendable func statistics(req: Request) async throws -> Response {
        let current = BeijingDay(containing: req.services.now()).year
        let raw = (try? req.query.get(Int.self, at: "year")) ?? current
        let year = (2000...current + 1).contains(raw) ? raw : current
        let format = (try? req.query.get(String.self, at: "format")) ?? ""
        if let raw = try? req.query.get(String.self, at: "institution"), let institution = UUID(uuidString: raw) {
            return try await perInstrument(req, year: year, institution: institution, format: format)
        }
        let results = try await InstrumentStatistics(db: req.db).evaluation(year: year)
        let names = try await InstrumentsRoutes.organisationNames(results.map(\.organisationID), req: req)
        if format == "csv" || format == "xlsx" {
            var table = ExportTable(columns: ["排名 Rank", "单位 Institution", "得分 Score", "仪器 Instruments", "预约机时 Booked hours", "有效机时 Effective hours",
                                              "对外机时 External hours", "外单位用户 External users", "收入（元）Income (yuan)", "闲置机时 Idle hours"])
            for r in results {
                table.rows.append([.number(Double(r.rank)), .text(names[r.organisationID] ?? ""), .number(r.score), .number(Double(r.figures.publicInstruments)),
                                   .number(r.figures.bookedHours), .number(r.figures.effectiveHours), .number(r.figures.externalHours),
                                   .number(Double(r.figures.externalUsers)), .number(Double(r.figures.incomeFen) / 100), .number(r.figures.idleHours)])
            }
            return Self.download(table, name: "instrument-evaluation-\(year)", format: format)
        }
        return PageRenderer.response(InstrumentStatisticsPage(year: year, names: names, results: results).render(PageContext(req)))
    }

    /// One institution's published, publicly funded instruments, each with its figures (page, CSV, Excel).
    func perInstrument(_ req: Request, year: Int, institution: UUID, format: String) async throws -> Response {
        let name = try await req.organisations.find(Organisation.ID(institution)).name(in: req.language)
        let rows = try await InstrumentStatistics(db: req.db).figures(year: year, institution: institution)
        if format == "csv" || format == "xlsx" {
            var table = ExportTable(columns: ["仪器 Instrument", "Instrument (en)", "预约机时 Booked hours", "有效机时 Effective hours", "对外机时 External hours",
                                              "对外服务占比 External share", "外单位用户 External users", "收入（元）Income (yuan)", "闲置机时 Idle hours"])
            for (i, f) in rows {
                table.rows.append([.text(i.nameZh), .text(i.nameEn), .number(f.bookedHours), .number(f.effectiveHours), .number(f.externalHours),
                                   .number(f.externalShare), .number(Double(f.externalUsers)), .number(Double(f.incomeFen) / 100), .number(f.idleHours)])
            }
            return Self.download(table, name: "instrument-statistics-\(year)-\(InstrumentsURL.id(institution))", format: format)
        }
        let page = InstrumentStatisticsPage(year: year, names: [institution: name], results: [],
                                            perInstrument: .init(institution: institution, rows: rows))
        return PageRenderer.response(page.render(PageContext(req)))
    }
}
