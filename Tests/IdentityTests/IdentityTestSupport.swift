import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

func sql(_ db: any Database) -> any SQLDatabase {
    db as! any SQLDatabase
}

/// The field errors of a `DomainError.validation`, or none for any other outcome.
func fieldErrors(_ error: DomainError?) -> [FieldError] {
    if case .validation(let errors)? = error { return errors }
    return []
}

/// The field named by a `DomainError.duplicate`, or nil.
func duplicateField(_ error: DomainError?) -> String? {
    if case .duplicate(let field, _)? = error { return field }
    return nil
}

/// A valid organisation form; change one field to test a rule.
func organisationInput(
    name: String = "北京测试研究院", nameEn: String? = "Beijing Test Institute", type: String = "research_institute",
    ownership: String = "state", district: String = "haidian", uscc: String = TestData.uscc()
) -> OrganisationInput {
    OrganisationInput(nameZh: name, nameEn: nameEn, type: type, ownership: ownership, district: district, uscc: uscc)
}

/// A valid USCC with its check character replaced by another character of the alphabet.
func usccWithWrongCheckCharacter() -> String {
    let good = TestData.uscc()
    let wrong = UnifiedSocialCreditCode.alphabet.first { $0 != good.last! }!
    return String(good.dropLast()) + String(wrong)
}

func uniqueEmail(_ stem: String = "person") -> String {
    "\(stem).\(UUID().uuidString.prefix(8).lowercased())@example.cn"
}

/// Audit entries about one object, newest first.
func auditEntries(about object: String, on db: any Database) async throws -> [AuditEntry] {
    try await AuditChain.list(.init(object: object), limit: 100, on: db)
}

func rowCount(_ table: String, on db: any Database) async throws -> Int {
    let row = try await sql(db).raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
    return try row?.decode(column: "n", as: Int.self) ?? -1
}

/// A password hasher for services built by hand in tests, where the algorithm does not matter.
let plainHasher = PasswordHashing(hash: { "plain:" + $0 }, verify: { "plain:" + $0 == $1 })

/// A valid resident ID (GB 11643-1999) and the same number with a wrong check character.
let validResidentID = "11010519491231002X"
let residentIDWithWrongCheck = "110105194912310021"
/// ORCID with a valid check digit, and the same with the last digit changed.
let validORCID = "0000-0002-1825-0097"
let orcidWithWrongCheck = "0000-0002-1825-0096"

/// Same record, allowing the sub-millisecond rounding a timestamp undergoes on its way through the database.
func sameContent(_ a: Organisation, _ b: Organisation) -> Bool {
    var b2 = b
    b2.createdAt = a.createdAt
    b2.updatedAt = a.updatedAt
    return a == b2 && abs(a.createdAt.timeIntervalSince(b.createdAt)) < 0.001
        && abs(a.updatedAt.timeIntervalSince(b.updatedAt)) < 0.001
}

func sameContent(_ a: Person, _ b: Person) -> Bool {
    var b2 = b
    b2.createdAt = a.createdAt
    return a == b2 && abs(a.createdAt.timeIntervalSince(b.createdAt)) < 0.001
}
