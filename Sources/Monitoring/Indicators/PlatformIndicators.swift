import FluentKit
import Foundation
import Grants
import Identity
import Integrity
import KechuangCore

/// Computes the platform-derived indicators (`IndicatorCatalogue.computed`) from the other
/// modules' tables, read-only. Each figure is computed for every year that has data, in total and
/// by the indicator's breakdowns. An organisation in several zones counts in each of them, so a
/// zone breakdown may add up to more than the total; one in none is not in the zone breakdown.
public struct PlatformIndicators: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func observations() async throws -> [Observation] {
        Self.ordered(Self.compute(try await PlatformFacts.load(on: db)) + (try await ContractIndicators.observations(on: db))
                     + (try await InternationalIndicators.observations(on: db)))
    }

    static func ordered(_ o: [Observation]) -> [Observation] {
        o.sorted { ($0.indicator, $0.year, $0.breakdown?.rawValue ?? "", $0.key) < ($1.indicator, $1.year, $1.breakdown?.rawValue ?? "", $1.key) }
    }

    static func percent(_ part: Double, _ whole: Double) -> Double { whole == 0 ? 0 : (part / whole * 1000).rounded() / 10 }

    static func median(_ values: [Int]) -> Double? {
        let s = values.sorted()
        guard !s.isEmpty else { return nil }
        return s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The keys of an organisation in one breakdown (zones may be several).
    static func keys(_ f: PlatformFacts, organisation: UUID, district: District? = nil, programme: UUID? = nil, year: Int? = nil, _ b: Breakdown) -> [(String, LocalizedText)] {
        switch b {
        case .programme:
            guard let programme else { return [] }
            return [(programme.uuidString.lowercased(), f.programmes[programme] ?? LocalizedText(zh: "未知计划", en: "Unknown programme"))]
        case .district:
            guard let d = district ?? f.organisations[organisation]?.district else { return [] }
            return [(d.rawValue, d.label)]
        case .zone:
            return (f.zonesOf[organisation] ?? []).compactMap { code in Zones.zone(code).map { (code, $0.name) } }
        case .institutionKind:
            guard let t = f.organisations[organisation]?.type else { return [] }
            return [(t.rawValue, t.label)]
        case .industry:
            // The section of the code the enterprise declared (GB/T 4754); none declared is said so.
            guard let year else { return [] }
            return [f.industry(of: organisation, in: year).flatMap(IndustrySections.section(of:)) ?? (IndustrySections.undeclaredKey, IndustrySections.undeclared)]
        case .region:
            // Partners outside Beijing, by the province in their USCC (Art. 10); see `GRT-07`.
            return []
        case .kind, .month, .country:
            return []
        }
    }

    /// Sums `measure` over items per year, in total and per breakdown key; `finish` turns the
    /// sums (numerator, denominator) into the value.
    static func grouped<T>(_ code: String, _ items: [T], year: (T) -> Int, breakdowns: [Breakdown],
                           keys: (T, Breakdown) -> [(String, LocalizedText)], measure: (T) -> (Double, Double),
                           finish: (Double, Double) -> Double = { a, _ in a }) -> [Observation] {
        var totals: [Int: (Double, Double)] = [:]
        var parts: [String: (year: Int, b: Breakdown, key: String, label: LocalizedText, sum: (Double, Double))] = [:]
        for item in items {
            let y = year(item), m = measure(item)
            totals[y, default: (0, 0)].0 += m.0
            totals[y, default: (0, 0)].1 += m.1
            for b in breakdowns {
                for (key, label) in keys(item, b) {
                    let id = "\(y)|\(b.rawValue)|\(key)"
                    var entry = parts[id] ?? (y, b, key, label, (0, 0))
                    entry.sum.0 += m.0
                    entry.sum.1 += m.1
                    parts[id] = entry
                }
            }
        }
        return totals.map { Observation(indicator: code, year: $0.key, value: finish($0.value.0, $0.value.1)) }
            + parts.values.map { Observation(indicator: code, year: $0.year, breakdown: $0.b, key: $0.key, label: $0.label, value: finish($0.sum.0, $0.sum.1)) }
    }

    static func compute(_ f: PlatformFacts) -> [Observation] {
        var out: [Observation] = []
        let byCode = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.computed.map { ($0.code, $0.breakdowns) })
        func b(_ code: String) -> [Breakdown] { byCode[code] ?? [] }
        let projectKeys: (PlatformFacts.Project, Breakdown) -> [(String, LocalizedText)] = { p, br in
            keys(f, organisation: p.organisationID, programme: p.programmeID, br)
        }
        out += grouped("GRT-01", f.projects, year: \.year, breakdowns: b("GRT-01"), keys: projectKeys, measure: { _ in (1, 0) })
        out += grouped("GRT-02", f.projects, year: \.year, breakdowns: b("GRT-02"), keys: projectKeys, measure: { (Double($0.amount), 0) })
        let young = IndicatorCatalogue.youngScientist
        out += grouped("GRT-03", f.projects, year: \.year, breakdowns: b("GRT-03"), keys: projectKeys,
                       measure: { p in (young.isYoung(birthYear: f.birthYears[p.piID], in: p.year) ? 1 : 0, 1) }, finish: percent)
        // GRT-04: medians, not sums.
        var days: [Int: [Int]] = [:], daysByProgramme: [String: (Int, UUID, [Int])] = [:]
        for p in f.projects {
            guard let submitted = f.submittedAt[p.applicationID] else { continue }
            let from = BeijingDay(containing: submitted).start
            let n = Int(((p.awardDate.start.timeIntervalSince(from)) / 86_400).rounded())
            days[p.year, default: []].append(n)
            daysByProgramme["\(p.year)|\(p.programmeID)", default: (p.year, p.programmeID, [])].2.append(n)
        }
        for (year, values) in days { if let m = median(values) { out.append(Observation(indicator: "GRT-04", year: year, value: m)) } }
        for (_, g) in daysByProgramme {
            guard let m = median(g.2), let (key, label) = keys(f, organisation: UUID(), programme: g.1, .programme).first else { continue }
            out.append(Observation(indicator: "GRT-04", year: g.0, breakdown: .programme, key: key, label: label, value: m))
        }
        // GRT-05/06: shares, broken down by the kinds' amounts (yuan).
        out += grouped("GRT-05", f.projects, year: \.year, breakdowns: [], keys: projectKeys,
                       measure: { p in (p.researchType == .basic ? Double(p.amount) : 0, Double(p.amount)) }, finish: percent)
        out += grouped("GRT-06", f.projects, year: \.year, breakdowns: [], keys: projectKeys,
                       measure: { p in (p.fundingKind == .stable ? Double(p.amount) : 0, Double(p.amount)) }, finish: percent)
        for year in Set(f.projects.map(\.year)) {
            let those = f.projects.filter { $0.year == year }
            for kind in ResearchType.allCases {
                out.append(Observation(indicator: "GRT-05", year: year, breakdown: .kind, key: kind.rawValue, label: kind.label,
                                       value: Double(those.filter { $0.researchType == kind }.reduce(0) { $0 + $1.amount })))
            }
            for kind in FundingKind.allCases {
                out.append(Observation(indicator: "GRT-06", year: year, breakdown: .kind, key: kind.rawValue, label: kind.label,
                                       value: Double(those.filter { $0.fundingKind == kind }.reduce(0) { $0 + $1.amount })))
            }
        }
        let outside = f.projects.filter { p in p.partnerOrganisations.contains { f.organisations[$0]?.district == .outsideBeijing } }
        out += grouped("GRT-07", outside, year: \.year, breakdowns: b("GRT-07"), keys: { p, br in
            guard br == .region else { return projectKeys(p, br) }
            var seen = Set<String>()
            return p.partnerOrganisations.compactMap { f.organisations[$0] }.filter { $0.district == .outsideBeijing }
                .map { ProvinceCodes.province(uscc: $0.uscc) }.filter { seen.insert($0.0).inserted }
        }, measure: { _ in (1, 0) })
        for year in Set(f.projects.map(\.year)) where !outside.contains(where: { $0.year == year }) {
            out.append(Observation(indicator: "GRT-07", year: year, value: 0))
        }
        // Instruments.
        let effective = f.usage.filter(\.effective).compactMap { u in f.instruments[u.instrumentID].map { (u, $0) } }
        let usageKeys: ((PlatformFacts.Usage, PlatformFacts.Instrument), Breakdown) -> [(String, LocalizedText)] = { pair, br in
            keys(f, organisation: pair.1.organisationID, district: pair.1.district, br)
        }
        let hours: ((PlatformFacts.Usage, PlatformFacts.Instrument)) -> Double = { max(0, $0.0.end.timeIntervalSince($0.0.start)) / 3600 }
        out += grouped("INS-01", effective, year: { BeijingDay(containing: $0.0.start).year }, breakdowns: b("INS-01"), keys: usageKeys,
                       measure: { (hours($0), 0) }, finish: { a, _ in (a * 10).rounded() / 10 })
        out += grouped("INS-02", effective, year: { BeijingDay(containing: $0.0.start).year }, breakdowns: b("INS-02"), keys: usageKeys,
                       measure: { ($0.0.external ? hours($0) : 0, hours($0)) }, finish: percent)
        // Vouchers.
        let redemptionKeys: (PlatformFacts.Redemption, Breakdown) -> [(String, LocalizedText)] = { r, br in keys(f, organisation: r.organisationID, year: r.year, br) }
        out += grouped("ENT-01", f.redemptions, year: \.year, breakdowns: b("ENT-01"), keys: redemptionKeys, measure: { _ in (1, 0) })
        out += grouped("ENT-02", f.redemptions, year: \.year, breakdowns: b("ENT-02"), keys: redemptionKeys, measure: { (Double($0.amountFen) / 100, 0) })
        // Integrity findings by kind.
        out += grouped("INT-01", f.findings, year: \.year, breakdowns: [.kind],
                       keys: { finding, _ in [(finding.kind, FindingKind(rawValue: finding.kind)?.label ?? LocalizedText(zh: finding.kind, en: finding.kind))] },
                       measure: { _ in (1, 0) })
        return ordered(out)
    }
}
