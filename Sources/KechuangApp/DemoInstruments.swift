import Foundation
import Identity
import Instruments
import KechuangCore
import Storage
import Vapor

extension DemoData {
    /// Institutions holding instruments: the demo's university, institute, enterprise and foreign
    /// R&D centre, and six more (Huairou facilities, Art. 17; key laboratories, Art. 18).
    static let instrumentHolders: [Org] = [
        Org(key: "ins-ligong", input: OrganisationInput(nameZh: "京西理工大学（示例）", nameEn: "Jingxi University of Technology (demo)",
            type: OrganisationType.university.rawValue, ownership: Ownership.state.rawValue, district: District.haidian.rawValue, uscc: withCheck("12110000400000201"))),
        Org(key: "ins-life", input: OrganisationInput(nameZh: "中关村生命科学研究院（示例）", nameEn: "Zhongguancun Life Science Institute (demo)",
            type: OrganisationType.researchInstitute.rawValue, ownership: Ownership.state.rawValue, district: District.changping.rawValue, uscc: withCheck("12110000400000202"))),
        Org(key: "ins-huairou", input: OrganisationInput(nameZh: "怀柔科学城综合极端条件实验装置（示例）", nameEn: "Huairou Synergetic Extreme Condition User Facility (demo)",
            type: OrganisationType.researchInstitute.rawValue, ownership: Ownership.state.rawValue, district: District.huairou.rawValue, uscc: withCheck("12110000400000203"))),
        Org(key: "ins-materials", input: OrganisationInput(nameZh: "北京材料科学研究所（示例）", nameEn: "Beijing Institute of Materials Science (demo)",
            type: OrganisationType.researchInstitute.rawValue, ownership: Ownership.state.rawValue, district: District.fengtai.rawValue, uscc: withCheck("12110000400000204"))),
        Org(key: "ins-medical", input: OrganisationInput(nameZh: "首都医学科研中心（示例）", nameEn: "Capital Medical Research Centre (demo)",
            type: OrganisationType.hospital.rawValue, ownership: Ownership.state.rawValue, district: District.dongcheng.rawValue, uscc: withCheck("12110000400000205"))),
        Org(key: "ins-energy", input: OrganisationInput(nameZh: "昌平能源实验室（示例）", nameEn: "Changping Energy Laboratory (demo)",
            type: OrganisationType.newRDInstitution.rawValue, ownership: Ownership.state.rawValue, district: District.changping.rawValue, uscc: withCheck("12110000400000206"))),
    ]

    static let instrumentManager = DemoPerson(role: .applicant, orgKey: "university", input: PersonInput(
        name: "吴仪器（示例）", email: "instrument-manager@demo.kechuang.cn", nationality: "CN"))
    static let instrumentUser = DemoPerson(role: .applicant, orgKey: "enterprise", input: PersonInput(
        name: "郑用户（示例）", email: "instrument-user@demo.kechuang.cn", nationality: "CN"))

    /// Three instruments per institution, 30 in ten institutions: name zh/en, class code, maker, model, value (yuan).
    static let instrumentKinds: [(String, String, String, String, String, Int, ServiceMode, Int, Int)] = [
        ("透射电子显微镜", "Transmission electron microscope", "01", "FEI", "Talos F200X", 9_800_000, .staffOperated, 300, 600),
        ("场发射扫描电子显微镜", "Field-emission scanning electron microscope", "01", "Zeiss", "Gemini 500", 3_200_000, .selfOperated, 150, 300),
        ("600兆核磁共振波谱仪", "600 MHz NMR spectrometer", "01", "Bruker", "AVANCE NEO 600", 6_500_000, .sampleSentIn, 200, 450),
        ("X射线单晶衍射仪", "Single-crystal X-ray diffractometer", "01", "Rigaku", "XtaLAB Synergy", 4_100_000, .sampleSentIn, 150, 350),
        ("液相色谱-质谱联用仪", "LC-MS system", "01", "Thermo", "Orbitrap Exploris 480", 5_600_000, .sampleSentIn, 300, 700),
        ("激光共聚焦显微镜", "Confocal laser scanning microscope", "13", "Leica", "STELLARIS 8", 4_800_000, .selfOperated, 120, 260),
        ("综合物性测量系统", "Physical property measurement system", "02", "Quantum Design", "PPMS DynaCool", 7_200_000, .staffOperated, 250, 500),
        ("飞秒激光器", "Femtosecond laser", "09", "Coherent", "Astrella", 3_900_000, .staffOperated, 200, 420),
        ("高性能计算集群", "High-performance computing cluster", "11", "浪潮", "NF5488", 12_000_000, .selfOperated, 20, 50),
        ("流式细胞分选仪", "Flow cytometry cell sorter", "13", "BD", "FACSAria Fusion", 4_300_000, .staffOperated, 260, 520),
    ]

    /// Instrument sharing demo (Art. 55): 30 instruments in ten institutions, published with their
    /// terms (one awaiting its Art. 55 service information), bookings past and coming, usage and
    /// feedback, a manager and an external user. Loading twice changes nothing.
    static func loadInstruments(into app: Application, organisations known: [String: UUID]) async throws -> [Login] {
        let orgs = KechuangApp.organisations(app), people = KechuangApp.people(app)
        var ids = known
        for org in instrumentHolders {
            if let existing = try await orgs.list(search: org.input.uscc, limit: 1).first { ids[org.key] = existing.id.rawValue } else {
                ids[org.key] = try await orgs.create(org.input, by: .system).id.rawValue
            }
        }
        // Only the two printed logins get the demo password: hashing it (bcrypt, cost 12) for every
        // supporting person made `kechuang demo` take tens of seconds.
        func person(_ p: DemoPerson, login: Bool = false) async throws -> Person {
            if let existing = try await people.find(email: p.input.email) { return existing }
            return try await people.create(p.input, password: login ? password : nil, memberships: [Membership(organisationID: p.orgKey.flatMap { ids[$0] }, role: p.role)], by: .system)
        }
        let manager = try await person(instrumentManager, login: true), user = try await person(instrumentUser, login: true)
        let logins = [Login(role: instrumentManager.role, email: instrumentManager.input.email, password: password),
                      Login(role: instrumentUser.role, email: instrumentUser.input.email, password: password)]
        let now = app.webServices.now()
        let registry = InstrumentRegistry(db: app.db, now: { now })
        guard try await registry.count() == 0 else { return logins }

        let holders = ["university", "institute", "enterprise", "foreign"] + instrumentHolders.map(\.key)
        var instruments: [Instrument] = []
        var users: [Person] = [user]
        var runners: [UUID: Person] = [:]
        for (h, key) in holders.enumerated() {
            guard let organisation = ids[key] else { continue }
            // Each institution's research office keeps its registry entries.
            let office = key == "university" ? try await person(DemoPerson(role: .researchOffice, orgKey: "university", input: PersonInput(
                name: "孙科研", email: "research-office@demo.kechuang.cn", nationality: "CN")))
                : try await person(DemoPerson(role: .researchOffice, orgKey: key, input: PersonInput(name: "科研处（示例）", email: "office-\(key)@demo.kechuang.cn", nationality: "CN")))
            runners[organisation] = key == "university" ? manager : office
            users.append(try await person(DemoPerson(role: .applicant, orgKey: key, input: PersonInput(name: "研究员\(h + 1)（示例）", email: "researcher-\(key)@demo.kechuang.cn", nationality: "CN"))))
            var lab: Lab?
            if h % 2 == 0 {
                let existing = try await registry.labs(organisation: organisation).first
                lab = existing == nil ? try await registry.addLab(nameZh: "\(["分析测试", "先进材料", "生物医学", "能源", "精密测量"][h / 2])重点实验室（示例）",
                                                             nameEn: "", level: h < 4 ? .nationalKey : .beijingKey, organisationID: organisation, by: .system) : existing
            }
            for k in 0..<3 {
                let kind = instrumentKinds[(h * 3 + k) % instrumentKinds.count]
                let publicFunding = key != "enterprise"
                let district = (instrumentHolders.first { $0.key == key }?.input.district).flatMap(District.init(rawValue:)) ?? (key == "institute" ? .huairou : .haidian)
                // One entry stays without its Art. 55 service information: it cannot be published.
                let withTerms = !(h == 1 && k == 2)
                let terms = ServiceTerms(mode: kind.6, content: "\(kind.0)测试与表征服务", process: "平台预约→管理员确认→上机或送样→出具结果→月度结算",
                                         fees: FeeSchedule(unit: kind.6.booksBy, internalRateFen: kind.7 * 100, externalRateFen: kind.8 * 100),
                                         trainingRequired: kind.6 == .selfOperated && k == 1, trainingDescription: "上机培训 4 学时，考核合格",
                                         contact: "010-6\(String(format: "%03d", h * 10 + k))-0000", approvalRequired: k == 0, cancellationNoticeHours: 24)
                var instrument = try await registry.register(InstrumentInput(
                    nameZh: kind.0, nameEn: kind.1, categoryCode: kind.2, maker: kind.3, model: kind.4, originalValueYuan: kind.5,
                    purchaseDate: BeijingDay(year: 2016 + (h + k) % 9, month: 1 + k * 3, day: 15), publicFunding: publicFunding, organisationID: organisation,
                    labID: lab?.id.rawValue, location: "\(["一号", "二号", "三号"][k])实验楼 \(100 + h)室", district: district, specs: "\(kind.4) 主要技术指标见厂家说明",
                    service: withTerms ? terms : nil), by: office)
                if key == "university" { try await registry.addManager(manager.id, to: instrument.id, by: office) }
                if withTerms { instrument = try await registry.publish(instrument.id, by: office) }
                instruments.append(instrument)
            }
        }
        try await demoBookings(app, instruments: instruments.filter(\.published), users: users, runners: runners, now: now)
        return logins
    }

    /// Past bookings with usage (so statistics, bills and the evaluation have data) and bookings in
    /// the coming days, each made under a clock set to before its slot; one session in each of the
    /// two years before this one, so the indicators have three years.
    static func demoBookings(_ app: Application, instruments: [Instrument], users: [Person], runners: [UUID: Person], now: Date) async throws {
        let today = BeijingDay(containing: now).start, year = BeijingDay(containing: now).year
        for (n, instrument) in instruments.enumerated() {
            guard let runner = runners[instrument.organisationID] else { continue }
            // Every tenth day over two months and one coming slot: enough for statistics and bills,
            // few enough that `kechuang demo` stays quick (each booking is its own audited write).
            // (The earlier sessions' `d` only seeds the user, hour and length, like the others'.)
            let earlier = [(year - 2, 6, -58), (year - 1, 9, -57)].compactMap { y, m, d in
                BeijingDay(year: y, month: m, day: 5 + n % 20).map { (d, $0.start) }
            }
            for (d, day) in earlier + stride(from: -55, through: 5, by: 10).map({ ($0, today.addingTimeInterval(Double($0) * 86_400)) }) {
                let user = users[(n + d + 60) % users.count]
                let hour = 9 + (n + d + 60) % 8
                let start = day.addingTimeInterval(Double(hour) * 3600), end = start.addingTimeInterval(Double(1 + (n + d + 60) % 3) * 3600)
                let bookings = Bookings(db: app.db, now: { start.addingTimeInterval(-86_400) })
                if instrument.service?.trainingRequired == true { try await bookings.recordTraining(user.id, on: instrument.id, by: runner) }
                let sample = instrument.service?.mode == .sampleSentIn
                let request = BookingRequest(kind: sample ? .sample : .time, startsAt: start, endsAt: end, samples: sample ? 1 + n % 5 : nil, purpose: "课题测试（示例）")
                guard var booking = try? await bookings.book(instrument.id, request, by: user) else { continue }
                if booking.state == .requested { booking = try await bookings.decide(booking.id, approve: true, note: "同意", by: runner) }
                guard d < 0 else { continue }
                let usage = InstrumentUsage(db: app.db, now: { end.addingTimeInterval(3600) })
                _ = try await usage.record(booking.id, UsageInput(startedAt: booking.startsAt, endedAt: booking.kind == .sample ? booking.startsAt.addingTimeInterval(3600) : booking.endsAt,
                                                                   samples: booking.samples, outcome: d % 9 == 0 ? .partial : .completed), by: runner)
                if (n + d) % 2 == 0 {
                    _ = try await usage.feedback(on: booking.id, .init(rating: 3 + (n + d + 60) % 3, comment: ["服务专业，出数据快", "预约方便", "价格合理，结果可靠"][n % 3]), by: user)
                }
            }
        }
    }
}
