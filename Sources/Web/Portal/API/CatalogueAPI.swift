import Foundation
import Vapor

/// The data catalogue's own JSON API under `/api/v1`: the data sets, access requests and the
/// publisher's decisions (Art. 57, 68). The CKAN-compatible read API is `CKANAPI`.
enum CatalogueAPI: SiteRoute {
    case datasets, accessRequests(UUID), decision(UUID)

    var path: String {
        switch self {
        case .datasets: "/api/v1/datasets"
        case .accessRequests(let id): "/api/v1/datasets/\(id.uuidString.lowercased())/access-requests"
        case .decision(let id): "/api/v1/data-access-requests/\(id.uuidString.lowercased())/decision"
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
            ("DataAccessRequest", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "dataset_id": OpenAPIDocument.uuid, "purpose": string,
                "state": ["type": "string", "enum": ["pending", "approved", "refused"]], "reason": OpenAPIDocument.nullableString,
                "granted_until": ["type": ["string", "null"], "format": "date-time"], "created_at": OpenAPIDocument.dateTime,
                "article": ["type": "string", "description": "68"],
            ]]),
        ]
    }
}
