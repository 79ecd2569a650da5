import FluentKit
import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport

/// An institution with a research office, an instrument manager, a publicly funded instrument
/// with published terms, an internal and an external user.
struct InstrumentWorld {
    let t: TestDB
    let institution: Organisation
    let office: Person
    let manager: Person
    let internalUser: Person
    let externalOrganisation: Organisation
    let externalUser: Person
    let instrument: Instrument

    var registry: InstrumentRegistry { InstrumentRegistry(db: t.db, now: t.now) }
    var bookings: Bookings { Bookings(db: t.db, now: t.now) }
    var usage: InstrumentUsage { InstrumentUsage(db: t.db, now: t.now) }

    static func terms(approval: Bool = false, training: Bool = false, notice: Int = 24) -> ServiceTerms {
        ServiceTerms(mode: .staffOperated, content: "高分辨透射电镜形貌与结构表征", process: "网上预约→管理员确认→按时上机→结算",
                     fees: FeeSchedule(unit: .hour, internalRateFen: 30_000, externalRateFen: 60_000, minimumUnits: 1),
                     trainingRequired: training, trainingDescription: "上机培训 4 学时", contact: "010-6275 0000", approvalRequired: approval,
                     cancellationNoticeHours: notice, openHour: 8, closeHour: 20)
    }

    static func input(organisation: UUID, terms: ServiceTerms?, publicFunding: Bool = true, name: String = "透射电子显微镜") -> InstrumentInput {
        InstrumentInput(nameZh: name, nameEn: "Transmission electron microscope", categoryCode: "01", maker: "FEI", model: "Talos F200X",
                        originalValueYuan: 9_800_000, purchaseDate: BeijingDay(year: 2019, month: 5, day: 10), publicFunding: publicFunding,
                        organisationID: organisation, location: "化学楼 B102", district: .haidian, specs: "200 kV，点分辨率 0.25 nm", service: terms)
    }

    static func make(_ t: TestDB, terms: ServiceTerms = InstrumentWorld.terms()) async throws -> InstrumentWorld {
        let institution = try await t.organisation("北京测试大学")
        let office = try await t.person([.researchOffice], organisation: institution.id)
        let manager = try await t.person([.applicant], organisation: institution.id)
        let internalUser = try await t.person([.applicant], organisation: institution.id)
        let externalOrganisation = try await t.organisation("外单位公司", type: .enterprise)
        let externalUser = try await t.person([.applicant], organisation: externalOrganisation.id)
        let registry = InstrumentRegistry(db: t.db, now: t.now)
        var instrument = try await registry.register(input(organisation: institution.id.rawValue, terms: terms), by: office)
        try await registry.addManager(manager.id, to: instrument.id, by: office)
        instrument = try await registry.publish(instrument.id, by: office)
        return InstrumentWorld(t: t, institution: institution, office: office, manager: manager, internalUser: internalUser,
                               externalOrganisation: externalOrganisation, externalUser: externalUser, instrument: instrument)
    }

    /// `hour`:00 Beijing time, `days` days from the clock's day.
    func at(day days: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        BeijingDay(containing: t.clock.now).start.addingTimeInterval(Double(days) * 86_400 + Double(hour) * 3600 + Double(minute) * 60)
    }

    func slot(day: Int, _ from: Int, _ to: Int) -> BookingRequest {
        BookingRequest(kind: .time, startsAt: at(day: day, from), endsAt: at(day: day, to), purpose: "样品表征")
    }
}

func rules(_ error: any Error) -> [String] {
    if case DomainError.validation(let errors) = error { return errors.map(\.rule) }
    return []
}
