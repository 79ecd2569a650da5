import Foundation
import Identity
import Testing
@testable import Grants

/// `ProjectAccess`: who may view, edit, approve and manage a project.
@Suite struct ProjectAccessTests {
    static let pi = UUID(), org = UUID(), otherOrg = UUID()
    static let facts = ProjectAccess.Facts(principalInvestigator: pi, organisation: org, teamEmails: ["member@example.cn"])

    static func viewer(_ roles: Set<Role>, id: UUID = UUID(), email: String = "x@example.cn", office: Set<UUID> = []) -> ProjectAccess.Viewer {
        ProjectAccess.Viewer(id: id, email: email, roles: roles, researchOfficeOf: office)
    }

    /// (who, view, edit, approve, manage)
    static let rows: [(String, ProjectAccess.Viewer, Bool, Bool, Bool, Bool)] = [
        ("PI", viewer([.applicant], id: pi), true, true, false, false),
        ("team member", viewer([.applicant], email: "Member@example.cn"), true, false, false, false),
        ("research office of the PI's organisation", viewer([.researchOffice], office: [org]), true, false, true, false),
        ("research office of another organisation", viewer([.researchOffice], office: [otherOrg]), false, false, false, false),
        ("programme officer", viewer([.programmeOfficer]), true, false, false, true),
        ("platform admin", viewer([.platformAdmin]), true, false, false, true),
        ("reviewer", viewer([.reviewer]), false, false, false, false),
        ("integrity officer", viewer([.integrityOfficer]), false, false, false, false),
        ("department staff", viewer([.departmentStaff]), false, false, false, false),
        ("another applicant", viewer([.applicant]), false, false, false, false),
    ]

    @Test func test_accessMatrix_PIEdits_teamViews_officeApproves_officersManage_nobodyElse() {
        for (who, viewer, view, edit, approve, manage) in Self.rows {
            #expect(ProjectAccess.may(.view, viewer, Self.facts) == view, "\(who) view")
            #expect(ProjectAccess.may(.edit, viewer, Self.facts) == edit, "\(who) edit")
            #expect(ProjectAccess.may(.approve, viewer, Self.facts) == approve, "\(who) approve")
            #expect(ProjectAccess.may(.manage, viewer, Self.facts) == manage, "\(who) manage")
        }
    }

    @Test func test_everyRoleHasARow() {
        let covered = Set(Self.rows.flatMap(\.1.roles))
        #expect(covered == Set(Role.allCases))
    }
}
