import FluentKit
import Foundation
import KechuangCore

/// A row of `por_data_downloads`: one download of an on-request data set, with the grant it used.
final class DataDownloadRecord: Model, @unchecked Sendable {
    static let schema = "por_data_downloads"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "request_id") var requestID: UUID?
    @Field(key: "dataset_id") var datasetID: UUID
    @Field(key: "version_number") var versionNumber: Int
    @Field(key: "format") var format: String
    @OptionalField(key: "person_id") var personID: UUID?
    @Field(key: "at") var at: Date

    init() {}

    func toDomain() throws -> DataDownload {
        DataDownload(requestID: requestID.map { DataAccessRequest.ID($0) }, datasetID: Dataset.ID(datasetID), versionNumber: versionNumber,
                     format: try StoredValue.decode(DatasetFormat.self, format, table: Self.schema, id: id, column: "format"),
                     personID: personID, at: at)
    }
}
