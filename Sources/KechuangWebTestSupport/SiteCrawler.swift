import Foundation
import Vapor
import VaporTesting

/// Something a crawl found wrong, on one page, for one viewer (role and language).
public struct CrawlViolation: Sendable, Hashable, CustomStringConvertible {
    public enum Rule: String, Sendable, CaseIterable {
        /// A link (or a GET form, or the language switch) that answers 4xx/5xx; a POST form whose action answers 404/405/5xx.
        case brokenLink = "broken link"
        /// Chinese characters or punctuation on an English page outside an element with a Chinese `lang` (WCAG 3.1.2).
        case chineseOutsideLang = "CJK outside lang=zh"
        /// A heading more than one level below the previous one (WCAG 1.3.1).
        case headingSkip = "heading level skipped"
        /// An in-page link (error summary, skip link) whose target id is not on the page.
        case missingFragmentTarget = "missing link target"
        /// An id used by two elements of one page: a label, an error-summary link or `aria-describedby`
        /// pointing at it reaches only one of them (ids are unique in HTML; WCAG 1.3.1, 4.1.2).
        case duplicateID = "id used twice"
    }

    public let rule: Rule
    /// Where it was seen: the page (path and query).
    public let page: String
    public let detail: String
    /// e.g. "applicant/en".
    public let viewer: String

    public var description: String { "[\(rule.rawValue)] \(viewer) \(page): \(detail)" }
}

public struct CrawlReport: Sendable {
    public var violations: [CrawlViolation] = []
    public var pagesVisited = 0
    public var requests = 0
    public var postsChecked = 0
    /// Every request made, `viewer METHOD url → status`, for reading what the crawl reached.
    public var log: [String] = []

    public init() {}

    public mutating func merge(_ other: CrawlReport) {
        violations += other.violations
        pagesVisited += other.pagesVisited
        requests += other.requests
        postsChecked += other.postsChecked
        log += other.log
    }

    /// The violations of `rule`, one line per page and problem with every viewer that met it.
    public func lines(_ rule: CrawlViolation.Rule) -> [String] {
        var viewers: [String: [String]] = [:]
        for v in violations where v.rule == rule {
            viewers["\(v.page): \(v.detail)", default: []].append(v.viewer)
        }
        return viewers.keys.sorted().map { "\($0)  (\(viewers[$0, default: []].joined(separator: ", ")))" }
    }
}

/// Visits every page reachable by links from a start page, in memory (no socket), as one viewer in
/// one language, and checks each page on the way: links answer, English pages keep Chinese inside
/// `lang="zh…"` elements, headings do not skip levels, in-page links have targets. Pages are
/// de-duplicated by route template (ids replaced) and at most `perTemplate` pages of a template are
/// visited, so the crawl stays fast. Then every POST form seen with something to fill in is sent
/// empty once per template (never file uploads), and the page that answers is checked the same way.
public struct SiteCrawler: Sendable {
    public let app: TestApp
    public var perTemplate = 3
    public var maxPages = 400

    public init(app: TestApp, perTemplate: Int = 3) {
        self.app = app
        self.perTemplate = perTemplate
    }

    /// `language` is sent as Accept-Language (`zh-CN` or `en`); the site's `?lang=` links are followed too.
    public func crawl(viewer: String, session: String?, language: String, start: [String]) async throws -> CrawlReport {
        var run = Run(crawler: self, viewer: "\(viewer)/\(language.hasPrefix("en") ? "en" : "zh")", session: session, language: language)
        try await run.go(start)
        return run.report
    }

    /// The route a URL belongs to: path segments that hold ids (UUIDs, anything with a digit, a
    /// percent sign or non-ASCII) become `:x`; a query (other than `lang` and `notice`) adds `?`,
    /// whatever its names and values, so filter combinations do not multiply the pages visited.
    public static func template(of url: String) -> String {
        let parts = url.split(separator: "?", maxSplits: 1)
        let path = parts.first.map(String.init) ?? "/"
        let segments = path.split(separator: "/").map { segment -> String in
            let s = String(segment)
            if s.contains(where: { $0.isNumber || $0 == "%" || !$0.isASCII }) { return ":x" }
            return s
        }
        let hasQuery = parts.count > 1 && parts[1].split(separator: "&").contains { item in
            let name = item.split(separator: "=").first.map(String.init) ?? ""
            return name != "lang" && name != "notice"
        }
        return "/" + segments.joined(separator: "/") + (hasQuery ? "?" : "")
    }

    /// A link on `page` as a local path and query, or nil when it leaves the site.
    public static func resolve(_ href: String, on page: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.lowercased().hasPrefix("mailto:"),
              !trimmed.lowercased().hasPrefix("javascript:"), !trimmed.lowercased().hasPrefix("tel:") else { return nil }
        let base = URL(string: "http://crawler.invalid" + page)
        guard let url = URL(string: trimmed, relativeTo: base), url.host == "crawler.invalid",
              let components = URLComponents(url: url.absoluteURL, resolvingAgainstBaseURL: false) else { return nil }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    private struct Run {
        let crawler: SiteCrawler
        let viewer: String
        let session: String?
        let language: String
        var report = CrawlReport()
        var queue: [(url: String, from: String)] = []
        var seen: Set<String> = []
        var perTemplate: [String: Int] = [:]
        var statusChecked: Set<String> = []
        var posts: [(form: HTMLScan.Form, page: String)] = []
        var postTemplates: Set<String> = []

        init(crawler: SiteCrawler, viewer: String, session: String?, language: String) {
            self.crawler = crawler
            self.viewer = viewer
            self.session = session
            self.language = language
        }

        mutating func flag(_ rule: CrawlViolation.Rule, _ page: String, _ detail: String) {
            report.violations.append(CrawlViolation(rule: rule, page: page, detail: detail, viewer: viewer))
        }

        /// GET following redirects (up to 5): the final URL and response.
        mutating func get(_ url: String) async throws -> (String, TestingHTTPResponse) {
            var current = url
            for _ in 0..<5 {
                report.requests += 1
                let response = try await crawler.app.send(.GET, current, session: session, headers: ["Accept-Language": language])
                report.log.append("\(viewer) GET \(current) → \(response.status.code)")
                guard (300..<400).contains(response.status.code), let location = response.headers.first(name: .location),
                      let next = SiteCrawler.resolve(location, on: current) else { return (current, response) }
                current = next
            }
            report.requests += 1
            return (current, try await crawler.app.send(.GET, current, session: session, headers: ["Accept-Language": language]))
        }

        mutating func go(_ start: [String]) async throws {
            queue = start.map { ($0, "(start)") }
            while !queue.isEmpty, report.pagesVisited < crawler.maxPages {
                let (url, from) = queue.removeFirst()
                guard !seen.contains(url) else { continue }
                seen.insert(url)
                let template = SiteCrawler.template(of: url)
                guard perTemplate[template, default: 0] < crawler.perTemplate else { continue }
                perTemplate[template, default: 0] += 1
                let (final, response) = try await get(url)
                if response.status.code >= 400 {
                    flag(.brokenLink, from, "\(url) answers \(response.status.code)")
                    continue
                }
                guard response.headers.contentType?.subType == "html" else { continue }
                report.pagesVisited += 1
                let scan = HTMLScan(response.text)
                try await checkPage(scan, final)
                for href in scan.links {
                    if let next = SiteCrawler.resolve(href, on: final), !seen.contains(next) { queue.append((next, final)) }
                }
                for form in scan.forms {
                    guard let action = SiteCrawler.resolve(form.action.isEmpty ? final : form.action, on: final) else { continue }
                    if form.method == "get" {
                        try await checkGetForm(form, action: action, page: final)
                    } else if form.hasVisibleField, !form.multipart, !postTemplates.contains(SiteCrawler.template(of: action)) {
                        postTemplates.insert(SiteCrawler.template(of: action))
                        posts.append((form, final))
                    }
                }
            }
            for (form, page) in posts { try await checkPost(form, page: page) }
        }

        /// The page's own rules, and its language switch answers.
        mutating func checkPage(_ scan: HTMLScan, _ page: String) async throws {
            if scan.language.lowercased().hasPrefix("en") {
                for text in scan.cjkOutsideChinese.prefix(5) { flag(.chineseOutsideLang, page, text) }
                if scan.cjkOutsideChinese.count > 5 { flag(.chineseOutsideLang, page, "… and \(scan.cjkOutsideChinese.count - 5) more") }
            }
            var previous = 1
            for heading in scan.headings {
                if heading.level > previous + 1 {
                    flag(.headingSkip, page, "h\(previous) → h\(heading.level) “\(HTMLScan.excerpt(heading.text))”")
                }
                previous = heading.level
            }
            for id in scan.duplicateIDs.sorted() { flag(.duplicateID, page, "id=\"\(id)\"") }
            for fragment in Set(scan.fragmentLinks) where !fragment.isEmpty && !scan.ids.contains(fragment) {
                flag(.missingFragmentTarget, page, "#\(fragment)\(scan.hasErrorSummary ? " (error summary)" : "")")
            }
            for href in scan.languageLinks {
                guard let target = SiteCrawler.resolve(href, on: page), !statusChecked.contains(target) else { continue }
                statusChecked.insert(target)
                let (_, response) = try await get(target)
                if response.status.code >= 400 { flag(.brokenLink, page, "language switch \(target) answers \(response.status.code)") }
            }
        }

        /// A search or filter form sent as it stands: it may refuse with an error summary (400/422), not break.
        mutating func checkGetForm(_ form: HTMLScan.Form, action: String, page: String) async throws {
            let base = action.split(separator: "?").first.map(String.init) ?? action
            let query = TestApp.urlEncodePairs(form.fields)
            let url = query.isEmpty ? base : base + "?" + query
            guard !seen.contains(url) else { return }
            seen.insert(url)
            let template = SiteCrawler.template(of: url)
            guard perTemplate[template, default: 0] < crawler.perTemplate else { return }
            perTemplate[template, default: 0] += 1
            let (final, response) = try await get(url)
            let scan = response.headers.contentType?.subType == "html" ? HTMLScan(response.text) : nil
            let refusedWell = [400, 422].contains(response.status.code) && scan?.hasErrorSummary == true
            if response.status.code >= 400, !refusedWell {
                flag(.brokenLink, page, "GET form \(url) answers \(response.status.code)")
            }
            if let scan { try await checkPage(scan, final); report.pagesVisited += 1 }
        }

        /// An empty POST: hidden fields (CSRF, versions) kept, nothing typed, no button pressed.
        mutating func checkPost(_ form: HTMLScan.Form, page: String) async throws {
            guard let action = SiteCrawler.resolve(form.action.isEmpty ? page : form.action, on: page) else { return }
            report.requests += 1
            report.postsChecked += 1
            let response = try await crawler.app.send(.POST, action, session: session, body: .form(hiddenOnly(form)),
                                                      headers: ["Accept-Language": language])
            let code = response.status.code
            report.log.append("\(viewer) POST \(action) → \(code)")
            if code >= 500 || code == 404 || code == 405 {
                flag(.brokenLink, page, "POST \(action) with the form empty answers \(code)")
            }
            if code >= 400, response.headers.contentType?.subType == "html" {
                try await checkPage(HTMLScan(response.text), "POST \(action)")
            }
        }

        func hiddenOnly(_ form: HTMLScan.Form) -> [String: String] {
            var fields: [String: String] = [:]
            for (name, value) in form.hidden { fields[name] = value }
            fields["_csrf"] = TestApp.csrf
            return fields
        }
    }
}

extension TestApp {
    /// `a=1&b=2` in the given order (form fields as a browser sends them).
    public static func urlEncodePairs(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }
            .joined(separator: "&")
    }
}
