import Foundation
import Vapor

/// The CKAN-compatible read API (Action API v3), so that existing tools such as the `ckanapi`
/// client read the catalogue unchanged: at `/api/3/action/…` and, as CKAN also answers,
/// `/api/action/…` (where `ckanapi` sends its requests), by GET with a query or POST with a JSON body.
enum CKANAPI: SiteRoute {
    enum Prefix: String, CaseIterable, Sendable {
        case v3 = "/api/3/action"
        case plain = "/api/action"
    }

    case packageList(Prefix), packageShow(Prefix), packageSearch(Prefix), organizationList(Prefix), groupList(Prefix)

    static func all(_ prefix: Prefix) -> [CKANAPI] {
        [.packageList(prefix), .packageShow(prefix), .packageSearch(prefix), .organizationList(prefix), .groupList(prefix)]
    }

    var action: String {
        switch self {
        case .packageList: "package_list"
        case .packageShow: "package_show"
        case .packageSearch: "package_search"
        case .organizationList: "organization_list"
        case .groupList: "group_list"
        }
    }

    var prefix: Prefix {
        switch self {
        case .packageList(let p), .packageShow(let p), .packageSearch(let p), .organizationList(let p), .groupList(let p): p
        }
    }

    var path: String { prefix.rawValue + "/" + action }
}

extension CKANAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { CKANRoutes().register(on: routes) }

    static var operations: [OpenAPIDocument.Operation] {
        Prefix.allCases.flatMap { prefix in
            all(prefix).flatMap { route -> [OpenAPIDocument.Operation] in
                let summary = "CKAN action \(route.action) (CKAN API v3 compatible, read only; Art. 57) (public)"
                return [
                    .init(.GET, route, summary: summary, tag: "ckan", query: route.queryParameters, response: "CKANResponse"),
                    .init(.POST, route, summary: summary + ", parameters as a JSON body", tag: "ckan", body: "CKANActionBody", response: "CKANResponse"),
                ]
            }
        }
    }

    var queryParameters: [(String, String)] {
        switch self {
        case .packageShow: [("id", "The data set's name or id")]
        case .packageSearch: [("q", "Words that every result contains"), ("fq", "Filters: organization:, groups:, tags:, res_format:, license_id:, access_level:"),
                              ("rows", "Results per page, 0–1000 (default 10)"), ("start", "Offset of the first result, 0–100000")]
        case .organizationList, .groupList: [("all_fields", "true for whole objects instead of names")]
        case .packageList: [("limit", "At most this many names"), ("offset", "Skip this many names")]
        }
    }

    static var schemas: [(String, JSONValue)] {
        [
            ("CKANResponse", ["type": "object", "required": ["success", "result"], "properties": [
                "help": OpenAPIDocument.string, "success": ["type": "boolean"],
                "result": ["description": "The action's result: a list of names, a package, a search result or a list of organisations or groups"],
            ]]),
            ("CKANActionBody", ["type": "object", "properties": [
                "id": OpenAPIDocument.string, "q": OpenAPIDocument.string, "fq": OpenAPIDocument.string,
                "rows": ["type": ["integer", "string"]], "start": ["type": ["integer", "string"]], "all_fields": ["type": ["boolean", "string"]],
                "limit": ["type": ["integer", "string"]], "offset": ["type": ["integer", "string"]],
            ]]),
        ]
    }
}
