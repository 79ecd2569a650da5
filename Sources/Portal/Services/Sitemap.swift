import Foundation

/// `sitemap.xml` (sitemaps.org protocol 0.9): the public pages a search engine should find.
/// Locations are absolute and XML-escaped; a sitemap holds at most 50,000 of them, so the
/// list is cut there (a sitemap index would be the next step past that).
public enum Sitemap {
    public static let maxLocations = 50_000

    public static func xml(base: String, paths: [String]) -> String {
        var seen = Set<String>()
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths where seen.insert(path).inserted && seen.count <= maxLocations {
            out += "  <url><loc>\(escaped(base + path))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&apos;")
    }
}
