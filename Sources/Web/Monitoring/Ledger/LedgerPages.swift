import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

enum LedgerText {
    static func links(_ c: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("links"),
            .li(.a(.href(LedgerURL.ledger.path), .text(c(MonitoringLedgerMsg.ldgLinkLedger)))),
            .li(.a(.href(LedgerURL.assessment.path), .text(c(MonitoringLedgerMsg.ldgLinkAssessment)))),
            .if(c.can(.viewWarnings), .li(.a(.href(WarningURL.warnings.path), .text(c(MonitoringLedgerMsg.ldgLinkWarnings))))),
            .if(c.can(.viewMonitoring), .li(.a(.href(MonitoringIndicatorsURL.live.path), .text(c(MonitoringMsg.monLinkLive))))))
    }

    static func title(_ zh: String, _ en: String, _ c: PageContext) -> Node<HTML.BodyContext> {
        c.language == .en && !en.isEmpty ? .text(en) : Components.zh(zh, c)
    }

    /// A link whose text is the title in the page's language, or the Chinese one marked with its language.
    static func link(_ href: String, _ zh: String, _ en: String, _ c: PageContext) -> Node<HTML.BodyContext> {
        let text = c.language == .en && !en.isEmpty ? en : zh
        return .a(.href(href), .attribute(named: "lang", value: Components.otherLanguage(of: text, c)), .text(text))
    }

    static func org(_ id: UUID, _ orgs: [UUID: Organisation], _ c: PageContext) -> Node<HTML.BodyContext> {
        guard let o = orgs[id] else { return .text(id.uuidString.prefix(8).description) }
        return Components.zh(o.name(in: c.language), c)
    }

    static func basis(_ task: LedgerTask, _ c: PageContext) -> Node<HTML.BodyContext> {
        .group(.unwrap(task.article) { .text(c.language == .zh ? $0.chinese : $0.english) },
               .if(task.article != nil && !task.planItem.isEmpty, .text(" · ")), Components.zh(task.planItem, c))
    }

    static func flags(_ s: TaskStanding, _ c: PageContext) -> Node<HTML.BodyContext> {
        .group(.strong(.text(c.text(s.status.label))),
               .forEach(s.flags) { f in .p(.class("hint"), .text(Components.message(f, c))) })
    }

    /// A checkbox whose label may be in the other language (a department without an English name).
    static func checkbox(_ name: String, label: String, checked: Bool, _ c: PageContext) -> Node<HTML.FormContext> {
        let id = Components.fieldID(name)
        return .div(.class("checkbox"), .input(.id(id), .type(.checkbox), .name(name), .value("1"), .checked(checked)),
                    .label(.for(id), Components.zh(label, c)))
    }

    static func departmentOptions(_ departments: [Organisation], _ c: PageContext) -> [(String, String)] {
        departments.map { ($0.id.rawValue.uuidString, $0.name(in: c.language)) }
    }
}

/// `/monitoring/ledger`: plans with their goals and indicators, the year's tasks with their status
/// and flags (Art. 8(1)), and the forms to add plans and tasks for those who keep the ledger.
struct LedgerPage {
    let year: Int
    let plans: [LedgerPlan]
    let standings: [TaskStanding]
    let organisations: [UUID: Organisation]
    let departments: [Organisation]
    /// The form the values and errors come from: `plan` or `task` (both have titles, so their ids are scoped).
    var form = ""
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let m = MonitoringLedgerMsg.self
        return Layout(context: c, title: c(m.ldgTitle), content: .div(
            Components.errorSummary(errors, c, form: form),
            .h1(.text(c(m.ldgTitle))),
            .p(.class("lead"), .text(c(m.ldgIntro))),
            LedgerText.links(c),
            .h2(.text(c(m.ldgPlansTitle))),
            .if(plans.isEmpty, .p(.text(c(m.ldgNoPlans))), else: Components.scrollTable(label: c(m.ldgPlansTitle),
                .thead(.tr(.th(.text(c(m.ldgPlan))), .th(.text(c(m.ldgLevel))), .th(.text(c(m.ldgScope))), .th(.text(c(m.ldgPeriod))), .th(.text(c(m.ldgGoals))))),
                .tbody(.forEach(plans) { p in
                    .tr(.td(LedgerText.title(p.titleZh, p.titleEn, c)), .td(.text(c.text(p.level.label))), .td(.text(scope(p, c))),
                        .td(.text("\(p.fromYear)–\(p.toYear)")),
                        .td(.ul(.forEach(p.goals) { g in
                            .li(Components.zh(g.textZh, c), .if(!g.indicators.isEmpty, .group(.text(" — "), .forEach(g.indicators) { code in
                                .group(.a(.href(MonitoringIndicatorsURL.indicators.path + "#" + code), .text(code)), .text(" "))
                            })))
                        })))
                }))),
            .h2(.text("\(c(m.ldgTasksTitle)) \(year)")),
            .form(.method(.get), .action(LedgerURL.ledger.path),
                  Components.textField(.init(name: "year", label: c(m.ldgYear), value: "\(year)", width: "width-4"), errors: [], c),
                  Components.submit(c(m.ldgShowYear), secondary: true)),
            .if(standings.isEmpty, .p(.text(c(m.ldgNoTasks))), else: Components.scrollTable(label: c(m.ldgTasksTitle),
                .thead(.tr(.th(.text(c(m.ldgCode))), .th(.text(c(m.ldgTask))), .th(.text(c(m.ldgLead))), .th(.text(c(m.ldgDeadline))),
                           .th(.text(c(m.ldgTarget))), .th(.text(c(m.ldgAchieved))), .th(.text(c(m.ldgStatus))), .th(.text(c(m.ldgBasis))))),
                .tbody(.forEach(standings) { s in
                    .tr(.td(.text(s.task.code)), .td(LedgerText.link(LedgerURL.task(s.task.id.rawValue).path, s.task.titleZh, s.task.titleEn, c)),
                        .td(LedgerText.org(s.task.leadDepartmentID, organisations, c)), .td(.text(s.task.deadline.description)),
                        .td(.text(MonitoringCharts.number(s.task.targetValue) + " "), Components.zh(s.task.targetUnit, c)),
                        .td(.text(s.achieved.map(MonitoringCharts.number) ?? "—")), .td(LedgerText.flags(s, c)), .td(LedgerText.basis(s.task, c)))
                }))),
            .if(c.can(.manageLedger), .group(planForm(c), taskForm(c))))).render()
    }

    func scope(_ p: LedgerPlan, _ c: PageContext) -> String {
        switch p.level {
        case .city: c.language == .zh ? "北京市" : "Beijing"
        case .district: District(rawValue: p.scope).map { c.text($0.label) } ?? p.scope
        case .zone: Zones.zone(p.scope).map { c.text($0.name) } ?? p.scope
        }
    }

    func planForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        let m = MonitoringLedgerMsg.self
        let (values, errors) = form == "plan" ? (self.values, self.errors) : ([:], [])
        return .group(.h2(.text(c(m.ldgNewPlanTitle))), Components.form(action: LedgerURL.plans.path, c,
            Components.selectField(name: "level", form: "plan", label: c(m.ldgLevel), options: PlanLevel.allCases.map { ($0.rawValue, c.text($0.label)) },
                                   selected: values["level"], errors: errors, c),
            Components.textField(.init(name: "scope", label: c(m.ldgScope), hint: c(m.ldgScopeHint), value: values["scope"] ?? "", width: "width-10", form: "plan"), errors: errors, c),
            Components.textField(.init(name: "title_zh", label: c(m.ldgTitleZh), value: values["title_zh"] ?? "", form: "plan"), errors: errors, c),
            Components.textField(.init(name: "title_en", label: c(m.ldgTitleEn), value: values["title_en"] ?? "", form: "plan"), errors: errors, c),
            Components.textField(.init(name: "from_year", label: c(m.ldgFromYear), value: values["from_year"] ?? "\(year)", width: "width-4", form: "plan"), errors: errors, c),
            Components.textField(.init(name: "to_year", label: c(m.ldgToYear), value: values["to_year"] ?? "\(year + 4)", width: "width-4", form: "plan"), errors: errors, c),
            Components.textArea("goals", c(m.ldgGoals), c(m.ldgGoalsHint), values["goals"] ?? "", errors, c, form: "plan"),
            Components.submit(c(m.ldgCreatePlan))))
    }

    func taskForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        let m = MonitoringLedgerMsg.self
        let (values, errors) = form == "task" ? (self.values, self.errors) : ([:], [])
        return .group(.h2(.text(c(m.ldgNewTaskTitle))), .if(plans.isEmpty, .p(.text(c(m.ldgNoPlans))), else: Components.form(action: LedgerURL.tasks.path, c,
            Components.selectField(name: "plan_id", form: "task", label: c(m.ldgPlan), options: plans.map { ($0.id.rawValue.uuidString, c.language == .en && !$0.titleEn.isEmpty ? $0.titleEn : $0.titleZh) },
                                   selected: values["plan_id"], errors: errors, c),
            Components.textField(.init(name: "year", label: c(m.ldgYear), value: values["year"] ?? "\(year)", width: "width-4", form: "task"), errors: errors, c),
            Components.textField(.init(name: "code", label: c(m.ldgCode), value: values["code"] ?? "", width: "width-4", form: "task"), errors: errors, c),
            Components.textField(.init(name: "title_zh", label: c(m.ldgTitleZh), value: values["title_zh"] ?? "", form: "task"), errors: errors, c),
            Components.textField(.init(name: "title_en", label: c(m.ldgTitleEn), value: values["title_en"] ?? "", form: "task"), errors: errors, c),
            Components.selectField(name: "lead_department_id", form: "task", label: c(m.ldgLead), options: LedgerText.departmentOptions(departments, c),
                                   selected: values["lead_department_id"], errors: errors, c),
            .fieldset(.class("field"), .id(Components.fieldID("co_department_ids", in: "task")), .element(named: "legend", nodes: [.text(c(m.ldgCo))]),
                      .p(.class("hint"), .text(c(m.ldgCoHint))),
                      .forEach(departments) { d in LedgerText.checkbox(LedgerForm.coField(d.id.rawValue), label: d.name(in: c.language),
                                                                     checked: values[LedgerForm.coField(d.id.rawValue)] != nil, c) }),
            Components.textField(.init(name: "deadline", label: c(m.ldgDeadline), hint: c(m.ldgDeadlineHint), value: values["deadline"] ?? "\(year)-12-31", width: "width-10", form: "task"), errors: errors, c),
            Components.textField(.init(name: "target_value", label: c(m.ldgTarget), value: values["target_value"] ?? "", width: "width-10", form: "task"), errors: errors, c),
            Components.textField(.init(name: "target_unit", label: c(m.ldgUnit), value: values["target_unit"] ?? "", width: "width-4", form: "task"), errors: errors, c),
            Components.textField(.init(name: "indicator_code", label: c(m.ldgIndicator), hint: c(m.ldgIndicatorHint), value: values["indicator_code"] ?? "", width: "width-10", form: "task"), errors: errors, c),
            Components.textField(.init(name: "article", label: c(m.ldgArticle), hint: c(m.ldgArticleHint), value: values["article"] ?? "", width: "width-10", form: "task"), errors: errors, c),
            Components.textField(.init(name: "plan_item", label: c(m.ldgPlanItem), value: values["plan_item"] ?? "", form: "task"), errors: errors, c),
            Components.submit(c(m.ldgCreateTask)))))
    }
}

/// `/monitoring/ledger/tasks/{id}`: one task, its flags, its progress history and the report form.
struct LedgerTaskPage {
    let standing: TaskStanding
    let plan: LedgerPlan
    let organisations: [UUID: Organisation]
    let mayReport: Bool
    let thisMonth: String
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let m = MonitoringLedgerMsg.self, task = standing.task
        let title = c.language == .zh ? task.titleZh : task.titleEn.isEmpty ? "\(c(m.ldgTask)) \(task.year)-\(task.code)" : task.titleEn
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(LedgerURL.ledger.path + "?year=\(task.year)"), .text(c(m.ldgTitle)))),
            .h1(.text("\(task.year)-\(task.code) "), LedgerText.title(task.titleZh, task.titleEn, c)),
            .dl(.class("summary"),
                .dt(.text(c(m.ldgPlan))), .dd(LedgerText.title(plan.titleZh, plan.titleEn, c)),
                .dt(.text(c(m.ldgLead))), .dd(LedgerText.org(task.leadDepartmentID, organisations, c)),
                .dt(.text(c(m.ldgCo))), .dd(.forEach(task.coDepartmentIDs) { .group(LedgerText.org($0, organisations, c), .text(" ")) }),
                .dt(.text(c(m.ldgDeadline))), .dd(.text(task.deadline.description)),
                .dt(.text(c(m.ldgTarget))), .dd(.text(MonitoringCharts.number(task.targetValue) + " "), Components.zh(task.targetUnit, c)),
                .dt(.text(c(m.ldgIndicator))), .dd(.text(task.indicatorCode ?? "—")),
                .dt(.text(c(m.ldgBasis))), .dd(LedgerText.basis(task, c)),
                .dt(.text(c(m.ldgAchieved))), .dd(.text(standing.achieved.map(MonitoringCharts.number) ?? "—")),
                .dt(.text(c(m.ldgStatus))), .dd(LedgerText.flags(standing, c))),
            .h2(.text(c(m.ldgProgressTitle))),
            .if(standing.history.isEmpty, .p(.text(c(m.ldgNoProgress))), else: Components.scrollTable(label: c(m.ldgProgressTitle),
                .thead(.tr(.th(.text(c(m.ldgMonth))), .th(.text(c(m.ldgRevision))), .th(.text(c(m.ldgValue))), .th(.text(c(m.ldgNarrative))), .th(.text(c(m.ldgReportedAt))))),
                .tbody(.forEach(standing.history) { r in
                    .tr(.td(.text(r.month)), .td(.text("\(r.revision)")), .td(.text(MonitoringCharts.number(r.value))), .td(Components.zh(r.narrative, c)),
                        .td(.text(BeijingTime.format(r.reportedAt))))
                }))),
            .if(mayReport, Components.form(action: LedgerURL.progress(task.id.rawValue).path, c,
                Components.textField(.init(name: "month", label: c(m.ldgMonth), hint: c(m.ldgMonthHint), value: values["month"] ?? thisMonth, width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "value", label: c(m.ldgValue), value: values["value"] ?? "", width: "width-10"), errors: errors, c),
                Components.textArea("narrative", c(m.ldgNarrative), nil, values["narrative"] ?? "", errors, c),
                Components.submit(c(m.ldgReportButton)))))).render()
    }
}

/// `/monitoring/ledger/assessment`: each lead department's targets met, as a chart with its table.
struct LedgerAssessmentPage {
    let year: Int
    let rows: [DepartmentAssessment]
    let organisations: [UUID: Organisation]

    func render(_ c: PageContext) -> String {
        let m = MonitoringLedgerMsg.self
        let title = "\(c(m.ldgAssessmentTitle)) \(year)"
        let name: (UUID) -> String = { organisations[$0]?.name(in: c.language) ?? $0.uuidString.prefix(8).description }
        return Layout(context: c, title: title, content: .div(
            .h1(.text(title)),
            .p(.class("lead"), .text(c(m.ldgAssessmentIntro))),
            LedgerText.links(c),
            .form(.method(.get), .action(LedgerURL.assessment.path),
                  Components.textField(.init(name: "year", label: c(m.ldgYear), value: "\(year)", width: "width-4"), errors: [], c),
                  Components.submit(c(m.ldgShowYear), secondary: true)),
            .if(rows.isEmpty, .p(.text(c(m.ldgNoAssessment))), else: .group(
                .h2(.text(c(m.ldgChartTitle))),
                .p(.class("hint"), .text(c(MonitoringMsg.monChartNote))),
                // A department without an English name keeps its Chinese one in the chart: marked with its language.
                .div(.attribute(named: "lang", value: Components.otherLanguage(of: rows.map { name($0.departmentID) }.joined(), c).flatMap { $0 == "en" ? nil : $0 }),
                     MonitoringCharts.bars(id: "ledger-assessment", title: title, rows: rows.map { (name($0.departmentID), $0.score) })),
                Components.scrollTable(label: title,
                    .thead(.tr(.th(.text(c(m.ldgDepartment))), .th(.text(c(m.ldgTasks))), .th(.text(c(m.ldgMet))), .th(.text(c(m.ldgOverdue))), .th(.text(c(m.ldgScore))))),
                    .tbody(.forEach(rows) { r in
                        .tr(.td(LedgerText.org(r.departmentID, organisations, c)), .td(.text("\(r.tasks)")), .td(.text("\(r.met)")), .td(.text("\(r.overdue)")),
                            .td(.text(MonitoringCharts.number(r.score))))
                    })))))).render()
    }
}
