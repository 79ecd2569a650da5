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
        ] + officerOperations
    }

    /// The officers' steps (`ConsultationOfficerAPI`), as on the pages under /admin/consultations.
    static var officerOperations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID, officer = " (programme officers, department staff, administrators)"
        return [
            .init(.POST, ConsultationOfficerAPI.drafts, summary: "Draft a plan or policy for consultation, with its opening and closing days (Art. 58)" + officer,
                  tag: "consultations", body: "ConsultationDraftBody", response: "Consultation", status: 201),
            .init(.PUT, ConsultationOfficerAPI.draft(any), summary: "Change a draft (send the version you read); a published consultation is never changed (Art. 58)" + officer,
                  tag: "consultations", body: "ConsultationDraftBody", response: "Consultation"),
            .init(.POST, ConsultationOfficerAPI.publish(any),
                  summary: "Publish a draft: it opens for comment on its opening day and closes after its closing day; refused once the closing day has passed (Art. 58)" + officer,
                  tag: "consultations", body: "ConsultationVersionBody", response: "Consultation"),
            .init(.GET, ConsultationOfficerAPI.submissions(any), summary: "Every comment received, hidden ones with their text, and whether each still needs a response (Art. 58)" + officer,
                  tag: "consultations", response: "ConsultationSubmissionList"),
            .init(.POST, ConsultationOfficerAPI.hide(any), summary: "Hide a comment with the reason; it is never deleted (Art. 58)" + officer,
                  tag: "consultations", body: "ConsultationHideBody", response: "ConsultationSubmission"),
            .init(.POST, ConsultationOfficerAPI.response(any), summary: "Answer a comment: adopted, partly adopted or not adopted, with the reason (Art. 58)" + officer,
                  tag: "consultations", body: "ConsultationResponseBody", response: "ConsultationSubmission"),
            .init(.POST, ConsultationOfficerAPI.report(any),
                  summary: "Publish the response report after the closing day, once every visible comment is answered; refusals cite Art. 58" + officer,
                  tag: "consultations", body: "ConsultationReportBody", response: "Consultation"),
            .init(.POST, ConsultationOfficerAPI.adopt(any), summary: "Adopt a reported policy into the policy library, issued on a day (Art. 75)" + officer,
                  tag: "consultations", body: "ConsultationAdoptBody", response: "Consultation"),
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
            ("ConsultationDraftBody", ["type": "object", "required": ["title_zh", "summary_zh", "department", "text", "opens_on", "closes_on"], "properties": [
                "kind": ["type": "string", "enum": ["plan", "policy"]], "title_zh": string, "title_en": string, "summary_zh": string, "summary_en": string,
                "department": string, "text": ["type": "string", "description": "The draft in articles (第一条 …)"], "opens_on": day, "closes_on": day,
                "version": ["type": "integer", "format": "int32", "description": "Required on PUT: the version you read"],
            ]]),
            ("ConsultationVersionBody", ["type": "object", "required": ["version"], "properties": ["version": int]]),
            ("ConsultationSubmission", ["type": "object", "properties": [
                "id": OpenAPIDocument.uuid, "number": int, "article_label": nullable, "organisation": nullable, "created_at": OpenAPIDocument.dateTime,
                "text": string, "hidden": ["type": "boolean"], "hidden_reason": nullable,
                "response": ["type": ["string", "null"], "description": "adopted, partly_adopted or not_adopted once answered"], "response_reason": nullable,
                "needs_response": ["type": "boolean"], "version": int,
            ]]),
            ("ConsultationSubmissionList", ["type": "array", "items": OpenAPIDocument.ref("ConsultationSubmission")]),
            ("ConsultationHideBody", ["type": "object", "required": ["hidden_reason"], "properties": ["hidden_reason": string]]),
            ("ConsultationResponseBody", ["type": "object", "required": ["response"], "properties": [
                "response": ["type": "string", "enum": ["adopted", "partly_adopted", "not_adopted"]], "response_reason": string,
            ]]),
            ("ConsultationReportBody", ["type": "object", "required": ["report_zh"], "properties": ["report_zh": string, "report_en": string]]),
            ("ConsultationAdoptBody", ["type": "object", "required": ["issued_on"], "properties": ["issued_on": day]]),
            ("ConsultationCommentBody", ["type": "object", "required": ["text"], "properties": [
                "article_label": ["type": "string", "description": "An article of the draft (e.g. 第五条); empty or absent for the whole text"],
                "text": ["type": "string", "maxLength": 5000], "organisation_id": OpenAPIDocument.uuid,
            ]]),
        ]
    }
}
