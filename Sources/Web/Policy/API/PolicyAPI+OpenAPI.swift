import Vapor

extension PolicyAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        [
            Operation(.GET, PolicyAPI.search, summary: "Search the policy library, article by article (public)", tag: "policies",
                      query: [("q", "Search terms, Chinese or English (English is expanded with the S&T glossary)"), ("limit", "Results per page, 1–100 (default 10)"),
                              OpenAPIDocument.pageParameter, ("level", "national_law | administrative_regulation | departmental_rule | local_regulation | judicial_interpretation | normative_document"),
                              ("issuer", "Issuing body"), ("region", "Region, e.g. 北京 or 全国"), ("year", "Year of the version"),
                              ("status", "in_force (default) | amended | repealed | any")], response: "PolicySearch"),
            Operation(.GET, PolicyAPI.document("x"), summary: "A document with its chapters, articles and versions (public)", tag: "policies",
                      query: [("version", "A version date, YYYY-MM-DD (default: the current version)")], response: "PolicyDocument"),
            Operation(.GET, PolicyAPI.article("x", "y"), summary: "One article, e.g. 第五十条 (public)", tag: "policies",
                      response: "PolicyArticle"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, nullableString = OpenAPIDocument.nullableString, ref = OpenAPIDocument.ref
        return [
            ("PolicySearch", ["type": "object", "properties": [
                "query": string, "expanded_query": ["type": ["string", "null"], "description": "The Chinese query searched when English terms were expanded"],
                "total": OpenAPIDocument.count,
                "results": ["type": "array", "items": ["type": "object", "properties": [
                    "document_id": string, "title": string, "article": ["type": "string", "description": "Best article, e.g. 第五十条"],
                    "score": ["type": "number"], "snippet": string, "snippet_html": ["type": "string", "description": "The snippet with matched terms in <mark>"],
                ]]],
                "facets": ["type": "object", "description": "level, issuer, region, year, status → value → document count"],
            ]]),
            ("PolicyArticle", ["type": "object", "properties": [
                "label": string, "number": OpenAPIDocument.int32, "chapter": nullableString, "text": string,
                "paragraphs": ["type": "array", "items": string], "url": string,
            ]]),
            ("PolicyDocument", ["type": "object", "properties": [
                "id": string, "title": string, "title_en": nullableString, "issuer": string, "level": string, "region": string,
                "issue_date": nullableString, "effective_date": nullableString, "status": string,
                "chapters": ["type": "array", "items": ["type": "object", "properties": ["label": string, "title": string]]],
                "articles": ["type": "array", "items": ref("PolicyArticle")],
                "versions": ["type": "array", "items": ["type": "object", "properties": ["id": OpenAPIDocument.uuid, "issueDate": nullableString, "status": string, "isCurrent": ["type": "boolean"]]]],
            ]]),
        ]
    }
}
