import Identity
import Projects
import Vapor

/// A JSON value, for writing the OpenAPI document as data.
indirect enum JSONValue: Encodable, Sendable, ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    case string(String), int(Int), bool(Bool), array([JSONValue]), object([(String, JSONValue)])

    init(stringLiteral value: String) { self = .string(value) }
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }

    struct Name: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .int(let i): var c = encoder.singleValueContainer(); try c.encode(i)
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .array(let a): var c = encoder.unkeyedContainer(); for v in a { try c.encode(v) }
        case .object(let o):
            var c = encoder.container(keyedBy: Name.self)
            for (k, v) in o { try c.encode(v, forKey: Name(stringValue: k)) }
        }
    }
}

/// The OpenAPI 3.1 description of every `/api/v1` route. `OpenAPITests` fails when a registered
/// route is missing here or this names a route that does not exist.
enum OpenAPIDocument {
    struct Operation {
        let method: HTTPMethod
        /// OpenAPI path, with `{id}` for parameters.
        let path: String
        let summary: String
        let tag: String
        var query: [(String, String)] = []
        var body: String? = nil
        let response: String
        var status: Int = 200
    }

    static let operations: [Operation] = [
        Operation(method: .GET, path: "/api/v1/me", summary: "The person the token belongs to", tag: "identity", response: "Person"),
        Operation(method: .GET, path: "/api/v1/organisations", summary: "List organisations", tag: "identity",
                  query: [("q", "Search in names and the unified social credit code"), ("page", "Page number, 1–100000; past the last page an empty page")], response: "OrganisationPage"),
        Operation(method: .POST, path: "/api/v1/organisations", summary: "Register an organisation", tag: "identity",
                  body: "OrganisationBody", response: "Organisation", status: 201),
        Operation(method: .GET, path: "/api/v1/organisations/{id}", summary: "One organisation", tag: "identity", response: "Organisation"),
        Operation(method: .PUT, path: "/api/v1/organisations/{id}", summary: "Change an organisation (send the version you read)", tag: "identity",
                  body: "OrganisationBody", response: "Organisation"),
        Operation(method: .GET, path: "/api/v1/people", summary: "List people", tag: "identity",
                  query: [("q", "Search in names and email addresses"), ("page", "Page number, 1–100000; past the last page an empty page")], response: "PersonPage"),
        Operation(method: .POST, path: "/api/v1/people", summary: "Add a person with roles", tag: "identity",
                  body: "PersonBody", response: "Person", status: 201),
        Operation(method: .GET, path: "/api/v1/people/{id}", summary: "One person", tag: "identity", response: "Person"),
        Operation(method: .PUT, path: "/api/v1/people/{id}", summary: "Change a person (send the version you read)", tag: "identity",
                  body: "PersonBody", response: "Person"),
        Operation(method: .GET, path: "/api/v1/audit", summary: "Audit log entries, newest first", tag: "audit",
                  query: [("actor", "AuditActor email or id"), ("object", "Object type or id"), ("from", "From date, YYYY-MM-DD"),
                          ("until", "To date (inclusive), YYYY-MM-DD"), ("page", "Page number, 1–100000; past the last page an empty page")], response: "AuditPage"),
        Operation(method: .GET, path: "/api/v1/policies/search", summary: "Search the policy library, article by article (public)", tag: "policies",
                  query: [("q", "Search terms, Chinese or English (English is expanded with the S&T glossary)"), ("limit", "Results per page, 1–100 (default 10)"),
                          ("page", "Page number, 1–100000; past the last page an empty page"), ("level", "national_law | administrative_regulation | departmental_rule | local_regulation | judicial_interpretation | normative_document"),
                          ("issuer", "Issuing body"), ("region", "Region, e.g. 北京 or 全国"), ("year", "Year of the version"),
                          ("status", "in_force (default) | amended | repealed | any")], response: "PolicySearch"),
        Operation(method: .GET, path: "/api/v1/policies/{id}", summary: "A document with its chapters, articles and versions (public)", tag: "policies",
                  query: [("version", "A version date, YYYY-MM-DD (default: the current version)")], response: "PolicyDocument"),
        Operation(method: .GET, path: "/api/v1/policies/{id}/articles/{label}", summary: "One article, e.g. 第五十条 (public)", tag: "policies",
                  response: "PolicyArticle"),
        Operation(method: .GET, path: "/api/v1/calls", summary: "Published calls, open ones first (public)", tag: "calls", response: "CallList"),
        Operation(method: .GET, path: "/api/v1/calls/{id}", summary: "One call (public once published; officers also see drafts)", tag: "calls", response: "Call"),
        Operation(method: .POST, path: "/api/v1/calls", summary: "Draft a call; forbidden eligibility rules are refused with their article", tag: "calls",
                  body: "CallBody", response: "Call", status: 201),
        Operation(method: .PUT, path: "/api/v1/calls/{id}", summary: "Change a call (send the version you read)", tag: "calls", body: "CallBody", response: "Call"),
        Operation(method: .POST, path: "/api/v1/calls/{id}/publish", summary: "Publish a call; refused (422, with each finding's article) while its text or rules contain a forbidden condition",
                  tag: "calls", response: "Call"),
        Operation(method: .POST, path: "/api/v1/calls/lint", summary: "Find application conditions the regulation forbids in a call's text (Art. 50(1), 5, 72(2))", tag: "calls",
                  body: "CallLintBody", response: "CallLint"),
        Operation(method: .GET, path: "/api/v1/audit/verify", summary: "Walk the SM3 hash chain and report the first broken entry", tag: "audit",
                  response: "AuditVerification"),
        Operation(method: .POST, path: "/api/v1/calls/{id}/applications", summary: "Start a draft application to an open call (the token's person is the PI; organisation_id, or their first applicant organisation)",
                  tag: "applications", body: "ApplicationStartBody", response: "GrantApplication", status: 201),
        Operation(method: .GET, path: "/api/v1/calls/{id}/applications", summary: "Applications of a call that reached the programme officer", tag: "applications",
                  response: "GrantApplicationList"),
        Operation(method: .GET, path: "/api/v1/applications", summary: "The caller's own applications, most recently changed first", tag: "applications",
                  response: "GrantApplicationList"),
        Operation(method: .GET, path: "/api/v1/applications/{id}", summary: "One application (its PI, the research office of its organisation, or officers once it is with them; otherwise 404)",
                  tag: "applications", response: "GrantApplication"),
        Operation(method: .PUT, path: "/api/v1/applications/{id}", summary: "Save the draft (send the whole draft and the version you read)", tag: "applications",
                  body: "ApplicationBody", response: "GrantApplication"),
        Operation(method: .GET, path: "/api/v1/applications/{id}/problems", summary: "The self-check: every problem that would stop submission, with its article",
                  tag: "applications", response: "ApplicationProblems"),
        Operation(method: .POST, path: "/api/v1/applications/{id}/submit", summary: "Submit to the research office; refused (422, each problem with its article) while any problem remains (Art. 50(1))",
                  tag: "applications", response: "GrantApplication"),
        Operation(method: .POST, path: "/api/v1/applications/{id}/withdraw", summary: "Withdraw the application before the call closes", tag: "applications",
                  response: "GrantApplication"),
        Operation(method: .POST, path: "/api/v1/applications/{id}/decision", summary: "The research office of the applying organisation approves or returns it (Art. 22)",
                  tag: "applications", body: "Decision", response: "GrantApplication"),
        Operation(method: .GET, path: "/api/v1/integrity/records", summary: "Published research integrity records within their publication period, each with its article (Art. 60; Art. 48 for diligent-failure closures) (public)",
                  tag: "integrity", response: "IntegrityRecordList"),
        Operation(method: .GET, path: "/api/v1/calls/{id}/review-report", summary: "A call's published reviewer-assignment report: inputs digest, parameters, seed, objective, exclusions by reason, and the rap-bench/1 input files to re-run it (Art. 29) (public)",
                  tag: "review", response: "AssignmentReport"),
    ]

    /// Every operation: the core list and each module's own.
    static var allOperations: [Operation] { operations + ReviewRoundAPIRoutes.operations }

    /// Every schema: the core ones and each module's own.
    static var allSchemas: JSONValue {
        guard case .object(let core) = schemas else { return schemas }
        return .object(core + ReviewRoundAPIRoutes.schemas)
    }

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
        var paths: [(String, JSONValue)] = []
        for path in uniquePaths {
            let ops = allOperations.filter { $0.path == path }
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

    static var uniquePaths: [String] {
        var seen: [String] = []
        for op in allOperations where !seen.contains(op.path) { seen.append(op.path) }
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
        let ok: JSONValue = ["description": "OK", "content": ["application/json": ["schema": ref(op.response)]]]
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
        case "limit" where path == "/api/v1/policies/search":
            ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(PolicySearchQuery.maxLimit), "default": 10]
        case "limit": ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(Pagination.maxLimit)]
        case "year": ["type": "integer", "format": "int32", "minimum": .int(PolicySearchQuery.years.lowerBound), "maximum": .int(PolicySearchQuery.years.upperBound)]
        default: ["type": "string"]
        }
    }

    /// An amount of yuan: a whole number within `Money.range` (0 … 10¹³).
    static func yuan(minimum: Int = 0, _ description: String = "yuan") -> JSONValue {
        ["type": "integer", "format": "int64", "minimum": .int(minimum), "maximum": .int(Money.maxYuan), "description": .string(description)]
    }
    static let count: JSONValue = ["type": "integer", "format": "int64", "minimum": 0]
    static let int32: JSONValue = ["type": "integer", "format": "int32"]
    static let version: JSONValue = ["type": "integer", "format": "int64", "minimum": 1]
    static let bodyVersion: JSONValue = ["type": "integer", "format": "int64", "description": "Required on PUT: the version you read"]
    static let year: JSONValue = ["type": ["integer", "null"], "format": "int32", "minimum": 1900, "maximum": 9999]
    static let phdYear: JSONValue = ["type": ["integer", "null"], "format": "int32",
                                     "minimum": .int(ApplicationRules.phdYears.lowerBound), "maximum": .int(ApplicationRules.phdYears.upperBound)]

    static let string: JSONValue = ["type": "string"]
    static let nullableString: JSONValue = ["type": ["string", "null"]]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

    static let schemas: JSONValue = [
        "Organisation": ["type": "object", "properties": [
            "id": uuid, "name_zh": string, "name_en": nullableString,
            "type": ["type": "string", "enum": ["university", "research_institute", "enterprise", "new_rd_institution", "hospital", "incubator", "service_provider", "financial_institution", "government_department"]],
            "ownership": ["type": "string", "enum": ["state", "private", "foreign_invested", "mixed"], "description": "Recorded for statistics; never a condition (Art. 5)"],
            "district": string, "uscc": ["type": "string", "description": "统一社会信用代码, GB 32100-2015"],
            "version": version, "created_at": dateTime, "updated_at": dateTime,
        ]],
        "OrganisationBody": ["type": "object", "required": ["name_zh", "type", "ownership", "district", "uscc"], "properties": [
            "name_zh": string, "name_en": nullableString, "type": string, "ownership": string, "district": string, "uscc": string,
            "version": bodyVersion,
        ]],
        "Person": ["type": "object", "properties": [
            "id": uuid, "name": string, "email": string, "orcid": nullableString, "resident_id_masked": nullableString,
            "nationality": string, "birth_year": year, "disabled": ["type": "boolean"],
            "roles": ["type": "array", "items": ["type": "object", "properties": ["role": string, "organisation_id": ["type": ["string", "null"], "format": "uuid"], "organisation_name": nullableString]]],
            "version": version, "created_at": dateTime,
        ]],
        "PersonBody": ["type": "object", "required": ["name", "email", "nationality"], "properties": [
            "name": string, "email": string, "orcid": nullableString, "resident_id": ["type": ["string", "null"], "description": "GB 11643-1999; stored encrypted"],
            "nationality": ["type": "string", "description": "ISO 3166-1 alpha-2"], "birth_year": year,
            "password": nullableString,
            "roles": ["type": "array", "items": ["type": "object", "properties": ["role": string, "organisation_id": ["type": "string", "description": "An organisation id, or `platform`"]]]],
            "version": bodyVersion,
        ]],
        "AuditEntry": ["type": "object", "properties": [
            "seq": ["type": "integer", "format": "int64", "minimum": 1], "id": uuid, "at": dateTime, "actor_id": ["type": ["string", "null"]], "actor": string,
            "action": string, "object_type": string, "object_id": string, "summary": string, "article": nullableString,
            "standard": nullableString, "prev_hash": string, "hash": ["type": "string", "description": "SM3 (GB/T 32905-2016), hex"],
        ]],
        "AuditVerification": ["type": "object", "properties": ["intact": ["type": "boolean"], "count": count, "problem": nullableString]],
        "PolicySearch": ["type": "object", "properties": [
            "query": string, "expanded_query": ["type": ["string", "null"], "description": "The Chinese query searched when English terms were expanded"],
            "total": count,
            "results": ["type": "array", "items": ["type": "object", "properties": [
                "document_id": string, "title": string, "article": ["type": "string", "description": "Best article, e.g. 第五十条"],
                "score": ["type": "number"], "snippet": string, "snippet_html": ["type": "string", "description": "The snippet with matched terms in <mark>"],
            ]]],
            "facets": ["type": "object", "description": "level, issuer, region, year, status → value → document count"],
        ]],
        "PolicyArticle": ["type": "object", "properties": [
            "label": string, "number": int32, "chapter": nullableString, "text": string,
            "paragraphs": ["type": "array", "items": string], "url": string,
        ]],
        "PolicyDocument": ["type": "object", "properties": [
            "id": string, "title": string, "title_en": nullableString, "issuer": string, "level": string, "region": string,
            "issue_date": nullableString, "effective_date": nullableString, "status": string,
            "chapters": ["type": "array", "items": ["type": "object", "properties": ["label": string, "title": string]]],
            "articles": ["type": "array", "items": ref("PolicyArticle")],
            "versions": ["type": "array", "items": ["type": "object", "properties": ["id": uuid, "issueDate": nullableString, "status": string, "isCurrent": ["type": "boolean"]]]],
        ]],
        "Call": ["type": "object", "properties": [
            "id": uuid, "programme_id": uuid, "title_zh": string, "title_en": string, "guideline_zh": string, "guideline_en": string,
            "opens_at": dateTime, "closes_at": dateTime, "timezone": ["type": "string", "description": "Asia/Shanghai: times are shown in Beijing time"],
            "total_budget": yuan(minimum: 1), "typical_award": yuan(minimum: 1),
            "budget_mode": ["type": "string", "enum": ["itemized", "lump_sum", "negative_list"]],
            "selection_mode": ["type": "string", "enum": ["open_competition", "expert_recommendation", "chief_scientist", "directed_commission", "parallel_routes"]],
            "eligibility_rules": ["type": "array", "items": ["type": "object", "description": "{id, condition, article, effectiveFrom, effectiveUntil?, description{zh,en}}"]],
            "negative_list": ["type": "array", "items": string, "description": "Budget categories the call does not fund (Art. 50(2))"],
            "required_documents": ["type": "array", "items": string, "description": "Documents every application attaches as PDF"],
            "form_sections": ["type": "array", "items": string, "description": "Headings of the written sections every application fills in"],
            "status": ["type": "string", "enum": ["draft", "published"]], "version": version,
        ]],
        "CallList": ["type": "array", "items": ref("Call")],
        "CallBody": ["type": "object", "required": ["programme_id", "title_zh", "guideline_zh", "opens_at", "closes_at", "total_budget", "typical_award", "budget_mode", "selection_mode"], "properties": [
            "programme_id": uuid, "title_zh": string, "title_en": string, "guideline_zh": string, "guideline_en": string,
            "opens_at": ["type": "string", "description": "Beijing time, e.g. 2026-03-01 09:00, or ISO 8601 with an offset"], "closes_at": string,
            "total_budget": yuan(minimum: 1, "yuan, at most the limit (a string of digits such as \"5,000\" is read too)"),
            "typical_award": yuan(minimum: 1, "yuan, no more than total_budget (a string of digits is read too)"),
            "budget_mode": string, "selection_mode": string,
            "eligibility_rules": ["type": "string", "description": "The rules as a JSON array (see Call.eligibility_rules)"],
            "negative_list": ["type": "string", "description": "Budget categories not funded, comma-separated"],
            "required_documents": ["type": "string", "description": "Required documents, one per line"],
            "form_sections": ["type": "string", "description": "Section headings, one per line"],
            "version": bodyVersion,
        ]],
        "CallLintBody": ["type": "object", "required": ["text"], "properties": ["text": ["type": "string", "description": "The call's text (a text/plain body works too)"]]],
        "CallLint": ["type": "object", "properties": ["findings": ["type": "array", "items": ["type": "object", "properties": [
            "article": ["type": "string", "description": "50(1), 5 or 72(2)"], "severity": ["type": "string", "enum": ["block", "warn"]],
            "start": ["type": "integer", "format": "int64", "minimum": 0, "description": "Character offset into the text"], "end": count,
            "text": string, "rule": string, "message_zh": string, "message_en": string,
        ]]]]],
        "GrantApplication": ["type": "object", "properties": [
            "id": uuid, "call_id": uuid, "principal_investigator_id": uuid, "organisation_id": uuid,
            "title_zh": string, "title_en": string, "keywords": string, "discipline": ["type": "string", "description": "Discipline code (申请代码), e.g. F0101"], "summary": string, "plan": string,
            "sensitive_areas": ["type": "array", "items": ["type": "string", "enum": ["human", "animal", "ai", "other"]], "description": "Research needing an ethics review (Art. 61)"],
            "has_ethics_approval": ["type": "boolean"], "pi_phd_year": phdYear,
            "team": ["type": "array", "items": ["type": "object", "properties": [
                "name": string, "email": string, "organisation_id": ["type": ["string", "null"], "format": "uuid"], "confirmed_at": ["type": ["string", "null"], "format": "date-time"],
            ]]],
            "partners": ["type": "array", "items": uuid, "description": "Co-applicant organisations (Art. 3)"],
            "budget": ["type": "array", "items": ["type": "object", "properties": ["category": string, "amount": yuan(), "note": string]]],
            "budget_total": yuan(minimum: 0, "yuan: the sum of the budget lines"),
            "sections": ["type": "object", "description": "The call's written sections, by heading"],
            "state": ["type": "string", "enum": ["draft", "submitted", "returned", "with_officer", "withdrawn", "accepted", "not_accepted", "funded", "not_funded"]],
            "submitted_at": ["type": ["string", "null"], "format": "date-time"], "office_comment": nullableString, "officer_note": nullableString, "version": version,
        ]],
        "GrantApplicationList": ["type": "array", "items": ref("GrantApplication")],
        "ApplicationStartBody": ["type": "object", "properties": [
            "organisation_id": ["type": "string", "format": "uuid", "description": "The organisation you apply for as an applicant (default: your first)"],
        ]],
        "ApplicationBody": ["type": "object", "required": ["version"], "properties": [
            "title_zh": string, "title_en": string, "keywords": string, "discipline": ["type": "string", "description": "Discipline code (申请代码), e.g. F0101"], "summary": string, "plan": string,
            "sensitive_areas": ["type": "array", "items": ["type": "string", "enum": ["human", "animal", "ai", "other"]]],
            "has_ethics_approval": ["type": "boolean"], "pi_phd_year": phdYear,
            "team": ["type": "array", "items": ["type": "object", "properties": ["name": string, "email": string, "organisation_id": uuid]]],
            "partners": ["type": "array", "items": uuid],
            "budget": ["type": "array", "items": ["type": "object", "properties": [
                "category": ["type": "string", "description": "equipment, materials, testing, travel, conferences, publication, labour, consultation, indirect, or lump_sum (Art. 50(2))"],
                "amount": yuan(minimum: 0, "yuan, each at most the limit; the lines together too"), "note": string,
            ]]],
            "version": ["type": "integer", "format": "int64", "description": "Required: the version you read"],
        ]],
        "ApplicationProblems": ["type": "object", "properties": ["problems": ["type": "array", "items": ["type": "object", "properties": [
            "field": string, "rule": string, "message_zh": string, "message_en": string,
            "article": ["type": "string", "description": "The article behind the rule, e.g. 45 (absent when none)"],
        ]]]]],
        "IntegrityRecord": ["type": "object", "properties": [
            "id": uuid, "subject_kind": ["type": "string", "enum": ["person", "organisation"]], "subject_name": string,
            "finding": ["type": "string", "enum": ["data_fabrication", "plagiarism", "duplicate_application", "ghost_writing", "false_information", "review_misconduct", "fund_misuse", "other_misconduct", "diligent_failure"]],
            "finding_zh": string, "finding_en": string,
            "misconduct": ["type": "boolean", "description": "false for a diligent-failure closure (Art. 48, 64), which restricts nothing"],
            "description": string, "deciding_body": string, "document_number": string,
            "decision_date": ["type": ["string", "null"], "format": "date"], "legal_basis": string,
            "scope": ["type": "array", "items": ["type": "string", "enum": ["project_application", "review_duty", "procurement", "fiscal_funding", "financing", "awards"]],
                      "description": "Activities restricted during the period (Art. 60)"],
            "restricted_from": ["type": ["string", "null"], "format": "date"],
            "restricted_until": ["type": ["string", "null"], "format": "date", "description": "The first day (Beijing time) the restriction no longer applies"],
            "publish_from": ["type": ["string", "null"], "format": "date"], "publish_until": ["type": ["string", "null"], "format": "date"],
            "state": ["type": "string", "enum": ["published"]], "article": ["type": "string", "description": "60, or 48 for a diligent-failure closure"],
        ]],
        "IntegrityRecordList": ["type": "array", "items": ref("IntegrityRecord")],
        "AssignmentReport": ["type": "object", "properties": [
            "inputs_sha256": ["type": "string", "description": "SHA-256 over the instance files, each as name NUL content NUL, in the order header.json, proposals.csv, reviewers.csv, affinity.csv, conflicts.csv"],
            "proposals": count, "experts": count, "eligible_pairs": count,
            "reviewers_per_proposal": count, "min_load": count, "max_load": count,
            "fair": ["type": "boolean"], "seed": ["type": "integer", "format": "int64"], "objective": ["type": "integer", "format": "int64", "description": "Total affinity of the assignment (optimal)"],
            "min_proposal_total": ["type": "integer", "format": "int64"], "exclusions_by_reason": ["type": "object", "additionalProperties": count],
            "affinity_formula": ["type": "string"], "computed_at": ["type": "string", "format": "date-time"],
            "published_at": ["type": ["string", "null"], "format": "date-time"],
            "files": ["type": "array", "items": ["type": "string"], "description": "Paths of the rap-bench/1 input files"],
            "article": ["type": "string", "description": "29"],
        ]],
        "Decision": ["type": "object", "required": ["approve"], "properties": [
            "approve": ["type": "boolean", "description": "true: on to the programme officer; false: back to the PI"],
            "comment": ["type": "string", "description": "Required when returning: what to change"],
        ]],
        "OrganisationPage": page("Organisation"),
        "PersonPage": page("Person"),
        "AuditPage": page("AuditEntry"),
        "Problem": ["type": "object", "properties": [
            "type": string, "title": string, "status": ["type": "integer", "format": "int32", "minimum": 100, "maximum": 599], "detail": nullableString, "instance": nullableString,
            "article": ["type": ["string", "null"], "description": "The article of the regulation behind a rule's rejection, e.g. 50(1)"],
            "request_id": string,
            "errors": ["type": "array", "items": ["type": "object", "properties": [
                "field": string, "rule": string, "message": string, "message_zh": string, "message_en": string,
                "article": nullableString, "article_text": nullableString, "standard": nullableString,
            ]]],
        ]],
    ]

    static func page(_ item: String) -> JSONValue {
        ["type": "object", "properties": ["items": ["type": "array", "items": ref(item)],
                                          "page": ["type": "integer", "format": "int32", "minimum": 1, "maximum": .int(Pagination.maxPage)],
                                          "has_next": ["type": "boolean"]]]
    }
}
