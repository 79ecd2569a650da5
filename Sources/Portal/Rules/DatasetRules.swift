import Foundation
import KechuangCore

/// The rules of the data catalogue and of access requests, as data; each cites its article
/// (Art. 57: public data opened; Art. 68: data sharing on request).
public enum DatasetRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// Lowercase letters, digits and single hyphens, 3 to 80 characters (CKAN's package name rule).
    public static func validSlug(_ slug: String) -> Bool {
        (3...80).contains(slug.count) && slug.first != "-" && slug.last != "-" && !slug.contains("--")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    public static let dataset = RuleBook<DatasetInput>([
        Rule(id: "dataset.slug.format", basis: .art(57), field: "slug",
             message: LocalizedText(zh: "名称只能包含小写字母、数字和连字符，3至80个字符", en: "The name takes lowercase letters, digits and hyphens, 3 to 80 characters")) { !validSlug($0.slug) },
        Rule(id: "dataset.title.required", basis: .art(57), field: "title_zh",
             message: LocalizedText(zh: "请填写中文标题", en: "Enter the Chinese title")) { blank($0.titleZh) },
        Rule(id: "dataset.description.required", basis: .art(57), field: "description_zh",
             message: LocalizedText(zh: "请填写数据集说明", en: "Describe the data set")) { blank($0.descriptionZh) },
        Rule(id: "dataset.temporal.order", basis: .art(57), field: "temporal_end",
             message: LocalizedText(zh: "时间范围的结束日期不得早于开始日期", en: "The time coverage must not end before it starts")) { input in
            guard let start = input.temporalStart, let end = input.temporalEnd else { return false }
            return end < start
        },
    ])

    public struct VersionInput: Sendable {
        public var note: String
        public init(note: String) { self.note = note }
    }

    public static let version = RuleBook<VersionInput>([
        Rule(id: "dataset.version.note", basis: .art(57), field: "note",
             message: LocalizedText(zh: "请说明本版本与上一版本的区别", en: "Say what this version changes")) { blank($0.note) },
    ])

    public struct RequestInput: Sendable {
        public var purpose: String
        public init(purpose: String) { self.purpose = purpose }
    }

    public static let purposeMinimum = 10

    public static let request = RuleBook<RequestInput>([
        Rule(id: "data_access.purpose.required", basis: .art(68), field: "purpose",
             message: LocalizedText(zh: "请说明使用数据的目的（至少10个字）", en: "State what you will use the data for (at least 10 characters)")) {
            $0.purpose.trimmingCharacters(in: .whitespacesAndNewlines).count < purposeMinimum
        },
    ])

    public struct DecisionInput: Sendable {
        public var approve: Bool?
        public var reason: String
        public var days: Int?
        public init(approve: Bool?, reason: String, days: Int?) {
            self.approve = approve
            self.reason = reason
            self.days = days
        }
    }

    public static let decision = RuleBook<DecisionInput>([
        Rule(id: "data_access.decision.required", basis: .art(68), field: "decision",
             message: LocalizedText(zh: "请选择批准或拒绝", en: "Choose approve or refuse")) { $0.approve == nil },
        Rule(id: "data_access.refusal.reason", basis: .art(68), field: "reason",
             message: LocalizedText(zh: "拒绝申请须说明理由", en: "A refusal needs its reason")) { $0.approve == false && blank($0.reason) },
        Rule(id: "data_access.grant.days", basis: .art(68), field: "days",
             message: LocalizedText(zh: "授权期限为1至365天", en: "A grant lasts 1 to 365 days")) { input in
            guard input.approve == true else { return false }
            return !DataAccessGrant.days.contains(input.days ?? DataAccessGrant.defaultDays)
        },
    ])

    /// Refusals that are not a field: each cites its article in the page, the API problem and the audit log.
    public static let restrictedDownload = LocalizedText(
        zh: "该数据集为受限数据，仅在目录中列出，不提供下载（依据：第五十七条）",
        en: "This data set is restricted: it is listed in the catalogue but cannot be downloaded (Art. 57)")
    public static let noGrant = LocalizedText(
        zh: "该数据集依申请开放：须经发布单位批准且在授权期限内方可下载（依据：第六十八条）",
        en: "This data set is shared on request: you can download it only with the publisher's approval, within the granted period (Art. 68)")
    public static let notOnRequest = LocalizedText(
        zh: "只有依申请开放的数据集才能申请使用（依据：第六十八条）",
        en: "Only data sets shared on request take access requests (Art. 68)")
    public static let notPublisher = LocalizedText(
        zh: "只有发布单位可以审核该数据集的使用申请（依据：第六十八条）",
        en: "Only the publisher decides access requests for this data set (Art. 68)")
    public static let notAPublisher = LocalizedText(
        zh: "只有发布单位的科研管理部门或项目主管可以发布该单位的数据集（依据：第五十七条）",
        en: "Only the publisher's research office or programme officers publish its data sets (Art. 57)")
    public static let platformDatasetAutomatic = LocalizedText(
        zh: "平台自有数据集由系统自动更新，不接受上传（依据：第五十七条）",
        en: "The platform's own data sets are kept current automatically and take no uploads (Art. 57)")
    public static let alreadyDecided = LocalizedText(
        zh: "该申请已经审核（依据：第六十八条）", en: "This request has already been decided (Art. 68)")

    public static var citations: [CitedRule] {
        dataset.citations(module: "Portal") + version.citations(module: "Portal") + request.citations(module: "Portal") + decision.citations(module: "Portal")
    }
}
