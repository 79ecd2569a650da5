import Foundation
import Vapor

/// The platform registries' API addresses under `/api/v1` (Art. 32).
enum PlatformAPI: SiteRoute {
    case platforms, platform(UUID), managers(UUID), requestsOf(UUID), requests, request(UUID), answer(UUID)

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .platforms: "/api/v1/market/platforms"
        case .platform(let u): "/api/v1/market/platforms/\(id(u))"
        case .managers(let u): "/api/v1/market/platforms/\(id(u))/managers"
        case .requestsOf(let u): "/api/v1/market/platforms/\(id(u))/requests"
        case .requests: "/api/v1/market/platform-requests"
        case .request(let u): "/api/v1/market/platform-requests/\(id(u))"
        case .answer(let u): "/api/v1/market/platform-requests/\(id(u))/answer"
        }
    }
}

extension PlatformAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { PlatformAPIRoutes().register(on: routes) }

    static var operations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID
        return [
            .init(.GET, PlatformAPI.platforms, summary: "Active transfer offices, proof-of-concept centres and pilot bases, searched with the Chinese engine (Art. 32; public)",
                  tag: "market", query: [("q", "Words, Chinese or English"), ("kind", "transfer_office, proof_of_concept or pilot_base"), ("field", "Field code (energy, materials, …)")],
                  response: "MarketPlatformList"),
            .init(.POST, PlatformAPI.platforms, summary: "Register a platform of an organisation one belongs to; the form's fields as strings (field_<field>=yes, service_<service>=yes); refusals cite Art. 32(1) or 32(2)",
                  tag: "market", body: "MarketListingBody", response: "MarketPlatform", status: 201),
            .init(.GET, PlatformAPI.platform(any), summary: "One platform with its licensed technology managers (public while active)", tag: "market", response: "MarketPlatform"),
            .init(.POST, PlatformAPI.managers(any), summary: "Register a licensed technology manager with a transfer office (name, licence_number, licensed_until, field_<field>=yes; Art. 32(1))",
                  tag: "market", body: "MarketListingBody", response: "MarketTechManager", status: 201),
            .init(.POST, PlatformAPI.requestsOf(any), summary: "Request one of the platform's services for another organisation one belongs to (organisation_id, service, description; Art. 32)",
                  tag: "market", body: "MarketListingBody", response: "MarketPlatformRequest", status: 201),
            .init(.GET, PlatformAPI.requests, summary: "The service requests one's organisations made or received", tag: "market", response: "MarketPlatformRequestList"),
            .init(.GET, PlatformAPI.request(any), summary: "One service request (members of either organisation)", tag: "market", response: "MarketPlatformRequest"),
            .init(.POST, PlatformAPI.answer(any), summary: "The provider's answer: answer=accept, decline (note = the reason, required) or complete, with a note",
                  tag: "market", body: "MarketListingBody", response: "MarketPlatformRequest"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid
        let strings: JSONValue = ["type": "array", "items": string]
        let manager: JSONValue = ["type": "object", "properties": ["id": uuid, "name": string, "licence_number": string, "licensed_until": string, "fields": strings,
                                                                   "licensed": ["type": "boolean"]]]
        return [
            ("MarketPlatform", ["type": "object", "properties": [
                "id": uuid, "kind": ["type": "string", "enum": ["transfer_office", "proof_of_concept", "pilot_base"]], "organisation_id": uuid, "name": string,
                "summary": string, "fields": strings, "services": strings, "capacity": string, "fees": string, "district": string, "contact": string, "status": string,
                "basis": string, "managers": ["type": "array", "items": OpenAPIDocument.ref("MarketTechManager")]]]),
            ("MarketPlatformList", ["type": "array", "items": OpenAPIDocument.ref("MarketPlatform")]),
            ("MarketTechManager", manager),
            ("MarketPlatformRequest", ["type": "object", "properties": [
                "id": uuid, "platform_id": uuid, "service": string, "requester_organisation_id": uuid, "description": string,
                "status": ["type": "string", "enum": ["requested", "accepted", "declined", "completed"]], "provider_note": string, "decided_by": ["type": ["string", "null"], "format": "uuid"],
                "created_at": string, "updated_at": string]]),
            ("MarketPlatformRequestList", ["type": "array", "items": OpenAPIDocument.ref("MarketPlatformRequest")]),
        ]
    }
}
