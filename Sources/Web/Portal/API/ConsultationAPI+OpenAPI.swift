import Foundation
import Vapor

extension ConsultationAPI {
    static var operations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID
        return [
            .init(.GET, ConsultationAPI.consultations, summary: "Published consultations on draft plans and policies, newest opening first (Art. 58) (public)",
                  tag: "consultations", response: "ConsultationList"),
            .init(.GET, ConsultationAPI.consultation(any),
                  summary: "One consultation with its draft in articles, its comments (a hidden comment's text withheld, its reason shown) and, once published, the response to each (Art. 58) (public)",
                  tag: "consultations", response: "ConsultationDetail"),
            .init(.POST, ConsultationAPI.comments(any),
                  summary: "Comment on the whole text or one article, for yourself or on behalf of an organisation you belong to; refused outside the comment period citing Art. 58",
                  tag: "consultations", body: "ConsultationCommentBody", response: "ConsultationComment", status: 201),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, nullable = OpenAPIDocument.nullableString
        let day: JSONValue = ["type": "string", "format": "date", "description": "A calendar day in Beijing time"]
        let nullableTime: JSONValue = ["type": ["string", "null"], "format": "date-time"]
        let int: JSONValue = ["type": "integer", "format": "int32"]
        return [
            ("Consultation", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "kind": ["type": "string", "enum": ["plan", "policy"]],
                "title_zh": string, "title_en": nullable, "summary_zh": string, "summary_en": nullable, "department": string,
                "opens_on": day, "closes_on": ["type": "string", "format": "date", "description": "The last day comments are taken (Beijing time)"],
                "phase": ["type": "string", "enum": ["upcoming", "open", "closed", "reported"]],
                "published_at": nullableTime, "report_zh": nullable, "report_en": nullable, "reported_at": nullableTime,
                "adopted_policy_id": ["type": ["string", "null"], "description": "The policy library id once the adopted policy entered it (Art. 75)"],
                "url": string, "article": ["type": "string", "enum": ["58"]],
            ]]),
            ("ConsultationList", ["type": "array", "items": OpenAPIDocument.ref("Consultation")]),
            ("ConsultationArticle", ["type": "object", "properties": [
                "label": string, "number": int, "suffix": ["type": ["integer", "null"], "format": "int32"],
                "chapter_label": nullable, "chapter_title": nullable, "text": string, "anchor": string,
            ]]),
            ("ConsultationComment", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "number": int,
                "article_label": ["type": ["string", "null"], "description": "The article commented on; null for the whole text"],
                "organisation": ["type": ["string", "null"], "description": "The organisation the comment was made on behalf of; null for a member of the public"],
                "created_at": OpenAPIDocument.dateTime, "hidden": ["type": "boolean"], "hidden_reason": nullable,
                "text": ["type": ["string", "null"], "description": "Withheld (null) when the comment was hidden"],
                "response": ["type": ["string", "null"], "description": "adopted, partly_adopted or not_adopted, once the response report is published"], "response_reason": nullable,
            ]]),
            ("ConsultationDetail", ["type": "object", "properties": [
                "consultation": OpenAPIDocument.ref("Consultation"), "preamble": string,
                "articles": ["type": "array", "items": OpenAPIDocument.ref("ConsultationArticle")],
                "comments": ["type": "array", "items": OpenAPIDocument.ref("ConsultationComment")],
            ]]),
            ("ConsultationCommentBody", ["type": "object", "required": ["text"], "properties": [
                "article_label": ["type": "string", "description": "An article of the draft (e.g. 第五条); empty or absent for the whole text"],
                "text": ["type": "string", "maxLength": 5000], "organisation_id": OpenAPIDocument.uuid,
            ]]),
        ]
    }
}
