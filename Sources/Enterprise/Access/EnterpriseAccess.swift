import Foundation
import Identity
import KechuangCore

/// Who may do what in the Enterprise module (object-level, behind the route's `Action`). Pure.
///
/// Decision (issue #20): no new platform role. An enterprise is an organisation of type
/// `enterprise`; its members (applicant or research-office memberships) act for it: enter and
/// submit its yearly profile, redeem its vouchers. The district verifies: department staff whose
/// department is in the enterprise's district (the platform administrator too). Programme
/// officers and department staff run the programmes: benefits, vouchers, settlement, registries.
/// A voucher provider's members claim settlement for its redemptions.
public enum EnterpriseAccess {
    public struct Viewer: Sendable, Equatable {
        public var personID: UUID
        public var roles: Set<Role>
        /// Organisations the person belongs to, with the role held there.
        public var memberships: [UUID: Set<Role>]

        public init(_ person: Person) {
            personID = person.id
            roles = person.roles
            var m: [UUID: Set<Role>] = [:]
            for membership in person.memberships {
                if let org = membership.organisationID { m[org, default: []].insert(membership.role) }
            }
            memberships = m
        }
    }

    public static func isAdmin(_ v: Viewer) -> Bool { v.roles.contains(.platformAdmin) }

    /// Acts for the enterprise: a member as applicant or research office (or the administrator).
    public static func actsFor(_ v: Viewer, enterprise organisationID: UUID) -> Bool {
        isAdmin(v) || !(v.memberships[organisationID] ?? []).isDisjoint(with: [.applicant, .researchOffice])
    }

    /// Verifies profiles in `district`: staff of a department in that district (departments are
    /// given as organisation id → district), or the administrator.
    public static func verifies(_ v: Viewer, district: District, departments: [UUID: District]) -> Bool {
        if isAdmin(v) { return true }
        return v.memberships.contains { org, roles in roles.contains(.departmentStaff) && departments[org] == district }
    }

    /// Runs the programmes: benefits, vouchers, settlement, registries.
    public static func runsProgrammes(_ v: Viewer) -> Bool {
        !v.roles.isDisjoint(with: [.programmeOfficer, .departmentStaff, .platformAdmin])
    }

    /// Sets up and corrects the programmes' data — benefits and their conditions, voucher
    /// programmes and their caps, registered providers, registry entries, finance products:
    /// programme officers, department staff and the administrator (the people who run them).
    public static func setsUpProgrammes(_ v: Viewer) -> Bool { runsProgrammes(v) }

    static func requireSetsUp(_ person: Person, basis: LegalBasis) throws {
        guard setsUpProgrammes(.init(person)) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有项目主管或政府部门工作人员可以设置和修改企业服务项目", en: "Only programme officers and department staff set up and change the enterprise programmes"),
                                        basis: basis)
        }
    }

    /// Speaks for a voucher provider or finance provider: any member of its organisation.
    public static func member(_ v: Viewer, of organisationID: UUID) -> Bool {
        isAdmin(v) || v.memberships[organisationID] != nil
    }
}
