import FluentKit
import Foundation
import KechuangCore

/// The international cooperation indicators (`ICO-01`, `ICO-02`) from the registry's published
/// entries (Art. 69, 71). A project counts in the year it started, once in total and once in each
/// country of its partners; organisations are counted as a stock at each year's end.
enum InternationalIndicators {
    static func observations(on db: any Database) async throws -> [Observation] {
        let projects = try await IntlProjectRecord.query(on: db).filter(\.$state == RegistryState.published.rawValue).all().map { try $0.toDomain() }
        let organisations = try await IntlOrganisationRecord.query(on: db).filter(\.$state == RegistryState.published.rawValue).all().map { try $0.toDomain() }
        return compute(projects: projects, organisations: organisations)
    }

    static func compute(projects: [CooperationProject], organisations: [IntlOrganisation]) -> [Observation] {
        var out = PlatformIndicators.grouped("ICO-01", projects, year: \.startsOn.year, breakdowns: [.country, .kind], keys: { p, b in
            switch b {
            case .country:
                var seen = Set<String>()
                return p.partners.map(\.country).filter { seen.insert($0).inserted }.map { ($0, CountryCodes.name($0)) }
            case .kind:
                return [(p.basis.rawValue, p.basis.label)]
            default:
                return []
            }
        }, measure: { _ in (1, 0) })
        let starts = organisations.map(\.registeredOn.year)
        guard let first = starts.min(), let last = (starts + projects.map(\.startsOn.year)).max() else { return out }
        for year in first...max(first, last) {
            let there = organisations.filter { $0.registeredOn.year <= year }
            out.append(Observation(indicator: "ICO-02", year: year, value: Double(there.count)))
            for kind in IntlOrganisationKind.allCases {
                out.append(Observation(indicator: "ICO-02", year: year, breakdown: .kind, key: kind.rawValue, label: kind.label,
                                       value: Double(there.filter { $0.kind == kind }.count)))
            }
        }
        return out
    }
}
