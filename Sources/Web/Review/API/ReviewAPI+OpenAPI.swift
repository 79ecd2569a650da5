import Vapor

extension ReviewAPI {
    typealias Operation = OpenAPIDocument.Operation

    static var operations: [Operation] {
        let any = SiteURL.anyID
        return [
            Operation(.POST, ReviewAPI.formalCheck(any), summary: "The formal check: accept an application that reached the officer for review, or not (with the reason); accepting is refused under an integrity restriction (Art. 60)",
                      tag: "review", body: "FormalCheckBody", response: "GrantApplication"),
            Operation(.GET, ReviewAPI.round(any), summary: "The call's review round: parameters, assignments, exclusions with their reasons, progress (Art. 29)",
                      tag: "review", response: "ReviewRound"),
            Operation(.PUT, ReviewAPI.round(any), summary: "Set the round's parameters (before it is published)", tag: "review",
                      body: "ReviewRoundBody", response: "ReviewRound"),
            Operation(.POST, ReviewAPI.roundRun(any), summary: "Compute the optimal assignment of reviewers (refused with the reason when infeasible)",
                      tag: "review", response: "ReviewRound"),
            Operation(.POST, ReviewAPI.roundSwap(any), summary: "Replace one reviewer of a proposal; refused when the new one is conflicted, already assigned or at their maximum, and, unless confirm_no_match is true, when their match is 0.000",
                      tag: "review", body: "SwapBody", response: "ReviewRound"),
            Operation(.POST, ReviewAPI.roundConflicts(any), summary: "Record a conflict of interest between a proposal and an expert, with the reason",
                      tag: "review", body: "ConflictBody", response: "ReviewRound"),
            Operation(.POST, ReviewAPI.roundPublish(any), summary: "Publish the assignment: invitations go out and the report becomes public",
                      tag: "review", response: "ReviewRound"),
            Operation(.POST, ReviewAPI.roundRemind(any), summary: "Remind every expert whose review is not submitted", tag: "review", response: "Reminded"),
            Operation(.GET, ReviewAPI.ranking(any), summary: "The ranking: mean weighted score, spread, outliers and the budget cut-off",
                      tag: "review", response: "RankingList"),
            Operation(.GET, ReviewAPI.report(any), summary: "A call's published reviewer-assignment report: inputs digest, parameters, seed, objective, exclusions by reason, and the rap-bench/1 input files to re-run it (Art. 29) (public)",
                      tag: "review", response: "AssignmentReport"),
            Operation(.GET, ReviewAPI.reviews, summary: "The expert's invitations in published rounds, newest deadlines first", tag: "review", response: "InvitationList"),
            Operation(.POST, ReviewAPI.reviewAccept(any), summary: "Accept an invitation (refused under an integrity restriction on review duty, Art. 60)",
                      tag: "review", response: "Invitation"),
            Operation(.POST, ReviewAPI.reviewDecline(any), summary: "Decline an invitation with the reason; the next best eligible expert takes the proposal",
                      tag: "review", body: "DeclineBody", response: "Declined"),
            Operation(.POST, ReviewAPI.reviewSubmit(any), summary: "Submit the review: a score for every criterion, a comment and both declarations",
                      tag: "review", body: "ReviewBody", response: "SubmittedReview"),
            Operation(.GET, ReviewAPI.formalCheck(any), summary: "The formal check's facts: the integrity decision for the PI and the organisation (Art. 60) and near-duplicate applications with their Jaccard similarity",
                      tag: "review", response: "FormalCheckFacts"),
            Operation(.POST, ReviewAPI.duplicateConfirmation(any), summary: "Confirm that another application duplicates this one: drafts an integrity record (duplicate application) against the PI (Art. 60)",
                      tag: "review", body: "DuplicateBody", response: "DuplicateConfirmed", status: 201),
            Operation(.GET, ReviewAPI.experts, summary: "The expert pool: disciplines, keywords, maximum load, active or not", tag: "review", response: "ExpertList"),
            Operation(.POST, ReviewAPI.expertInvitations, summary: "Invite a platform user into the expert pool (grants the reviewer role)", tag: "review",
                      body: "InviteBody", response: "Expert", status: 201),
            Operation(.POST, ReviewAPI.expertActive(any), summary: "Activate or deactivate an expert (inactive experts are not assigned)", tag: "review",
                      body: "ActiveBody", response: "Expert"),
            Operation(.GET, ReviewAPI.review(any), summary: "One invitation with the expert's own review and, once it is submitted, the other reviews of the proposal",
                      tag: "review", response: "ReviewDetail"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, dateTime = OpenAPIDocument.dateTime
        let int32: JSONValue = ["type": "integer", "format": "int32"], count = OpenAPIDocument.count
        func bounded(_ min: Int, _ max: Int, _ description: String) -> JSONValue {
            ["type": "integer", "format": "int32", "minimum": .int(min), "maximum": .int(max), "description": .string(description)]
        }
        return [
            ("FormalCheckBody", ["type": "object", "required": ["decision"], "properties": [
                "decision": ["type": "string", "enum": ["accept", "not_accept"]],
                "note": ["type": "string", "description": "The officer's note; required (the reason) when not accepting"],
            ]]),
            ("ReviewRoundBody", ["type": "object", "required": ["reviewers_per_proposal", "min_load", "max_load", "deadline"], "properties": [
                "reviewers_per_proposal": bounded(1, 15, "Reviewers per proposal"),
                "min_load": bounded(0, 200, "The fewest proposals per expert"),
                "max_load": bounded(1, 200, "The most proposals per expert (an expert's own lower maximum applies)"),
                "deadline": ["type": "string", "description": "Beijing time, e.g. 2026-12-31 17:00, or ISO 8601 with an offset; in the future"],
                "fair": ["type": "boolean", "description": "Best worst-off proposal first, then the largest total"],
                "seed": bounded(0, Int(Int32.max), "Seed recorded in the report"),
            ]]),
            ("ReviewRound", ["type": "object", "properties": [
                "id": uuid, "call_id": uuid, "state": ["type": "string", "enum": ["draft", "computed", "published"]],
                "reviewers_per_proposal": int32, "min_load": int32, "max_load": int32, "deadline": dateTime, "fair": ["type": "boolean"],
                "seed": ["type": "integer", "format": "int64"], "objective": ["type": ["integer", "null"], "format": "int64"],
                "assignments": ["type": "array", "items": ["type": "object", "properties": [
                    "id": uuid, "application_id": uuid, "expert_id": uuid, "affinity": bounded(0, 65535, "Affinity score"),
                    "status": ["type": "string", "enum": ["assigned", "accepted", "declined", "submitted"]],
                    "source": ["type": "string", "enum": ["solver", "manual", "replacement"]],
                ]]],
                "exclusions": ["type": "array", "items": ["type": "object", "properties": [
                    "application_id": uuid, "expert_id": uuid, "reason": string, "detail": string, "by_officer": ["type": "boolean"],
                ]]],
                "progress": ["type": "object", "additionalProperties": int32], "version": int32, "article": ["type": "string", "description": "29"],
            ]]),
            ("SwapBody", ["type": "object", "required": ["application_id", "from_expert_id", "to_expert_id"], "properties": [
                "application_id": uuid, "from_expert_id": uuid, "to_expert_id": uuid,
                "reason": ["type": "string", "description": "Why: published, pseudonymously, in the assignment report"],
                "confirm_no_match": ["type": "boolean", "description": "Required true to swap in an expert whose match is 0.000; otherwise 422 naming confirm_no_match (Art. 29)"],
            ]]),
            ("ConflictBody", ["type": "object", "required": ["application_id", "expert_id", "reason"], "properties": [
                "application_id": uuid, "expert_id": uuid, "reason": string,
            ]]),
            ("Reminded", ["type": "object", "properties": ["reminded": int32]]),
            ("RankingList", ["type": "array", "items": ["type": "object", "properties": [
                "application_id": uuid, "title": string, "budget": ["type": "integer", "format": "int64", "description": "yuan"],
                "reviews": int32, "mean": ["type": ["number", "null"], "description": "Mean weighted total, 0–100; null without reviews"],
                "spread": ["type": ["number", "null"], "description": "Sample standard deviation; null with fewer than two reviews"],
                "outliers": ["type": "array", "items": ["type": "number"]], "above_cutoff": ["type": "boolean"], "state": string,
            ]]]),
            ("Invitation", ["type": "object", "properties": [
                "id": uuid, "application_id": uuid, "call_title": string, "title": string,
                "status": ["type": "string", "enum": ["assigned", "accepted", "declined", "submitted"]], "deadline": dateTime,
                "needs_reminder": ["type": "boolean"],
            ]]),
            ("InvitationList", ["type": "array", "items": OpenAPIDocument.ref("Invitation")]),
            ("DeclineBody", ["type": "object", "required": ["reason"], "properties": ["reason": string]]),
            ("Declined", ["type": "object", "properties": ["replacement_assigned": ["type": "boolean"]]]),
            ("ReviewBody", ["type": "object", "required": ["scores", "comment", "language", "confidentiality", "no_conflict"], "properties": [
                "scores": ["type": "object", "additionalProperties": bounded(0, 100, "Score of one criterion, 0 to its maximum")],
                "comment": string, "language": ["type": "string", "enum": ["zh", "en"]],
                "confidentiality": ["type": "boolean"], "no_conflict": ["type": "boolean"],
            ]]),
            ("SubmittedReview", ["type": "object", "properties": [
                "assignment_id": uuid, "application_id": uuid, "scores": ["type": "object", "additionalProperties": int32],
                "total": ["type": "number"], "comment": string, "language": string, "submitted_at": dateTime,
            ]]),
            ("FormalCheckFacts", ["type": "object", "properties": [
                "application_id": uuid, "state": string, "integrity_allowed": ["type": "boolean"],
                "integrity_records": ["type": "array", "items": ["type": "object", "properties": [
                    "id": uuid, "document_number": string, "deciding_body": string, "finding": string, "until": ["type": ["string", "null"], "format": "date-time"],
                ]]],
                "duplicates": ["type": "array", "items": ["type": "object", "properties": [
                    "application_id": uuid, "call_title": string, "jaccard": ["type": "number", "minimum": 0, "maximum": 1],
                ]]],
                "article": ["type": "string", "description": "60"],
            ]]),
            ("DuplicateBody", ["type": "object", "required": ["other_application_id"], "properties": ["other_application_id": uuid]]),
            ("DuplicateConfirmed", ["type": "object", "properties": [
                "integrity_record_id": uuid, "state": ["type": "string", "enum": ["draft"]], "finding": string, "article": ["type": "string", "description": "60"],
            ]]),
            ("Expert", ["type": "object", "properties": [
                "person_id": uuid, "name": string, "disciplines": ["type": "array", "items": string], "keywords": string,
                "max_load": int32, "active": ["type": "boolean"],
            ]]),
            ("ExpertList", ["type": "array", "items": OpenAPIDocument.ref("Expert")]),
            ("InviteBody", ["type": "object", "required": ["email"], "properties": ["email": ["type": "string", "format": "email"]]]),
            ("ActiveBody", ["type": "object", "required": ["active"], "properties": ["active": ["type": "boolean"]]]),
            ("ReviewDetail", ["type": "object", "properties": [
                "invitation": OpenAPIDocument.ref("Invitation"), "own": ["oneOf": [OpenAPIDocument.ref("SubmittedReview"), ["type": "null"]]],
                "others": ["type": ["array", "null"], "items": OpenAPIDocument.ref("SubmittedReview"), "description": "null until the expert submitted their own"],
            ]]),
            ("AssignmentReport", ["type": "object", "properties": [
                "inputs_sha256": ["type": "string", "description": "SHA-256 over the instance files, each as name NUL content NUL, in the order header.json, proposals.csv, reviewers.csv, affinity.csv, conflicts.csv"],
                "proposals": count, "experts": count, "eligible_pairs": count,
                "reviewers_per_proposal": count, "min_load": count, "max_load": count,
                "fair": ["type": "boolean"], "seed": ["type": "integer", "format": "int64"], "objective": ["type": "integer", "format": "int64", "description": "Total affinity of the assignment (optimal)"],
                "min_proposal_total": ["type": "integer", "format": "int64"], "exclusions_by_reason": ["type": "object", "additionalProperties": count],
                "affinity_formula": ["type": "string"], "computed_at": ["type": "string", "format": "date-time"],
                "published_at": ["type": ["string", "null"], "format": "date-time"],
                "files": ["type": "array", "items": ["type": "string"], "description": "Paths of the rap-bench/1 input files"],
                "article": ["type": "string", "description": "29"],
            ]]),
        ]
    }
}
