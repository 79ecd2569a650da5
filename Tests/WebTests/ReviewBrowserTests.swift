import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Review
import Testing
import Vapor
@testable import Web

/// Expert review in a real browser (headless Chromium through chromedriver), no JavaScript: the
/// programme officer sets the round, computes the optimal assignment and publishes it; an expert
/// accepts an invitation and submits the review form; the officer sees the ranking.
/// Runs when `KECHUANG_BROWSER_TESTS=1`, with `CHROMEDRIVER` and `CHROME_BINARY` set.
@Suite("Expert review in the browser", .serialized)
struct ReviewBrowserTests {
    static let environment = ProcessInfo.processInfo.environment
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    @Test(
        "The officer computes and publishes the assignment, an expert reviews, the officer ranks",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_officerAssignsExpertReviewsOfficerRanks() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 })
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 })
        try FileManager.default.createDirectory(at: ApplicationBrowserTests.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: ApplicationBrowserTests.artifacts,
                                  failureName: "review-failure") { b, base in
                try await journey(b, base: base, w)
            }
        }
    }

    private func journey(_ b: WebDriverSession, base: String, _ w: ReviewWorld) async throws {
        let page = "/admin/calls/\(Self.id(w.call.id))/review"
        let shot = { (name: String) in try await b.screenshot(to: ApplicationBrowserTests.artifacts.appendingPathComponent(name)) }

        // The officer sets two reviewers per proposal and computes the assignment.
        try await b.signIn(base: base, email: w.officer.email)
        try await b.navigate(to: base + page)
        try await b.waitForPath(page)
        #expect(try await b.heading().contains(ReviewMsg.roundTitle(.zh)))
        let k = try await b.findElement(css: "#field-reviewers-per-proposal")
        try await b.clear(k)
        try await b.sendKeys(k, "2")
        try await b.click(b.findElement(css: "main form[action='\(page)'] button[type=submit]"))
        try await b.wait(timeout: 15, "the round to be saved") { (try? await b.noticeTexts())?.contains(ReviewMsg.roundSaved(.zh)) == true }
        try await b.click(b.findElement(css: "main form[action='\(page)/run'] button[type=submit]"))
        try await b.wait(timeout: 15, "the assignment to be computed") { (try? await b.noticeTexts())?.contains(ReviewMsg.roundComputed(.zh)) == true }
        let tables = try await b.findElements(css: "main table")
        #expect(tables.count == 2, "the assignment and the excluded pairs")
        #expect(try await b.findElements(css: "main table:first-of-type tbody tr").count == 2 * w.proposals.count)
        #expect(try await b.text(b.findElement(css: "main")).contains(ConflictReason.sameOrganisation.label.zh))
        try await shot("review-computed.png")
        try await b.click(b.findElement(css: "main form[action='\(page)/publish'] button[type=submit]"))
        try await b.wait(timeout: 15, "the assignment to be published") { (try? await b.noticeTexts())?.contains(ReviewMsg.roundPublished(.zh)) == true }
        try await b.signOut()

        // An expert accepts and reviews.
        let round = try #require(try await w.rounds.round(call: w.call.id.rawValue))
        let assignment = try await w.rounds.assignments(round: round.id)[0]
        try await b.signIn(base: base, email: w.expert(assignment.expertID).email)
        try await b.navigate(to: base + "/reviews")
        try await b.click(b.findElement(css: "main a[href='/reviews/\(Self.id(assignment.id))']"))
        try await b.waitForPath("/reviews/\(Self.id(assignment.id))")
        try await b.click(b.findElement(css: "main form[action='/reviews/\(Self.id(assignment.id))/accept'] button[type=submit]"))
        try await b.wait(timeout: 15, "the invitation to be accepted") { (try? await b.noticeTexts())?.contains(ReviewMsg.reviewAccepted(.zh)) == true }
        for (key, score) in [("novelty", "8"), ("feasibility", "7"), ("team", "9"), ("value", "6")] {
            try await b.sendKeys(b.findElement(css: "#field-score-\(key)"), score)
        }
        try await b.sendKeys(b.findElement(css: "#field-comment"), "研究问题明确，技术路线可行，建议加强对照实验设计。")
        try await b.click(b.findElement(css: "#field-confidentiality"))
        try await b.click(b.findElement(css: "#field-no-conflict"))
        try await shot("review-form.png")
        try await b.click(b.findElement(css: "main form[action='/reviews/\(Self.id(assignment.id))'] button[type=submit]"))
        try await b.wait(timeout: 15, "the review to be submitted") { (try? await b.noticeTexts())?.contains(ReviewMsg.reviewSubmitted(.zh)) == true }
        #expect(try await b.text(b.findElement(css: "main")).contains(ReviewMsg.reviewYours(.zh)))
        try await b.signOut()

        // The officer's ranking lists the reviewed proposal.
        try await b.signIn(base: base, email: w.officer.email)
        try await b.navigate(to: base + "/admin/calls/\(Self.id(w.call.id))/ranking")
        let reviewed = try #require(w.proposals.first { $0.id.rawValue == assignment.applicationID })
        #expect(try await b.text(b.findElement(css: "main table")).contains(reviewed.titleZh))
        try await shot("review-ranking.png")
        try await b.signOut()
    }
}
