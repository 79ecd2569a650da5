import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Grants

@Suite("Outputs and the results register (Art. 32, 33, 59)")
struct OutputRulesTests {
    @Test func test_Art33_outputIdentifiersAreCheckedAndNormalised() {
        #expect(OutputIdentifier.doi("https://doi.org/10.1038/S41586-020-2649-2") == "10.1038/s41586-020-2649-2")
        #expect(OutputIdentifier.doi("doi:10.1000/182") == "10.1000/182")
        #expect(OutputIdentifier.doi("10.10/abc") == nil)
        #expect(OutputIdentifier.chineseApplicationCheck("202310123456") == "6")
        #expect(OutputIdentifier.patent("ZL 202310123456.6") == "ZL202310123456.6")
        #expect(OutputIdentifier.patent("202310123456.6") == "CN202310123456.6")
        #expect(OutputIdentifier.patent("ZL 202310123456.7") == nil, "wrong check digit")
        #expect(OutputIdentifier.patent("CN112345678A") == "CN112345678A")
        #expect(OutputIdentifier.patent("US11234567B2") == "US11234567B2")
        #expect(OutputIdentifier.standard("GB/T 32905-2016") == "GB/T 32905-2016")
        #expect(OutputIdentifier.standard("T/CESA 1234-2021") != nil)
        #expect(OutputIdentifier.standard("DB11/T 1234-2020") != nil)
        #expect(OutputIdentifier.standard("ISO 7064:2003") != nil)
        #expect(OutputIdentifier.standard("GB 32905") == nil, "a standard number carries its year")
        #expect(OutputIdentifier.software("2023SR0123456") == "2023SR0123456")
        #expect(OutputIdentifier.software("https://git.example.cn/lab/tool") != nil)
        #expect(OutputIdentifier.software("http://example.cn") == nil)
        #expect(OutputIdentifier.dataset("10.5281/zenodo.123456") != nil)
    }

    @Test func test_Art33_errorsNameTheFieldAndTheArticle() {
        let year = 2026
        func errors(_ input: OutputInput) -> [FieldError] { OutputRules.output.violations(of: (input, year), at: Date()) }
        let badStandard = errors(OutputInput(kind: .standard, title: "数据安全标准", identifier: "GB 12", year: 2026))
        #expect(badStandard.map(\.field) == ["identifier"] && badStandard.first?.basis == .art(33))
        let badPatent = errors(OutputInput(kind: .patent, title: "一种电池", identifier: "ZL 202310123456.7", year: 2026))
        #expect(badPatent.first?.rule == "output.identifier.patent" && badPatent.first?.basis == .art(59))
        let badDOI = errors(OutputInput(kind: .paper, title: "论文", identifier: "doi 12", year: 2030))
        #expect(Set(badDOI.map(\.field)) == ["identifier", "year"])
        #expect(errors(OutputInput(kind: .paper, title: "论文", identifier: "10.1000/182", year: 2025)).isEmpty)
    }

    @Test func test_Art32_rightsGrantedToResearchersNameThemTheDayAndTheTerm() {
        func rules(_ input: OutputInput) -> Set<String> { Set(OutputRules.output.violations(of: (input, 2026), at: Date()).map(\.rule)) }
        let granted = OutputInput(kind: .patent, title: "一种电池", identifier: "ZL 202310123456.6", year: 2025, rights: .researchersLongTermUse)
        #expect(rules(granted) == ["output.rights.holders", "output.rights.granted_on", "output.rights.use_years"])
        var complete = granted
        complete.rightsHolders = "张三；李四"
        complete.rightsGrantedOn = BeijingDay(year: 2025, month: 6, day: 1)
        complete.useYears = 10
        #expect(rules(complete).isEmpty)
        #expect(complete.holders == ["张三", "李四"])
    }

    @Test func test_Art59_resultsRegisterListsPublicFieldsOnly() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            var input = OutputInput(kind: .patent, title: "一种固态电解质", identifier: "zl 202310123456.6", year: 2025, rights: .researchersOwnership)
            input.rightsHolders = "王五"
            input.rightsGrantedOn = BeijingDay(year: 2025, month: 7, day: 1)
            let output = try await w.outputs.register(project: w.projects[0].id, input, by: w.pi(0))
            #expect(output.identifier == "ZL202310123456.6" && output.ownerOrganisationID == w.projects[0].organisationID)
            await #expect(throws: DomainError.self) { _ = try await w.outputs.register(project: w.projects[0].id, input, by: w.pi(0)) }
            await #expect(throws: DomainError.self, "only the PI registers") { _ = try await w.outputs.register(project: w.projects[0].id, input, by: w.offices[0]) }
            let results = try await w.outputs.publicResults()
            #expect(results.count == 1)
            let result = try #require(results.first)
            #expect(result.projectNumber == w.projects[0].number && result.rights == .researchersOwnership && result.rightsHolders == ["王五"])
            let json = String(decoding: try JSONEncoder().encode(results), as: UTF8.self)
            #expect(!json.contains("@"), "no e-mail address in the public register")
            #expect(!json.contains(w.pi(0).id.uuidString), "no person id in the public register")
            let audit = try await AuditChain.list(.init(object: output.id.rawValue.uuidString), limit: 1, on: t.db)
            #expect(audit.first?.action == "output.registered" && audit.first?.basis == .art(32))
        }
    }
}
