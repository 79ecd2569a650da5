import FluentKit
import Foundation
import KechuangCore

/// JSON columns of this module: written sorted, dates ISO 8601; a column that does not decode is
/// an error, never silently empty.
enum ReviewJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(json.utf8))
    }
}

final class ExpertRecord: Model, @unchecked Sendable {
    static let schema = "rev_experts"
    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    /// `ExpertProfile` without name and email (those come from Identity).
    @Field(key: "profile_json") var profileJSON: String
    @Field(key: "active") var active: Bool
    @Field(key: "version") var version: Int
    @Field(key: "updated_at") var updatedAt: Date
    init() {}
}

final class RoundRecord: Model, @unchecked Sendable {
    static let schema = "rev_rounds"
    @ID(key: .id) var id: UUID?
    @Field(key: "call_id") var callID: UUID
    @Field(key: "reviewers_per_proposal") var reviewersPerProposal: Int
    @Field(key: "min_load") var minLoad: Int
    @Field(key: "max_load") var maxLoad: Int
    @Field(key: "criteria_json") var criteriaJSON: String
    @Field(key: "deadline") var deadline: Date
    @Field(key: "fair") var fair: Bool
    @Field(key: "seed") var seed: Int
    @Field(key: "state") var state: String
    @OptionalField(key: "report_json") var reportJSON: String?
    /// The `rap-bench/1` instance files the last run solved, as `{file name: content}`.
    @OptionalField(key: "instance_json") var instanceJSON: String?
    @Field(key: "version") var version: Int
    @Field(key: "updated_at") var updatedAt: Date
    init() {}

    func toDomain() throws -> ReviewRound {
        ReviewRound(id: try requireID(), callID: callID, reviewersPerProposal: reviewersPerProposal, minLoad: minLoad, maxLoad: maxLoad,
                    criteria: try ReviewJSON.decode([Criterion].self, criteriaJSON), deadline: deadline, fair: fair, seed: seed,
                    state: try StoredValue.decode(RoundState.self, state, table: Self.schema, id: id, column: "state"), report: try reportJSON.map { try ReviewJSON.decode(AssignmentReport.self, $0) },
                    version: version)
    }
}

final class AssignmentRecord: Model, @unchecked Sendable {
    static let schema = "rev_assignments"
    @ID(key: .id) var id: UUID?
    @Field(key: "round_id") var roundID: UUID
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "affinity") var affinity: Int
    @Field(key: "status") var status: String
    @Field(key: "source") var source: String
    @OptionalField(key: "decline_reason") var declineReason: String?
    @OptionalField(key: "reminded_at") var remindedAt: Date?
    @Field(key: "updated_at") var updatedAt: Date
    init() {}

    /// The status; one nobody knows is a `StoredDataError`, never `assigned`.
    func assignmentStatus() throws -> AssignmentStatus {
        try StoredValue.decode(AssignmentStatus.self, status, table: Self.schema, id: id, column: "status")
    }

    func toDomain() throws -> ReviewAssignment {
        ReviewAssignment(id: try requireID(), roundID: roundID, applicationID: applicationID, expertID: expertID, affinity: affinity,
                         status: try assignmentStatus(),
                         source: try StoredValue.decode(AssignmentSource.self, source, table: Self.schema, id: id, column: "source"),
                         declineReason: declineReason, remindedAt: remindedAt)
    }
}

final class ConflictRecord: Model, @unchecked Sendable {
    static let schema = "rev_conflicts"
    @ID(key: .id) var id: UUID?
    @Field(key: "round_id") var roundID: UUID
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "reason") var reason: String
    @Field(key: "detail") var detail: String
    @Field(key: "by_officer") var byOfficer: Bool
    @Field(key: "created_at") var createdAt: Date
    init() {}

    func toDomain() throws -> Exclusion {
        Exclusion(applicationID: applicationID, expertID: expertID,
                  reason: try StoredValue.decode(ConflictReason.self, reason, table: Self.schema, id: id, column: "reason"), detail: detail, byOfficer: byOfficer)
    }
}

final class ReviewRecord: Model, @unchecked Sendable {
    static let schema = "rev_reviews"
    @ID(key: .id) var id: UUID?
    @Field(key: "assignment_id") var assignmentID: UUID
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "scores_json") var scoresJSON: String
    @Field(key: "total") var total: Double
    @Field(key: "comment") var comment: String
    @Field(key: "language") var language: String
    @Field(key: "submitted_at") var submittedAt: Date
    init() {}

    func toDomain() throws -> SubmittedReview {
        SubmittedReview(assignmentID: assignmentID, applicationID: applicationID, expertID: expertID,
                        scores: try ReviewJSON.decode([String: Int].self, scoresJSON), total: total, comment: comment, language: language,
                        submittedAt: submittedAt)
    }
}
