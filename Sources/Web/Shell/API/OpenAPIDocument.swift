import Identity
import Vapor

/// The OpenAPI 3.1 description of every `/api/v1` route, assembled from each module's own
/// operations and schemas (`APIModules.all`; see `ModuleAPI`). `OpenAPITests` fails when a
/// registered route is missing here or this names a route that does not exist.
enum OpenAPIDocument {
    struct Operation: Sendable {
        let method: HTTPMethod
        /// OpenAPI path, with `{id}` for parameters, printed from the route's typed address.
        let path: String
        let summary: String
        let tag: String
        var query: [(String, String)] = []
        var body: String? = nil
        let response: String
        var status: Int = 200
        /// The media type of the response body (`text/calendar` for an iCalendar feed).
        var mediaType: String = "application/json"

        /// The operation of `method` on `route` (any value of a parameterised case: only its template is read).
        init(_ method: HTTPMethod, _ route: some SiteRoute, summary: String, tag: String, query: [(String, String)] = [],
             body: String? = nil, response: String, status: Int = 200, mediaType: String = "application/json") {
            self.method = method
            self.path = route.template
            self.summary = summary
            self.tag = tag
            self.query = query
            self.body = body
            self.response = response
            self.status = status
            self.mediaType = mediaType
        }
    }

    /// Every operation: each module's own, in `APIModules` order.
    static var allOperations: [Operation] { APIModules.all.flatMap { $0.operations } }

    /// Every schema: each module's own, then the shared ones.
    static var allSchemas: JSONValue { .object(APIModules.all.flatMap { $0.schemas } + sharedSchemas) }

    /// `get /api/v1/calls`-style keys of the API routes anyone may call, read from the access
    /// policy (the one permission table), so the document cannot say otherwise.
    static func publicOperations(_ routes: [Route]) -> Set<String> {
        Set(routes.filter { route in
            route.path.first?.description == "api" && route.action.map { AccessPolicy.requirement(for: $0) == .anyone } == true
        }.map { route in
            "\(route.method.rawValue.lowercased()) /" + route.path.map { $0.description.hasPrefix(":") ? "{\($0.description.dropFirst())}" : $0.description }.joined(separator: "/")
        })
    }

    /// The document; operations in `publicOperations` need no token (`security: []`).
    static func document(publicOperations: Set<String> = []) -> JSONValue {
        let operations = allOperations
        var paths: [(String, JSONValue)] = []
        for path in uniquePaths(operations) {
            let ops = operations.filter { $0.path == path }
            paths.append((path, .object(ops.map { op in
                let method = String(describing: op.method).lowercased()
                return (method, operation(op, isPublic: publicOperations.contains("\(method) \(op.path)")))
            })))
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Kechuang API",
                "version": "1.0.0",
                "description": "JSON API of Kechuang, the platform of the Beijing International Science and Technology Innovation Center. Authenticate with a personal access token: `Authorization: Bearer kc_…` (scope `read` for GET, `write` for changes). Errors are RFC 9457 problems; when a rule of the regulation rejects a request, `article` names it (e.g. `50(1)`).",
            ],
            "servers": [["url": "/"]],
            "security": [["bearer": []]],
            "paths": .object(paths),
            "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]], "schemas": allSchemas],
        ]
    }

    static func uniquePaths(_ operations: [Operation]) -> [String] {
        var seen: [String] = []
        for op in operations where !seen.contains(op.path) { seen.append(op.path) }
        return seen
    }

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    static func operation(_ op: Operation, isPublic: Bool = false) -> JSONValue {
        var params: [JSONValue] = op.query.map {
            ["name": .string($0.0), "in": "query", "required": false, "description": .string($0.1), "schema": querySchema($0.0, path: op.path)]
        }
        for name in op.path.split(separator: "/").filter({ $0.hasPrefix("{") }).map({ String($0.dropFirst().dropLast()) }).reversed() {
            let schema: JSONValue = op.tag == "policies" ? ["type": "string"] : ["type": "string", "format": "uuid"]
            params.insert(["name": .string(name), "in": "path", "required": true, "schema": schema], at: 0)
        }
        let problem: JSONValue = ["description": "Problem (RFC 9457)", "content": ["application/problem+json": ["schema": ref("Problem")]]]
        var fields: [(String, JSONValue)] = [
            ("summary", .string(op.summary)), ("operationId", .string(operationID(op))), ("tags", [.string(op.tag)]),
            ("parameters", .array(params)),
        ]
        if let body = op.body {
            fields.append(("requestBody", ["required": true, "content": ["application/json": ["schema": ref(body)]]]))
        }
        let ok: JSONValue = ["description": "OK", "content": [op.mediaType: ["schema": ref(op.response)]]]
        let responses: [(String, JSONValue)] = [(String(op.status), ok)] + ["400", "401", "403", "404", "409", "413", "422", "429"].map { ($0, problem) }
        fields.append(("responses", .object(responses)))
        if isPublic { fields.append(("security", [])) }
        return .object(fields)
    }

    static func operationID(_ op: Operation) -> String {
        let words = op.path.split(separator: "/").dropFirst(2).map {
            $0.hasPrefix("{") ? "By" + $0.dropFirst().prefix(1).uppercased() + $0.dropFirst(2).dropLast() : $0.prefix(1).uppercased() + $0.dropFirst()
        }
        return String(describing: op.method).lowercased() + words.joined()
    }

    /// Query parameters that are numbers, typed with the bounds their decoder enforces
    /// (`Pagination`, `PolicySearchQuery`): a value outside them is a 422 naming the parameter.
    static func querySchema(_ name: String, path: String) -> JSONValue {
        switch name {
        case "page": ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(Pagination.maxPage), "default": 1]
        case "limit" where path == PolicyAPI.search.template:
            ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(PolicySearchQuery.maxLimit), "default": 10]
        case "limit": ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(Pagination.maxLimit)]
        case "year": ["type": "integer", "format": "int32", "minimum": .int(PolicySearchQuery.years.lowerBound), "maximum": .int(PolicySearchQuery.years.upperBound)]
        default: ["type": "string"]
        }
    }

    // MARK: Shared schema pieces

    /// The `page` query parameter's description, the same on every paged list.
    static let pageParameter = ("page", "Page number, 1–100000; past the last page an empty page")

    static let count: JSONValue = ["type": "integer", "format": "int64", "minimum": 0]
    static let int32: JSONValue = ["type": "integer", "format": "int32"]
    static let version: JSONValue = ["type": "integer", "format": "int64", "minimum": 1]
    static let bodyVersion: JSONValue = ["type": "integer", "format": "int64", "description": "Required on PUT: the version you read"]
    static let string: JSONValue = ["type": "string"]
    static let nullableString: JSONValue = ["type": ["string", "null"]]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

    /// A `PageJSON` of `item`s.
    static func page(_ item: String) -> JSONValue {
        ["type": "object", "properties": ["items": ["type": "array", "items": ref(item)],
                                          "page": ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(Pagination.maxPage)],
                                          "has_next": ["type": "boolean"]]]
    }

    /// Schemas every module's operations use: the problem every error answers with.
    static var sharedSchemas: [(String, JSONValue)] {
        [
            ("Problem", ["type": "object", "properties": [
                "type": string, "title": string, "status": ["type": "integer", "format": "int32", "minimum": 100, "maximum": 599], "detail": nullableString, "instance": nullableString,
                "article": ["type": ["string", "null"], "description": "The article of the regulation behind a rule's rejection, e.g. 50(1)"],
                "request_id": string,
                "errors": ["type": "array", "items": ["type": "object", "properties": [
                    "field": string, "rule": string, "message": string, "message_zh": string, "message_en": string,
                    "article": nullableString, "article_text": nullableString, "standard": nullableString,
                ]]],
            ]]),
        ]
    }
}
