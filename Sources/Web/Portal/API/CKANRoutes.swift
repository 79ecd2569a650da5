import Foundation
import KechuangCore
import Portal
import Vapor

/// Answers the CKAN actions from the catalogue in CKAN's envelope (`help`, `success`, `result`).
/// Errors keep CKAN's shape (`success: false`, `error.__type`, `error.message`, as `ckanapi` reads
/// them) inside an RFC 9457 problem like the rest of the API.
struct CKANRoutes {
    func register(on routes: any RoutesBuilder) {
        for prefix in CKANAPI.Prefix.allCases {
            for route in CKANAPI.all(prefix) {
                routes.on(.GET, route, action: .viewDataCatalogue) { req in try await answer(route, req) }
                routes.on(.POST, route, action: .viewDataCatalogue) { req in try await answer(route, req) }
            }
        }
    }

    struct CKANError: Error {
        let status: HTTPStatus
        let type: String
        let message: String
        var fields: [String: [String]] = [:]
    }

    @Sendable func answer(_ route: CKANAPI, _ req: Request) async throws -> Response {
        let help = req.catalogueBase + CKANAPI.Prefix.v3.rawValue + "/help_show?name=" + route.action
        do {
            let params = try Self.parameters(req)
            try await req.refreshPlatformDatasets()
            let result = try await self.result(route, params, req)
            return try Self.json(["help": help, "success": true, "result": result], status: .ok)
        } catch let error as CKANError {
            var err: [String: Any] = ["__type": error.type, "message": error.message]
            for (field, messages) in error.fields { err[field] = messages }
            let problem: [String: Any] = [
                "type": (req.security.publicURL ?? "") + (error.status == .notFound ? "/problems/not-found" : "/problems/validation"),
                "title": error.type, "status": Int(error.status.code), "detail": error.message, "instance": req.url.path,
                "help": help, "success": false, "error": err,
            ]
            let response = try Self.json(problem, status: error.status)
            response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
            return response
        }
    }

    // MARK: Actions

    func result(_ route: CKANAPI, _ p: [String: String], _ req: Request) async throws -> Any {
        let catalogue = req.datasetCatalogue
        switch route {
        case .packageList:
            let names = try await catalogue.all().map(\.slug)
            let offset = try Self.integer(p, "offset", default: 0, range: 0...100_000)
            let limit = try Self.integer(p, "limit", default: names.count, range: 0...100_000)
            return Array(names.dropFirst(offset).prefix(limit))
        case .packageShow:
            guard let id = p["id"], !id.isEmpty else { throw CKANError(status: .conflict, type: "Validation Error", message: "Missing value: id", fields: ["id": ["Missing value"]]) }
            let all = try await catalogue.all()
            guard let dataset = all.first(where: { $0.slug == id || $0.id.rawValue.uuidString.lowercased() == id.lowercased() }) else {
                throw CKANError(status: .notFound, type: "Not Found Error", message: "Not found: Dataset not found")
            }
            return CKANPackage.dictionary(dataset, versions: try await catalogue.versions(of: dataset.id), base: req.catalogueBase)
        case .packageSearch:
            let rows = try Self.integer(p, "rows", default: 10, range: 0...1000)
            let start = try Self.integer(p, "start", default: 0, range: 0...100_000)
            var query = DatasetCatalogue.Query(text: p["q"].map { $0 == "*:*" ? "" : $0 } ?? "")
            try Self.apply(fq: p["fq"] ?? "", to: &query)
            var found = try await catalogue.search(query)
            if let format = query.format {
                let latest = try await catalogue.latestVersions(of: found.map(\.id))
                found = found.filter { $0.accessLevel != .restricted && latest[$0.id]?.file(format) != nil }
            }
            found.sort { ($0.modifiedAt, $0.slug) > ($1.modifiedAt, $1.slug) }
            var results: [[String: Any]] = []
            for dataset in found.dropFirst(start).prefix(rows) {
                results.append(CKANPackage.dictionary(dataset, versions: try await catalogue.versions(of: dataset.id), base: req.catalogueBase))
            }
            return ["count": found.count, "results": results, "sort": "metadata_modified desc", "facets": [String: Any](), "search_facets": [String: Any]()] as [String: Any]
        case .organizationList:
            let all = try await catalogue.all()
            var seen: [String: (Dataset, Int)] = [:]
            for d in all { seen[d.publisherSlug] = (seen[d.publisherSlug]?.0 ?? d, (seen[d.publisherSlug]?.1 ?? 0) + 1) }
            let names = seen.keys.sorted()
            guard Self.flag(p["all_fields"]) else { return names }
            return names.compactMap { name in seen[name].map { CKANPackage.organization($0.0, count: $0.1) } }
        case .groupList:
            let all = try await catalogue.all()
            let themes = DatasetTheme.allCases.filter { t in all.contains { $0.themes.contains(t) } }
            guard Self.flag(p["all_fields"]) else { return themes.map(\.slug) }
            return themes.map { t in CKANPackage.group(t, count: all.filter { $0.themes.contains(t) }.count) }
        }
    }

    /// `organization:x groups:tech tags:"政策" res_format:CSV license_id:CC-BY-4.0 access_level:open`
    static func apply(fq: String, to query: inout DatasetCatalogue.Query) throws {
        for raw in fq.split(separator: " ").map(String.init) where !raw.isEmpty {
            let term = raw.hasPrefix("+") ? String(raw.dropFirst()) : raw
            guard let colon = term.firstIndex(of: ":") else { throw CKANError(status: .conflict, type: "Search Query Error", message: "Search Query is invalid: \(term)") }
            let field = String(term[..<colon])
            let value = String(term[term.index(after: colon)...]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            switch field {
            case "organization", "owner_org": query.publisher = value
            case "groups": query.theme = DatasetTheme(rawValue: value.uppercased())
                if query.theme == nil { query.text += " \u{0}" }
            case "tags": query.keyword = value
            case "res_format": query.format = DatasetFormat(rawValue: value.lowercased())
                if query.format == nil { query.text += " \u{0}" }
            case "license_id": query.licence = DatasetLicence(rawValue: value)
                if query.licence == nil { query.text += " \u{0}" }
            case "access_level": query.accessLevel = DatasetAccessLevel(rawValue: value)
                if query.accessLevel == nil { query.text += " \u{0}" }
            default: throw CKANError(status: .conflict, type: "Search Query Error", message: "Search Query is invalid: unknown field \(field)")
            }
        }
    }

    // MARK: Parameters

    /// The query (GET) or the JSON object (POST), every value as text.
    static func parameters(_ req: Request) throws -> [String: String] {
        var out: [String: String] = [:]
        if let raw = req.url.query, let items = URLComponents(string: "?" + raw)?.queryItems {
            for item in items { out[item.name] = item.value ?? "" }
        }
        if req.method == .POST, let body = req.body.data, body.readableBytes > 0 {
            guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
                throw CKANError(status: .conflict, type: "Validation Error", message: "The body must be a JSON object")
            }
            for (key, value) in object {
                switch value {
                case let s as String: out[key] = s
                case let n as NSNumber: out[key] = n.stringValue
                case is NSNull: continue
                default: out[key] = String(describing: value)
                }
            }
        }
        return out
    }

    static func integer(_ p: [String: String], _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = p[name], !raw.isEmpty else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw CKANError(status: .conflict, type: "Validation Error", message: "\(name): Invalid integer (\(range.lowerBound)–\(range.upperBound))",
                            fields: [name: ["Invalid integer"]])
        }
        return number
    }

    static func flag(_ raw: String?) -> Bool { ["true", "1", "yes"].contains((raw ?? "").lowercased()) }

    static func json(_ object: [String: Any], status: HTTPStatus) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: data))
    }
}
