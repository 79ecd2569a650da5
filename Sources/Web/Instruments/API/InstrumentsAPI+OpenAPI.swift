import Vapor

extension InstrumentsAPI {
    static var operations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID
        let filters = [("q", "Words, Chinese or English"), ("category", "Instrument class code (01–15, 99)"), ("district", "District (haidian, …)"),
                       ("institution", "Managing institution id"), ("fee_min", "External rate from, yuan"), ("fee_max", "External rate up to, yuan"),
                       ("available", "true: only instruments with a free hour in the next 7 days"),
                       OpenAPIDocument.pageParameter, ("limit", "Instruments per page, 1–200 (default 50)")]
        return [
            .init(.GET, InstrumentsAPI.instruments, summary: "Search published instruments with their Art. 55 service information and fees (public)",
                  tag: "instruments", query: filters, response: "InstrumentList"),
            .init(.GET, InstrumentsAPI.instrument(any), summary: "One instrument (public when published)", tag: "instruments", response: "Instrument"),
            .init(.GET, InstrumentsAPI.availability(any), summary: "Free and taken intervals per day, Beijing time (public)", tag: "instruments",
                  query: [("from", "First day, yyyy-MM-dd (default today)"), ("days", "Number of days, 1–62 (default 7)")], response: "InstrumentAvailability"),
            .init(.POST, InstrumentsAPI.book(any), summary: "Book a slot (time) or samples; 409 names the overlapping booking; 403 cites Art. 60 for an integrity restriction",
                  tag: "instruments", body: "InstrumentBookingBody", response: "InstrumentBooking", status: 201),
            .init(.GET, InstrumentsAPI.bookings, summary: "The signed-in person's bookings", tag: "instruments", response: "InstrumentBookingList"),
            .init(.GET, InstrumentsAPI.calendar, summary: "The signed-in person's active bookings as iCalendar (text/calendar)", tag: "instruments", response: "ICalendarText", mediaType: "text/calendar"),
            .init(.GET, InstrumentsAPI.booking(any), summary: "One booking (its user, or a manager of its instrument)", tag: "instruments", response: "InstrumentBooking"),
            .init(.POST, InstrumentsAPI.cancel(any), summary: "Cancel a booking (users within the published notice; managers any time); the freed slot goes to the waiting list",
                  tag: "instruments", response: "InstrumentBooking"),
            .init(.POST, InstrumentsAPI.usage(any), summary: "Record usage of a confirmed booking (its instrument's managers); the charge follows the published fees",
                  tag: "instruments", body: "InstrumentUsageBody", response: "InstrumentUsage", status: 201),
            .init(.GET, InstrumentsAPI.usageList,
                  summary: "Usage records, newest first: your own use, and all use of the instruments you run (their managers, the institution's research office); the platform administrator sees all",
                  tag: "instruments",
                  query: [("instrument", "Only this instrument's usage (one you can see; for one you do not run, only your own use)"),
                          ("from", "Usage starting on or after this day, yyyy-MM-dd, Beijing time"), ("to", "Usage starting on or before this day, yyyy-MM-dd"),
                          ("external", "true: external users only; false: internal users only"),
                          OpenAPIDocument.pageParameter, ("limit", "Records per page, 1–500 (default 100)")],
                  response: "InstrumentUsagePage"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32
        let time: JSONValue = ["type": "string", "format": "date-time", "description": "RFC 3339; shown in Beijing time (+08:00)"]
        let fen: JSONValue = ["type": "integer", "format": "int64", "minimum": 0, "description": "Amount in fen (0.01 yuan)"]
        let interval: JSONValue = ["type": "object", "properties": ["starts_at": time, "ends_at": time]]
        return [
            ("Instrument", ["type": "object", "properties": [
                "id": uuid, "name_zh": string, "name_en": string, "category": string, "category_zh": string, "category_en": string,
                "maker": string, "model": string, "original_value_yuan": ["type": "integer", "format": "int64"], "purchase_date": ["type": ["string", "null"], "format": "date"],
                "public_funding": ["type": "boolean"], "organisation_id": uuid, "lab_id": ["type": ["string", "null"], "format": "uuid"],
                "location": string, "district": string, "specs": string,
                "status": ["type": "string", "enum": ["in_service", "maintenance", "retired"]], "published": ["type": "boolean"],
                "service": ["type": ["object", "null"], "description": "The Art. 55 service information", "properties": [
                    "mode": ["type": ["string", "null"], "description": "self_operated, staff_operated or sample_sent_in"], "content": string, "process": string,
                    "fees": ["type": ["object", "null"], "properties": ["unit": ["type": "string", "enum": ["hour", "sample"]], "internal_rate_fen": fen,
                                                                         "external_rate_fen": fen, "minimum_units": int]],
                    "training_required": ["type": "boolean"], "training": string, "approval_required": ["type": "boolean"],
                    "cancellation_notice_hours": int, "open_hour": int, "close_hour": int, "contact": string]],
                "photo": ["type": ["object", "null"], "description": "The photo (JPEG, PNG or WebP) and its text alternative; null: none uploaded", "properties": [
                    "url": string, "content_type": ["type": "string", "enum": ["image/jpeg", "image/png", "image/webp"]],
                    "size": ["type": "integer", "format": "int64", "minimum": 1], "sha256": string, "alt_zh": string, "alt_en": string]],
                "article": string,
            ]]),
            ("InstrumentList", ["type": "array", "items": OpenAPIDocument.ref("Instrument")]),
            ("InstrumentAvailability", ["type": "object", "properties": [
                "instrument_id": uuid, "time_zone": string,
                "days": ["type": "array", "items": ["type": "object", "properties": [
                    "day": ["type": "string", "format": "date"], "free": ["type": "array", "items": interval], "taken": ["type": "array", "items": interval]]]],
            ]]),
            ("InstrumentBookingBody", ["type": "object", "properties": [
                "kind": ["type": "string", "enum": ["time", "sample"]], "starts_at": time, "ends_at": time,
                "samples": ["type": "integer", "format": "int32", "minimum": 1, "maximum": 1000], "purpose": string, "organisation_id": uuid,
            ]]),
            ("InstrumentBooking", ["type": "object", "properties": [
                "id": uuid, "instrument_id": uuid, "kind": ["type": "string", "enum": ["time", "sample", "blackout"]], "starts_at": time, "ends_at": time,
                "samples": ["type": ["integer", "null"], "format": "int32"], "purpose": string,
                "state": ["type": "string", "enum": ["requested", "confirmed", "rejected", "cancelled", "completed"]], "external": ["type": "boolean"],
                "version": OpenAPIDocument.version,
            ]]),
            ("InstrumentBookingList", ["type": "array", "items": OpenAPIDocument.ref("InstrumentBooking")]),
            ("InstrumentUsageBody", ["type": "object", "properties": [
                "started_at": time, "ended_at": time, "samples": ["type": "integer", "format": "int32", "minimum": 0, "maximum": 1000],
                "outcome": ["type": "string", "enum": ["completed", "partial", "failed", "no_show"]], "note": string,
            ]]),
            ("InstrumentUsage", ["type": "object", "properties": [
                "id": uuid, "booking_id": uuid, "instrument_id": uuid, "started_at": time, "ended_at": time,
                "samples": ["type": ["integer", "null"], "format": "int32"], "outcome": string, "external": ["type": "boolean"], "amount_fen": fen,
            ]]),
            ("InstrumentUsageLine", ["type": "object", "properties": [
                "id": uuid, "booking_id": ["type": ["string", "null"], "format": "uuid"], "instrument_id": uuid, "instrument_name_zh": string,
                "instrument_name_en": string, "user_id": uuid, "user_name": string, "organisation_id": ["type": ["string", "null"], "format": "uuid"],
                "operator_id": uuid, "started_at": time, "ended_at": time, "hours": ["type": "number", "minimum": 0],
                "samples": ["type": ["integer", "null"], "format": "int32"], "outcome": ["type": "string", "enum": ["completed", "partial", "failed", "no_show"]],
                "external": ["type": "boolean"], "amount_fen": fen, "recorded_at": time,
            ]]),
            ("InstrumentUsagePage", OpenAPIDocument.page("InstrumentUsageLine")),
            ("ICalendarText", ["type": "string", "description": "RFC 5545 iCalendar (served as text/calendar)"]),
        ]
    }
}
