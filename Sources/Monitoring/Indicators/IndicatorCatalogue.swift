import Foundation
import Grants
import KechuangCore

/// The indicator system of the statistical monitoring (Art. 63), as data: what each indicator
/// means, how it is computed or who reports it, and the article it serves. Data table.
public enum IndicatorCatalogue {
    private static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    static let projectBreakdowns: [Breakdown] = [.programme, .district, .zone, .institutionKind]

    /// Who counts as young for GRT-03: Grants' definition (Art. 45), the same the project pages use.
    public static let youngScientist = YoungScientistDefinition.standard

    public static let computed: [Indicator] = [
        Indicator(code: "GRT-01", name: t("立项项目数", "Funded projects"), unit: .count,
                  definition: t("当年作出资助决定的财政科技项目数", "Projects whose funding decision fell in the year"),
                  formula: t("按立项年度统计 grt_projects 的项目数", "count of grt_projects by award year"),
                  source: .computed, breakdowns: projectBreakdowns, basis: ArticleRef(63)),
        Indicator(code: "GRT-02", name: t("立项资助金额", "Amount awarded"), unit: .yuan,
                  definition: t("当年立项项目的批准资助金额合计", "Sum of the amounts awarded to the year's projects"),
                  formula: t("按立项年度对 grt_projects.awarded_amount 求和", "sum of grt_projects.awarded_amount by award year"),
                  source: .computed, breakdowns: projectBreakdowns, basis: ArticleRef(49)),
        Indicator(code: "GRT-03", name: t("青年科技人才主持项目比例", "Share of projects led by young scientists"), unit: .percent,
                  definition: t("当年立项项目中，项目负责人为青年科技人才的比例；青年科技人才：" + youngScientist.source.zh,
                                "Share of the year's projects whose PI is a young scientist: " + youngScientist.source.en),
                  formula: t("负责人（立项年度 − 出生年份）≤ \(youngScientist.ageAtMost) 的项目数 ÷ 项目数 × 100",
                             "projects whose PI's (award year − birth year) ≤ \(youngScientist.ageAtMost) ÷ projects × 100"),
                  source: .computed, breakdowns: [.programme, .district, .zone], basis: ArticleRef(45)),
        Indicator(code: "GRT-04", name: t("从提交申请到资助决定的天数（中位数）", "Median days from submission to funding decision"), unit: .days,
                  definition: t("当年立项项目从申请提交日到立项日的天数中位数（北京时间日历日）",
                                "Median of the calendar days (Beijing) from an application's submission to its award, for the year's projects"),
                  formula: t("median(award_date − submitted_at)", "median(award_date − submitted_at)"),
                  source: .computed, breakdowns: [.programme], basis: ArticleRef(63)),
        Indicator(code: "GRT-05", name: t("基础研究经费占比", "Basic-research share of funding"), unit: .percent,
                  definition: t("当年立项金额中基础研究类项目所占比例", "Share of the year's amount awarded that went to basic research"),
                  formula: t("research_type = basic 的资助金额 ÷ 资助金额 × 100", "awarded to research_type = basic ÷ awarded × 100"),
                  source: .computed, breakdowns: [.kind], basis: ArticleRef(28)),
        Indicator(code: "GRT-06", name: t("稳定支持经费占比", "Stable-support share of funding"), unit: .percent,
                  definition: t("当年立项金额中稳定支持（相对竞争性支持）所占比例", "Share of the year's amount awarded as stable support (against competitive funding)"),
                  formula: t("funding_kind = stable 的资助金额 ÷ 资助金额 × 100", "awarded with funding_kind = stable ÷ awarded × 100"),
                  source: .computed, breakdowns: [.kind], basis: ArticleRef(28)),
        Indicator(code: "GRT-07", name: t("有京外合作单位的项目数", "Projects with partners outside Beijing"), unit: .count,
                  definition: t("当年立项项目中，团队成员所在单位注册地在北京市外的项目数；按地区细分时，合作单位的省份取自其统一社会信用代码第3–8位的登记管理机关行政区划码（平台未另行记录省份，无有效代码的计为“省份不详”；一个项目的合作单位分属几个省份的，在每个省份各计一次）",
                                "The year's projects with a team member whose organisation is registered outside Beijing. By region, a partner's province is read from the administrative division code in positions 3–8 of its unified social credit code (the platform records no province otherwise; a partner without a valid code counts as province unknown; a project with partners in several provinces counts in each)"),
                  formula: t("团队成员单位 district = outside_beijing 的项目数；省份 = substr(uscc, 3, 2)", "projects with a team member's organisation in district outside_beijing; province = substr(uscc, 3, 2)"),
                  source: .computed, breakdowns: [.programme, .region], basis: ArticleRef(10)),
        Indicator(code: "INS-01", name: t("仪器设备有效服务机时", "Instrument effective hours"), unit: .hours,
                  definition: t("当年共享仪器正常或部分完成的使用机时合计", "Hours of instrument use completed or partly completed in the year"),
                  formula: t("Σ(ended_at − started_at)，outcome ∈ {completed, partial}", "Σ(ended_at − started_at) where outcome ∈ {completed, partial}"),
                  source: .computed, breakdowns: [.district, .zone], basis: ArticleRef(55)),
        Indicator(code: "INS-02", name: t("对外服务机时占比", "External share of instrument hours"), unit: .percent,
                  definition: t("有效服务机时中为外单位用户服务的比例", "Share of the effective hours used by people from other organisations"),
                  formula: t("external = true 的有效机时 ÷ 有效机时 × 100", "effective hours with external = true ÷ effective hours × 100"),
                  source: .computed, breakdowns: [.district, .zone], basis: ArticleRef(55)),
        Indicator(code: "ENT-01", name: t("创新券兑付笔数", "Innovation vouchers redeemed"), unit: .count,
                  definition: t("当年使用（兑付）的创新券笔数；按行业细分取企业当年（或此前最近一年）已提交或已核实的企业画像中申报的国民经济行业分类（GB/T 4754）门类",
                                "Vouchers redeemed in the year; by industry, the GB/T 4754 section the enterprise declared in its submitted or verified profile for the year (or the latest earlier one)"),
                  formula: t("按 redeemed_on 年度统计 ent_redemptions", "count of ent_redemptions by year of redeemed_on"),
                  source: .computed, breakdowns: [.district, .zone, .industry], basis: ArticleRef(23, paragraph: 3)),
        Indicator(code: "ENT-02", name: t("创新券兑付金额", "Amount of vouchers redeemed"), unit: .yuan,
                  definition: t("当年使用的创新券金额合计", "Sum of the vouchers redeemed in the year"),
                  formula: t("Σ amount_fen ÷ 100", "Σ amount_fen ÷ 100"),
                  source: .computed, breakdowns: [.district, .zone, .industry], basis: ArticleRef(23, paragraph: 3)),
        Indicator(code: "MKT-01", name: t("技术合同成交额", "Technology-contract turnover"), unit: .yuan,
                  definition: t("当年登记的技术合同成交额合计（仅计已登记合同，按登记日期，北京时间）", "Sum of the amounts of technology contracts registered in the year (registered contracts only, by registration day, Beijing time)"),
                  formula: t("Σ mkt_contracts.total_amount，state = registered，按 registered_on 年度", "Σ mkt_contracts.total_amount where state = registered, by year of registered_on"),
                  source: .computed, breakdowns: [.kind, .district, .month], basis: ArticleRef(36)),
        Indicator(code: "MKT-02", name: t("登记技术合同数", "Technology contracts registered"), unit: .count,
                  definition: t("当年登记的技术合同份数（按登记日期，北京时间）；按行政区细分为卖方所在区", "Technology contracts registered in the year (by registration day, Beijing time); by district, the seller's district"),
                  formula: t("按 registered_on 年度统计 mkt_contracts，state = registered", "count of mkt_contracts where state = registered, by year of registered_on"),
                  source: .computed, breakdowns: [.kind, .district, .month], basis: ArticleRef(36)),
        Indicator(code: "INT-01", name: t("科研失信行为认定数", "Integrity findings"), unit: .count,
                  definition: t("当年作出认定（已决定或已公开，不含撤销）的科研诚信记录数", "Integrity records decided in the year (decided or published; revoked ones excluded)"),
                  formula: t("按 decision_date 年度统计 int_records，state ∈ {decided, published}", "count of int_records by year of decision_date, state ∈ {decided, published}"),
                  source: .computed, breakdowns: [.kind], basis: ArticleRef(60)),
        Indicator(code: "ICO-01", name: t("国际科技合作项目数", "International cooperation projects"), unit: .count,
                  definition: t("当年开始的已公布国际科技合作项目数（北京单位牵头，有境外合作方）；按国家或地区细分时，一个项目的合作方分属几个国家或地区的，在每个国家或地区各计一次",
                                "Published international cooperation projects (led by a Beijing organisation, with foreign partners) that started in the year; by country or region, a project with partners in several counts in each"),
                  formula: t("按 starts_on 年度统计 mon_intl_projects，state = published；国家 = partners_json[].country", "count of mon_intl_projects by year of starts_on, state = published; country = partners_json[].country"),
                  source: .computed, breakdowns: [.country, .kind], basis: ArticleRef(69)),
        Indicator(code: "ICO-02", name: t("在京国际科技组织数", "International S&T organisations in Beijing"), unit: .count,
                  definition: t("年末已在京设立或登记的国际科技组织（含代表机构、国际产业与标准组织）数，仅计已公布的；自最早登记年度起，至国际合作登记中最近有记录的年度",
                                "International S&T organisations (representative offices and industry or standards organisations included) founded or registered in Beijing by the end of the year, published ones only; from the first year of registration to the latest year with an entry in the international registry"),
                  formula: t("registered_on ≤ 当年12月31日的 mon_intl_organisations 数，state = published", "count of mon_intl_organisations with registered_on ≤ 31 December of the year, state = published"),
                  source: .computed, breakdowns: [.kind], basis: ArticleRef(71)),
    ]

    public static let reported: [Indicator] = [
        Indicator(code: "RPT-RD", name: t("全社会研究与试验发展经费支出", "R&D expenditure"), unit: .hundredMillionYuan,
                  definition: t("全市全社会 R&D 经费内部支出", "Gross domestic expenditure on R&D in the city"),
                  formula: t("统计部门年度统计", "yearly figure of the statistics bureau"),
                  source: .reported, breakdowns: [], basis: ArticleRef(63), range: 0...100_000, changeNeedingNote: 0.2,
                  reportedBy: t("市统计局", "Municipal Bureau of Statistics")),
        Indicator(code: "RPT-RDI", name: t("研发投入强度", "R&D intensity"), unit: .percent,
                  definition: t("R&D 经费支出占地区生产总值的比例", "R&D expenditure as a share of the city's GDP"),
                  formula: t("R&D 经费 ÷ 地区生产总值 × 100", "R&D expenditure ÷ GDP × 100"),
                  source: .reported, breakdowns: [], basis: ArticleRef(63), range: 0...20, changeNeedingNote: 0.2,
                  reportedBy: t("市统计局", "Municipal Bureau of Statistics")),
        Indicator(code: "RPT-BASIC", name: t("基础研究经费占研发经费比重", "Basic research share of R&D expenditure"), unit: .percent,
                  definition: t("基础研究经费占全社会研发经费的比重", "Basic research expenditure as a share of gross R&D expenditure"),
                  formula: t("基础研究经费 ÷ R&D 经费 × 100", "basic research expenditure ÷ R&D expenditure × 100"),
                  source: .reported, breakdowns: [], basis: ArticleRef(28), range: 0...100, changeNeedingNote: 0.3,
                  reportedBy: t("市统计局", "Municipal Bureau of Statistics")),
        Indicator(code: "RPT-FST", name: t("财政科学技术支出", "Fiscal S&T spending"), unit: .hundredMillionYuan,
                  definition: t("一般公共预算中科学技术支出", "Science and technology spending in the general public budget"),
                  formula: t("财政部门决算数", "final accounts of the finance bureau"),
                  source: .reported, breakdowns: [], basis: ArticleRef(49, paragraph: 1), range: 0...10_000, changeNeedingNote: 0.2,
                  reportedBy: t("市财政局", "Municipal Finance Bureau")),
        Indicator(code: "RPT-FREV", name: t("财政经常性收入", "Regular fiscal revenue"), unit: .hundredMillionYuan,
                  definition: t("一般公共预算收入中的经常性收入", "Regular revenue of the general public budget"),
                  formula: t("财政部门决算数", "final accounts of the finance bureau"),
                  source: .reported, breakdowns: [], basis: ArticleRef(49, paragraph: 1), range: 0...100_000, changeNeedingNote: 0.2,
                  reportedBy: t("市财政局", "Municipal Finance Bureau")),
    ]

    public static var all: [Indicator] { computed + reported }

    public static func indicator(_ code: String) -> Indicator? { all.first { $0.code == code } }

    /// What the issue asked for but the platform cannot compute yet, and why.
    public static let notComputed: [LocalizedText] = [
        t("按行业细分：项目、仪器和技术合同未记录行业代码；只有创新券（企业画像中申报的 GB/T 4754 代码）按行业细分",
          "Breakdown by industry: projects, instruments and technology contracts carry no industry code; only vouchers break down by industry (the GB/T 4754 code in the enterprise's profile)"),
        t("技术合同按园区细分：合同当事人以名称和统一社会信用代码登记，不与平台机构关联", "Technology contracts by zone: the parties are recorded by name and USCC, not linked to the platform's organisations"),
    ]
}
