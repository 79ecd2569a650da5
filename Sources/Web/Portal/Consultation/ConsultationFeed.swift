import Export
import Foundation
import KechuangCore
import Portal
import Vapor

/// The consultations' Atom feed, and what the portal's home page and sitemap list of them.
enum ConsultationFeed {
    @Sendable static func atom(req: Request) async throws -> Response {
        let base = CallFeeds.baseURL(req)
        let items = try await req.consultations.list(as: nil).map { item in
            let state = item.state == .reported ? "，已发布采纳情况反馈" : ""
            return FeedItem(id: "consultation-" + item.id.rawValue.uuidString.lowercased(), title: item.titleZh,
                            summary: "\(item.department) 公开征求意见，\(item.opensOn) 至 \(item.closesOn)\(state)。\(item.summaryZh)",
                            link: base + ConsultationURL.consultation(item.id.rawValue).path,
                            updated: item.reportedAt ?? item.publishedAt ?? item.updatedAt, starts: item.opensOn.start, ends: item.closesOn.startOfNextDay)
        }.sorted { $0.updated > $1.updated }
        let body = AtomFeed.feed(title: ConsultationMsg.conFeedTitle.text.zh, selfURL: base + ConsultationURL.feed.path, items: items)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    /// Consultations open for comment now, closing soonest first, dated by their closing day.
    static func homeItems(_ req: Request, limit: Int) async throws -> [HomeItem] {
        try await req.consultations.open(limit: limit).map {
            HomeItem(titleZh: $0.titleZh, titleEn: $0.titleEn, path: ConsultationURL.consultation($0.id.rawValue).path, date: $0.closesOn)
        }
    }

    /// The list, the feed and every published consultation.
    static func sitemapPaths(_ req: Request) async throws -> [String] {
        [ConsultationURL.consultations.path, ConsultationURL.feed.path]
            + (try await req.consultations.list(as: nil).map { ConsultationURL.consultation($0.id.rawValue).path })
    }
}
