import KechuangCore

/// Everything a route can do, one case per action. Every route names exactly one action, and the
/// policy below is the only place that decides who may perform it: deny by default.
public enum Action: String, Sendable, CaseIterable {
    // Public
    case viewHome, signIn, viewHealth, viewMetrics, viewAPIDocument, viewPolicies, viewCalls
    // Any signed-in person
    case signOut, viewDashboard, viewOwnProfile, editOwnProfile, manageOwnTokens
    /// Reading one application: the service then lets only its PI, its research office, and the
    /// programme officer once it reached them see it.
    case viewApplication
    // Administration
    case viewOrganisations, manageOrganisations, viewPeople, managePeople
    case viewAuditLog
    // Projects
    case lintCallText, manageCalls
    // Applications
    case applyForCalls, reviewInstitutionApplications, viewCallApplications
    /// The programme officer's formal check (形式审查) of applications that reached them.
    case formalCheckApplications
    // Integrity (Art. 60)
    /// What was decided for publication, during its publication period.
    case viewPublicIntegrityRecords
    /// A record's subject sees it and appeals or asks for credit repair.
    case viewOwnIntegrityRecords
    case manageIntegrityRecords
    /// An institution's own integrity rules and handling (Art. 60(2)).
    case manageInstitutionIntegrityRules
    // Review (Art. 29)
    case editOwnExpertProfile, reviewAssignedApplications
    case manageExperts, manageReviewRounds
    /// A published assignment report and its inputs, so anyone can re-run it.
    case viewAssignmentReports
    // Grants: money, inspections, chief scientist (Art. 22, 29, 50(2), 50(3))
    /// A project's money pages: the service lets only those who may view the project (`ProjectAccess`).
    case viewProjectMoney
    /// The institution records expenditure lines and budget adjustments (Art. 22, 50(2)).
    case recordProjectExpenditure
    /// The PI or the research office reports a milestone of the task agreement done.
    case reportProjectMilestones
    /// The funder releases tranches, approves cross-border lines and adjustments, reads programme execution.
    case decideProjectMoney
    /// The chief scientist allocates sub-tasks and budget (Art. 29).
    case allocateSubTasks
    /// The one inspection plan (Art. 50(3)): bodies read all of it, research offices their own.
    case viewInspectionPlan
    /// Inspecting bodies enter inspections and record findings (Art. 50(3)).
    case manageInspections
    // Grants: reports, outputs, changes, acceptance, results register (Art. 22, 31, 33, 48, 59, 64)
    /// A project's reports, outputs, change requests and acceptance: the service decides by `ProjectAccess`.
    case followProjectReports
    /// The research office, then the programme officer, decide change requests (Art. 22).
    case decideProjectChanges
    /// The funder opens final acceptance, chooses the panel, decides; sends report reminders (Art. 31).
    case manageAcceptance
    /// An expert scores a project at final acceptance.
    case reviewAcceptance
    /// The results register, public fields only (Art. 33, 59).
    case viewResultsRegister
    // Grants: award, projects, task agreements (Art. 22, 28, 29)
    /// The programme officer's funding decision (立项): the award and the project it creates.
    case decideFunding
    /// A person's projects and one project's page and agreement: the service decides by `ProjectAccess`.
    case viewProjects
    /// Edit and sign a task agreement (PI, research office, officer): the service decides by `ProjectAccess`.
    case signProjectAgreements
    // Instruments (Art. 55): the public registry, calendars, statistics and the openness evaluation.
    case viewInstruments
    /// Book, cancel, wait, rate; one's own bookings and bills.
    case bookInstruments
    /// Run instruments: approvals, usage, blackouts, trainings, bills. `InstrumentAccess` decides which (designated managers, the research office).
    case operateInstruments
    /// The research office registers, edits and publishes its institution's instruments and designates managers.
    case manageInstruments
    // Enterprises (Art. 23, 25, 26, 37, 51–54): tiers, criteria, registries and finance are public; acting for an
    // enterprise or a voucher provider is decided by `EnterpriseAccess`; officers and department staff run the programmes.
    case viewEnterprises, actForEnterprises, runEnterpriseProgrammes
    // Talent (Art. 40, 41, 47, 72): the catalogue, openings and the points calculator are public; one's own
    // achievements and service requests need a sign-in; `TalentAccess` decides which request and which organisation.
    case viewTalent, useTalentServices, postTalentOpenings, manageTalentCatalogue, serveTalentDesks, readTalentDossiers
    // Portal data catalogue (Art. 57, 68): the catalogue, DCAT-AP and the CKAN-compatible API are public;
    // requesting on-request data needs a sign-in; the publisher's research office or programme officer decides (`DataAccessPolicy`).
    case viewDataCatalogue, requestDataAccess, decideDataAccess
    // Publishing data sets and versions (Art. 57): the role is checked here, the organisation by `DatasetPublishing`.
    case publishDatasets
    // Public consultation (Art. 58, 75): anyone reads; anyone signed in comments; officers draft, publish, moderate, answer and adopt.
    case viewConsultations, commentOnConsultations, manageConsultations
    // Public funded projects and results (Art. 56): search, project, institution and PI pages, exports, feed, sitemap, the public API.
    case viewPublicProjects
    // Scenario demand lists and certification (Art. 34, 35): lists, pilots and certificates are public; organisations' people
    // submit solutions and apply; department staff publish lists and decide; experts review. `MarketAccess` decides which object.
    case viewScenarios, submitScenarioSolutions, manageScenarioBatches, reviewMarketSubmissions, viewCertificates, applyForCertification, manageCertification
    // Technology market and contract registration (Art. 36): listings, matches and contract statistics are public; members of an
    // organisation list, ask and submit contracts; registrars (department staff) decide. `TradeAccess`/`ContractAccess` decide which object.
    case viewTechMarket, tradeTechnology, submitTechContracts, registerTechContracts
    // Transfer offices, proof-of-concept centres and pilot bases (Art. 32): the registries are public; members of an organisation
    // register its platforms and managers, request services and answer requests. `PlatformAccess` decides which object.
    case viewTransferPlatforms, useTransferPlatforms
    // Monitoring indicators (Art. 13–16, 49, 63): the indicator system, the zone registry and published releases are public;
    // officers read the live figures; department staff report figures, publish releases and keep the zone registry (`MonitoringAccess`).
    case viewMonitoringReleases, viewMonitoring, reportMonitoringData, publishMonitoringReleases, manageMonitoringZones
    // Key-task ledger (Art. 6, 8, 14) and risk warnings (Art. 65): officers read; department staff keep the ledger, report progress
    // (`LedgerAccess` decides which task) and run, acknowledge and close warnings (`WarningAccess` decides who closes which).
    case viewLedger, manageLedger, reportLedgerProgress, viewWarnings, manageWarnings
    // Ethics registry (Art. 61): committees are public; research offices and integrity officers register committees and decisions (`EthicsAccess`).
    case viewEthicsRegistry, manageEthicsRegistry
    // Awards (Art. 12): winners are public; research offices nominate for their unit; department staff set up schemes and decide (`AwardsAccess`).
    case viewAwards, nominateForAwards, manageAwards
    // International cooperation (Art. 9, 66–71): published entries are public; department staff register, edit and publish (`InternationalAccess`).
    case viewInternational, manageInternational
}

/// Who may perform an action.
public enum Requirement: Sendable, Equatable {
    /// Anyone, signed in or not.
    case anyone
    /// Any signed-in person, whatever their roles.
    case signedIn
    /// A signed-in person holding one of these roles (at any organisation).
    case anyRole(Set<Role>)
}

public enum AccessPolicy {
    /// The table of the whole platform's permissions. A new action does not compile until it is here.
    public static func requirement(for action: Action) -> Requirement {
        switch action {
        case .viewInstruments:
            .anyone
        case .bookInstruments, .operateInstruments:
            .signedIn
        case .manageInstruments:
            .anyRole([.researchOffice, .platformAdmin])
        case .viewEnterprises:
            .anyone
        case .actForEnterprises:
            .signedIn
        case .runEnterpriseProgrammes:
            .anyRole([.programmeOfficer, .departmentStaff, .platformAdmin])
        case .viewHome, .signIn, .viewHealth, .viewMetrics, .viewAPIDocument, .viewPolicies, .viewCalls,
             .viewPublicIntegrityRecords, .viewAssignmentReports:
            .anyone
        case .signOut, .viewDashboard, .viewOwnProfile, .editOwnProfile, .manageOwnTokens, .viewApplication, .viewOwnIntegrityRecords:
            .signedIn
        case .viewOrganisations:
            .anyRole([.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff])
        case .viewPeople:
            .anyRole([.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer])
        case .manageOrganisations, .managePeople:
            .anyRole([.platformAdmin])
        case .viewAuditLog:
            .anyRole([.platformAdmin, .integrityOfficer])
        case .lintCallText, .manageCalls:
            .anyRole([.programmeOfficer, .platformAdmin])
        // The platform admin passes the policy as for every action (AccessPolicyTests); the
        // Applications service still requires an applicant or research-office membership.
        case .applyForCalls:
            .anyRole([.applicant, .platformAdmin])
        case .reviewInstitutionApplications:
            .anyRole([.researchOffice, .platformAdmin])
        case .viewCallApplications, .formalCheckApplications, .manageExperts, .manageReviewRounds:
            .anyRole([.programmeOfficer, .platformAdmin])
        case .manageIntegrityRecords:
            .anyRole([.integrityOfficer, .platformAdmin])
        case .manageInstitutionIntegrityRules:
            .anyRole([.researchOffice, .platformAdmin])
        case .editOwnExpertProfile, .reviewAssignedApplications:
            .anyRole([.reviewer, .platformAdmin])
        case .viewProjectMoney:
            .signedIn
        case .recordProjectExpenditure:
            .anyRole([.researchOffice, .platformAdmin])
        case .reportProjectMilestones:
            .anyRole([.applicant, .researchOffice, .platformAdmin])
        case .decideProjectMoney:
            .anyRole([.programmeOfficer, .platformAdmin])
        case .allocateSubTasks:
            .anyRole([.applicant, .platformAdmin])
        case .viewInspectionPlan:
            .anyRole([.researchOffice, .programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin])
        case .manageInspections:
            .anyRole([.programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin])
        case .followProjectReports:
            .signedIn
        case .decideProjectChanges:
            .anyRole([.researchOffice, .programmeOfficer, .platformAdmin])
        case .manageAcceptance:
            .anyRole([.programmeOfficer, .platformAdmin])
        case .reviewAcceptance:
            .anyRole([.reviewer, .platformAdmin])
        case .decideFunding:
            .anyRole([.programmeOfficer, .platformAdmin])
        case .viewProjects, .signProjectAgreements:
            .signedIn
        case .viewResultsRegister:
            .anyone
        case .viewTalent:
            .anyone
        case .useTalentServices:
            .signedIn
        case .postTalentOpenings:
            .anyRole([.researchOffice, .platformAdmin])
        case .manageTalentCatalogue:
            .anyRole([.departmentStaff, .programmeOfficer, .platformAdmin])
        case .serveTalentDesks:
            .anyRole([.departmentStaff, .platformAdmin])
        case .readTalentDossiers:
            .anyRole([.reviewer, .programmeOfficer, .platformAdmin])
        case .viewDataCatalogue:
            .anyone
        case .requestDataAccess:
            .signedIn
        case .decideDataAccess, .publishDatasets:
            .anyRole([.researchOffice, .programmeOfficer, .platformAdmin])
        case .viewConsultations:
            .anyone
        case .viewPublicProjects:
            .anyone
        case .viewScenarios, .viewCertificates:
            .anyone
        case .submitScenarioSolutions, .applyForCertification:
            .signedIn
        case .manageScenarioBatches:
            .anyRole([.departmentStaff, .platformAdmin])
        case .reviewMarketSubmissions:
            .anyRole([.reviewer, .platformAdmin])
        case .manageCertification:
            .anyRole([.departmentStaff, .programmeOfficer, .platformAdmin])
        case .viewTechMarket:
            .anyone
        case .tradeTechnology, .submitTechContracts:
            .signedIn
        case .registerTechContracts:
            .anyRole([.departmentStaff, .platformAdmin])
        case .viewTransferPlatforms:
            .anyone
        case .useTransferPlatforms:
            .signedIn
        case .viewMonitoringReleases:
            .anyone
        case .viewMonitoring:
            .anyRole([.departmentStaff, .programmeOfficer, .platformAdmin])
        case .reportMonitoringData, .publishMonitoringReleases, .manageMonitoringZones:
            .anyRole([.departmentStaff, .platformAdmin])
        case .viewLedger:
            .anyRole([.departmentStaff, .programmeOfficer, .platformAdmin])
        case .manageLedger, .reportLedgerProgress, .manageWarnings:
            .anyRole([.departmentStaff, .platformAdmin])
        case .viewWarnings:
            .anyRole([.departmentStaff, .programmeOfficer, .integrityOfficer, .platformAdmin])
        case .viewEthicsRegistry, .viewAwards:
            .anyone
        case .manageEthicsRegistry:
            .anyRole([.researchOffice, .integrityOfficer, .platformAdmin])
        case .nominateForAwards:
            .anyRole([.researchOffice, .platformAdmin])
        case .manageAwards:
            .anyRole([.departmentStaff, .platformAdmin])
        case .viewInternational:
            .anyone
        case .manageInternational:
            .anyRole([.departmentStaff, .platformAdmin])
        case .commentOnConsultations:
            .signedIn
        case .manageConsultations:
            .anyRole([.programmeOfficer, .departmentStaff, .platformAdmin])
        }
    }

    public enum Decision: Sendable, Equatable {
        case allow
        /// Not signed in: sign in first.
        case needsSignIn
        /// Signed in, but no role that allows this.
        case deny
    }

    public static func decide(_ action: Action, roles: Set<Role>?) -> Decision {
        switch requirement(for: action) {
        case .anyone: return .allow
        case .signedIn: return roles == nil ? .needsSignIn : .allow
        case .anyRole(let allowed):
            guard let roles else { return .needsSignIn }
            return roles.isDisjoint(with: allowed) ? .deny : .allow
        }
    }
}
