import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore

/// The proposals' conflict and assignment machinery for any other panel — final acceptance of
/// funded projects (Grants, Art. 31) — so that a panel is chosen exactly as a review round is:
/// conflicts from platform data (`ConflictFinder`, the integrity restriction on review duty,
/// availability), affinity (`AffinityModel`) and the exact solver (`RapSolver`). Nothing is
/// stored here: the caller keeps the panel it is given.
public struct PanelAssignment: Sendable {
    /// One thing to review: a project, with who is on it and what it is about.
    public struct Subject: Sendable {
        public let id: UUID
        public let title: String
        /// Titles, keywords, summary: what affinity is computed from.
        public let text: String
        public let discipline: String
        /// Lower-cased e-mail addresses of the PI and team.
        public let people: Set<String>
        public let organisations: Set<UUID>

        public init(id: UUID, title: String, text: String, discipline: String, people: Set<String>, organisations: Set<UUID>) {
            self.id = id
            self.title = title
            self.text = text
            self.discipline = discipline
            self.people = Set(people.map { $0.lowercased() })
            self.organisations = organisations
        }
    }

    public struct Pair: Sendable, Equatable {
        public let subjectID: UUID
        public let expertID: UUID
        public let expertName: String
        public let affinity: Int
    }

    public struct Result: Sendable {
        public let pairs: [Pair]
        /// Every excluded subject × expert pair with its reason (conflicts, integrity, availability).
        public let exclusions: [Exclusion]
        /// Experts of the pool of the wanted kind.
        public let candidates: Int
        public let objective: Int
    }

    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// Chooses `k` reviewers per subject among the active experts who belong to an organisation of
    /// one of `organisationTypes` (nil: any), at most `maxLoad` subjects each, available until
    /// `until`. `recentProjects` are the participants of projects of the last 5 years (co-project
    /// conflicts). Infeasible: a validation error on `field` with the solver's explanation (Art. 29).
    public func assign(_ subjects: [Subject], reviewersPerSubject k: Int, maxLoad: Int, until: Date, recentProjects: [Set<String>],
                       organisationTypes: Set<OrganisationType>?, field: String = "reviewers") async throws -> Result {
        let at = now()
        let directory = Directory(db: db)
        var organisationNames: [UUID: String] = [:]
        var types: [UUID: OrganisationType] = [:]
        func organisation(_ id: UUID) async throws -> Organisation? {
            do {
                let org = try await directory.organisation(id)
                organisationNames[id] = org.nameZh
                types[id] = org.type
                return org
            } catch DomainError.notFound { return nil }
        }
        for id in Set(subjects.flatMap(\.organisations)) { _ = try await organisation(id) }
        var pool: [(profile: ExpertProfile, person: Person, organisations: [UUID])] = []
        for (profile, person) in try await ExpertPool(db: db, now: now).listWithPeople(activeOnly: true) {
            let orgs = person.memberships.compactMap(\.organisationID)
            for id in orgs where types[id] == nil { _ = try await organisation(id) }
            if let wanted = organisationTypes, !orgs.contains(where: { types[$0].map(wanted.contains) ?? false }) { continue }
            pool.append((profile, person, orgs))
        }
        let finder = ConflictFinder(
            proposals: subjects.map { .init(id: $0.id, people: $0.people, organisations: $0.organisations) },
            recentProjects: recentProjects, now: at, currentYear: BeijingDay(containing: at).year, organisationNames: organisationNames)
        let integrity = IntegrityService(db: db, now: now)
        var exclusions: [Exclusion] = []
        for expert in pool {
            var everywhere: (reason: ConflictReason, detail: String)?
            let decision = try await integrity.check(.person(expert.profile.personID), .reviewDuty, at: at)
            if !decision.isAllowed {
                everywhere = (.integrity, decision.reason.zh)
            } else if !expert.profile.isAvailable(from: at, until: until) {
                everywhere = (.unavailable, "")
            }
            exclusions += finder.conflicts(of: .init(id: expert.profile.personID, email: expert.person.email, organisations: Set(expert.organisations),
                                                     profile: expert.profile, excludedEverywhere: everywhere))
        }
        let model = AffinityModel(proposals: subjects.map { (text: $0.text, discipline: $0.discipline) },
                                  experts: pool.map { (text: $0.profile.keywords + "\n" + $0.profile.expertise, disciplines: $0.profile.disciplines) })
        let affinity = model.matrix()
        let subjectIndex = Dictionary(uniqueKeysWithValues: subjects.enumerated().map { ($1.id, $0) })
        let expertIndex = Dictionary(uniqueKeysWithValues: pool.enumerated().map { ($1.profile.personID, $0) })
        var forbidden = Set<Int>()
        for e in exclusions {
            if let p = subjectIndex[e.applicationID], let j = expertIndex[e.expertID] { forbidden.insert(p * pool.count + j) }
        }
        let instance = RapInstance(panel: "panel", k: k, maxLoads: pool.map { min($0.profile.maxLoad, maxLoad) }, affinity: affinity, forbidden: forbidden)
        let solution: RapSolution
        do {
            solution = try RapSolver.solve(instance, fair: false, seed: 0, titles: subjects.map(\.title))
        } catch let failure as RapSolver.Infeasible {
            throw DomainError.validation([FieldError(field: field, rule: "panel.assignment.feasible",
                message: LocalizedText(zh: "无法选出评审专家：\(failure.explanation.zh)", en: "No panel can be chosen: \(failure.explanation.en)"), basis: .art(29))])
        }
        let pairs = solution.pairs.map { p, e in
            Pair(subjectID: subjects[p].id, expertID: pool[e].profile.personID, expertName: pool[e].profile.name, affinity: affinity[p][e])
        }
        return Result(pairs: pairs, exclusions: exclusions, candidates: pool.count, objective: solution.objective)
    }
}

extension RapInstance {
    /// An instance for a panel outside a review round: no minimum load, no published files.
    init(panel name: String, k: Int, maxLoads: [Int], affinity: [[Int]], forbidden: Set<Int>) {
        self.name = name
        seed = 0
        self.k = k
        self.maxLoads = maxLoads
        minLoads = maxLoads.map { _ in 0 }
        proposalInstitutions = affinity.map { _ in [] }
        reviewerInstitutions = maxLoads.indices.map { "none-r\($0)" }
        self.affinity = affinity
        conflicts = []
        self.forbidden = forbidden
    }
}
