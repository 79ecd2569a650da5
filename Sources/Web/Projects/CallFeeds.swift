import Export
import Foundation
import KechuangCore
import Projects
import Vapor

/// iCalendar of the published calls' deadlines and an Atom feed of new calls.
enum CallFeeds {
    static func items(_ req: Request) async throws -> [FeedItem] {
        let base = baseURL(req)
        return try await req.calls.list().map { call in
            FeedItem(id: call.id.uuidString.lowercased(), title: call.titleZh,
                     summary: "\(call.titleEn.isEmpty ? "" : call.titleEn + " — ")截止 \(BeijingTime.display(call.closesAt, .zh))",
                     link: base + ProjectsURL.call(call.id.rawValue).path, updated: call.publishedAt ?? call.updatedAt,
                     starts: call.opensAt, ends: call.closesAt)
        }
    }

    static func calendar(_ req: Request) async throws -> Response {
        let body = ICalendar.calendar(name: "科创 · 项目申报截止日期", items: try await items(req), now: req.services.now())
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    static func atom(_ req: Request) async throws -> Response {
        let items = try await items(req).sorted { $0.updated > $1.updated }
        let body = AtomFeed.feed(title: "科创 · 新发布的申报指南", selfURL: baseURL(req) + ProjectsURL.callsFeed.path, items: items)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    /// The site's address as the request reached it (feeds need absolute links).
    static func baseURL(_ req: Request) -> String {
        let scheme = req.isSecure ? "https" : "http"
        let host = req.headers.first(name: .host) ?? "localhost"
        return "\(scheme)://\(host)"
    }
}
