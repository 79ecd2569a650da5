import Foundation
import Portal
import Vapor

/// The data catalogue's own JSON API under `/api/v1`: the data sets, access requests and the
/// publisher's decisions (Art. 57, 68). The CKAN-compatible read API is `CKANAPI`.
enum CatalogueAPI: SiteRoute {
    case datasets, accessRequests(UUID), decision(UUID), versions(UUID)

    var path: String {
        switch self {
        case .datasets: "/api/v1/datasets"
        case .accessRequests(let id): "/api/v1/datasets/\(id.uuidString.lowercased())/access-requests"
        case .decision(let id): "/api/v1/data-access-requests/\(id.uuidString.lowercased())/decision"
        case .versions(let id): "/api/v1/datasets/\(id.uuidString.lowercased())/versions"
        }
    }
}

extension CatalogueAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { CatalogueAPIRoutes().register(on: routes) }

    static var operations: [OpenAPIDocument.Operation] {
        [
            .init(.GET, CatalogueAPI.datasets, summary: "Every data set of the catalogue with its latest version's files and checksums (Art. 57) (public)",
                  tag: "data", response: "DatasetList"),
            .init(.POST, CatalogueAPI.accessRequests(SiteURL.anyID), summary: "Ask to use an on-request data set, stating the purpose (Art. 68)",
                  tag: "data", body: "DataAccessRequestBody", response: "DataAccessRequest", status: 201),
            .init(.POST, CatalogueAPI.decision(SiteURL.anyID), summary: "The publisher approves for a number of days, or refuses with the reason (Art. 68)",
                  tag: "data", body: "DataAccessDecisionBody", response: "DataAccessRequest"),
            .init(.POST, CatalogueAPI.datasets,
                  summary: "Describe a new data set for an organisation where you are its research office or programme officer (the administrator also for the platform); refused otherwise citing Art. 57",
                  tag: "data", body: "DatasetBody", response: "CatalogueDataset", status: 201),
            .init(.POST, CatalogueAPI.versions(SiteURL.anyID),
                  summary: "Publish a new version from a CSV, JSON or XLSX file (base64, at most 10 MB, type read from the content); earlier versions are never overwritten (Art. 57)",
                  tag: "data", body: "DatasetVersionBody", response: "DatasetVersion", status: 201),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string
        let file: JSONValue = ["type": "object", "properties": [
            "format": ["type": "string", "enum": ["csv", "json", "xlsx"]], "media_type": string, "byte_count": OpenAPIDocument.count,
            "sha256": string, "url": ["type": ["string", "null"], "description": "Absent when the viewer may not download it"],
        ]]
        return [
            ("CatalogueDataset", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "name": string, "title_zh": string, "title_en": string, "description_zh": string, "description_en": string,
                "publisher_zh": string, "publisher_en": string, "licence": string, "keywords": ["type": "array", "items": string],
                "themes": ["type": "array", "items": string], "temporal_start": OpenAPIDocument.nullableString, "temporal_end": OpenAPIDocument.nullableString,
                "spatial": string, "access_level": ["type": "string", "enum": ["open", "on_request", "restricted"]],
                "modified": OpenAPIDocument.dateTime, "version": ["type": ["integer", "null"], "format": "int64"],
                "files": ["type": "array", "items": file],
            ]]),
            ("DatasetList", ["type": "array", "items": OpenAPIDocument.ref("CatalogueDataset")]),
            ("DataAccessRequestBody", ["type": "object", "required": ["purpose"], "properties": [
                "purpose": ["type": "string", "description": "What the data will be used for, at least 10 characters (Art. 68)"],
            ]]),
            ("DataAccessDecisionBody", ["type": "object", "required": ["decision"], "properties": [
                "decision": ["type": "string", "enum": ["approve", "refuse"]],
                "reason": ["type": "string", "description": "Required when refusing (Art. 68)"],
                "days": ["type": "integer", "format": "int32", "minimum": 1, "maximum": 365, "description": "Length of the grant; 90 when absent"],
            ]]),
            ("DatasetBody", ["type": "object", "required": ["name", "title_zh", "description_zh"], "properties": [
                "publisher_id": ["type": "string", "description": "The organisation's id, or `platform` (administrator); may be left out when you publish for one organisation only"],
                "name": ["type": "string", "pattern": "^[a-z0-9-]{3,80}$"], "title_zh": string, "title_en": string, "description_zh": string, "description_en": string,
                "licence": ["type": "string", "enum": .array(DatasetLicence.allCases.map { .string($0.rawValue) })],
                "access_level": ["type": "string", "enum": ["open", "on_request", "restricted"]],
                "keywords": ["type": "array", "items": string], "themes": ["type": "array", "items": ["type": "string", "enum": ["TECH", "GOVE", "ECON", "EDUC"]]],
                "temporal_start": ["type": "string", "format": "date"], "temporal_end": ["type": "string", "format": "date"], "spatial": string,
            ]]),
            ("DatasetVersionBody", ["type": "object", "required": ["file_name", "file", "note"], "properties": [
                "file_name": ["type": "string", "description": "For the record; an extension of .csv, .json or .xlsx must match the content"],
                "file": ["type": "string", "format": "byte", "description": "The file, base64-encoded"],
                "note": ["type": "string", "description": "What this version changes"],
            ]]),
            ("DatasetVersion", ["type": "object", "properties": [
                "dataset_id": OpenAPIDocument.uuid, "number": ["type": "integer", "format": "int32"], "note": string, "columns": ["type": "array", "items": string],
                "row_count": OpenAPIDocument.count, "created_at": OpenAPIDocument.dateTime, "files": ["type": "array", "items": file],
                "article": ["type": "string", "description": "57"],
            ]]),
            ("DataAccessRequest", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "dataset_id": OpenAPIDocument.uuid, "purpose": string,
                "state": ["type": "string", "enum": ["pending", "approved", "refused"]], "reason": OpenAPIDocument.nullableString,
                "granted_until": ["type": ["string", "null"], "format": "date-time"], "created_at": OpenAPIDocument.dateTime,
                "article": ["type": "string", "description": "68"],
            ]]),
        ]
    }
}
