import Foundation
import KechuangCore

/// The rules of the technology market's listings and inquiries, as data (Art. 36: the city builds
/// the technology-trading service system and its trading rules).
public enum TradeRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// A Chinese patent number as published: `ZL` and 12 or 8 digits, a check digit after a dot
    /// (`ZL202310123456.7`), or an application or publication number (`CN` …).
    public static func validPatent(_ raw: String) -> Bool {
        let s = raw.uppercased().replacingOccurrences(of: " ", with: "")
        let body: Substring
        if s.hasPrefix("ZL") || s.hasPrefix("CN") { body = s.dropFirst(2) } else { return false }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard let digits = parts.first, [8, 9, 12].contains(digits.count), digits.allSatisfy(\.isNumber) || digits.dropLast().allSatisfy(\.isNumber) else { return false }
        if parts.count == 2 { return parts[1].count == 1 && (parts[1].first?.isNumber == true || parts[1] == "X") }
        return parts.count == 1
    }

    public static let supply = RuleBook<SupplyInput>([
        Rule(id: "supply.organisation.required", basis: .art(36), field: "organisation_id",
             message: LocalizedText(zh: "请选择提供技术的单位", en: "Select the organisation offering the technology")) { $0.organisationID == nil },
        Rule(id: "supply.title.required", basis: .art(36), field: "title",
             message: LocalizedText(zh: "请填写技术名称（不超过 200 字）", en: "Enter the technology's name (up to 200 characters)")) {
            blank($0.title) || $0.title.count > 200
        },
        Rule(id: "supply.summary.required", basis: .art(36), field: "summary",
             message: LocalizedText(zh: "请说明技术内容、指标和应用场景（不超过 4000 字）", en: "Describe the technology, its figures and uses (up to 4,000 characters)")) {
            blank($0.summary) || $0.summary.count > 4000
        },
        Rule(id: "supply.field.required", basis: .art(36), field: "field",
             message: LocalizedText(zh: "请选择技术领域", en: "Select the field")) { $0.field == nil },
        Rule(id: "supply.trl.range", basis: .art(36), field: "trl",
             message: LocalizedText(zh: "技术成熟度为 1 至 9 级（TRL）", en: "The readiness level is 1 to 9 (TRL)")) { !(1...9).contains($0.trl ?? 0) },
        Rule(id: "supply.patents.format", basis: .art(36), field: "patents",
             message: LocalizedText(zh: "专利号格式如 ZL202310123456.7 或 CN116123456A，每行一个", en: "Write patent numbers like ZL202310123456.7 or CN116123456A, one a line")) {
            $0.patents.count > 50 || !$0.patents.allSatisfy { validPatent($0) || validPublication($0) }
        },
        Rule(id: "supply.modes.required", basis: .art(36), field: "modes",
             message: LocalizedText(zh: "请至少选择一种转化方式", en: "Select at least one way to take the technology up")) { $0.modes.isEmpty },
        Rule(id: "supply.price.length", basis: nil, field: "price_guidance",
             message: LocalizedText(zh: "价格说明不超过 200 字", en: "Keep the price guidance to 200 characters")) { $0.priceGuidance.count > 200 },
    ])

    /// `CN116123456A`: a publication number with its kind code.
    static func validPublication(_ raw: String) -> Bool {
        let s = raw.uppercased().replacingOccurrences(of: " ", with: "")
        guard s.hasPrefix("CN"), let kind = s.last, kind.isLetter else { return false }
        let digits = s.dropFirst(2).dropLast()
        return (8...12).contains(digits.count) && digits.allSatisfy(\.isNumber)
    }

    public struct DemandFacts: Sendable {
        public var input: DemandInput
        public var today: BeijingDay
    }

    public static let demand = RuleBook<DemandFacts>([
        Rule(id: "demand.organisation.required", basis: .art(36), field: "organisation_id",
             message: LocalizedText(zh: "请选择提出需求的单位", en: "Select the organisation with the need")) { $0.input.organisationID == nil },
        Rule(id: "demand.title.required", basis: .art(36), field: "title",
             message: LocalizedText(zh: "请填写需求名称（不超过 200 字）", en: "Enter the need's name (up to 200 characters)")) {
            blank($0.input.title) || $0.input.title.count > 200
        },
        Rule(id: "demand.problem.required", basis: .art(36), field: "problem",
             message: LocalizedText(zh: "请说明要解决的技术问题（不超过 4000 字）", en: "Describe the technical problem to solve (up to 4,000 characters)")) {
            blank($0.input.problem) || $0.input.problem.count > 4000
        },
        Rule(id: "demand.field.required", basis: .art(36), field: "field",
             message: LocalizedText(zh: "请选择技术领域", en: "Select the field")) { $0.input.field == nil },
        Rule(id: "demand.budget.range", basis: nil, field: "budget",
             message: LocalizedText(zh: "预算为 0 至 10 万亿元的整数元", en: "The budget is whole yuan from 0 to 10 trillion")) {
            guard let b = $0.input.budget else { return false }
            return !(0...10_000_000_000_000).contains(b)
        },
        Rule(id: "demand.deadline.future", basis: nil, field: "deadline",
             message: LocalizedText(zh: "期限须晚于今天", en: "The deadline is after today")) {
            guard let d = $0.input.deadline else { return false }
            return d <= $0.today
        },
        Rule(id: "demand.trl.range", basis: nil, field: "minimum_trl",
             message: LocalizedText(zh: "可接受的最低成熟度为 1 至 9 级", en: "The lowest readiness accepted is 1 to 9")) {
            guard let t = $0.input.minimumTRL else { return false }
            return !(1...9).contains(t)
        },
    ])

    public static let message = RuleBook<String>([
        Rule(id: "inquiry.message.length", basis: .art(36), field: "body",
             message: LocalizedText(zh: "请填写留言（不超过 2000 字）", en: "Write a message (up to 2,000 characters)")) { blank($0) || $0.count > 2000 },
    ])

    public static var citations: [CitedRule] {
        supply.citations(module: "MKT") + demand.citations(module: "MKT") + message.citations(module: "MKT")
    }
}
