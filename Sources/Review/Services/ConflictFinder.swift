import Foundation

/// Computes every conflict of interest between the proposals of a round and the experts, from
/// platform data, each with its reason (Art. 29: equal competition; Art. 60: integrity). Pure:
/// the round service gathers the facts, this decides.
///
/// - same organisation: the expert belongs to an applying organisation (lead or partner) now;
/// - past organisation: the expert left an applying organisation less than 3 years ago;
/// - team member: the expert is the proposal's PI or on its team;
/// - co-project: the expert and someone on the proposal worked on a funded project together
///   within the last 5 years;
/// - co-applicant: the expert and someone on the proposal are together on another proposal of
///   the same round;
/// - declared: the expert declared a conflict with someone on the proposal or an applying
///   organisation, not expired;
/// - integrity: the expert is under a restriction on review duty (every proposal);
/// - unavailable: the expert's availability does not cover the review period (every proposal).
public struct ConflictFinder: Sendable {
    public struct Proposal: Sendable {
        public let id: UUID
        /// Lower-cased emails of the PI and team members.
        public let people: Set<String>
        /// Lead and partner organisations.
        public let organisations: Set<UUID>
        public init(id: UUID, people: Set<String>, organisations: Set<UUID>) {
            self.id = id
            self.people = people
            self.organisations = organisations
        }
    }

    public struct Expert: Sendable {
        public let id: UUID
        public let email: String
        public let organisations: Set<UUID>
        public let profile: ExpertProfile
        /// Set when the expert may not review at all: the reason and its detail.
        public let excludedEverywhere: (reason: ConflictReason, detail: String)?
        public init(id: UUID, email: String, organisations: Set<UUID>, profile: ExpertProfile, excludedEverywhere: (reason: ConflictReason, detail: String)?) {
            self.id = id
            self.email = email.lowercased()
            self.organisations = organisations
            self.profile = profile
            self.excludedEverywhere = excludedEverywhere
        }
    }

    public let proposals: [Proposal]
    /// Participants (lower-cased emails) of funded projects of the last 5 years.
    public let recentProjects: [Set<String>]
    public let now: Date
    public let currentYear: Int
    public let organisationNames: [UUID: String]

    public init(proposals: [Proposal], recentProjects: [Set<String>], now: Date, currentYear: Int, organisationNames: [UUID: String]) {
        self.proposals = proposals
        self.recentProjects = recentProjects
        self.now = now
        self.currentYear = currentYear
        self.organisationNames = organisationNames
    }

    /// Every conflicted pair of this expert, each reason once.
    public func conflicts(of expert: Expert) -> [Exclusion] {
        var out: [Exclusion] = []
        func add(_ p: Proposal, _ reason: ConflictReason, _ detail: String) {
            out.append(Exclusion(applicationID: p.id, expertID: expert.id, reason: reason, detail: detail, byOfficer: false))
        }
        let projectsOfExpert = recentProjects.filter { $0.contains(expert.email) }
        for p in proposals {
            if let everywhere = expert.excludedEverywhere {
                add(p, everywhere.reason, everywhere.detail)
            }
            let shared = p.organisations.intersection(expert.organisations)
            if !shared.isEmpty {
                add(p, .sameOrganisation, names(shared))
            }
            let past = expert.profile.pastAffiliations.filter { p.organisations.contains($0.organisationID) && currentYear - $0.untilYear < 3 }
            if !past.isEmpty {
                add(p, .pastOrganisation, past.map { "\($0.organisationName) \($0.fromYear)–\($0.untilYear)" }.joined(separator: "; "))
            }
            if p.people.contains(expert.email) {
                add(p, .teamMember, expert.email)
            }
            let partners = p.people.subtracting([expert.email])
            if let project = projectsOfExpert.first(where: { !$0.isDisjoint(with: partners) }) {
                add(p, .coProject, project.intersection(partners).sorted().joined(separator: ", "))
            }
            if let other = proposals.first(where: { $0.id != p.id && $0.people.contains(expert.email) && !$0.people.isDisjoint(with: partners) }) {
                add(p, .coApplicant, other.id.uuidString)
            }
            let declared = expert.profile.declaredConflicts.filter { conflict in
                if let expires = conflict.expires, expires <= now { return false }
                switch conflict.target {
                case .person(let email): return p.people.contains(email.lowercased())
                case .organisation(let id): return p.organisations.contains(id)
                }
            }
            if !declared.isEmpty {
                add(p, .declared, declared.map(\.reason).joined(separator: "; "))
            }
        }
        return out
    }

    private func names(_ ids: Set<UUID>) -> String {
        ids.map { organisationNames[$0] ?? $0.uuidString }.sorted().joined(separator: ", ")
    }
}
