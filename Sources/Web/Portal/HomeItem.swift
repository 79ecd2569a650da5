import Foundation
import KechuangCore

/// One line of a list on the portal home page (newest projects, open consultations, data sets …):
/// a title in Chinese (and English when there is one), the site path it links to, and the day it
/// is dated by, if any. Each Portal part provides
/// `static func homeItems(_ req: Request, limit: Int) async throws -> [HomeItem]`
/// and `static func sitemapPaths(_ req: Request) async throws -> [String]` in its own Web file.
struct HomeItem: Sendable {
    let titleZh: String
    let titleEn: String?
    let path: String
    let date: BeijingDay?
}
