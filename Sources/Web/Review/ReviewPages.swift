import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

// MARK: Formal check

struct FormalCheckPage {
    let check: FormalCheck
    var errors: [FieldError] = []
    var note = ""

    func render(_ c: PageContext) -> String {
        let a = check.application
        return Layout(context: c, title: c(ReviewMsg.checkTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text("\(c(ReviewMsg.checkTitle)) · \(ApplicationText.title(a, c))")),
            .p(.text(c(ReviewMsg.checkIntro))),
            .dl(.class("meta"),
                .dt(.text(c(.appCall))), .dd(.text(CallText.title(check.call, c))),
                .dt(.text(c(.status))), .dd(.text(c.text(a.state.label))),
                .dt(.text(c(.appSubmittedAt))), .dd(.text(a.submittedAt.map { BeijingTime.display($0, c.language) } ?? "—")),
                .dt(.text(c(.appBudgetTotal))), .dd(.text(CallText.money(a.budgetTotal, c)))),
            .h2(.text(c(ReviewMsg.checkIntegrity))),
            .if(check.integrity.isAllowed,
                .p(.class("notice"), .text(c(ReviewMsg.checkIntegrityClear))),
                else: .div(.class("warning"), .attribute(named: "role", value: "alert"),
                           .p(.text(c.text(check.integrity.reason) + " " + LegalBasis.art(60).cited(c))))),
            .h2(.text(c(ReviewMsg.checkDuplicates))),
            .p(.class("hint"), .text(c(ReviewMsg.checkDuplicatesHint))),
            .if(check.duplicates.isEmpty, .p(.text(c(ReviewMsg.checkNoDuplicates))), else: .table(
                .thead(.tr(.th(.text(c(.appTitle))), .th(.text(c(.appCall))), .th(.text(c(.status))), .th(.text(c(ReviewMsg.checkSimilarity))), .th(.text(c(.actions))))),
                .tbody(.forEach(check.duplicates) { match in
                    .tr(.td(.text(ApplicationText.title(match.other, c))), .td(.text(match.otherCallTitle)), .td(.text(c.text(match.other.state.label))),
                        .td(.text(ReviewText.percent(match.jaccard))),
                        .td(.a(.href(ReviewURL.applicationCompare(a.id, match.other.id).path), .text(c(ReviewMsg.checkCompare)))))
                }))),
            .if(a.state == .withOfficer, .group(
                .h2(.text(c(ReviewMsg.checkDecision))),
                Components.form(action: ReviewURL.formalCheckDecision(a.id).path, c,
                    .input(.type(.hidden), .name("decision"), .value("accept")),
                    Components.submit(c(ReviewMsg.checkAccept))),
                Components.form(action: ReviewURL.formalCheckDecision(a.id).path, c,
                    .input(.type(.hidden), .name("decision"), .value("not_accept")),
                    CallFormPage.textArea("reason", c(ReviewMsg.checkReason), c(ReviewMsg.checkReasonHint), note, errors, c),
                    Components.submit(c(ReviewMsg.checkNotAccept), secondary: true))
            )),
            .p(.a(.href(ProjectsURL.adminCallApplications(a.callID).path), .text(c(.back))))
        )).render()
    }
}

struct SideBySidePage {
    let pair: SideBySide

    func render(_ c: PageContext) -> String {
        func column(_ a: GrantApplication, _ passages: [SideBySide.Passage]) -> Node<HTML.BodyContext> {
            .div(.class("compare-column"),
                 .h2(.text(ApplicationText.title(a, c))),
                 .p(.class("hint"), .text(c.text(a.state.label))),
                 .div(.class("compare-text"), .forEach(passages) { passage in
                     passage.shared ? .element(named: "mark", text: passage.text) : .text(passage.text)
                 }))
        }
        return Layout(context: c, title: c(ReviewMsg.compareTitle), content: .div(
            .h1(.text(c(ReviewMsg.compareTitle))),
            .p(.text("\(c(ReviewMsg.checkSimilarity))：\(ReviewText.percent(pair.jaccard))。\(c(ReviewMsg.compareLegend))")),
            .div(.class("compare"), column(pair.left, pair.leftPassages), column(pair.right, pair.rightPassages)),
            .h2(.text(c(ReviewMsg.compareConfirmTitle))),
            .p(.text(c(ReviewMsg.compareConfirmHint) + " " + LegalBasis.art(60).cited(c))),
            Components.form(action: ReviewURL.applicationCompareConfirm(pair.left.id, pair.right.id).path, c,
                Components.submit(c(ReviewMsg.compareConfirm), secondary: true)),
            .p(.a(.href(ReviewURL.formalCheck(pair.left.id).path), .text(c(.back))))
        )).render()
    }
}

enum ReviewText {
    static func percent(_ x: Double) -> String {
        let p = (x * 100).rounded()
        return p.isFinite && abs(p) <= 1e6 ? "\(Int(p))%" : "–"
    }

    static func affinity(_ a: Int) -> String { String(format: "%.3f", Double(a) / 65535) }

    static func score(_ x: Double) -> String { String(format: "%.1f", x) }
}

extension LegalBasis {
    /// `（依据：第六十条）` / `(Art. 60)`.
    func cited(_ c: PageContext) -> String {
        c.language == .zh ? "（依据：\(text(in: .zh))）" : "(\(text(in: .en)))"
    }
}

// MARK: Expert profile and pool

struct ExpertProfilePage {
    let profile: ExpertProfile
    let values: [String: String]
    var errors: [FieldError] = []

    static func values(_ p: ExpertProfile) -> [String: String] {
        [
            "disciplines": p.disciplines.joined(separator: ", "), "keywords": p.keywords, "expertise": p.expertise,
            "lang_zh": p.languages.contains("zh") ? "yes" : "", "lang_en": p.languages.contains("en") ? "yes" : "",
            "max_load": String(p.maxLoad), "version": String(p.version),
            "availability": p.availability.map { "\(day($0.from)) \(day($0.until))" }.joined(separator: "\n"),
            "past_affiliations": p.pastAffiliations.map { "\($0.organisationName), \($0.fromYear), \($0.untilYear)" }.joined(separator: "\n"),
            "declared_conflicts": p.declaredConflicts.map { conflict in
                let target: String = switch conflict.target {
                case .person(let email): email
                case .organisation(let id): id.uuidString.lowercased()
                }
                return "\(target), \(conflict.reason)" + (conflict.expires.map { ", \(day($0))" } ?? "")
            }.joined(separator: "\n"),
        ]
    }

    static func day(_ d: Date) -> String { String(BeijingTime.format(d).prefix(10)) }

    static func date(_ raw: String) -> Date? { BeijingTime.parse(raw.trimmingCharacters(in: .whitespaces) + " 00:00") }

    static func lines(_ raw: String?) -> [String] {
        (raw ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func parts(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The profile typed into the form; lines that do not parse are reported with their number.
    static func profile(from v: [String: String], base: ExpertProfile, organisations: [UUID: String]) -> (ExpertProfile, [FieldError]) {
        var p = base
        var errors: [FieldError] = []
        func lineError(_ field: String, _ n: Int) {
            errors.append(FieldError(field: field, rule: "expert.\(field).line", message: LocalizedText(zh: "第 \(n) 行格式有误", en: "Line \(n) is not in the expected form")))
        }
        p.disciplines = (v["disciplines"] ?? "").split(whereSeparator: { ", ，;；".contains($0) }).map { $0.uppercased() }
        p.keywords = v["keywords"] ?? ""
        p.expertise = v["expertise"] ?? ""
        p.languages = (v["lang_zh"] == "yes" ? ["zh"] : []) + (v["lang_en"] == "yes" ? ["en"] : [])
        if let load = Int(v["max_load"]?.trimmingCharacters(in: .whitespaces) ?? "") { p.maxLoad = load } else {
            errors.append(FieldError(field: "max_load", rule: "expert.max_load.number", message: LocalizedText(zh: "请输入整数", en: "Enter a whole number")))
        }
        p.availability = []
        for (n, line) in lines(v["availability"]).enumerated() {
            let days = line.split(whereSeparator: { $0 == " " || $0 == "至" || $0 == "—" }).compactMap { date(String($0)) }
            if days.count == 2 { p.availability.append(AvailabilityWindow(from: days[0], until: days[1].addingTimeInterval(86_400))) } else { lineError("availability", n + 1) }
        }
        let byName = Dictionary(organisations.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        p.pastAffiliations = []
        for (n, line) in lines(v["past_affiliations"]).enumerated() {
            let f = parts(line)
            if f.count == 3, let org = byName[f[0]], let from = Int(f[1]), let until = Int(f[2]) {
                p.pastAffiliations.append(PastAffiliation(organisationID: org, organisationName: f[0], fromYear: from, untilYear: until))
            } else { lineError("past_affiliations", n + 1) }
        }
        p.declaredConflicts = []
        for (n, line) in lines(v["declared_conflicts"]).enumerated() {
            let f = parts(line)
            guard f.count >= 2 else { lineError("declared_conflicts", n + 1); continue }
            let expires = f.count > 2 ? date(f[2]) : nil
            if f.count > 2 && expires == nil { lineError("declared_conflicts", n + 1); continue }
            if f[0].contains("@") {
                p.declaredConflicts.append(DeclaredConflict(target: .person(email: f[0].lowercased()), reason: f[1], expires: expires))
            } else if let org = byName[f[0]] ?? UUID(uuidString: f[0]) {
                p.declaredConflicts.append(DeclaredConflict(target: .organisation(org), reason: f[1], expires: expires))
            } else { lineError("declared_conflicts", n + 1) }
        }
        return (p, errors)
    }

    func render(_ c: PageContext) -> String {
        func value(_ k: String) -> String { values[k] ?? "" }
        return Layout(context: c, title: c(ReviewMsg.expertTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.expertTitle))),
            .p(.text(c(ReviewMsg.expertIntro))),
            .if(!profile.active && profile.version > 0, .p(.class("warning"), .text(c(ReviewMsg.expertInactive)))),
            Components.form(action: ReviewURL.expertProfile.path, c,
                .input(.type(.hidden), .name("version"), .value(value("version"))),
                Components.textField(.init(name: "disciplines", label: c(ReviewMsg.expertDisciplines), hint: c(ReviewMsg.expertDisciplinesHint), value: value("disciplines")), errors: errors, c),
                Components.textField(.init(name: "keywords", label: c(ReviewMsg.expertKeywords), hint: c(.appKeywordsHint), value: value("keywords")), errors: errors, c),
                CallFormPage.textArea("expertise", c(ReviewMsg.expertExpertise), nil, value("expertise"), errors, c),
                .fieldset(.element(named: "legend", nodes: [.text(c(ReviewMsg.expertLanguages))]),
                    Components.checkbox(name: "lang_zh", value: "yes", label: "中文", checked: value("lang_zh") == "yes"),
                    Components.checkbox(name: "lang_en", value: "yes", label: "English", checked: value("lang_en") == "yes")),
                Components.textField(.init(name: "max_load", label: c(ReviewMsg.expertMaxLoad), value: value("max_load"), type: .number, width: "input-short"), errors: errors, c),
                CallFormPage.textArea("availability", c(ReviewMsg.expertAvailability), c(ReviewMsg.expertAvailabilityHint), value("availability"), errors, c),
                CallFormPage.textArea("past_affiliations", c(ReviewMsg.expertPast), c(ReviewMsg.expertPastHint), value("past_affiliations"), errors, c),
                CallFormPage.textArea("declared_conflicts", c(ReviewMsg.expertDeclared), c(ReviewMsg.expertDeclaredHint), value("declared_conflicts"), errors, c),
                Components.submit(c(.save)))
        )).render()
    }
}

struct ExpertsPage {
    let experts: [ExpertProfile]
    var errors: [FieldError] = []
    var email = ""

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.expertsTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.expertsTitle))),
            .p(.text(c(ReviewMsg.expertsIntro))),
            Components.form(action: ReviewURL.adminExpertInvite.path, c,
                Components.textField(.init(name: "email", label: c(ReviewMsg.expertsInviteEmail), value: email, type: .email), errors: errors, c),
                Components.submit(c(ReviewMsg.expertsInvite))),
            .if(experts.isEmpty, .p(.text(c(.noResults))), else: .table(
                .thead(.tr(.th(.text(c(.name))), .th(.text(c(ReviewMsg.expertDisciplines))), .th(.text(c(ReviewMsg.expertKeywords))),
                           .th(.text(c(ReviewMsg.expertMaxLoad))), .th(.text(c(.status))), .th(.text(c(.actions))))),
                .tbody(.forEach(experts) { e in
                    .tr(.td(.text(e.name)), .td(.text(e.disciplines.joined(separator: ", "))), .td(.text(e.keywords)), .td(.text(String(e.maxLoad))),
                        .td(.text(c(e.active ? ReviewMsg.expertActive : ReviewMsg.expertInactiveShort))),
                        .td(Components.form(action: ReviewURL.adminExpertActive(e.personID).path, c,
                            .input(.type(.hidden), .name("active"), .value(e.active ? "false" : "true")),
                            Components.submit(c(e.active ? ReviewMsg.expertDeactivate : ReviewMsg.expertActivate), secondary: true))))
                })))
        )).render()
    }
}

// MARK: The round

struct RoundPage {
    let call: Call
    let round: ReviewRound?
    let proposals: [GrantApplication]
    let experts: [ExpertProfile]
    let assignments: [ReviewAssignment]
    let exclusions: [Exclusion]
    let progress: [AssignmentStatus: Int]
    var errors: [FieldError] = []
    let values: [String: String]

    struct Parameters {
        let k: Int, minLoad: Int, maxLoad: Int, deadline: Date, fair: Bool, seed: Int
    }

    static func values(_ round: ReviewRound?, call: Call, now: Date) -> [String: String] {
        [
            "reviewers_per_proposal": String(round?.reviewersPerProposal ?? 3), "min_load": String(round?.minLoad ?? 0),
            "max_load": String(round?.maxLoad ?? 10), "deadline": BeijingTime.format(round?.deadline ?? max(call.closesAt, now).addingTimeInterval(30 * 86_400)),
            "fair": round?.fair == true ? "yes" : "", "seed": String(round?.seed ?? 1),
        ]
    }

    static func parse(_ v: [String: String]) throws -> Parameters {
        var errors: [FieldError] = []
        func int(_ key: String) -> Int {
            if let n = Int(v[key]?.trimmingCharacters(in: .whitespaces) ?? "") { return n }
            errors.append(FieldError(field: key, rule: "round.\(key).number", message: LocalizedText(zh: "请输入整数", en: "Enter a whole number")))
            return 0
        }
        let k = int("reviewers_per_proposal"), minLoad = int("min_load"), maxLoad = int("max_load"), seed = int("seed")
        let deadline = BeijingTime.parse(v["deadline"] ?? "")
        if deadline == nil {
            errors.append(FieldError(field: "deadline", rule: "round.deadline.format", message: LocalizedText(zh: "格式：2026-01-31 17:00（北京时间）", en: "Format: 2026-01-31 17:00 (Beijing time)")))
        }
        guard errors.isEmpty, let deadline else { throw DomainError.validation(errors) }
        return Parameters(k: k, minLoad: minLoad, maxLoad: maxLoad, deadline: deadline, fair: v["fair"] == "yes", seed: seed)
    }

    func render(_ c: PageContext) -> String {
        let names = Dictionary(uniqueKeysWithValues: experts.map { ($0.personID, $0.name) })
        let titles = Dictionary(uniqueKeysWithValues: proposals.map { ($0.id, ApplicationText.title($0, c)) })
        let byProposal = Dictionary(grouping: assignments, by: \.applicationID)
        let editable = round?.state == .computed
        func v(_ k: String) -> String { values[k] ?? "" }
        return Layout(context: c, title: c(ReviewMsg.roundTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text("\(c(ReviewMsg.roundTitle)) · \(CallText.title(call, c))")),
            .p(.text(c(ReviewMsg.roundIntro) + " " + LegalBasis.art(29).cited(c))),
            .p(.text("\(c(ReviewMsg.roundProposals))：\(proposals.count) · \(c(ReviewMsg.roundExperts))：\(experts.filter(\.active).count)"),
               .text(" · "), .a(.href(ReviewURL.adminExperts.path), .text(c(ReviewMsg.expertsTitle))),
               .text(" · "), .a(.href(ReviewURL.adminRanking(call.id).path), .text(c(ReviewMsg.rankingTitle)))),
            .unwrap(round) { round in .p(.text("\(c(.status))：\(c.text(round.state.label))")) },
            .if(round?.state != .published, .group(
                .h2(.text(c(ReviewMsg.roundParameters))),
                Components.form(action: ReviewURL.adminReview(call.id).path, c,
                    Components.textField(.init(name: "reviewers_per_proposal", label: c(ReviewMsg.roundK), value: v("reviewers_per_proposal"), type: .number, width: "input-short"), errors: errors, c),
                    Components.textField(.init(name: "min_load", label: c(ReviewMsg.roundMinLoad), value: v("min_load"), type: .number, width: "input-short"), errors: errors, c),
                    Components.textField(.init(name: "max_load", label: c(ReviewMsg.roundMaxLoad), hint: c(ReviewMsg.roundMaxLoadHint), value: v("max_load"), type: .number, width: "input-short"), errors: errors, c),
                    Components.textField(.init(name: "deadline", label: c(ReviewMsg.roundDeadline), hint: c(.callTimesHint), value: v("deadline")), errors: errors, c),
                    Components.checkbox(name: "fair", value: "yes", label: c(ReviewMsg.roundFair), checked: v("fair") == "yes"),
                    Components.textField(.init(name: "seed", label: c(ReviewMsg.roundSeed), hint: c(ReviewMsg.roundSeedHint), value: v("seed"), type: .number, width: "input-short"), errors: errors, c),
                    Components.submit(c(.save), secondary: true)),
                .if(round != nil, Components.form(action: ReviewURL.adminReviewRun(call.id).path, c, Components.submit(c(ReviewMsg.roundRun))))
            )),
            .unwrap(round?.report) { report in .group(
                .h2(.text(c(ReviewMsg.reportTitle))),
                ReportPage.summary(report, c),
                .if(editable, Components.form(action: ReviewURL.adminReviewPublish(call.id).path, c, Components.submit(c(ReviewMsg.roundPublish)))),
                .if(round?.state == .published, .p(.a(.href(ReviewURL.reviewReport(call.id).path), .text(c(ReviewMsg.reportPublicLink)))))
            ) },
            .if(round?.state == .published, .group(
                .h2(.text(c(ReviewMsg.roundProgress))),
                .ul(.forEach(AssignmentStatus.allCases) { s in .li(.text("\(c.text(s.label))：\(progress[s] ?? 0)")) }),
                Components.form(action: ReviewURL.adminReviewRemind(call.id).path, c, Components.submit(c(ReviewMsg.roundRemind), secondary: true))
            )),
            .if(!assignments.isEmpty, .group(
                .h2(.text(c(ReviewMsg.roundAssignments))),
                .table(
                    .thead(.tr(.th(.text(c(.appTitle))), .th(.text(c(ReviewMsg.roundExpert))), .th(.text(c(ReviewMsg.roundAffinity))),
                               .th(.text(c(.status))))),
                    .tbody(.forEach(proposals.filter { byProposal[$0.id] != nil }) { p in
                        .group(.forEach(byProposal[p.id] ?? []) { a in
                            .tr(.td(.text(titles[p.id] ?? "")), .td(.text(names[a.expertID] ?? a.expertID.uuidString)),
                                .td(.text(ReviewText.affinity(a.affinity))),
                                .td(.text(c.text(a.status.label) + (a.source == .solver ? "" : " · " + c(a.source == .manual ? ReviewMsg.roundSourceManual : ReviewMsg.roundSourceReplacement)))))
                        })
                    })),
                .if(editable, .group(
                    .h3(.text(c(ReviewMsg.roundSwap))),
                    Components.form(action: ReviewURL.adminReviewSwap(call.id).path, c,
                        Components.selectField(name: "assignment", label: c(ReviewMsg.roundAssignments),
                                               options: assignments.map { ("\($0.applicationID.uuidString)|\($0.expertID.uuidString)",
                                                                           "\(titles[$0.applicationID] ?? "") · \(names[$0.expertID] ?? "")") },
                                               selected: nil, errors: errors, c),
                        Components.selectField(name: "to", label: c(ReviewMsg.roundSwapTo),
                                               options: experts.filter(\.active).map { ($0.personID.uuidString, $0.name) }, selected: nil, errors: errors, c),
                        Components.submit(c(ReviewMsg.roundSwap), secondary: true))))
            )),
            .if(round != nil && !proposals.isEmpty, .group(
                .h2(.text(c(ReviewMsg.roundAddConflict))),
                Components.form(action: ReviewURL.adminReviewConflict(call.id).path, c,
                    Components.selectField(name: "application", label: c(.appTitle), options: proposals.map { ($0.id.uuidString, titles[$0.id] ?? "") }, selected: nil, errors: errors, c),
                    Components.selectField(name: "expert", label: c(ReviewMsg.roundExpert), options: experts.map { ($0.personID.uuidString, $0.name) }, selected: nil, errors: errors, c),
                    Components.textField(.init(name: "reason", label: c(ReviewMsg.roundConflictReason)), errors: errors, c),
                    Components.submit(c(ReviewMsg.roundAddConflict), secondary: true))
            )),
            .if(!exclusions.isEmpty, .group(
                .h2(.text(c(ReviewMsg.roundExclusions))),
                .table(
                    .thead(.tr(.th(.text(c(.appTitle))), .th(.text(c(ReviewMsg.roundExpert))), .th(.text(c(ReviewMsg.roundReason))), .th(.text(c(ReviewMsg.roundDetail))))),
                    .tbody(.forEach(exclusions) { e in
                        .tr(.td(.text(titles[e.applicationID] ?? "")), .td(.text(names[e.expertID] ?? "")),
                            .td(.text(c.text(e.reason.label) + (e.reason.basis.map { " " + $0.cited(c) } ?? ""))), .td(.text(e.detail)))
                    }))
            ))
        )).render()
    }
}

struct ReportPage {
    let call: Call
    let report: AssignmentReport
    let files: [String]

    static func summary(_ r: AssignmentReport, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(.class("meta"),
            .dt(.text(c(ReviewMsg.reportDigest))), .dd(.code(.text(r.inputsDigest))),
            .dt(.text(c(ReviewMsg.roundProposals))), .dd(.text(String(r.proposals))),
            .dt(.text(c(ReviewMsg.roundExperts))), .dd(.text(String(r.experts))),
            .dt(.text(c(ReviewMsg.reportEligible))), .dd(.text(String(r.eligiblePairs))),
            .dt(.text(c(ReviewMsg.reportParameters))),
            .dd(.text("k = \(r.reviewersPerProposal), \(c(ReviewMsg.roundMinLoad)) \(r.minLoad), \(c(ReviewMsg.roundMaxLoad)) \(r.maxLoad), \(c(ReviewMsg.roundFair)): \(r.fair ? "✓" : "—"), \(c(ReviewMsg.roundSeed)) \(r.seed)")),
            .dt(.text(c(ReviewMsg.reportObjective))), .dd(.text(String(r.objective))),
            .dt(.text(c(ReviewMsg.reportMinTotal))), .dd(.text(String(r.minProposalTotal))),
            .dt(.text(c(ReviewMsg.reportFormula))), .dd(.code(.text(r.affinityFormula))),
            .dt(.text(c(ReviewMsg.roundExclusions))),
            .dd(.ul(.forEach(ConflictReason.allCases.filter { r.exclusionsByReason[$0.rawValue] != nil }) { reason in
                .li(.text("\(c.text(reason.label))：\(r.exclusionsByReason[reason.rawValue] ?? 0)"))
            })),
            .dt(.text(c(ReviewMsg.reportComputedAt))), .dd(.text(BeijingTime.display(r.computedAt, c.language))),
            .dt(.text(c(ReviewMsg.reportPublishedAt))), .dd(.text(r.publishedAt.map { BeijingTime.display($0, c.language) } ?? "—")))
    }

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.reportTitle), content: .div(
            .h1(.text("\(c(ReviewMsg.reportTitle)) · \(CallText.title(call, c))")),
            .p(.text(c(ReviewMsg.reportIntro) + " " + LegalBasis.art(29).cited(c))),
            Self.summary(report, c),
            .h2(.text(c(ReviewMsg.reportFiles))),
            .p(.text(c(ReviewMsg.reportRerun)), .code(.text(" kechuang assign --instance DIR --out assignment.csv\(report.fair ? " --fair" : "") --seed \(report.seed)"))),
            .ul(.forEach(files) { file in .li(.a(.href(ReviewURL.reviewReportFile(call.id, file).path), .text(file))) })
        )).render()
    }
}

struct RankingPage {
    let call: Call
    let rows: [RankingRow]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.rankingTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text("\(c(ReviewMsg.rankingTitle)) · \(CallText.title(call, c))")),
            .p(.text(c(ReviewMsg.rankingIntro) + " " + CallText.money(call.totalBudget, c))),
            .if(rows.isEmpty, .p(.text(c(.noResults))), else: .table(
                .thead(.tr(.th(.text("#")), .th(.text(c(.appTitle))), .th(.text(c(ReviewMsg.rankingReviews))), .th(.text(c(ReviewMsg.rankingMean))),
                           .th(.text(c(ReviewMsg.rankingSpread))), .th(.text(c(ReviewMsg.rankingOutliers))), .th(.text(c(.appBudgetTotal))),
                           .th(.text(c(ReviewMsg.rankingCutoff))), .th(.text(c(.status))), .th(.text(c(.actions))))),
                .tbody(.forEach(Array(rows.enumerated())) { index, row in
                    .tr(.class(row.aboveCutoff ? "above-cutoff" : "below-cutoff"),
                        .td(.text(String(index + 1))), .td(.text(row.title)), .td(.text(String(row.reviews))),
                        .td(.text(ReviewText.score(row.mean))), .td(.text(ReviewText.score(row.spread))),
                        .td(.text(row.outliers.isEmpty ? "—" : "⚠ " + row.outliers.map(ReviewText.score).joined(separator: ", "))),
                        .td(.text(CallText.money(row.budget, c))),
                        .td(.text(c(row.aboveCutoff ? ReviewMsg.rankingWithin : ReviewMsg.rankingBeyond))),
                        .td(.text(c.text((ApplicationState(rawValue: row.state) ?? .accepted).label))),
                        .td(.if(row.state == ApplicationState.accepted.rawValue, .group(
                            Components.form(action: ReviewURL.fundingDecision(row.applicationID).path, c,
                                .input(.type(.hidden), .name("decision"), .value("fund")), Components.submit(c(ReviewMsg.rankingFund))),
                            Components.form(action: ReviewURL.fundingDecision(row.applicationID).path, c,
                                .input(.type(.hidden), .name("decision"), .value("not_fund")), Components.submit(c(ReviewMsg.rankingNotFund), secondary: true))))))
                }))),
            .p(.a(.href(ReviewURL.adminReview(call.id).path), .text(c(.back))))
        )).render()
    }
}

// MARK: Experts' reviews

struct InvitationsPage {
    let invitations: [Reviews.Invitation]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.reviewsTitle), content: .div(
            .h1(.text(c(ReviewMsg.reviewsTitle))),
            .p(.text(c(ReviewMsg.reviewsIntro))),
            .p(.a(.href(ReviewURL.expertProfile.path), .text(c(ReviewMsg.expertTitle)))),
            .if(invitations.isEmpty, .p(.text(c(ReviewMsg.reviewsNone))), else: .table(
                .thead(.tr(.th(.text(c(.appTitle))), .th(.text(c(.appCall))), .th(.text(c(ReviewMsg.roundDeadline))), .th(.text(c(.status))))),
                .tbody(.forEach(invitations) { i in
                    .tr(.td(.a(.href(ReviewURL.review(i.assignment.id).path), .text(ApplicationText.title(i.application, c)))),
                        .td(.text(i.callTitle)),
                        .td(.text(BeijingTime.display(i.round.deadline, c.language) + (i.needsReminder ? " · " + c(ReviewMsg.reviewsReminder) : ""))),
                        .td(.text(c.text(i.assignment.status.label))))
                })))
        )).render()
    }
}

struct ReviewFormPage {
    let invitation: Reviews.Invitation
    let own: SubmittedReview?
    let others: [SubmittedReview]?
    var errors: [FieldError] = []
    var values: [String: String] = [:]

    func render(_ c: PageContext) -> String {
        let a = invitation.application
        let status = invitation.assignment.status
        let criteria = invitation.round.criteria
        return Layout(context: c, title: c(ReviewMsg.reviewTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text("\(c(ReviewMsg.reviewTitle)) · \(ApplicationText.title(a, c))")),
            .if(invitation.needsReminder, .div(.class("warning"), .attribute(named: "role", value: "status"),
                .p(.text(c(ReviewMsg.reviewsReminder) + "：" + BeijingTime.display(invitation.round.deadline, c.language))))),
            .dl(.class("meta"),
                .dt(.text(c(.appCall))), .dd(.text(invitation.callTitle)),
                .dt(.text(c(ReviewMsg.roundDeadline))), .dd(.text(BeijingTime.display(invitation.round.deadline, c.language))),
                .dt(.text(c(.status))), .dd(.text(c.text(status.label))),
                .dt(.text(c(.appKeywords))), .dd(.text(a.keywords)),
                .dt(.text(c(.appSummary))), .dd(.text(a.summary)),
                .dt(.text(c(.appPlan))), .dd(.text(a.plan))),
            .if(status == .assigned, .group(
                .p(.text(c(ReviewMsg.reviewAcceptHint))),
                Components.form(action: ReviewURL.reviewAccept(invitation.assignment.id).path, c, Components.submit(c(ReviewMsg.reviewAccept))))),
            .if(status == .assigned || status == .accepted,
                Components.form(action: ReviewURL.reviewDecline(invitation.assignment.id).path, c,
                    Components.textField(.init(name: "reason", label: c(ReviewMsg.reviewDeclineReason)), errors: errors, c),
                    Components.submit(c(ReviewMsg.reviewDecline), secondary: true))),
            .if(status == .accepted, Components.form(action: ReviewURL.review(invitation.assignment.id).path, c,
                .h2(.text(c(ReviewMsg.reviewForm))),
                .forEach(criteria) { criterion in
                    Components.textField(.init(name: "score_\(criterion.key)", label: "\(c.text(criterion.label))（0–\(criterion.maxScore)）",
                                               value: values["score_\(criterion.key)"] ?? "", type: .number, width: "input-short"), errors: errors, c)
                },
                CallFormPage.textArea("comment", c(ReviewMsg.reviewComment), nil, values["comment"] ?? "", errors, c),
                Components.selectField(name: "language", label: c(ReviewMsg.reviewLanguage), options: [("zh", "中文"), ("en", "English")],
                                       selected: values["language"] ?? (c.language == .zh ? "zh" : "en"), errors: errors, c),
                .fieldset(.element(named: "legend", nodes: [.text(c(ReviewMsg.reviewDeclarations))]),
                    Components.checkbox(name: "confidentiality", value: "yes", label: c(ReviewMsg.reviewConfidentiality), checked: values["confidentiality"] == "yes"),
                    Components.checkbox(name: "no_conflict", value: "yes", label: c(ReviewMsg.reviewNoConflict), checked: values["no_conflict"] == "yes")),
                Components.submit(c(ReviewMsg.reviewSubmit)))),
            .unwrap(own) { review in .group(
                .h2(.text(c(ReviewMsg.reviewYours))),
                ReviewFormPage.reviewBlock(review, criteria, c)) },
            .unwrap(others) { others in .group(
                .h2(.text(c(ReviewMsg.reviewOthers))),
                .if(others.isEmpty, .p(.text(c(ReviewMsg.reviewOthersNone))), else: .group(.forEach(others) { ReviewFormPage.reviewBlock($0, criteria, c) }))) },
            .if(others == nil && own == nil && status != .declined, .p(.class("hint"), .text(c(ReviewMsg.reviewOthersHidden)))),
            .p(.a(.href(ReviewURL.reviews.path), .text(c(.back))))
        )).render()
    }

    static func reviewBlock(_ r: SubmittedReview, _ criteria: [Criterion], _ c: PageContext) -> Node<HTML.BodyContext> {
        .section(.class("card"),
                 .p(.text("\(c(ReviewMsg.rankingMean))：\(ReviewText.score(r.total))")),
                 .ul(.forEach(criteria) { criterion in .li(.text("\(c.text(criterion.label))：\(r.scores[criterion.key] ?? 0)/\(criterion.maxScore)")) }),
                 .p(.attribute(named: "lang", value: r.language == "zh" ? "zh-CN" : "en"), .text(r.comment)))
    }
}
