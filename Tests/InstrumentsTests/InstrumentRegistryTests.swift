import FluentKit
import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import Storage
import Testing

@Suite struct InstrumentRegistryTests {
    @Test func test_Art55_refusesPublishingPublicInstrumentWithoutServiceInformation() async throws {
        try await withTestDatabase { t in
            let institution = try await t.organisation()
            let office = try await t.person([.researchOffice], organisation: institution.id)
            let registry = InstrumentRegistry(db: t.db, now: t.now)
            let instrument = try await registry.register(InstrumentWorld.input(organisation: institution.id.rawValue, terms: nil), by: office)
            do {
                _ = try await registry.publish(instrument.id, by: office)
                Issue.record("published without service information")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.rule)) == ["instrument.publication.service_mode", "instrument.publication.service_content",
                                                    "instrument.publication.service_process", "instrument.publication.fees", "instrument.publication.contact"])
                #expect(errors.allSatisfy { $0.basis == .art(55) })
            }
            #expect(try await registry.find(instrument.id).published == false)
            // The refusal is in the audit log with its article.
            let audit = try await AuditChain.list(.init(object: instrument.id.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "instrument.publication_refused" && $0.basis == .art(55) })
        }
    }

    @Test func test_Art55_publishesPublicInstrumentOnceServiceInformationIsComplete() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            #expect(w.instrument.published)
            // An instrument bought without public money needs no Art. 55 terms to be listed.
            let privateOne = try await w.registry.register(InstrumentWorld.input(organisation: w.institution.id.rawValue, terms: nil, publicFunding: false), by: w.office)
            #expect(try await w.registry.publish(privateOne.id, by: w.office).published)
            // Once published, a publicly funded entry cannot lose its terms.
            do {
                var input = InstrumentInput(w.instrument)
                input.service = nil
                _ = try await w.registry.update(w.instrument.id, input, expectedVersion: w.instrument.version, by: w.office)
                Issue.record("terms removed from a published instrument")
            } catch { #expect(rules(error).contains("instrument.publication.fees")) }
        }
    }

    @Test func test_Art55_onlyTheManagingInstitutionsResearchOfficeRegistersAndManages() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let otherOffice = try await t.person([.researchOffice], organisation: w.externalOrganisation.id)
            await #expect(throws: DomainError.self) {
                _ = try await w.registry.register(InstrumentWorld.input(organisation: w.institution.id.rawValue, terms: nil), by: otherOffice)
            }
            // Another institution's office cannot change the entry: it does not exist for them.
            await #expect(throws: DomainError.notFound(entity: "instrument")) {
                _ = try await w.registry.find(w.instrument.id, as: otherOffice, for: .manage)
            }
            // The designated manager runs it but does not manage the registry entry.
            #expect(try await w.registry.may(.operate, w.manager, w.instrument))
            #expect(try await w.registry.may(.manage, w.manager, w.instrument) == false)
        }
    }

    @Test func test_Art18_labMustBeHostedByTheManagingInstitution() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let lab = try await w.registry.addLab(nameZh: "外单位重点实验室", nameEn: "", level: .beijingKey, organisationID: w.externalOrganisation.id.rawValue, by: .system)
            var input = InstrumentWorld.input(organisation: w.institution.id.rawValue, terms: InstrumentWorld.terms())
            input.labID = lab.id.rawValue
            do {
                _ = try await w.registry.register(input, by: w.office)
                Issue.record("registered with another institution's lab")
            } catch { #expect(rules(error) == ["instrument.lab.institution"]) }
        }
    }

    @Test func test_storedData_unknownServiceJSONIsAnError() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            try await t.damage("ins_instruments", id: w.instrument.id.rawValue, set: "service_json", to: "{not json")
            await #expect(throws: StoredDataError.self) { _ = try await w.registry.find(w.instrument.id) }
        }
    }
}
