import Foundation
import KechuangCore

/// The recognition criteria as data, each citing its basis: the regulation's Art. 34(2) and, for
/// first (set) equipment, the national guidance catalogue the recognition follows. Applications
/// give evidence for every criterion of their kind.
public enum CertificationCriteria {
    static let catalogue = LegalBasis.standard("首台（套）重大技术装备推广应用指导目录")

    public static let all: [CertificationCriterion] = [
        CertificationCriterion(id: "registered", kinds: Set(CertificationKind.allCases),
            text: LocalizedText(zh: "申请单位在本市依法注册，具有独立法人资格", en: "The applicant is registered in Beijing as an independent legal person"),
            evidenceHint: LocalizedText(zh: "写明统一社会信用代码与注册地", en: "Give the unified social credit code and where it is registered"), basis: .art(34, 2)),
        CertificationCriterion(id: "own_ip", kinds: [.newTechnology, .newProduct, .newService],
            text: LocalizedText(zh: "拥有核心技术的自主知识产权", en: "The core technology is the applicant's own intellectual property"),
            evidenceHint: LocalizedText(zh: "列出专利号、软件著作权登记号等", en: "List patent or software copyright numbers"), basis: .art(34, 2)),
        CertificationCriterion(id: "tech_level", kinds: [.newTechnology, .newProduct, .firstSet],
            text: LocalizedText(zh: "技术水平国内领先或填补国内空白", en: "Leading or first of its kind in China"),
            evidenceHint: LocalizedText(zh: "写明科技查新或第三方检测报告编号", en: "Give the novelty search or third-party test report number"), basis: .art(34, 2)),
        CertificationCriterion(id: "first_market", kinds: [.newProduct, .newService],
            text: LocalizedText(zh: "首次投放市场不超过三年", en: "First brought to market no more than three years ago"),
            evidenceHint: LocalizedText(zh: "写明首次销售或上线日期及合同编号", en: "Give the date and contract of the first sale or launch"), basis: .art(34, 2)),
        CertificationCriterion(id: "service_model", kinds: [.newService],
            text: LocalizedText(zh: "服务模式有创新并已有用户", en: "The service is new in how it works and has users"),
            evidenceHint: LocalizedText(zh: "说明服务模式与用户情况", en: "Describe the service model and its users"), basis: .art(34, 2)),
        CertificationCriterion(id: "quality", kinds: [.newProduct, .firstSet],
            text: LocalizedText(zh: "产品质量检测合格", en: "The product passed quality testing"),
            evidenceHint: LocalizedText(zh: "写明检测机构与报告编号", en: "Give the testing body and report number"), basis: .art(34, 2)),
        CertificationCriterion(id: "firstset_catalogue", kinds: [.firstSet],
            text: LocalizedText(zh: "属于首台（套）重大技术装备推广应用指导目录范围", en: "Within the first (set) major technical equipment guidance catalogue"),
            evidenceHint: LocalizedText(zh: "写明目录中的类别与条目", en: "Give the catalogue's category and entry"), basis: catalogue),
        CertificationCriterion(id: "firstset_first_use", kinds: [.firstSet],
            text: LocalizedText(zh: "已签订首台（套）销售合同或开展首次示范应用", en: "A first-set sales contract is signed or its first demonstration has begun"),
            evidenceHint: LocalizedText(zh: "写明合同编号或示范应用单位", en: "Give the contract number or the demonstrating user"), basis: .art(34, 2)),
    ]

    public static func criteria(for kind: CertificationKind) -> [CertificationCriterion] {
        all.filter { $0.kinds.contains(kind) }
    }
}
