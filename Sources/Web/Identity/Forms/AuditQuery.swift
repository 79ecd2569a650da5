import Identity
import KechuangCore
import Storage
import Vapor

/// The audit log's filter from the query string; a malformed date is a field error.
struct AuditQuery {
    let actor: String, object: String, from: String, until: String
    let filter: AuditChain.Filter
    let errors: [FieldError]

    init(_ req: Request) {
        actor = (try? req.query.get(String.self, at: "actor")) ?? ""
        object = (try? req.query.get(String.self, at: "object")) ?? ""
        from = (try? req.query.get(String.self, at: "from")) ?? ""
        until = (try? req.query.get(String.self, at: "until")) ?? ""
        var errors: [FieldError] = []
        func day(_ raw: String, field: String) -> Date? {
            guard !raw.isEmpty else { return nil }
            guard let d = try? Date(raw + "T00:00:00Z", strategy: .iso8601) else {
                errors.append(FieldError(field: field, rule: "audit.date.format",
                    message: LocalizedText(zh: "日期格式应为 2026-01-31", en: "Enter the date like 2026-01-31")))
                return nil
            }
            return d
        }
        let fromDate = day(from, field: "from")
        // "until" includes the whole day.
        let untilDate = day(until, field: "until").map { $0.addingTimeInterval(86_400) }
        filter = AuditChain.Filter(actor: actor, object: object, from: fromDate, until: untilDate)
        self.errors = errors
    }
}
