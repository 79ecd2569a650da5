import Vapor

extension TalentAPI {
    static var operations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID
        return [
            .init(.GET, TalentAPI.catalogue, summary: "The urgently-needed talent catalogue in force: the latest version of each entry (Art. 40; public)",
                  tag: "talent", response: "TalentCatalogueEntryList"),
            .init(.GET, TalentAPI.entry(any), summary: "One version of a catalogue entry with every version of its code (none overwritten; public)",
                  tag: "talent", response: "TalentCatalogueEntryVersions"),
            .init(.POST, TalentAPI.catalogue, summary: "Publish a new catalogue entry (departments; Art. 40)", tag: "talent",
                  body: "TalentCatalogueEntryBody", response: "TalentCatalogueEntry", status: 201),
            .init(.POST, TalentAPI.adjust(any), summary: "Adjust an entry: publishes the next version (send the id of the version in force; an older one is 409); the note is required",
                  tag: "talent", body: "TalentCatalogueEntryBody", response: "TalentCatalogueEntry", status: 201),
            .init(.GET, TalentAPI.openings, summary: "Search open openings (public)", tag: "talent",
                  query: [("q", "Words, Chinese or English"), ("field", "Catalogue field code (ai, ic, …)"), ("district", "District (haidian, …)"),
                          ("organisation", "Hiring organisation id")], response: "TalentOpeningList"),
            .init(.POST, TalentAPI.openings, summary: "Post an opening against a catalogue entry in force (the organisation's research office; Art. 40)",
                  tag: "talent", body: "TalentOpeningBody", response: "TalentOpening", status: 201),
            .init(.GET, TalentAPI.achievements, summary: "The signed-in person's representative achievements (Art. 41)", tag: "talent", response: "TalentAchievementList"),
            .init(.POST, TalentAPI.achievements, summary: "Add a representative achievement; a sixth is a 422 problem citing Art. 41",
                  tag: "talent", body: "TalentAchievementBody", response: "TalentAchievement", status: 201),
            .init(.GET, TalentAPI.requests, summary: "The signed-in person's one-stop service requests (Art. 47, 72)", tag: "talent", response: "TalentServiceRequestList"),
            .init(.POST, TalentAPI.requests, summary: "File a request; routed to its department with the desk's deadline; a missing document is a 422 citing Art. 47 or 72",
                  tag: "talent", body: "TalentServiceRequestBody", response: "TalentServiceRequest", status: 201),
            .init(.GET, TalentAPI.request(any), summary: "One request with its timeline (the person, or an officer of its department)", tag: "talent",
                  response: "TalentServiceRequest"),
            .init(.POST, TalentAPI.steps(any), summary: "A step: accept, request_info, complete, refuse, message (the department); provide_info, message (the person)",
                  tag: "talent", body: "TalentServiceStepBody", response: "TalentServiceRequest"),
            .init(.GET, TalentAPI.compliance, summary: "Per-department deadline compliance (Art. 47; public)", tag: "talent", response: "TalentComplianceList"),
            .init(.POST, TalentAPI.points, summary: "The points-based permanent-residence assessment: every point with its source and what would raise the total (Art. 72; public)",
                  tag: "talent", body: "TalentPointsBody", response: "TalentPoints"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32, time = OpenAPIDocument.dateTime
        let nullableString = OpenAPIDocument.nullableString, bool: JSONValue = ["type": "boolean"]
        let nullableInt: JSONValue = ["type": ["integer", "null"], "format": "int32"]
        let entry: JSONValue = ["type": "object", "properties": [
            "id": uuid, "code": string, "version": int, "field": string, "role_zh": string, "role_en": string,
            "level": ["type": "string", "enum": ["leading", "senior", "core", "young"]], "requirements_zh": string, "requirements_en": string,
            "note": string, "withdrawn": bool, "published_at": time, "article": string]]
        return [
            ("TalentCatalogueEntry", entry),
            ("TalentCatalogueEntryList", ["type": "array", "items": OpenAPIDocument.ref("TalentCatalogueEntry")]),
            ("TalentCatalogueEntryVersions", ["type": "object", "properties": [
                "entry": OpenAPIDocument.ref("TalentCatalogueEntry"), "current": bool,
                "versions": ["type": "array", "items": OpenAPIDocument.ref("TalentCatalogueEntry")]]]),
            ("TalentCatalogueEntryBody", ["type": "object", "properties": [
                "code": string, "field": ["type": "string", "enum": ["ai", "ic", "biomedicine", "quantum", "materials", "energy", "aerospace", "manufacturing", "digital"]],
                "role_zh": string, "role_en": string, "level": ["type": "string", "enum": ["leading", "senior", "core", "young"]],
                "requirements_zh": string, "requirements_en": string, "note": string]]),
            ("TalentOpening", ["type": "object", "properties": [
                "id": uuid, "organisation_id": uuid, "entry_id": uuid, "entry_code": string, "field": string, "title_zh": string, "title_en": string,
                "description": string, "district": string, "closes_on": ["type": ["string", "null"], "format": "date"],
                "status": ["type": "string", "enum": ["open", "closed"]]]]),
            ("TalentOpeningList", ["type": "array", "items": OpenAPIDocument.ref("TalentOpening")]),
            ("TalentOpeningBody", ["type": "object", "properties": [
                "organisation_id": uuid, "entry_id": uuid, "title_zh": string, "title_en": string, "description": string, "district": string,
                "closes_on": ["type": "string", "format": "date"]]]),
            ("TalentAchievement", ["type": "object", "properties": [
                "id": uuid, "slot": ["type": "integer", "format": "int32", "minimum": 1, "maximum": 5],
                "kind": ["type": "string", "enum": ["paper", "patent", "standard", "product", "report", "engineering_design"]],
                "title": string, "year": int, "evidence": string, "contribution": string]]),
            ("TalentAchievementList", ["type": "array", "items": OpenAPIDocument.ref("TalentAchievement")]),
            ("TalentAchievementBody", ["type": "object", "properties": [
                "kind": ["type": "string", "enum": ["paper", "patent", "standard", "product", "report", "engineering_design"]],
                "title": string, "year": ["type": "integer", "format": "int32", "minimum": 1950, "maximum": 9999], "evidence": string, "contribution": string]]),
            ("TalentServiceRequest", ["type": "object", "properties": [
                "id": uuid, "kind": string, "department": string,
                "state": ["type": "string", "enum": ["submitted", "in_progress", "info_requested", "completed", "refused"]],
                "details": string, "documents": ["type": "array", "items": string], "submitted_at": time, "due_at": time,
                "escalated_at": ["type": ["string", "null"], "format": "date-time"], "closed_at": ["type": ["string", "null"], "format": "date-time"],
                "version": OpenAPIDocument.version, "article": string,
                "events": ["type": ["array", "null"], "items": ["type": "object", "properties": [
                    "kind": string, "note": string, "by_officer": bool, "at": time]]]]]),
            ("TalentServiceRequestList", ["type": "array", "items": OpenAPIDocument.ref("TalentServiceRequest")]),
            ("TalentServiceRequestBody", ["type": "object", "properties": [
                "kind": ["type": "string", "enum": ["housing", "medical_care", "schooling", "social_insurance", "housing_fund", "work_residence_permit",
                                                    "visa", "work_permit", "residence_permit"]],
                "details": string, "documents": ["type": "array", "items": string, "description": "Codes of the documents enclosed (see the services page)"]]]),
            ("TalentServiceStepBody", ["type": "object", "properties": [
                "step": ["type": "string", "enum": ["accept", "request_info", "provide_info", "message", "complete", "refuse"]],
                "note": string, "version": OpenAPIDocument.version]]),
            ("TalentCompliance", ["type": "object", "properties": [
                "department": string, "name_zh": string, "name_en": string, "closed_on_time": OpenAPIDocument.count, "closed_late": OpenAPIDocument.count,
                "open_on_time": OpenAPIDocument.count, "open_overdue": OpenAPIDocument.count, "on_time_share": ["type": "number", "minimum": 0, "maximum": 1]]]),
            ("TalentComplianceList", ["type": "array", "items": OpenAPIDocument.ref("TalentCompliance")]),
            ("TalentPointsBody", ["type": "object", "properties": [
                "salary": ["type": "integer", "format": "int32", "minimum": 0, "maximum": 100000, "description": "Annual salary paid in Beijing, 10,000 yuan"],
                "years_in_beijing": ["type": "integer", "format": "int32", "minimum": 0, "maximum": 60],
                "degree": ["type": "integer", "format": "int32", "minimum": 0, "maximum": 3, "description": "0 none, 1 bachelor, 2 master, 3 doctorate"],
                "catalogue_match": bool, "innovation_employer": bool, "chinese": ["type": "integer", "format": "int32", "minimum": 0, "maximum": 6],
                "age": ["type": "integer", "format": "int32", "minimum": 16, "maximum": 100], "achievement_in_use": bool]]),
            ("TalentPoints", ["type": "object", "properties": [
                "effective_from": ["type": "string", "format": "date"], "threshold": int, "total": int, "eligible": bool, "shortfall": int,
                "lines": ["type": "array", "items": ["type": "object", "properties": [
                    "criterion": string, "label_zh": string, "label_en": string, "value": nullableInt, "points": int, "maximum": int,
                    "source_zh": string, "source_en": string, "article": string, "next_band_zh": nullableString, "next_band_en": nullableString,
                    "next_gain": nullableInt]]],
                "raises": ["type": "array", "items": string]]]),
        ]
    }
}
