import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing
@testable import Monitoring

/// The international cooperation registry (Art. 9, 66–71): cooperation projects with foreign
/// partners, international S&T organisations in Beijing (Art. 71), big-science programmes
/// (Art. 69(1)); staff keep it, the public sees what is published; the ICO indicators.
@Suite struct InternationalCooperationTests {
    struct World {
        let registry: InternationalRegistry
        let staff: Person
        let lead: Organisation
        let other: Organisation
    }

    static func world(_ t: some TestFixtures) async throws -> World {
        let department = try await t.organisation("市科委", type: .governmentDepartment)
        let staff = try await t.person([.departmentStaff], organisation: department.id)
        return World(registry: InternationalRegistry(db: t.db, now: t.now), staff: staff,
                     lead: try await t.organisation("牵头大学"), other: try await t.organisation("参与研究院", type: .researchInstitute))
    }

    static func project(_ w: World, _ title: String = "中德电池合作", starts: String = "2025-03-01", countries: [String] = ["DE"], basis: CooperationBasis = .art69) -> CooperationProjectInput {
        CooperationProjectInput(titleZh: title, titleEn: "Joint research \(title.count)", leadOrganisationID: w.lead.id.rawValue, fieldZh: "新能源", fieldEn: "Energy",
                                startsOn: starts, basis: basis.rawValue,
                                partners: countries.enumerated().map { ForeignPartner(nameZh: "伙伴\($0.offset)", nameEn: "Partner \($0.offset)", country: $0.element, kind: .university) })
    }

    static func organisation(_ name: String, on day: String, kind: IntlOrganisationKind = .founded, host: UUID? = nil) -> IntlOrganisationInput {
        IntlOrganisationInput(nameZh: name, nameEn: "Org \(name.count)", kind: kind.rawValue, registeredOn: day, hostOrganisationID: host,
                              fieldsZh: "人工智能", fieldsEn: "AI", website: "https://example.org/x")
    }

    static func rules(_ body: () async throws -> Void) async -> [String] {
        do { try await body() } catch DomainError.validation(let errors) { return errors.map(\.rule) } catch { return ["unexpected: \(error)"] }
        return []
    }

    @Test func test_Art69_staffRegisterAndPublishAProject_thePublicSeesItOnlyOncePublished_everyWriteAudited() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.registry.saveProject(Self.project(w, countries: ["DE", "HK"]), by: w.staff)
            #expect(draft.state == .draft && draft.partners.map(\.country) == ["DE", "HK"] && draft.leadOrganisationID == w.lead.id.rawValue)
            #expect(try await w.registry.projects(as: nil).isEmpty)
            await #expect(throws: DomainError.self) { try await w.registry.project(draft.id, as: nil) }
            #expect(try await w.registry.projects(as: w.staff).map(\.id) == [draft.id])
            let published = try await w.registry.publishProject(draft.id, by: w.staff)
            #expect(published.state == .published && published.publishedAt != nil)
            #expect(try await w.registry.project(draft.id, as: nil).titleZh == "中德电池合作")
            await #expect(throws: DomainError.self) { try await w.registry.publishProject(draft.id, by: w.staff) }
            let audit = try await AuditChain.list(.init(object: draft.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(Set(audit.map(\.action)) == ["monitoring.international.project.created", "monitoring.international.project.published"])
            #expect(audit.allSatisfy { $0.basis == .art(69) })
        }
    }

    @Test func test_Art69_aPartnersCountryIsAnISOCodeOutsideTheMainland_andEachErrorNamesFieldRuleAndArticle() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            for bad in ["XX", "CN", "de", ""] {
                #expect(await Self.rules { _ = try await w.registry.saveProject(Self.project(w, countries: [bad]), by: w.staff) } == ["international.project.partners.country"], "\(bad)")
            }
            var input = Self.project(w)
            (input.titleZh, input.leadOrganisationID, input.startsOn, input.endsOn, input.basis, input.partners) = (" ", nil, "2025-13-01", "2024-01-01", "art12", [])
            do {
                _ = try await w.registry.saveProject(input, by: w.staff)
                Issue.record("an incomplete project was registered")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.field)) == ["title_zh", "lead_organisation_id", "starts_on", "basis", "partners"])
                #expect(errors.allSatisfy { $0.basis != nil })
                #expect(errors.first { $0.field == "basis" }?.basis == .art(9))
            }
            var backwards = Self.project(w)
            backwards.endsOn = "2024-12-31"
            #expect(await Self.rules { _ = try await w.registry.saveProject(backwards, by: w.staff) } == ["international.project.ends_on.after_start"])
            var unknownLead = Self.project(w)
            unknownLead.leadOrganisationID = UUID()
            #expect(await Self.rules { _ = try await w.registry.saveProject(unknownLead, by: w.staff) } == ["international.lead_organisation_id.known"])
            // Hong Kong, Macao and Taiwan partners are in the list as regions of China.
            #expect(try await w.registry.saveProject(Self.project(w, countries: ["HK", "MO", "TW"]), by: w.staff).partners.count == 3)
            #expect(try await w.registry.projects(as: w.staff).count == 1)
        }
    }

    @Test func test_Art69_aProjectLinksToAFundedGrantsProjectByItsNumber_anUnknownNumberIsRefused() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            var input = Self.project(w)
            input.grantProjectNumber = "京科0000-9999"
            #expect(await Self.rules { _ = try await w.registry.saveProject(input, by: w.staff) } == ["international.project.grant_project.known"])
            let review = try await ReviewWorld.make(t, experts: 2, budget: 1_000_000)
            t.clock.advance(by: 86_400)
            let today = BeijingDay(containing: t.clock.now)
            let funded = try await Awards(db: t.db, now: review.now).fund(review.proposals[0].id, AwardInput(
                awardedAmount: "100000", startDate: today.description, endDate: (BeijingDay(year: today.year + 2, month: 6, day: 30) ?? today).description,
                fundingKind: "competitive", researchType: "basic", reason: "测试立项"), by: review.officer)
            input.grantProjectNumber = funded.number
            let linked = try await w.registry.saveProject(input, by: w.staff)
            #expect(linked.grantProjectID == funded.id.rawValue && linked.grantProjectNumber == funded.number)
        }
    }

    @Test func test_Art69_anEditNamesTheVersionItWasReadAt_andIsAudited() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let first = try await w.registry.saveProject(Self.project(w), by: w.staff)
            var changed = Self.project(w, "中德电池合作（二期）", basis: .art66)
            let second = try await w.registry.saveProject(changed, id: first.id, version: first.version, by: w.staff)
            #expect(second.version == first.version + 1 && second.titleZh == "中德电池合作（二期）" && second.basis == .art66)
            changed.titleZh = "过时的修改"
            await #expect(throws: DomainError.staleVersion(entity: "monitoring_international_project")) {
                try await w.registry.saveProject(changed, id: first.id, version: first.version, by: w.staff)
            }
            let audit = try await AuditChain.list(.init(object: first.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.filter { $0.action == "monitoring.international.project.updated" }.count == 1)
        }
    }

    @Test func test_Art71_internationalOrganisationsInBeijing_validatedAndPublished() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            var bad = Self.organisation("国际组织", on: "2024-02-30", host: UUID())
            (bad.kind, bad.website) = ("club", "example.org")
            #expect(Set(await Self.rules { _ = try await w.registry.saveOrganisation(bad, by: w.staff) })
                    == ["international.organisation.kind.known", "international.organisation.registered_on.date", "international.organisation.website.url"])
            let unknownHost = Self.organisation("国际组织", on: "2024-02-01", host: UUID())
            #expect(await Self.rules { _ = try await w.registry.saveOrganisation(unknownHost, by: w.staff) } == ["international.host_organisation_id.known"])
            let org = try await w.registry.saveOrganisation(Self.organisation("国际组织", on: "2024-02-01", kind: .representativeOffice, host: w.lead.id.rawValue), by: w.staff)
            #expect(org.kind == .representativeOffice && org.hostOrganisationID == w.lead.id.rawValue && org.registeredOn.description == "2024-02-01")
            await #expect(throws: DomainError.self) { try await w.registry.saveOrganisation(Self.organisation("国际组织", on: "2024-03-01"), by: w.staff) }
            _ = try await w.registry.publishOrganisation(org.id, by: w.staff)
            #expect(try await w.registry.organisations(as: nil).map(\.id) == [org.id])
            let audit = try await AuditChain.list(.init(object: org.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.count == 2 && audit.allSatisfy { $0.basis == .art(71) && $0.action.hasPrefix("monitoring.international.organisation.") })
        }
    }

    @Test func test_Art69_bigScienceProgrammesLedOrJoined_withBeijingParticipants() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let empty = BigScienceInput(nameZh: "大洋钻探", nameEn: "Ocean drilling", role: "observer", participantIDs: [], startYear: 1900)
            #expect(Set(await Self.rules { _ = try await w.registry.saveBigScience(empty, by: w.staff) })
                    == ["international.big_science.role.known", "international.big_science.participants.required", "international.big_science.start_year.range"])
            let input = BigScienceInput(nameZh: "大洋钻探", nameEn: "Ocean drilling", role: "led",
                                        participantIDs: [w.lead.id.rawValue, w.other.id.rawValue, w.lead.id.rawValue], startYear: 2024)
            let programme = try await w.registry.saveBigScience(input, by: w.staff)
            #expect(programme.role == .led && programme.participantIDs == [w.lead.id.rawValue, w.other.id.rawValue])
            #expect(try await w.registry.bigScience(as: nil).isEmpty)
            _ = try await w.registry.publishBigScience(programme.id, by: w.staff)
            #expect(try await w.registry.bigScience(as: nil).map(\.nameEn) == ["Ocean drilling"])
        }
    }

    /// Access matrix: every role × entry state × action; only department staff and the administrator keep the registry.
    @Test func test_Art9_onlyDepartmentStaffKeepTheRegistry_thePublicSeesPublishedEntries() async throws {
        let keepers: Set<Role> = [.departmentStaff, .platformAdmin]
        let viewers = [InternationalAccess.Viewer(roles: [])] + Role.allCases.map { InternationalAccess.Viewer(roles: [$0]) }
        for viewer in viewers {
            let keeps = !viewer.roles.isDisjoint(with: keepers)
            for state in RegistryState.allCases {
                let facts = InternationalAccess.Facts(state: state)
                #expect(InternationalAccess.may(.view, viewer, facts) == (state == .published || keeps), "\(viewer.roles) view \(state)")
                #expect(InternationalAccess.may(.change, viewer, facts) == keeps, "\(viewer.roles) change \(state)")
                #expect(InternationalAccess.may(.publish, viewer, facts) == keeps, "\(viewer.roles) publish \(state)")
            }
        }
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let officer = try await t.person([.programmeOfficer], organisation: w.lead.id)
            await #expect {
                _ = try await w.registry.saveProject(Self.project(w), by: officer)
            } throws: { error in
                guard case DomainError.forbidden(_, let basis) = error else { return false }
                return basis == .art(69)
            }
            let draft = try await w.registry.saveProject(Self.project(w), by: w.staff)
            await #expect(throws: DomainError.self) { try await w.registry.publishProject(draft.id, by: officer) }
            await #expect(throws: DomainError.notFound(entity: "monitoring_international_project")) { try await w.registry.project(draft.id, as: officer) }
        }
    }

    @Test func test_Art69_aStoredRowThatCannotBeReadFailsLoudly() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let p = try await w.registry.saveProject(Self.project(w), by: w.staff)
            try await t.damage("mon_intl_projects", id: p.id.rawValue, set: "basis", to: "art99")
            await #expect(throws: StoredDataError.self) { try await w.registry.projects(as: w.staff) }
            try await t.damage("mon_intl_projects", id: p.id.rawValue, set: "basis", to: "art69")
            try await t.damage("mon_intl_projects", id: p.id.rawValue, set: "partners_json", to: "[{\"name\":1}]")
            await #expect(throws: StoredDataError.self) { try await w.registry.project(p.id, as: w.staff) }
        }
    }

    @Test func test_Art69_theCountryListIsISO3166Alpha2_withChineseAndEnglishNames() {
        #expect(CountryCodes.all.count == 249)
        #expect(Set(CountryCodes.all.map(\.code)).count == CountryCodes.all.count)
        for e in CountryCodes.all {
            #expect(e.code.count == 2 && e.code.allSatisfy { $0.isASCII && $0.isUppercase }, "\(e.code)")
            #expect(e.name.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } && !e.name.en.isEmpty, "\(e.code)")
        }
        #expect(CountryCodes.entry("DE")?.name == LocalizedText(zh: "德国", en: "Germany"))
        #expect(CountryCodes.entry("TW")?.name.zh == "中国台湾")
    }

    static func int(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        try await sql.raw(query).first()?.decode(column: "n", as: Int?.self) ?? 0
    }

    /// ICO-01 (Art. 69) and ICO-02 (Art. 71), computed from seeded entries, equal a count made here with SQL.
    @Test func test_Art69_ICO01_projectsByCountry_andArt71_ICO02_organisationsInBeijing_equalAnIndependentCount() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let seeded: [(String, String, [String], Bool)] = [
                ("合作一", "2024-03-01", ["DE", "DE", "US"], true), ("合作二", "2024-09-01", ["DE"], true), ("合作三", "2025-01-15", ["HK", "FR"], true),
                ("合作四", "2025-05-05", ["DE"], false), ("合作五", "2026-02-02", ["JP"], true),
            ]
            for (title, starts, countries, publish) in seeded {
                let p = try await w.registry.saveProject(Self.project(w, title, starts: starts, countries: countries), by: w.staff)
                if publish { _ = try await w.registry.publishProject(p.id, by: w.staff) }
            }
            let orgs: [(String, String, IntlOrganisationKind, Bool)] = [
                ("组织一", "2023-05-01", .founded, true), ("组织二", "2025-06-01", .representativeOffice, true), ("组织三", "2024-01-01", .founded, false),
            ]
            for (name, day, kind, publish) in orgs {
                let o = try await w.registry.saveOrganisation(Self.organisation(name, on: day, kind: kind), by: w.staff)
                if publish { _ = try await w.registry.publishOrganisation(o.id, by: w.staff) }
            }
            let figures = try await PlatformIndicators(db: t.db).observations()
            let sql = try #require(t.db as? any SQLDatabase)
            for year in 2024...2026 {
                let total = try await Self.int(sql, "SELECT count(*) AS n FROM mon_intl_projects WHERE state = 'published' AND starts_on LIKE \(bind: "\(year)-%")")
                #expect(figures.total("ICO-01", year) == Double(total), "ICO-01 \(year)")
                for country in ["DE", "US", "HK", "FR", "JP"] {
                    let yearPattern = "\(year)-%", countryPattern = "%\"country\":\"" + country + "\"%"
                    let n = try await Self.int(sql, """
                        SELECT count(*) AS n FROM mon_intl_projects WHERE state = 'published' AND starts_on LIKE \(bind: yearPattern)
                        AND partners_json LIKE \(bind: countryPattern)
                        """)
                    let figure = figures.breakdown("ICO-01", year, by: .country).first { $0.key == country }?.value
                    #expect((figure ?? 0) == Double(n), "ICO-01 \(year) \(country)")
                }
            }
            #expect(figures.breakdown("ICO-01", 2024, by: .country).first { $0.key == "DE" }?.label.zh == "德国")
            for year in 2023...2026 {
                let total = try await Self.int(sql, "SELECT count(*) AS n FROM mon_intl_organisations WHERE state = 'published' AND registered_on <= \(bind: "\(year)-12-31")")
                #expect(figures.total("ICO-02", year) == Double(total), "ICO-02 \(year)")
                for kind in IntlOrganisationKind.allCases {
                    let yearEnd = "\(year)-12-31"
                    let n = try await Self.int(sql, """
                        SELECT count(*) AS n FROM mon_intl_organisations WHERE state = 'published' AND registered_on <= \(bind: yearEnd) AND kind = \(bind: kind.rawValue)
                        """)
                    #expect(figures.breakdown("ICO-02", year, by: .kind).first { $0.key == kind.rawValue }?.value == Double(n), "ICO-02 \(year) \(kind)")
                }
            }
            #expect(IndicatorCatalogue.indicator("ICO-01")?.basis == ArticleRef(69) && IndicatorCatalogue.indicator("ICO-02")?.basis == ArticleRef(71))
        }
    }
}
