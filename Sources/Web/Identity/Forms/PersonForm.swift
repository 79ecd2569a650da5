import Foundation
import Identity
import KechuangCore
import Vapor

struct PersonForm: Content {
    var name: String?
    var email: String?
    var orcid: String?
    var resident_id: String?
    var nationality: String?
    var birth_year: String?
    var password: String?
    var role: String?
    var organisation_id: String?
    var version: Int?

    var input: PersonInput {
        PersonInput(name: name ?? "", email: email ?? "", orcid: orcid, residentID: resident_id,
                    nationality: nationality ?? "", birthYear: birth_year)
    }
}
