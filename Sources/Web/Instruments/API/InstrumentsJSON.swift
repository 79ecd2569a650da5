import Foundation
import Instruments
import KechuangCore
import Vapor

struct InstrumentJSON: Content {
    struct Fees: Codable {
        let unit: String
        let internal_rate_fen: Int
        let external_rate_fen: Int
        let minimum_units: Int
    }
    struct Service: Codable {
        let mode: String?
        let content: String
        let process: String
        let fees: Fees?
        let training_required: Bool
        let training: String
        let approval_required: Bool
        let cancellation_notice_hours: Int
        let open_hour: Int
        let close_hour: Int
        let contact: String
    }
    let id: UUID
    let name_zh: String
    let name_en: String
    let category: String
    let category_zh: String
    let category_en: String
    let maker: String
    let model: String
    let original_value_yuan: Int
    let purchase_date: String?
    let public_funding: Bool
    let organisation_id: UUID
    let lab_id: UUID?
    let location: String
    let district: String
    let specs: String
    let status: String
    let published: Bool
    let service: Service?
    /// The photo's address and its description in both languages; null when none was uploaded.
    let photo: Photo?
    let article: String

    struct Photo: Codable {
        let url: String
        let content_type: String
        let size: Int
        let sha256: String
        let alt_zh: String
        let alt_en: String
    }

    init(_ i: Instrument) {
        id = i.id.rawValue
        name_zh = i.nameZh
        name_en = i.nameEn
        category = i.categoryCode
        category_zh = i.category?.name.zh ?? ""
        category_en = i.category?.name.en ?? ""
        maker = i.maker
        model = i.model
        original_value_yuan = i.originalValueYuan
        purchase_date = i.purchaseDate?.description
        public_funding = i.publicFunding
        organisation_id = i.organisationID
        lab_id = i.labID?.rawValue
        location = i.location
        district = i.district.rawValue
        specs = i.specs
        status = i.status.rawValue
        published = i.published
        service = i.service.map { s in
            Service(mode: s.mode?.rawValue, content: s.content, process: s.process,
                    fees: s.fees.map { Fees(unit: $0.unit.rawValue, internal_rate_fen: $0.internalRateFen, external_rate_fen: $0.externalRateFen, minimum_units: $0.minimumUnits) },
                    training_required: s.trainingRequired, training: s.trainingDescription, approval_required: s.approvalRequired,
                    cancellation_notice_hours: s.cancellationNoticeHours, open_hour: s.openHour, close_hour: s.closeHour, contact: s.contact)
        }
        photo = i.photo.map { p in
            Photo(url: InstrumentsURL.photo(i.id.rawValue).path, content_type: p.format.contentType, size: p.size, sha256: p.sha256,
                  alt_zh: p.altZh, alt_en: p.altEn)
        }
        article = "55"
    }
}

struct IntervalJSON: Content {
    let starts_at: String
    let ends_at: String
}

struct AvailabilityJSON: Content {
    struct Day: Content {
        let day: String
        let free: [IntervalJSON]
        let taken: [IntervalJSON]
    }
    let instrument_id: UUID
    let time_zone: String
    let days: [Day]

    init(_ id: Instrument.ID, _ calendar: [CalendarDay]) {
        instrument_id = id.rawValue
        time_zone = "Asia/Shanghai"
        days = calendar.map { d in
            Day(day: d.day.description, free: d.free.map { IntervalJSON(starts_at: BeijingTime.rfc3339($0.startsAt), ends_at: BeijingTime.rfc3339($0.endsAt)) },
                taken: d.taken.map { IntervalJSON(starts_at: BeijingTime.rfc3339($0.startsAt), ends_at: BeijingTime.rfc3339($0.endsAt)) })
        }
    }
}

struct BookingJSON: Content {
    let id: UUID
    let instrument_id: UUID
    let kind: String
    let starts_at: String
    let ends_at: String
    let samples: Int?
    let purpose: String
    let state: String
    let external: Bool
    let version: Int

    init(_ b: Booking) {
        id = b.id.rawValue
        instrument_id = b.instrumentID.rawValue
        kind = b.kind.rawValue
        starts_at = BeijingTime.rfc3339(b.startsAt)
        ends_at = BeijingTime.rfc3339(b.endsAt)
        samples = b.samples
        purpose = b.purpose
        state = b.state.rawValue
        external = b.external
        version = b.version
    }
}

struct BookingBody: Content {
    var kind: String?
    var starts_at: String?
    var ends_at: String?
    var samples: Int?
    var purpose: String?
    var organisation_id: UUID?
}

struct UsageBody: Content {
    var started_at: String?
    var ended_at: String?
    var samples: Int?
    var outcome: String?
    var note: String?
}

struct UsageJSON: Content {
    let id: UUID
    let booking_id: UUID?
    let instrument_id: UUID
    let started_at: String
    let ended_at: String
    let samples: Int?
    let outcome: String
    let external: Bool
    let amount_fen: Int

    init(_ u: UsageRecord) {
        id = u.id.rawValue
        booking_id = u.bookingID?.rawValue
        instrument_id = u.instrumentID.rawValue
        started_at = BeijingTime.rfc3339(u.startedAt)
        ended_at = BeijingTime.rfc3339(u.endedAt)
        samples = u.samples
        outcome = u.outcome.rawValue
        external = u.external
        amount_fen = u.amountFen
    }
}

/// One line of the usage listing: who used which instrument when, and what it cost.
struct UsageLineJSON: Content {
    let id: UUID
    let booking_id: UUID?
    let instrument_id: UUID
    let instrument_name_zh: String
    let instrument_name_en: String
    let user_id: UUID
    let user_name: String
    let organisation_id: UUID?
    let operator_id: UUID
    let started_at: String
    let ended_at: String
    let hours: Double
    let samples: Int?
    let outcome: String
    let external: Bool
    let amount_fen: Int
    let recorded_at: String

    init(_ u: UsageRecord, _ instrument: Instrument?) {
        id = u.id.rawValue
        booking_id = u.bookingID?.rawValue
        instrument_id = u.instrumentID.rawValue
        instrument_name_zh = instrument?.nameZh ?? ""
        instrument_name_en = instrument?.nameEn ?? ""
        user_id = u.userID
        user_name = u.userName
        organisation_id = u.organisationID
        operator_id = u.operatorID
        started_at = BeijingTime.rfc3339(u.startedAt)
        ended_at = BeijingTime.rfc3339(u.endedAt)
        hours = (u.hours * 100).rounded() / 100
        samples = u.samples
        outcome = u.outcome.rawValue
        external = u.external
        amount_fen = u.amountFen
        recorded_at = BeijingTime.rfc3339(u.recordedAt)
    }
}
