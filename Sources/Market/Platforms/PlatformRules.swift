import Foundation
import KechuangCore

/// The rules of the registries of transfer offices, proof-of-concept centres and pilot bases and
/// of the service requests to them, as data (Art. 32).
public enum PlatformRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let platform = RuleBook<PlatformInput>([
        Rule(id: "platform.kind.required", basis: .art(32), field: "kind",
             message: LocalizedText(zh: "请选择平台类型（技术转移机构、概念验证中心或中试基地）", en: "Select the kind: transfer office, proof-of-concept centre or pilot base")) {
            $0.kind == nil
        },
        Rule(id: "platform.organisation.required", basis: .art(32), field: "organisation_id",
             message: LocalizedText(zh: "请选择建设平台的单位", en: "Select the organisation that runs the platform")) { $0.organisationID == nil },
        Rule(id: "platform.name.required", basis: .art(32), field: "name",
             message: LocalizedText(zh: "请填写平台名称（不超过 200 字）", en: "Enter the platform's name (up to 200 characters)")) {
            blank($0.name) || $0.name.count > 200
        },
        Rule(id: "platform.summary.required", basis: .art(32), field: "summary",
             message: LocalizedText(zh: "请说明平台的服务内容和条件（不超过 4000 字）", en: "Describe what the platform does and has (up to 4,000 characters)")) {
            blank($0.summary) || $0.summary.count > 4000
        },
        Rule(id: "platform.fields.required", basis: nil, field: "fields",
             message: LocalizedText(zh: "请至少选择一个服务的技术领域", en: "Select at least one field served")) { $0.fields.isEmpty },
        Rule(id: "platform.services.required", basis: .art(32), field: "services",
             message: LocalizedText(zh: "请至少选择一项服务", en: "Select at least one service")) { $0.services.isEmpty },
        Rule(id: "platform.services.office", basis: .art(32, 1), field: "services",
             message: LocalizedText(zh: "技术转移机构提供撮合、知识产权运营、评估作价和合同登记代理服务；概念验证、中试等服务由概念验证中心和中试基地提供",
                                    en: "A transfer office offers brokerage, IP management, valuation and contract agency; proof of concept and pilot services belong to proof-of-concept centres and pilot bases")) {
            $0.kind == .transferOffice && $0.services.contains(where: \.isScaleUp)
        },
        Rule(id: "platform.services.scale_up", basis: .art(32, 2), field: "services",
             message: LocalizedText(zh: "概念验证中心和中试基地提供概念验证、投产前试验、中试生产、工程化服务",
                                    en: "Proof-of-concept centres and pilot bases offer proof of concept, pre-production testing, pilot production and engineering")) {
            $0.kind != nil && $0.kind != .transferOffice && $0.services.contains { !$0.isScaleUp }
        },
        Rule(id: "platform.capacity.required", basis: .art(32), field: "capacity",
             message: LocalizedText(zh: "请说明服务能力（如设备、产线、每年可承接项目数，不超过 500 字）",
                                    en: "State the capacity (equipment, lines, projects a year; up to 500 characters)")) {
            blank($0.capacity) || $0.capacity.count > 500
        },
        Rule(id: "platform.fees.required", basis: .art(32), field: "fees",
             message: LocalizedText(zh: "请说明收费标准或收费方式（免费也请写明，不超过 500 字）", en: "State the fees or how they are set (say so if free; up to 500 characters)")) {
            blank($0.fees) || $0.fees.count > 500
        },
        Rule(id: "platform.district.required", basis: nil, field: "district",
             message: LocalizedText(zh: "请选择所在区", en: "Select the district")) { $0.district == nil },
        Rule(id: "platform.contact.required", basis: nil, field: "contact",
             message: LocalizedText(zh: "请填写联系方式（不超过 200 字）", en: "Enter a contact (up to 200 characters)")) { blank($0.contact) || $0.contact.count > 200 },
    ])

    /// A manager's licence number as the certificate prints it: 6–30 letters, digits and hyphens.
    public static func validLicence(_ raw: String) -> Bool {
        let s = raw.trimmingCharacters(in: .whitespaces)
        return (6...30).contains(s.count) && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    public struct ManagerFacts: Sendable {
        public var input: ManagerInput
        public var kind: PlatformKind
        public var today: BeijingDay
    }

    public static let manager = RuleBook<ManagerFacts>([
        Rule(id: "manager.office.only", basis: .art(32, 1), field: "platform",
             message: LocalizedText(zh: "技术经理人登记在技术转移机构名下", en: "Technology managers are registered with a transfer office")) { $0.kind != .transferOffice },
        Rule(id: "manager.name.required", basis: nil, field: "name",
             message: LocalizedText(zh: "请填写姓名（不超过 100 字）", en: "Enter the name (up to 100 characters)")) { blank($0.input.name) || $0.input.name.count > 100 },
        Rule(id: "manager.licence.format", basis: .art(32, 1), field: "licence_number",
             message: LocalizedText(zh: "请填写技术经理人证书编号（6–30 位字母、数字或连字符）", en: "Enter the technology-manager licence number (6–30 letters, digits or hyphens)")) {
            !validLicence($0.input.licenceNumber)
        },
        Rule(id: "manager.licence.valid", basis: .art(32, 1), field: "licensed_until",
             message: LocalizedText(zh: "证书有效期须晚于今天：只登记持有效证书的技术经理人", en: "The licence must be valid after today: only licensed managers are registered")) {
            guard let until = $0.input.licensedUntil else { return true }
            return until <= $0.today
        },
    ])

    public struct RequestFacts: Sendable {
        public var input: ServiceRequestInput
        public var platform: TransferPlatform
    }

    public static let request = RuleBook<RequestFacts>([
        Rule(id: "request.organisation.required", basis: nil, field: "organisation_id",
             message: LocalizedText(zh: "请选择提出申请的单位", en: "Select the organisation asking")) { $0.input.organisationID == nil },
        Rule(id: "request.platform.active", basis: .art(32), field: "service",
             message: LocalizedText(zh: "该平台已停止服务", en: "The platform no longer serves")) { $0.platform.status != .active },
        Rule(id: "request.service.office", basis: .art(32, 1), field: "service",
             message: LocalizedText(zh: "请选择该技术转移机构登记提供的服务", en: "Select a service this transfer office lists")) {
            $0.platform.kind == .transferOffice && !($0.input.service.map($0.platform.services.contains) ?? false)
        },
        Rule(id: "request.service.scale_up", basis: .art(32, 2), field: "service",
             message: LocalizedText(zh: "请选择该概念验证中心或中试基地登记提供的服务", en: "Select a service this proof-of-concept centre or pilot base lists")) {
            $0.platform.kind != .transferOffice && !($0.input.service.map($0.platform.services.contains) ?? false)
        },
        Rule(id: "request.description.length", basis: nil, field: "description",
             message: LocalizedText(zh: "请说明成果、所需服务和时间要求（10 至 2000 字）", en: "Describe the result, the service needed and when (10 to 2,000 characters)")) {
            let n = $0.input.description.trimmingCharacters(in: .whitespacesAndNewlines).count
            return n < 10 || n > 2000
        },
    ])

    /// Declining a request names the reason, which the requester reads.
    public static let decline = RuleBook<String>([
        Rule(id: "request.decline.reason", basis: .art(32), field: "note",
             message: LocalizedText(zh: "婉拒时请说明理由（不超过 1000 字）", en: "Give the reason for declining (up to 1,000 characters)")) { blank($0) || $0.count > 1000 },
    ])

    public static var citations: [CitedRule] {
        platform.citations(module: "MKT") + manager.citations(module: "MKT") + request.citations(module: "MKT") + decline.citations(module: "MKT")
    }
}
