import Foundation
@testable import Identity
import Storage
import Testing

/// A person acts in the audit log under their id and e-mail address (what every service wrote by
/// hand before `AuditEvent(actor:…)`).
@Suite("A person as an audit actor")
struct PersonAuditActorTests {
    @Test func test_aPersonActsUnderTheirIdAndEmail() {
        let person = Person(id: UUID(), name: "王芳", email: "wang.fang@example.cn", orcid: nil, residentIDMasked: nil, nationality: "CN",
                            birthYear: nil, disabled: false, memberships: [], version: 1, createdAt: Date(timeIntervalSince1970: 0))
        #expect(person.auditActor == AuditActor(id: person.id, label: "wang.fang@example.cn"))
        let event = AuditEvent(actor: person, action: "application.saved", objectType: "application", objectID: "x", summary: "")
        #expect(event.actorID == person.id && event.actorLabel == person.email)
    }
}
