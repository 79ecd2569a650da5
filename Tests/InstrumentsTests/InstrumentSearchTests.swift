import FluentKit
import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import Testing

/// The node's instrument index stays cheap at scale: a refresh reads in full only the rows that
/// changed, and a search pages in the index with the total and facet counts from the index.
@Suite struct InstrumentSearchTests {
    @Test func test_aRefreshReadsInFullOnlyTheRowsThatChangedEvenWhenAllShareOneTimestamp() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            var second = try await w.registry.register(InstrumentWorld.input(organisation: w.institution.id.rawValue, terms: InstrumentWorld.terms(),
                                                                             name: "扫描电子显微镜"), by: w.office)
            second = try await w.registry.publish(second.id, by: w.office)
            let search = InstrumentSearch(checkInterval: 0)
            try await search.refresh(on: t.db)
            #expect(search.rowsLoadedByLastRefresh == 2)
            #expect(Set(search.search("电子显微镜", filter: .init(), limit: 10)) == [w.instrument.id, second.id])
            // The test clock stands still: both rows keep the watermark's updated_at, and nothing is read again.
            try await search.refresh(on: t.db)
            #expect(search.rowsLoadedByLastRefresh == 0)
            // An edit in the same instant is still seen (its version changed), and only that row is read.
            var input = InstrumentInput(second)
            input.nameZh = "场发射扫描电镜"
            _ = try await w.registry.update(second.id, input, expectedVersion: second.version, by: w.office)
            try await search.refresh(on: t.db)
            #expect(search.rowsLoadedByLastRefresh == 1)
            #expect(search.search("场发射", filter: .init(), limit: 10) == [second.id])
            try await search.refresh(on: t.db)
            #expect(search.rowsLoadedByLastRefresh == 0)
        }
    }

    @Test func test_aSearchPageComesFromTheIndexWithTheTotalAndFacetCounts() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            for name in ["扫描电子显微镜", "冷冻电子显微镜"] {
                let i = try await w.registry.register(InstrumentWorld.input(organisation: w.institution.id.rawValue, terms: InstrumentWorld.terms(), name: name),
                                                      by: w.office)
                _ = try await w.registry.publish(i.id, by: w.office)
            }
            let search = InstrumentSearch(checkInterval: 0)
            try await search.refreshIfStale(on: t.db)
            let first = search.page("电子显微镜", filter: .init(), offset: 0, limit: 2)
            let rest = search.page("电子显微镜", filter: .init(), offset: 2, limit: 2)
            #expect(first.ids.count == 2 && rest.ids.count == 1 && first.total == 3 && rest.total == 3)
            #expect(Set(first.ids + rest.ids).count == 3)
            #expect(first.categories == ["01": 3] && first.districts == ["haidian": 3])
            #expect(first.institutions == [w.institution.id.rawValue: 3])
            // A filter on another district leaves no match, while the district facet still counts the others.
            let elsewhere = search.page("电子显微镜", filter: .init(district: "chaoyang"), offset: 0, limit: 2)
            #expect(elsewhere.ids.isEmpty && elsewhere.total == 0 && elsewhere.districts == ["haidian": 3])
        }
    }
}
