import Vapor

extension AuditAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        [
            Operation(.GET, AuditAPI.entries, summary: "Audit log entries, newest first", tag: "audit",
                      query: [("actor", "AuditActor email or id"), ("object", "Object type or id"), ("from", "From date, YYYY-MM-DD"),
                              ("until", "To date (inclusive), YYYY-MM-DD"), OpenAPIDocument.pageParameter], response: "AuditPage"),
            Operation(.GET, AuditAPI.verify, summary: "Walk the SM3 hash chain and report the first broken entry", tag: "audit",
                      response: "AuditVerification"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, nullableString = OpenAPIDocument.nullableString
        return [
            ("AuditEntry", ["type": "object", "properties": [
                "seq": ["type": "integer", "format": "int64", "minimum": 1], "id": OpenAPIDocument.uuid, "at": OpenAPIDocument.dateTime,
                "actor_id": ["type": ["string", "null"]], "actor": string,
                "action": string, "object_type": string, "object_id": string, "summary": string, "article": nullableString,
                "standard": nullableString, "prev_hash": string, "hash": ["type": "string", "description": "SM3 (GB/T 32905-2016), hex"],
            ]]),
            ("AuditVerification", ["type": "object", "properties": ["intact": ["type": "boolean"], "count": OpenAPIDocument.count, "problem": nullableString]]),
            ("AuditPage", OpenAPIDocument.page("AuditEntry")),
        ]
    }
}
