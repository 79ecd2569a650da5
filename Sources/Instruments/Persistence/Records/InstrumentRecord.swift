import FluentKit
import Foundation
import Identity
import KechuangCore

final class InstrumentRecord: Model, @unchecked Sendable {
    static let schema = "ins_instruments"

    @ID(key: .id) var id: UUID?
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "category_code") var categoryCode: String
    @Field(key: "maker") var maker: String
    @Field(key: "model") var model: String
    @Field(key: "original_value_yuan") var originalValueYuan: Int
    @OptionalField(key: "purchase_date") var purchaseDate: String?
    @Field(key: "public_funding") var publicFunding: Bool
    @Field(key: "organisation_id") var organisationID: UUID
    @OptionalField(key: "lab_id") var labID: UUID?
    @Field(key: "location") var location: String
    @Field(key: "district") var district: String
    @Field(key: "specs") var specs: String
    @Field(key: "status") var status: String
    @OptionalField(key: "service_json") var serviceJSON: String?
    @Field(key: "published") var published: Bool
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "photo_json") var photoJSON: String?

    init() {}

    static func encode(_ terms: ServiceTerms?) throws -> String? {
        guard let terms else { return nil }
        return String(decoding: try JSONEncoder().encode(terms), as: UTF8.self)
    }

    static func encode(_ photo: InstrumentPhoto) throws -> String {
        String(decoding: try JSONEncoder().encode(photo), as: UTF8.self)
    }

    /// Throws `StoredDataError` for an unknown category, district or status, an unreadable date,
    /// or service information that does not decode: never a default (a publicly funded instrument
    /// read without its terms would look unpublishable, or worse, free).
    func toDomain() throws -> Instrument {
        func fail(_ column: String, _ reason: String) -> StoredDataError {
            StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: reason)
        }
        guard InstrumentCategories.category(categoryCode) != nil else { throw fail("category_code", "unknown category \"\(categoryCode)\"") }
        var day: BeijingDay?
        if let purchaseDate {
            guard let parsed = BeijingDay(parsing: purchaseDate) else { throw fail("purchase_date", "not a day: \"\(purchaseDate)\"") }
            day = parsed
        }
        var terms: ServiceTerms?
        if let serviceJSON {
            do { terms = try JSONDecoder().decode(ServiceTerms.self, from: Data(serviceJSON.utf8)) } catch { throw fail("service_json", "does not decode: \(error)") }
        }
        var photo: InstrumentPhoto?
        if let photoJSON {
            do { photo = try JSONDecoder().decode(InstrumentPhoto.self, from: Data(photoJSON.utf8)) } catch { throw fail("photo_json", "does not decode: \(error)") }
        }
        return Instrument(
            id: Instrument.ID(try requireID()), nameZh: nameZh, nameEn: nameEn, categoryCode: categoryCode, maker: maker, model: model,
            originalValueYuan: originalValueYuan, purchaseDate: day, publicFunding: publicFunding, organisationID: organisationID,
            labID: labID.map { Lab.ID($0) }, location: location,
            district: try StoredValue.decode(District.self, district, table: Self.schema, id: id, column: "district"), specs: specs,
            status: try StoredValue.decode(InstrumentStatus.self, status, table: Self.schema, id: id, column: "status"),
            service: terms, published: published, publishedAt: publishedAt, version: version, createdAt: createdAt, updatedAt: updatedAt, photo: photo)
    }
}
