import Foundation
import KechuangCore
import Storage
import Testing

/// `AuditEvent(actor:…)` writes the actor's id and label exactly as the spelled-out fields did:
/// the audit chain hashes them, so the rows of a helper-built event must be byte-identical.
@Suite("Audit events built from an actor")
struct AuditEventActorTests {
    @Test func test_anEventByAnActorCarriesItsIdAndLabelUnchanged() {
        let id = UUID()
        let actor = AuditActor(id: id, label: "officer@example.cn")
        let built = AuditEvent(actor: actor, action: "integrity.decided", objectType: "integrity_record", objectID: "r1", summary: "s", basis: .art(60))
        let spelled = AuditEvent(actorID: id, actorLabel: "officer@example.cn", action: "integrity.decided", objectType: "integrity_record",
                                 objectID: "r1", summary: "s", basis: .art(60))
        #expect(built.actorID == spelled.actorID && built.actorLabel == spelled.actorLabel)
        #expect(built.action == spelled.action && built.objectType == spelled.objectType && built.objectID == spelled.objectID)
        #expect(built.summary == spelled.summary && built.basis == spelled.basis)
    }

    @Test func test_thePlatformActsAsSystemWithoutAnId() {
        let event = AuditEvent(actor: AuditActor.system, action: "review.replacement_assigned", objectType: "application", objectID: "a", summary: "")
        #expect(event.actorID == nil)
        #expect(event.actorLabel == "system")
    }
}
