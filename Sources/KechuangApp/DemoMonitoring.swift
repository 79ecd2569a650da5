import Foundation
import Identity
import KechuangCore
import Monitoring
import Vapor

extension DemoData {
    /// Monitoring demo (Art. 13–16, 49, 63): the demo organisations placed in their zones and parks,
    /// the five reported indicators for the three years before this one (one change explained in a
    /// note; in the latest year fiscal S&T spending grows slower than regular revenue, so the Art. 49
    /// rule warns), one revision kept in the history, and last year's release published. The
    /// computed indicators come from the other demos' data (their years). Under 30 audited writes,
    /// well under a second. Loading twice changes nothing.
    static func loadMonitoring(into app: Application, organisations ids: [String: UUID]) async throws {
        let now = app.webServices.now()
        let values = ReportedValues(db: app.db, now: { now })
        guard try await values.current().isEmpty,
              let staff = try await KechuangApp.people(app).find(email: "staff@demo.kechuang.cn") else { return }
        let zones = ZoneRegistry(db: app.db, now: { now })
        let placements: [(String, String)] = [
            ("university", "zgc-science-city"), ("university", "zgc-haidian"), ("enterprise", "zgc-science-city"), ("enterprise", "zgc-haidian"),
            ("institute", "huairou-science-city"), ("institute", "zgc-huairou"), ("foreign", "future-science-city"), ("foreign", "zgc-changping"),
            ("commission", "zgc-tongzhou"),
        ]
        for (key, zone) in placements {
            guard let org = ids[key] else { continue }
            try await zones.add(zone: zone, organisation: org, by: staff)
        }
        let year = BeijingDay(containing: now).year
        // 亿元 and %: R&D, intensity, basic share, fiscal S&T spending, regular fiscal revenue.
        let figures: [(Int, [String: String], [String: String])] = [
            (year - 3, ["RPT-RD": "2629.3", "RPT-RDI": "6.53", "RPT-BASIC": "16.1", "RPT-FST": "449.5", "RPT-FREV": "5932.3"], [:]),
            (year - 2, ["RPT-RD": "2843.3", "RPT-RDI": "6.83", "RPT-BASIC": "16.6", "RPT-FST": "470.2", "RPT-FREV": "6181.1"], [:]),
            (year - 1, ["RPT-RD": "3050.0", "RPT-RDI": "6.71", "RPT-BASIC": "17.0", "RPT-FST": "478.0", "RPT-FREV": "6520.0"], [:]),
        ]
        for (y, line, notes) in figures {
            try await values.submit(ReportForm(year: y, lines: line.sorted { $0.key < $1.key }.map { ReportLine(indicator: $0.key, value: $0.value, note: notes[$0.key] ?? "") }), by: staff)
        }
        // A revision: the statistics bureau's final figure replaces the preliminary one; both stay.
        try await values.submit(ReportForm(year: year - 1, lines: [ReportLine(indicator: "RPT-RD", value: "3068.5", note: "统计年鉴终核数替代快报数 (final yearbook figure replaces the preliminary one)")]), by: staff)
        _ = try await Releases(db: app.db, now: { now }).publish(year: year - 1, by: staff)
    }
}
