import Foundation
import KechuangCore

/// The one-stop service desks (Art. 47; Art. 72 for foreign talent) as data: which department
/// handles each kind of request, its service-level deadline in calendar days, and the documents
/// the request needs. The department changes these here (data), not in the workflow code.
public enum ServiceDesks {
    public struct Document: Sendable, Equatable {
        public let code: String
        public let label: LocalizedText
    }

    public struct Department: Sendable, Equatable {
        public let code: String
        public let name: LocalizedText
    }

    public struct Desk: Sendable, Equatable {
        public let kind: ServiceKind
        public let label: LocalizedText
        public let department: Department
        /// Calendar days from submission to the deadline.
        public let days: Int
        public let documents: [Document]
        public let basis: LegalBasis
        public let explanation: LocalizedText
    }

    static func doc(_ code: String, _ zh: String, _ en: String) -> Document { Document(code: code, label: LocalizedText(zh: zh, en: en)) }

    public static let departments: [Department] = [
        Department(code: "housing", name: LocalizedText(zh: "市住房和城乡建设委员会", en: "Municipal Commission of Housing and Urban-Rural Development")),
        Department(code: "health", name: LocalizedText(zh: "市卫生健康委员会", en: "Municipal Health Commission")),
        Department(code: "education", name: LocalizedText(zh: "市教育委员会", en: "Municipal Education Commission")),
        Department(code: "hrss", name: LocalizedText(zh: "市人力资源和社会保障局", en: "Municipal Human Resources and Social Security Bureau")),
        Department(code: "housing_fund", name: LocalizedText(zh: "北京住房公积金管理中心", en: "Beijing Housing Provident Fund Management Centre")),
        Department(code: "foreign_work", name: LocalizedText(zh: "市科学技术委员会、中关村管委会（外国人来华工作许可）", en: "Municipal S&T Commission and Zhongguancun Administration (foreigners' work permits)")),
        Department(code: "exit_entry", name: LocalizedText(zh: "市公安局出入境管理总队", en: "Exit and Entry Administration of the Municipal Public Security Bureau")),
    ]

    static func department(_ code: String) -> Department { departments.first { $0.code == code } ?? departments[0] }

    static let passport = doc("passport", "有效护照", "Valid passport")
    static let identity = doc("identity", "身份证件（身份证或护照）", "Identity document (ID card or passport)")
    static let contract = doc("contract", "劳动合同或聘用证明", "Employment contract or letter of appointment")
    static let photo = doc("photo", "近期证件照片", "Recent passport photo")
    static let health = doc("health", "体检证明", "Health certificate")

    public static let desks: [Desk] = [
        Desk(kind: .housing, label: LocalizedText(zh: "人才住房（人才公寓、租房补贴）", en: "Talent housing (talent apartments, rent subsidy)"),
             department: department("housing"), days: 20, documents: [identity, contract, doc("housing_status", "本人及配偶在京住房情况说明", "Statement of housing held in Beijing by you and your spouse")],
             basis: .art(47), explanation: LocalizedText(zh: "符合条件的人才可申请人才公寓或租房补贴（第四十七条）", en: "Eligible talent may apply for a talent apartment or a rent subsidy (Art. 47)")),
        Desk(kind: .medicalCare, label: LocalizedText(zh: "医疗保障（就医绿色通道）", en: "Medical care (priority access)"),
             department: department("health"), days: 5, documents: [identity, doc("talent_letter", "单位出具的人才认定或推荐函", "Letter of the employer recognising or recommending you")],
             basis: .art(47), explanation: LocalizedText(zh: "为人才提供就医便利（第四十七条）", en: "Talent is given convenient access to medical care (Art. 47)")),
        Desk(kind: .schooling, label: LocalizedText(zh: "子女入学", en: "Children's schooling"),
             department: department("education"), days: 30, documents: [identity, doc("child_birth", "子女出生证明或户籍证明", "Child's birth certificate or household registration"),
                                                                      doc("residence_proof", "在京居住证明", "Proof of residence in Beijing")],
             basis: .art(47), explanation: LocalizedText(zh: "协调人才子女入学（第四十七条）", en: "Places at school are arranged for the talent's children (Art. 47)")),
        Desk(kind: .socialInsurance, label: LocalizedText(zh: "社会保险", en: "Social insurance"),
             department: department("hrss"), days: 10, documents: [identity, contract],
             basis: .art(47), explanation: LocalizedText(zh: "办理社会保险登记与转移接续（第四十七条）", en: "Social insurance registration and transfers (Art. 47)")),
        Desk(kind: .housingFund, label: LocalizedText(zh: "住房公积金", en: "Housing provident fund"),
             department: department("housing_fund"), days: 10, documents: [identity, contract, doc("bank_card", "本人银行卡", "Your bank card")],
             basis: .art(47), explanation: LocalizedText(zh: "办理住房公积金缴存与提取（第四十七条）", en: "Housing provident fund deposits and withdrawals (Art. 47)")),
        Desk(kind: .workResidencePermit, label: LocalizedText(zh: "北京市工作居住证", en: "Beijing work-residence permit"),
             department: department("hrss"), days: 15, documents: [identity, contract, doc("degree", "学历学位证明", "Degree certificate"),
                                                                  doc("tax_record", "在京纳税或社保缴纳记录", "Record of tax or social insurance paid in Beijing")],
             basis: .art(47), explanation: LocalizedText(zh: "为非京籍人才办理工作居住证（第四十七条）", en: "A work-residence permit for talent not registered in Beijing (Art. 47)")),
        Desk(kind: .visa, label: LocalizedText(zh: "签证（人才签证、口岸签证邀请）", en: "Visa (talent visa, port-visa invitation)"),
             department: department("exit_entry"), days: 7, documents: [passport, photo, doc("invitation", "邀请单位的邀请函", "Invitation letter of the inviting employer"),
                                                                       doc("employer_certificate", "邀请单位的登记证明", "Registration certificate of the inviting employer")],
             basis: .art(72), explanation: LocalizedText(zh: "为外籍人才提供签证便利（第七十二条）", en: "Visa support for foreign talent (Art. 72)")),
        Desk(kind: .workPermit, label: LocalizedText(zh: "外国人来华工作许可", en: "Foreigner's work permit"),
             department: department("foreign_work"), days: 14, documents: [passport, contract, doc("degree", "学历学位证明", "Degree certificate"),
                                                                          doc("no_criminal_record", "无犯罪记录证明", "Certificate of no criminal record"), health],
             basis: .art(72), explanation: LocalizedText(zh: "外籍人才工作许可办理支持（第七十二条）", en: "Support with the work permit for foreign talent (Art. 72)")),
        Desk(kind: .residencePermit, label: LocalizedText(zh: "外国人居留许可（含永久居留推荐）", en: "Residence permit for foreigners (including permanent-residence recommendation)"),
             department: department("exit_entry"), days: 21, documents: [passport, photo, health, doc("work_permit", "外国人工作许可证", "Foreigner's work permit"),
                                                                        doc("accommodation", "境外人员住宿登记", "Registration of accommodation")],
             basis: .art(72), explanation: LocalizedText(zh: "外籍人才居留许可办理支持，积分评估达标者可获永久居留推荐（第七十二条）",
                                                         en: "Support with the residence permit; those meeting the points assessment may be recommended for permanent residence (Art. 72)")),
    ]

    public static func desk(_ kind: ServiceKind) -> Desk {
        desks.first { $0.kind == kind } ?? desks[0]
    }

    /// Errors for documents a request needs but does not declare enclosed, citing the desk's article.
    public static func missingDocuments(_ kind: ServiceKind, _ enclosed: [String]) -> [FieldError] {
        let desk = desk(kind)
        let missing = desk.documents.filter { !enclosed.contains($0.code) }
        guard !missing.isEmpty else { return [] }
        let zh = missing.map(\.label.zh).joined(separator: "、"), en = missing.map(\.label.en).joined(separator: "; ")
        let article = desk.basis
        return [FieldError(field: "documents", rule: "service.documents.complete",
                           message: LocalizedText(zh: "\(desk.label.zh)还需要以下材料：\(zh)", en: "\(desk.label.en) also needs: \(en)"), basis: article)]
    }
}
