import FluentKit
import Foundation

/// The letter and two digits a programme's project numbers carry (`ProjectNumber`).
final class ProgrammeCodeRecord: Model, @unchecked Sendable {
    static let schema = "grt_programme_codes"

    @ID(key: .id) var id: UUID?
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "letter") var letter: String
    @Field(key: "digits") var digits: Int

    init() {}
}
