import Foundation
import KechuangCore
import Market
import Plot
import Review

private typealias M = MarketScenarioMsg

/// Fragments the scenario, review and certification pages share.
enum ScenarioComponents {
    static func yuan(_ amount: Int64?, _ c: PageContext) -> String {
        guard let amount else { return c(M.mscNoBudget) }
        let digits = String(amount)
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed()) + " " + c(M.mscYuan)
    }

    static func title(zh: String, en: String, _ c: PageContext) -> String {
        c.language == .en && !en.isEmpty ? en : zh
    }

    /// A value typed by people (usually Chinese), marked with its language.
    static func typed(_ text: String) -> Node<HTML.BodyContext> { .text(text.isEmpty ? "—" : text) }

    static func details(_ s: Scenario, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(M.mscProblem))), .dd(Components.lang(of: s.details.problem, c), typed(s.details.problem)),
            .dt(.text(c(M.mscSite))), .dd(Components.lang(of: s.details.site, c), typed(s.details.site)),
            .dt(.text(c(M.mscResources))), .dd(Components.lang(of: s.details.resources, c), typed(s.details.resources)),
            .dt(.text(c(M.mscOutcome))), .dd(Components.lang(of: s.details.expectedOutcome, c), typed(s.details.expectedOutcome)),
            .dt(.text(c(M.mscBudget))), .dd(.text(yuan(s.details.budgetYuan, c))),
            .dt(.text(c(M.mscTimeline))), .dd(Components.lang(of: s.details.timeline, c), typed(s.details.timeline)),
            .dt(.text(c(M.mscContact))), .dd(Components.lang(of: s.details.contact, c), typed(s.details.contact))
        )
    }

    static func solution(_ s: Solution, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(M.mscOrganisation))), .dd(Components.zh(s.organisationName, c)),
            .dt(.text(c(M.mscSolutionName))), .dd(Components.lang(of: s.title, c), .text(s.title)),
            .dt(.text(c(M.mscSolutionText))), .dd(Components.lang(of: s.text, c), .text(s.text)),
            .dt(.text(c(M.mscTeam))), .dd(.ul(.forEach(s.team) { m in .li(Components.lang(of: m.name, c), .text("\(m.name) <\(m.email)> \(m.role)")) })),
            .dt(.text(c(M.mscDeployments))), .dd(Components.lang(of: s.priorDeployments, c), typed(s.priorDeployments)),
            .dt(.text(c(M.mscSubmittedAt))), .dd(.text(c.format(s.submittedAt))),
            .dt(.text(c(M.mscState))), .dd(.strong(.text(c.text(s.state.label)))),
            .if(!s.decisionReason.isEmpty, .group(.dt(.text(c(M.mscDecisionReason))), .dd(Components.lang(of: s.decisionReason, c), .text(s.decisionReason))))
        )
    }

    static func score(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "—" }

    /// The panel: who reviews with what match and score, the mean, and who was excluded and why.
    static func panel(_ panel: MarketPanel?, _ reviews: [PanelReview], _ c: PageContext) -> Node<HTML.BodyContext> {
        guard let panel else { return .p(.text(c(M.mscNoPanel))) }
        return .group(
            .p(.text(c(M.mscCandidates) + (c.language == .zh ? "：" : ": ") + String(panel.candidates))),
            Components.scrollTable(label: c(M.mscPanelTitle),
                .thead(.tr(.th(.text(c(M.mscExpert))), .th(.text(c(M.mscAffinity))), .th(.text(c(M.mscScore))))),
                .tbody(.forEach(reviews) { r in
                    .tr(.td(Components.lang(of: r.expertName, c), .text(r.expertName)), .td(.text(String(format: "%.3f", Double(r.affinity) / 65535))),
                        .td(.text(r.total.map { String(format: "%.1f", $0) } ?? c(M.mscNotYet))))
                })
            ),
            .p(.strong(.text(c(M.mscMean) + (c.language == .zh ? "：" : ": ") + score(reviews.meanTotal)))),
            .h3(.text(c(M.mscExcluded))),
            .if(panel.exclusions.isEmpty, .p(.text(c(M.mscExcludedNone))), else: Components.scrollTable(label: c(M.mscExcluded),
                .thead(.tr(.th(.text(c(M.mscExpert))), .th(.text(c(M.mscReason))))),
                .tbody(.forEach(panel.exclusions) { e in
                    .tr(.td(Components.lang(of: e.expertName, c), .text(e.expertName)),
                        .td(.text(c.text(e.reasonLabel)), .if(!e.detail.isEmpty, .group(.text(c.language == .zh ? "：" : ": "), Components.zh(e.detail, c)))))
                })
            ))
        )
    }

    static func panelForm(action: String, errors: [FieldError], _ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: action, c,
            Components.textField(.init(name: "reviewers", label: c(M.mscReviewers), hint: c(M.mscReviewersHint), value: "3", width: "width-5"), errors: errors, c),
            Components.submit(c(M.mscAssignButton))
        )
    }

    /// "张三, zhang@example.cn, 负责人" per line → team members.
    static func team(_ text: String) -> [TeamMember] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.allSatisfy(\.isEmpty) else { return nil }
            return TeamMember(name: parts.first ?? "", email: parts.count > 1 ? parts[1] : "", role: parts.count > 2 ? parts[2...].joined(separator: ", ") : "")
        }
    }

    static func teamText(_ team: [TeamMember]) -> String {
        team.map { "\($0.name), \($0.email), \($0.role)" }.joined(separator: "\n")
    }

    /// "2027-05-01 部署完成（已完成）" per line → milestones; nil names the first line that does not read.
    static func milestones(_ text: String) -> [PilotMilestone]? {
        var out: [PilotMilestone] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var rest = line.trimmingCharacters(in: .whitespaces)
            if rest.isEmpty { continue }
            let day = rest.prefix { !$0.isWhitespace }
            guard let due = BeijingDay(parsing: String(day)) else { return nil }
            rest = rest.dropFirst(day.count).trimmingCharacters(in: .whitespaces)
            var done = false
            for marker in ["（已完成）", "(done)"] where rest.hasSuffix(marker) {
                done = true
                rest = String(rest.dropLast(marker.count)).trimmingCharacters(in: .whitespaces)
            }
            out.append(PilotMilestone(title: rest, due: due, done: done))
        }
        return out
    }

    static func milestonesText(_ list: [PilotMilestone]) -> String {
        list.map { "\($0.due) \($0.title)\($0.done ? "（已完成）" : "")" }.joined(separator: "\n")
    }

    static func milestoneList(_ list: [PilotMilestone], _ c: PageContext) -> Node<HTML.BodyContext> {
        .ul(.forEach(list) { m in
            .li(.text("\(m.due) "), Components.zh(m.title, c), .if(m.done, .strong(.text(" ✓ " + c(M.mscDone)))))
        })
    }
}
