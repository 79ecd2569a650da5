import Foundation
import Grants
import KechuangCore
import Projects
import SQLKit

/// The Grants side of a generated season: projects numbered as `Awards` numbers them, and outputs.
extension SeasonWriter {
    struct Awarded {
        let id: UUID
        let number: String
        let institution: Institution
        let topic: PortalSeasonText.Pair
        let changed: Date
    }

    /// The programme's two digits (`grt_programme_codes`), taken as `Awards.nextNumber` takes them
    /// when a programme has none yet.
    mutating func programmeDigits(for programmeIDs: Set<UUID>) async throws -> [UUID: (letter: String, digits: Int)] {
        var codes: [UUID: (letter: String, digits: Int)] = [:]
        for row in try await sql.select().columns("programme_id", "letter", "digits").from("grt_programme_codes").all() {
            codes[try row.decode(column: "programme_id", as: UUID.self)] = (try row.decode(column: "letter", as: String.self), try row.decode(column: "digits", as: Int.self))
        }
        for id in programmeIDs.sorted(by: { $0.uuidString < $1.uuidString }) where codes[id] == nil {
            guard let programme = programmes[id] else { throw PortalSeasonError(description: "call of unknown programme \(id)") }
            let letter = ProjectNumber.letter(for: programme.kind)
            let next = (codes.values.filter { $0.letter == letter }.map(\.digits).max() ?? (ProjectNumber.firstProgrammeDigits - 1)) + 1
            guard next <= ProjectNumber.maxProgrammeDigits else { throw PortalSeasonError(description: "no programme digits left for letter \(letter)") }
            try await sql.insert(into: "grt_programme_codes").columns("id", "programme_id", "letter", "digits")
                .values(Self.bind(rng.uuid()), Self.bind(id), Self.bind(letter), Self.bind(next)).run()
            codes[id] = (letter, next)
        }
        return codes
    }

    /// Each funded application becomes a project awarded between 20 August and 30 September of the
    /// season's year, numbered after the programme's last number of that year; the sequences are advanced.
    mutating func writeProjects(_ funded: [Funded]) async throws -> [Awarded] {
        let codes = try await programmeDigits(for: Set(funded.map(\.call.programmeID)))
        var last: [UUID: Int] = [:]
        for row in try await sql.select().columns("programme_id", "last").from("grt_number_sequences").where("year", .equal, SQLBind(year)).all() {
            last[try row.decode(column: "programme_id", as: UUID.self)] = try row.decode(column: "last", as: Int.self)
        }
        let before = last
        let first = BeijingDay(year: year, month: 8, day: 20)?.start ?? now
        var out: [Awarded] = []
        out.reserveCapacity(funded.count)
        try await insert("grt_projects", ["id", "number", "application_id", "call_id", "programme_id", "award_year", "sequence", "title_zh", "title_en",
                                          "pi_person_id", "organisation_id", "team_json", "start_date", "end_date", "requested_amount", "awarded_amount",
                                          "award_date", "funding_kind", "research_type", "budget_mode", "selection_mode", "chief_scientist",
                                          "parallel_route_json", "status", "version", "created_at", "updated_at"], rows: funded.count) { w, i in
            let f = funded[i]
            let programme = f.call.programmeID
            guard let code = codes[programme] else { throw PortalSeasonError(description: "no code for programme \(programme)") }
            let sequence = (last[programme] ?? 0) + 1
            guard sequence <= ProjectNumber.maxSequence else { throw PortalSeasonError(description: "more than \(ProjectNumber.maxSequence) projects in one programme") }
            last[programme] = sequence
            let number = ProjectNumber.format(letter: code.letter, year: w.year, programmeDigits: code.digits, sequence: sequence)
            let awardedAt = first.addingTimeInterval(Double(w.rng.int(41)) * 86_400 + Double(9 * 3_600 + w.rng.int(8 * 3_600)))
            let day = BeijingDay(containing: awardedAt)
            let end = BeijingDay(year: day.year + 3, month: day.month, day: min(day.day, 28)) ?? day
            let awarded = max(10_000, f.requested * (70 + w.rng.int(31)) / 100 / 10_000 * 10_000)
            let running = w.rng.int(100) >= 3
            let changed = running ? awardedAt.addingTimeInterval(Double(20 + w.rng.int(40)) * 86_400) : awardedAt
            out.append(Awarded(id: w.rng.uuid(), number: number, institution: f.institution, topic: f.topic, changed: changed))
            return [Self.bind(out[i].id), Self.bind(number), Self.bind(f.applicationID), Self.bind(f.call.id.rawValue), Self.bind(programme), Self.bind(w.year),
                    Self.bind(sequence), Self.bind(f.titleZh), Self.bind(f.titleEn), Self.bind(f.personID), Self.bind(f.institution.id), Self.bind("[]"),
                    Self.bind(day.description), Self.bind(end.description), Self.bind(f.requested), Self.bind(awarded), Self.bind(day.description),
                    Self.bind(FundingKind.competitive.rawValue), Self.bind(w.rng.pick(ResearchType.allCases).rawValue), Self.bind(f.call.budgetMode.rawValue),
                    Self.bind(f.call.selectionMode.rawValue), Self.bind(false), Self.null,
                    Self.bind((running ? ProjectStatus.running : ProjectStatus.agreementDraft).rawValue), Self.bind(running ? 2 : 1),
                    Self.bind(awardedAt), Self.bind(changed)]
        }
        for (programme, value) in last {
            if before[programme] != nil {
                try await sql.update("grt_number_sequences").set("last", to: SQLBind(value))
                    .where("programme_id", .equal, SQLBind(programme)).where("year", .equal, SQLBind(year)).run()
            } else {
                try await sql.insert(into: "grt_number_sequences").columns("id", "programme_id", "year", "last")
                    .values(Self.bind(rng.uuid()), Self.bind(programme), Self.bind(year), Self.bind(value)).run()
            }
        }
        progress("projects: \(out.count)")
        return out
    }

    /// 0 to twice `outputsPerProject` outputs a project, registered after its agreement; identifiers
    /// normalised as `Outputs.register` keeps them (DOI lower-case, patent and standard numbers upper-case).
    mutating func writeOutputs(_ projects: [Awarded]) async throws -> Int {
        var plan: [(project: Int, index: Int)] = []
        for p in projects.indices {
            for j in 0..<rng.int(2 * size.outputsPerProject + 1) { plan.append((p, j)) }
        }
        let kinds: [OutputKind] = [.paper, .paper, .paper, .paper, .paper, .paper, .patent, .patent, .software, .dataset]
        try await insert("grt_outputs", ["id", "project_id", "report_id", "kind", "title", "identifier", "year", "owner_organisation_id", "owner_name",
                                         "rights", "rights_holders_json", "rights_granted_on", "use_years", "created_at"], rows: plan.count) { w, i in
            let (p, j) = plan[i]
            let project = projects[p]
            let kind = j == 0 ? OutputKind.paper : w.rng.pick(kinds + [.standard])
            let registered = min(w.now, project.changed.addingTimeInterval(Double(w.rng.int(max(1, Int(w.now.timeIntervalSince(project.changed)) - 3_600)))))
            let year = BeijingDay(containing: registered).year
            let key = "\(project.number.lowercased()).\(j + 1)"
            let (title, identifier): (String, String) = switch kind {
            case .paper: ("\(project.topic.zh)的实验与理论研究（\(j + 1)）", "10.5555/kc.\(key)")
            case .patent: ("一种用于\(project.topic.zh)的装置及方法", "ZL\(year)1\(project.number.suffix(7))\(j)X")
            case .software: ("\(project.topic.zh)分析软件 V\(j + 1).0", "\(year)SR\(project.number.suffix(7))\(j)")
            case .dataset: ("\(project.topic.zh)观测数据集", "10.5555/data.\(key)")
            case .standard: ("\(project.topic.zh)技术规范", "T/BJKC \(project.number.suffix(5))\(j)-\(year)")
            }
            return [Self.bind(w.rng.uuid()), Self.bind(project.id), Self.null, Self.bind(kind.rawValue), Self.bind(title), Self.bind(identifier),
                    Self.bind(year), Self.bind(project.institution.id), Self.bind(project.institution.nameZh),
                    Self.bind(ResultRights.institutionRetains.rawValue), Self.bind("[]"), Self.null, Self.null, Self.bind(registered)]
        }
        progress("outputs: \(plan.count)")
        return plan.count
    }
}
