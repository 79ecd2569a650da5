import Foundation
import Identity
import Instruments
import KechuangCore
import Plot

/// `/instruments/{id}`: the entry, its Art. 55 service information, the free slots of the next
/// seven days, the booking form, feedback; for its managers, blackouts, trainings and managers.
struct InstrumentPage {
    let instrument: Instrument
    let institution: String
    let lab: Lab?
    let calendar: [CalendarDay]
    let feedback: [Feedback]
    let operate: Bool
    let manage: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let i = instrument
        return Layout(context: c, title: i.name(in: c.language), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(InstrumentsURL.search.path), .text(c(InstrumentsMsg.insSearchTitle)))),
            .h1(Components.lang(of: i.name(in: c.language), c), .text(i.name(in: c.language))),
            .if(!i.published, .p(.class("notice"), .text(c(InstrumentsMsg.insUnpublished)))),
            .unwrap(i.photo) { photo in
                .element(named: "figure", nodes: [.attribute(named: "class", value: "instrument-photo"),
                    .img(.src(SiteURL.Link(path: InstrumentsURL.photo(i.id.rawValue).path, query: ["v": String(photo.sha256.prefix(12))]).string),
                         .alt(photo.alt(in: c.language)), .attribute(named: "loading", value: "lazy"))])
            },
            .dl(.class("meta"),
                .dt(.text(c(InstrumentsMsg.insCategory))), .dd(.text(InstrumentText.category(i, c))),
                .dt(.text(c(InstrumentsMsg.insInstitution))), .dd(Components.zh(institution, c)),
                .dt(.text(c(InstrumentsMsg.insLab))), .dd(lab.map { .group(Components.zh($0.name(in: c.language), c), .text(Components.parenthesised(c.text($0.level.label), c))) } ?? .text("—")),
                .dt(.text(c(InstrumentsMsg.insMaker))), .dd(Components.zh(i.maker.isEmpty ? "—" : i.maker, c)),
                .dt(.text(c(InstrumentsMsg.insModel))), .dd(Components.zh(i.model.isEmpty ? "—" : i.model, c)),
                .dt(.text(c(InstrumentsMsg.insOriginalValue))), .dd(.text("¥\(InstrumentText.yuan(i.originalValueYuan * 100))")),
                .dt(.text(c(InstrumentsMsg.insPurchaseDate))), .dd(.text(i.purchaseDate?.description ?? "—")),
                .dt(.text(c(InstrumentsMsg.insFunding))), .dd(.text(c(i.publicFunding ? InstrumentsMsg.insFundingPublic : .insFundingOther))),
                .dt(.text(c(InstrumentsMsg.insLocation))), .dd(Components.zh(i.location, c), .text(InstrumentText.comma(c) + c.text(i.district.label))),
                .dt(.text(c(InstrumentsMsg.insSpecs))), .dd(Components.zh(i.specs.isEmpty ? "—" : i.specs, c)),
                .dt(.text(c(InstrumentsMsg.insStatus))), .dd(.text(c.text(i.status.label)))
            ),
            service(c),
            calendarTable(c),
            .p(.a(.href(InstrumentsURL.calendarFeed(i.id.rawValue).path), .text(c(InstrumentsMsg.insICalFeed)))),
            bookingForms(c),
            .h2(.text(c(InstrumentsMsg.insFeedbackTitle))),
            .if(feedback.isEmpty, .p(.text(c(InstrumentsMsg.insNoFeedback))), else: .ul(.forEach(feedback) { f in
                .li(.strong(.text("\(f.rating)/5")), .text(" "), Components.zh(f.comment, c), .text(" "), .span(.class("hint"), .text(BeijingDay(containing: f.createdAt).description)))
            })),
            .if(operate, InstrumentManagerPanel(instrument: i, manage: manage, values: values, errors: errors).render(c))
        )).render()
    }

    func service(_ c: PageContext) -> Node<HTML.BodyContext> {
        guard let s = instrument.service else {
            return .group(.h2(.text(c(InstrumentsMsg.insServiceTitle))), .p(.text(c(InstrumentsMsg.insNoService))))
        }
        return .group(
            .h2(.text(c(InstrumentsMsg.insServiceTitle))),
            .dl(.class("meta"),
                .dt(.text(c(InstrumentsMsg.insServiceMode))), .dd(.text(s.mode.map { c.text($0.label) } ?? "—")),
                .dt(.text(c(InstrumentsMsg.insServiceContent))), .dd(Components.zh(s.content, c)),
                .dt(.text(c(InstrumentsMsg.insServiceProcess))), .dd(Components.zh(s.process, c)),
                .dt(.text(c(InstrumentsMsg.insFees))),
                .dd(.text(s.fees.map { f in
                    "\(c(InstrumentsMsg.insInternalRate)) \(InstrumentText.rate(f.internalRateFen, f.unit, c))\(InstrumentText.semicolon(c))\(c(InstrumentsMsg.insExternalRate)) \(InstrumentText.rate(f.externalRateFen, f.unit, c))\(InstrumentText.semicolon(c))\(c(InstrumentsMsg.insMinimum)) \(f.minimumUnits) \(c.text(f.unit.label))"
                } ?? "—")),
                .dt(.text(c(InstrumentsMsg.insTraining))),
                .dd(s.trainingRequired ? .group(.text(c(InstrumentsMsg.insTrainingRequired) + (c.language == .zh ? "。" : ". ")), Components.zh(s.trainingDescription, c))
                                        : .text(c(InstrumentsMsg.insTrainingNone))),
                .dt(.text(c(InstrumentsMsg.insApproval))), .dd(.text(c(s.approvalRequired ? InstrumentsMsg.insApprovalRequired : .insApprovalNone))),
                .dt(.text(c(InstrumentsMsg.insCancellation))),
                .dd(.text(c.language == .zh ? "开始前 \(s.cancellationNoticeHours) 小时以上可自行取消" : "Cancel yourself up to \(s.cancellationNoticeHours) hours before the start")),
                .dt(.text(c(InstrumentsMsg.insOpeningHours))), .dd(.text(String(format: "%02d:00–%02d:00", s.openHour, s.closeHour))),
                .dt(.text(c(InstrumentsMsg.insContact))), .dd(Components.zh(s.contact, c))
            )
        )
    }

    func calendarTable(_ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("calendar"), .text(c(InstrumentsMsg.insCalendarTitle))),
            .p(.class("hint"), .text(c(InstrumentsMsg.insCalendarIntro))),
            Components.scrollTable(label: c(InstrumentsMsg.insCalendarTitle),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insDate))), .th(.text(c(InstrumentsMsg.insFree))), .th(.text(c(InstrumentsMsg.insTaken))))),
                .tbody(.forEach(calendar) { day in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(day.day.description)),
                        .td(.text(day.free.isEmpty ? c(InstrumentsMsg.insNoFree)
                                  : day.free.map { "\(InstrumentText.time($0.startsAt))–\(InstrumentText.time($0.endsAt))" }.joined(separator: InstrumentText.comma(c)))),
                        .td(.text(day.taken.isEmpty ? "—" : day.taken.map {
                            "\(InstrumentText.time($0.startsAt))–\(InstrumentText.time($0.endsAt))\($0.blackout ? Components.parenthesised(c(InstrumentsMsg.insBlackout), c) : "")"
                        }.joined(separator: InstrumentText.comma(c)))))
                })
            )
        )
    }

    func bookingForms(_ c: PageContext) -> Node<HTML.BodyContext> {
        let id = instrument.id.rawValue
        guard c.person != nil else {
            return .p(.a(.class("button"), .href(SiteURL.login(next: InstrumentsURL.instrument(id).path).string), .text(c(InstrumentsMsg.insSignInToBook))))
        }
        guard instrument.bookable else { return .empty }
        func v(_ k: String) -> String { values[k] ?? "" }
        let sample = instrument.service?.mode == .sampleSentIn
        return .group(
            .h2(.text(c(InstrumentsMsg.insBookTitle))),
            .p(.class("hint"), .text(c(InstrumentsMsg.insBookHint))),
            Components.form(action: InstrumentsURL.book(id).path, c,
                .input(.type(.hidden), .name("kind"), .value(sample ? BookingKind.sample.rawValue : BookingKind.time.rawValue)),
                .if(sample, .group(
                    Components.textField(.init(name: "delivery_day", label: c(InstrumentsMsg.insDeliveryDay), hint: c(InstrumentsMsg.insDateHint), value: v("delivery_day"), width: "width-10"), errors: errors, c),
                    Components.textField(.init(name: "samples", label: c(InstrumentsMsg.insSamples), hint: c(InstrumentsMsg.insSamplesHint), value: v("samples"), width: "width-5"), errors: errors, c)
                ), else: .group(
                    Components.textField(.init(name: "starts_at", label: c(InstrumentsMsg.insStartsAt), hint: c(InstrumentsMsg.insTimeHint), value: v("starts_at"), width: "width-20"), errors: errors, c),
                    Components.textField(.init(name: "ends_at", label: c(InstrumentsMsg.insEndsAt), hint: c(InstrumentsMsg.insTimeHint), value: v("ends_at"), width: "width-20"), errors: errors, c)
                )),
                Components.textField(.init(name: "purpose", label: c(InstrumentsMsg.insPurpose), value: v("purpose")), errors: errors, c),
                .div(.id(Components.fieldID("instrument"))),
                Components.submit(c(InstrumentsMsg.insBookButton))
            ),
            .if(!sample, .group(
                .h3(.text(c(InstrumentsMsg.insWaitTitle))),
                .p(.class("hint"), .text(c(InstrumentsMsg.insWaitHint))),
                Components.form(action: InstrumentsURL.wait(id).path, c,
                    Components.textField(.init(name: "wait_starts_at", label: c(InstrumentsMsg.insStartsAt), hint: c(InstrumentsMsg.insTimeHint), value: v("wait_starts_at"), width: "width-20"), errors: errors, c),
                    Components.textField(.init(name: "wait_ends_at", label: c(InstrumentsMsg.insEndsAt), value: v("wait_ends_at"), width: "width-20"), errors: errors, c),
                    Components.submit(c(InstrumentsMsg.insWaitButton), secondary: true)
                )
            ))
        )
    }
}

/// What an instrument's managers see on its page: edit and publish (research office), blackouts,
/// trainings, managers.
struct InstrumentManagerPanel {
    let instrument: Instrument
    let manage: Bool
    let values: [String: String]
    let errors: [FieldError]

    func render(_ c: PageContext) -> Node<HTML.BodyContext> {
        let id = instrument.id.rawValue
        func v(_ k: String) -> String { values[k] ?? "" }
        return .div(.class("panel"),
            .if(manage, .group(
                .p(.a(.href(InstrumentsURL.edit(id).path), .text(c(InstrumentsMsg.insEdit)))),
                .if(!instrument.published, .group(
                    .p(.class("hint"), .text(c(InstrumentsMsg.insPublishHint))),
                    Components.form(action: InstrumentsURL.publish(id).path, c, .div(.id(Components.fieldID("publish"))), Components.submit(c(InstrumentsMsg.insPublish)))
                )),
                .h2(.text(c(InstrumentsMsg.insManagersTitle))),
                Components.form(action: InstrumentsURL.managers(id).path, c,
                    Components.textField(.init(name: "manager_email", label: c(InstrumentsMsg.insPersonEmail), value: v("manager_email"), type: .email), errors: errors, c),
                    Components.submit(c(InstrumentsMsg.insManagerAdd), secondary: true))
            )),
            .h2(.text(c(InstrumentsMsg.insBlackoutTitle))),
            Components.form(action: InstrumentsURL.blackouts(id).path, c,
                Components.textField(.init(name: "blackout_starts_at", label: c(InstrumentsMsg.insStartsAt), hint: c(InstrumentsMsg.insTimeHint), value: v("blackout_starts_at"), width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "blackout_ends_at", label: c(InstrumentsMsg.insEndsAt), value: v("blackout_ends_at"), width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "reason", label: c(InstrumentsMsg.insBlackoutReason), value: v("reason")), errors: errors, c),
                Components.submit(c(InstrumentsMsg.insBlackoutAdd), secondary: true)),
            .h2(.text(c(InstrumentsMsg.insTrainingTitle))),
            Components.form(action: InstrumentsURL.trainings(id).path, c,
                Components.textField(.init(name: "trainee_email", label: c(InstrumentsMsg.insTrainingPerson), value: v("trainee_email"), type: .email), errors: errors, c),
                Components.submit(c(InstrumentsMsg.insTrainingAdd), secondary: true)),
            .h2(.text(c(InstrumentsMsg.insPhotoTitle))),
            .form(.method(.post), .action(InstrumentsURL.photo(id).path), .enctype(.multipartData), .novalidate(), Components.csrf(c),
                photoField(c),
                Components.textField(.init(name: "photo_alt_zh", label: c(InstrumentsMsg.insPhotoAltZh), hint: c(InstrumentsMsg.insPhotoAltHint), value: v("photo_alt_zh")), errors: errors, c),
                Components.textField(.init(name: "photo_alt_en", label: c(InstrumentsMsg.insPhotoAltEn), value: v("photo_alt_en")), errors: errors, c),
                Components.submit(c(InstrumentsMsg.insPhotoUpload), secondary: true))
        )
    }

    /// The file input, labelled, with its hint and error (the summary links to its id).
    func photoField(_ c: PageContext) -> Node<HTML.FormContext> {
        let id = Components.fieldID("photo")
        let mine = errors.filter { $0.field == "photo" }
        return .div(.class(mine.isEmpty ? "field" : "field field-error"),
            .label(.for(id), .text(c(InstrumentsMsg.insPhotoFile))),
            .p(.class("hint"), .id(id + "-hint"), .text(c(InstrumentsMsg.insPhotoHint))),
            .if(!mine.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                .span(.class("visually-hidden"), .text(c.language == .zh ? "错误：" : "Error: ")),
                .text(mine.map { Components.message($0, c) }.joined(separator: " ")))),
            .input(.id(id), .name("photo"), .type(.file), .attribute(named: "accept", value: "image/jpeg,image/png,image/webp"),
                   .attribute(named: "aria-describedby", value: mine.isEmpty ? id + "-hint" : id + "-hint " + id + "-error"),
                   .attribute(named: "aria-invalid", value: mine.isEmpty ? nil : "true"))
        )
    }
}
