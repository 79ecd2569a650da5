import KechuangCore

/// What a person may do for an organisation. The public has no role: it is anonymous.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    case applicant = "applicant"
    case researchOffice = "research_office"
    case reviewer = "reviewer"
    case programmeOfficer = "programme_officer"
    case integrityOfficer = "integrity_officer"
    case departmentStaff = "department_staff"
    case platformAdmin = "platform_admin"

    public var label: LocalizedText {
        switch self {
        case .applicant: LocalizedText(zh: "申请人/项目负责人", en: "Applicant / principal investigator")
        case .researchOffice: LocalizedText(zh: "科研管理部门", en: "Research office")
        case .reviewer: LocalizedText(zh: "评审专家", en: "Expert reviewer")
        case .programmeOfficer: LocalizedText(zh: "项目主管", en: "Programme officer")
        case .integrityOfficer: LocalizedText(zh: "科研诚信专员", en: "Integrity officer")
        case .departmentStaff: LocalizedText(zh: "政府部门工作人员", en: "Department staff")
        case .platformAdmin: LocalizedText(zh: "平台管理员", en: "Platform administrator")
        }
    }
}
