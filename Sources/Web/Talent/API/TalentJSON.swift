import Foundation
import KechuangCore
import Talent
import Vapor

struct CatalogueEntryJSON: Content {
    let id: UUID
    let code: String
    let version: Int
    let field: String
    let role_zh: String
    let role_en: String
    let level: String
    let requirements_zh: String
    let requirements_en: String
    let note: String
    let withdrawn: Bool
    let published_at: Date
    let article: String

    init(_ e: CatalogueEntry) {
        id = e.id.rawValue
        code = e.code
        version = e.version
        field = e.field.rawValue
        role_zh = e.roleZh
        role_en = e.roleEn
        level = e.level.rawValue
        requirements_zh = e.requirementsZh
        requirements_en = e.requirementsEn
        note = e.note
        withdrawn = e.withdrawn
        published_at = e.publishedAt
        article = "40"
    }
}

struct CatalogueEntryVersionsJSON: Content {
    let entry: CatalogueEntryJSON
    let current: Bool
    let versions: [CatalogueEntryJSON]
}

struct CatalogueEntryBody: Content {
    let code: String?
    let field: String?
    let role_zh: String?
    let role_en: String?
    let level: String?
    let requirements_zh: String?
    let requirements_en: String?
    let note: String?

    var input: CatalogueEntryInput {
        CatalogueEntryInput(code: code ?? "", field: field.flatMap(TalentField.init(rawValue:)), roleZh: role_zh ?? "", roleEn: role_en ?? "",
                            level: level.flatMap(TalentLevel.init(rawValue:)), requirementsZh: requirements_zh ?? "", requirementsEn: requirements_en ?? "",
                            note: note ?? "")
    }
}

struct OpeningJSON: Content {
    let id: UUID
    let organisation_id: UUID
    let entry_id: UUID
    let entry_code: String
    let field: String
    let title_zh: String
    let title_en: String
    let description: String
    let district: String
    let closes_on: String?
    let status: String

    init(_ o: Opening) {
        id = o.id.rawValue
        organisation_id = o.organisationID
        entry_id = o.entryID.rawValue
        entry_code = o.entryCode
        field = o.field.rawValue
        title_zh = o.titleZh
        title_en = o.titleEn
        description = o.description
        district = o.district.rawValue
        closes_on = o.closesOn?.description
        status = o.status.rawValue
    }
}

struct OpeningBody: Content {
    let organisation_id: String?
    let entry_id: String?
    let title_zh: String?
    let title_en: String?
    let description: String?
    let district: String?
    let closes_on: String?

    var values: [String: String] {
        ["organisation_id": organisation_id ?? "", "entry_id": entry_id ?? "", "title_zh": title_zh ?? "", "title_en": title_en ?? "",
         "description": description ?? "", "district": district ?? "", "closes_on": closes_on ?? ""]
    }
}

struct AchievementJSON: Content {
    let id: UUID
    let slot: Int
    let kind: String
    let title: String
    let year: Int
    let evidence: String
    let contribution: String

    init(_ a: Achievement) {
        id = a.id.rawValue
        slot = a.slot
        kind = a.kind.rawValue
        title = a.title
        year = a.year
        evidence = a.evidence
        contribution = a.contribution
    }
}

struct AchievementBody: Content {
    let kind: String?
    let title: String?
    let year: Int?
    let evidence: String?
    let contribution: String?

    var input: AchievementInput {
        AchievementInput(kind: kind.flatMap(AchievementKind.init(rawValue:)), title: title ?? "", year: year, evidence: evidence ?? "", contribution: contribution ?? "")
    }
}

struct ServiceEventJSON: Content {
    let kind: String
    let note: String
    let by_officer: Bool
    let at: Date

    init(_ e: ServiceEvent) {
        kind = e.kind.rawValue
        note = e.note
        by_officer = e.byOfficer
        at = e.at
    }
}

struct ServiceRequestJSON: Content {
    let id: UUID
    let kind: String
    let department: String
    let state: String
    let details: String
    let documents: [String]
    let submitted_at: Date
    let due_at: Date
    let escalated_at: Date?
    let closed_at: Date?
    let version: Int
    let article: String
    let events: [ServiceEventJSON]?

    init(_ r: ServiceRequest, events: [ServiceEvent]? = nil) {
        id = r.id.rawValue
        kind = r.kind.rawValue
        department = r.department
        state = r.state.rawValue
        details = r.details
        documents = r.documents
        submitted_at = r.submittedAt
        due_at = r.dueAt
        escalated_at = r.escalatedAt
        closed_at = r.closedAt
        version = r.version
        article = ServiceDesks.desk(r.kind).basis.code
        self.events = events.map { $0.map(ServiceEventJSON.init) }
    }
}

struct ServiceRequestBody: Content {
    let kind: String?
    let details: String?
    let documents: [String]?
}

struct ServiceStepBody: Content {
    let step: String?
    let note: String?
    let version: Int?
}

struct ComplianceJSON: Content {
    let department: String
    let name_zh: String
    let name_en: String
    let closed_on_time: Int
    let closed_late: Int
    let open_on_time: Int
    let open_overdue: Int
    let on_time_share: Double

    init(_ c: DeskCompliance) {
        department = c.department
        let d = ServiceDesks.departments.first { $0.code == c.department }
        name_zh = d?.name.zh ?? ""
        name_en = d?.name.en ?? ""
        closed_on_time = c.closedOnTime
        closed_late = c.closedLate
        open_on_time = c.openOnTime
        open_overdue = c.openOverdue
        on_time_share = c.onTimeShare
    }
}

struct PointsBody: Content {
    let salary: Int?
    let years_in_beijing: Int?
    let degree: Int?
    let catalogue_match: Bool?
    let innovation_employer: Bool?
    let chinese: Int?
    let age: Int?
    let achievement_in_use: Bool?

    var query: [String: String] {
        var q: [String: String] = [:]
        q["salary"] = salary.map(String.init)
        q["years_in_beijing"] = years_in_beijing.map(String.init)
        q["degree"] = degree.map(String.init)
        q["chinese"] = chinese.map(String.init)
        q["age"] = age.map(String.init)
        q["catalogue_match"] = catalogue_match == true ? "1" : "0"
        q["innovation_employer"] = innovation_employer == true ? "1" : "0"
        q["achievement_in_use"] = achievement_in_use == true ? "1" : "0"
        return q
    }
}

struct PointsJSON: Content {
    struct Line: Content {
        let criterion: String
        let label_zh: String
        let label_en: String
        let value: Int?
        let points: Int
        let maximum: Int
        let source_zh: String
        let source_en: String
        let article: String
        let next_band_zh: String?
        let next_band_en: String?
        let next_gain: Int?
    }
    let effective_from: String
    let threshold: Int
    let total: Int
    let eligible: Bool
    let shortfall: Int
    let lines: [Line]
    let raises: [String]

    init(_ r: PointsAssessment.Result) {
        effective_from = r.table.effectiveFrom.description
        threshold = r.table.threshold
        total = r.total
        eligible = r.eligible
        shortfall = r.shortfall
        lines = r.lines.map { l in
            Line(criterion: l.criterion.id, label_zh: l.criterion.label.zh, label_en: l.criterion.label.en, value: l.value, points: l.points,
                 maximum: l.criterion.maximum, source_zh: l.criterion.source.zh, source_en: l.criterion.source.en, article: l.criterion.basis.code,
                 next_band_zh: l.next?.band.label.zh, next_band_en: l.next?.band.label.en, next_gain: l.next?.gain)
        }
        raises = r.raises.map(\.criterion.id)
    }
}
