import Foundation
import Identity
import KechuangCore
import Vapor

/// Forms arrive as `application/x-www-form-urlencoded`; each form type decodes with every field
/// optional, so a missing field becomes a field error rather than a 400 page.
/// The organisation form is also the API's JSON body: the field names are the same.
struct OrganisationForm: Content {
    var name_zh: String?
    var name_en: String?
    var type: String?
    var ownership: String?
    var district: String?
    var uscc: String?
    /// The version that was read (optimistic locking); required when changing.
    var version: Int?

    var input: OrganisationInput {
        OrganisationInput(nameZh: name_zh ?? "", nameEn: name_en, type: type ?? "", ownership: ownership ?? "",
                          district: district ?? "", uscc: uscc ?? "")
    }
}
