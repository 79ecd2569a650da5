import Vapor

extension IdentityAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        let any = SiteURL.anyID
        return [
            Operation(.GET, IdentityAPI.me, summary: "The person the token belongs to", tag: "identity", response: "Person"),
            Operation(.GET, IdentityAPI.organisations, summary: "List organisations", tag: "identity",
                      query: [("q", "Search in names and the unified social credit code"), OpenAPIDocument.pageParameter], response: "OrganisationPage"),
            Operation(.POST, IdentityAPI.organisations, summary: "Register an organisation", tag: "identity",
                      body: "OrganisationBody", response: "Organisation", status: 201),
            Operation(.GET, IdentityAPI.organisation(any), summary: "One organisation", tag: "identity", response: "Organisation"),
            Operation(.PUT, IdentityAPI.organisation(any), summary: "Change an organisation (send the version you read)", tag: "identity",
                      body: "OrganisationBody", response: "Organisation"),
            Operation(.GET, IdentityAPI.people, summary: "List people", tag: "identity",
                      query: [("q", "Search in names and email addresses"), OpenAPIDocument.pageParameter], response: "PersonPage"),
            Operation(.POST, IdentityAPI.people, summary: "Add a person with roles", tag: "identity",
                      body: "PersonBody", response: "Person", status: 201),
            Operation(.GET, IdentityAPI.person(any), summary: "One person", tag: "identity", response: "Person"),
            Operation(.PUT, IdentityAPI.person(any), summary: "Change a person (send the version you read)", tag: "identity",
                      body: "PersonBody", response: "Person"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, nullableString = OpenAPIDocument.nullableString, uuid = OpenAPIDocument.uuid
        let dateTime = OpenAPIDocument.dateTime, version = OpenAPIDocument.version, bodyVersion = OpenAPIDocument.bodyVersion
        let year: JSONValue = ["type": ["integer", "null"], "format": "int32", "minimum": 1900, "maximum": 9999]
        return [
            ("Organisation", ["type": "object", "properties": [
                "id": uuid, "name_zh": string, "name_en": nullableString,
                "type": ["type": "string", "enum": ["university", "research_institute", "enterprise", "new_rd_institution", "hospital", "incubator", "service_provider", "financial_institution", "government_department"]],
                "ownership": ["type": "string", "enum": ["state", "private", "foreign_invested", "mixed"], "description": "Recorded for statistics; never a condition (Art. 5)"],
                "district": string, "uscc": ["type": "string", "description": "统一社会信用代码, GB 32100-2015"],
                "version": version, "created_at": dateTime, "updated_at": dateTime,
            ]]),
            ("OrganisationBody", ["type": "object", "required": ["name_zh", "type", "ownership", "district", "uscc"], "properties": [
                "name_zh": string, "name_en": nullableString, "type": string, "ownership": string, "district": string, "uscc": string,
                "version": bodyVersion,
            ]]),
            ("Person", ["type": "object", "properties": [
                "id": uuid, "name": string, "email": string, "orcid": nullableString, "resident_id_masked": nullableString,
                "nationality": string, "birth_year": year, "disabled": ["type": "boolean"],
                "roles": ["type": "array", "items": ["type": "object", "properties": ["role": string, "organisation_id": ["type": ["string", "null"], "format": "uuid"], "organisation_name": nullableString]]],
                "version": version, "created_at": dateTime,
            ]]),
            ("PersonBody", ["type": "object", "required": ["name", "email", "nationality"], "properties": [
                "name": string, "email": string, "orcid": nullableString, "resident_id": ["type": ["string", "null"], "description": "GB 11643-1999; stored encrypted"],
                "nationality": ["type": "string", "description": "ISO 3166-1 alpha-2"], "birth_year": year,
                "password": nullableString,
                "roles": ["type": "array", "items": ["type": "object", "properties": ["role": string, "organisation_id": ["type": "string", "description": "An organisation id, or `platform`"]]]],
                "version": bodyVersion,
            ]]),
            ("OrganisationPage", OpenAPIDocument.page("Organisation")),
            ("PersonPage", OpenAPIDocument.page("Person")),
        ]
    }
}
