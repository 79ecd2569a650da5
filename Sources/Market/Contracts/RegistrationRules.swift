import Foundation
import KechuangCore

/// The checks of technology-contract registration, as data (Art. 36). Each rule names the place in
/// the Civil Code or the Beijing Technology Market Regulation it applies (`source`, a document the
/// policy library holds through `RegistrationDocuments`) and cites Art. 36, under which the city sets
/// the trading rules; party codes cite GB 32100-2015. The submission runs them all and returns every
/// problem at once; the registrar's decision runs them again, then the integrity check (Art. 60) and
/// the one-registration check (《北京市技术市场条例》第二十二条第三款).
///
/// The national 《技术合同认定登记管理办法》 (2000) and 《技术合同认定规则》 (2001) hold the
/// registration points' detailed rules (e.g. how the technical transaction amount is set apart); they
/// are not in the platform's legal corpus, so no rule here quotes them.
public enum RegistrationRules {
    public struct Facts: Sendable {
        public var input: ContractInput
        public var hasPDF: Bool
        public var today: BeijingDay
    }

    /// One rule with its source; the message carries the source and the article.
    public struct Entry: Sendable {
        public let rule: Rule<Facts>
        public let source: RegistrationSource?
    }

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    static func r(_ id: String, _ field: String, _ source: RegistrationSource?, basis: LegalBasis? = .art(36), _ zh: String, _ en: String,
                  _ violates: @escaping @Sendable (Facts) -> Bool) -> Entry {
        let zhCite = [source.map { "《\($0.titleZh)》\($0.articleZh)" }, basis.map { $0.text(in: .zh) }].compactMap { $0 }.joined(separator: "；")
        let enCite = [source.map { "\($0.titleEn), \($0.articleEn)" }, basis.map { $0.text(in: .en) }].compactMap { $0 }.joined(separator: "; ")
        return Entry(rule: Rule(id: id, basis: basis, field: field, message: LocalizedText(zh: "\(zh)（\(zhCite)）", en: "\(en) (\(enCite))"), violates: violates),
                     source: source)
    }

    static func usccProblem(_ p: ContractParty?) -> Bool {
        guard let p, p.kind != .individual else { return false }
        return UnifiedSocialCreditCode.problem(in: p.uscc) != nil
    }

    static func amountsAdd(_ i: ContractInput) -> Bool {
        guard let t = i.totalAmount, let a = i.technicalAmount else { return true }
        let parts = [a, i.goodsAmount ?? 0, i.otherAmount ?? 0]
        var sum = 0
        for p in parts {
            let (s, o) = sum.addingReportingOverflow(p)
            if o { return false }
            sum = s
        }
        return sum == t
    }

    static let maxYuan = 10_000_000_000_000

    public static let entries: [Entry] = [
        r("contract.type.required", "type", .civil("第八百四十三条", "Art. 843"),
          "请选择合同类型：技术开发、转让、许可、咨询或服务", "Select the type: development, transfer, licence, consultancy or service") { $0.input.type == nil },
        r("contract.subtype.of_type", "subtype", .civil("第八百五十一条、第八百六十三条、第八百七十八条", "Art. 851, 863, 878"),
          "请选择属于该合同类型的子类", "Select a subtype of the contract's type") {
            guard let t = $0.input.type else { return false }
            return $0.input.subtype?.type != t
        },
        r("contract.title.required", "title", .civil("第八百四十五条第一款", "Art. 845(1)"),
          "请填写合同名称（项目名称，不超过 200 字）", "Enter the contract's (project's) name, up to 200 characters") { blank($0.input.title) || $0.input.title.count > 200 },
        r("contract.field.required", "field", nil, "请选择技术领域", "Select the field") { $0.input.field == nil },
        r("contract.content.required", "technical_content", .civil("第八百四十五条第一款", "Art. 845(1)"),
          "请写明标的技术的内容、范围和要求（至少 30 字）", "Describe the technology concerned: its content, scope and requirements (at least 30 characters)") {
            $0.input.technicalContent.trimmingCharacters(in: .whitespacesAndNewlines).count < 30 || $0.input.technicalContent.count > 8000
        },
        r("contract.content.patent_number", "technical_content", .civil("第八百四十五条第三款", "Art. 845(3)"),
          "涉及专利的合同须注明专利号（如 ZL202310123456.7）", "A contract concerning a patent gives its number (e.g. ZL202310123456.7)") {
            guard $0.input.subtype?.concernsPatent == true else { return false }
            return !$0.input.technicalContent.split(whereSeparator: { $0.isWhitespace || "，。；、,;()（）".contains($0) }).contains { TradeRules.validPatent(String($0)) || TradeRules.validPublication(String($0)) }
        },
        r("contract.seller.required", "seller_name", .beijing("第九条", "Art. 9"), "请填写卖方（受托方、让与方、许可方）名称",
          "Enter the seller (developer, assignor, licensor or consultant)") { ($0.input.seller?.name).map(blank) ?? true },
        r("contract.seller.uscc", "seller_uscc", nil, basis: .standard("GB 32100-2015"),
          "卖方的统一社会信用代码无效", "The seller's unified social credit code is not valid") { usccProblem($0.input.seller) },
        r("contract.buyer.required", "buyer_name", .beijing("第九条", "Art. 9"), "请填写买方（委托方、受让方、被许可方）名称",
          "Enter the buyer (commissioning party, assignee or licensee)") { ($0.input.buyer?.name).map(blank) ?? true },
        r("contract.buyer.uscc", "buyer_uscc", nil, basis: .standard("GB 32100-2015"),
          "买方的统一社会信用代码无效", "The buyer's unified social credit code is not valid") { usccProblem($0.input.buyer) },
        r("contract.parties.distinct", "buyer_uscc", .civil("第八百四十三条", "Art. 843"), "买卖双方不能是同一主体", "Buyer and seller are not the same party") {
            guard let s = $0.input.seller, let b = $0.input.buyer, !s.uscc.isEmpty else { return false }
            return UnifiedSocialCreditCode.normalized(s.uscc) == UnifiedSocialCreditCode.normalized(b.uscc)
        },
        r("contract.amount.total", "total_amount", .beijing("第二十二条第一款", "Art. 22(1)"),
          "请填写合同总金额（1 至 10 万亿元的整数元）", "Enter the contract's total amount (whole yuan, 1 to 10 trillion)") {
            !(1...maxYuan).contains($0.input.totalAmount ?? 0)
        },
        r("contract.amount.technical", "technical_amount", .beijing("第二十五条", "Art. 25"),
          "请填写技术交易额（技术性收入），大于 0 且不超过合同总金额", "Enter the technical transaction amount: more than 0 and not above the total") {
            guard let a = $0.input.technicalAmount else { return true }
            return a <= 0 || a > ($0.input.totalAmount ?? maxYuan)
        },
        r("contract.amount.parts", "goods_amount", nil, "设备、材料等非技术部分金额为 0 或正整数元", "Goods and other non-technical parts are 0 or more whole yuan") {
            ($0.input.goodsAmount ?? 0) < 0 || ($0.input.otherAmount ?? 0) < 0 || ($0.input.goodsAmount ?? 0) > maxYuan || ($0.input.otherAmount ?? 0) > maxYuan
        },
        r("contract.amount.consistent", "total_amount", .beijing("第二十二条第一款", "Art. 22(1)"),
          "技术交易额与设备材料、其他非技术部分之和须等于合同总金额", "The technical transaction amount plus goods and other parts equals the total") {
            !amountsAdd($0.input)
        },
        r("contract.signed.effective", "signed_on", .beijing("第二十二条第一款", "Art. 22(1)"),
          "合同生效后方可申请认定登记：签订日期不能晚于今天", "A contract is registered once in force: the signing day is not after today") {
            guard let d = $0.input.signedOn else { return true }
            return d > $0.today
        },
        r("contract.dates.order", "ends_on", nil, "履行期限的结束日期不能早于开始日期", "The end of performance is not before its start") {
            guard let s = $0.input.startsOn, let e = $0.input.endsOn else { return true }
            return e < s
        },
        r("contract.point.known", "point", .beijing("第三十条第一款", "Art. 30(1)"), "请选择技术合同登记机构", "Select the registration point") {
            RegistrationPoint.find($0.input.point) == nil
        },
        r("contract.pdf.required", "pdf", .beijing("第二十二条第一款", "Art. 22(1)"),
          "请上传双方签章的中文书面合同文本（PDF）", "Upload the signed Chinese contract text (PDF)") { !$0.hasPDF },
    ]

    public static let submission = RuleBook<Facts>(entries.map(\.rule))

    /// The source of a rule, by id.
    public static func source(of ruleID: String) -> RegistrationSource? { entries.first { $0.rule.id == ruleID }?.source }

    public static let duplicateSource = RegistrationSource.beijing("第二十二条第三款", "Art. 22(3)")

    public static var citations: [CitedRule] {
        submission.citations(module: "MKT")
            + ReturnReason.allCases.compactMap { reason in
                guard case .article(let ref) = reason.basis else { return nil }
                return CitedRule(id: "contract.return.\(reason.rawValue)", module: "MKT", article: ref,
                                 message: LocalizedText(zh: "退回补正：\(reason.label.zh)（\(reason.source.text.zh)）",
                                                        en: "Returned for correction: \(reason.label.en) (\(reason.source.text.en))"),
                                 effectiveFrom: .regulationInForce)
            }
    }
}
