import KechuangCore

/// Strings of the Enterprise pages, in Chinese and English.
public enum EnterpriseMsg: String, Catalogue {
    case navEnterprise
    case entHomeTitle, entHomeIntro, entTiersTitle, entTiersIntro, entCriterion, entSource, entVersion, entNoSource, entRegistriesTitle
    case entNoEntries, entRecognised, entEvaluations, entFinanceTitle, entNoProducts, entMineLink, entOfficeLink, entProviderLink
    case entMineTitle, entMineNone, entProfileTitle, entYear, entState, entIndustry, entIndustryHint, entSize, entStaff, entRDStaff
    case entRevenue, entMoneyHint, entRDSpending, entHighTechRevenue, entAssets, entClassOneIP, entClassTwoIP, entFounded, entNiche
    case entMainBusiness, entEquity, entValuation, entListed, entDistrict, entZone, entLegalRep, entShareholders, entShareholdersHint
    case entSave, entSaved, entSubmit, entSubmitted, entReturnedNote
    case entTierTitle, entTierReached, entTierNone, entNextTier, entMissing, entAllTiers, entMet, entNotMet, entEvaluatedOn
    case entBenefitsTitle, entBenefitsNone, entBenefitReason
    case entVouchersTitle, entVouchersNone, entVoucherValue, entExpires, entRedeem, entProvider, entService, entAmount, entInstrument
    case entInstrumentHint, entDescription, entRedeemed, entRedemptionsTitle, entFinanceMatches, entEligible, entNotEligible
    case entOfficeTitle, entVerifyTitle, entVerifyNone, entVerify, entReturn, entNote, entVerified, entReturned, entEnterprise
    case entMatchingTitle, entRunMatching, entMatched, entPendingTitle, entPendingNone, entConfirm, entDecline, entDecided
    case entClaimsTitle, entClaimsNone, entSettle, entSettled, entImportCriteria, entImported, entServiceRecord, entClaim, entClaimed
    case entProviderTitle, entProviderNone, entArticle

    public var text: LocalizedText {
        switch self {
        case .navEnterprise: t("企业", "Enterprises")
        case .entHomeTitle: t("科技企业梯度培育与惠企服务", "Tiered cultivation and services for S&T enterprises")
        case .entHomeIntro: t("依据条例第二十三条建立科技企业梯次培育机制：企业按年度填报画像，经所在区核实后，平台按国家认定标准逐项评价其培育层级，主动匹配惠企政策（免申即享），并提供科技创新券、名录和科技金融服务。",
                              "Under Art. 23 the city cultivates S&T enterprises tier by tier: an enterprise enters its yearly profile, its district verifies it, and the platform judges each tier's national criteria one by one, matches benefits without an application, and offers innovation vouchers, registries and S&T finance.")
        case .entTiersTitle: t("培育层级及认定标准", "Tiers and their criteria")
        case .entTiersIntro: t("每项标准注明出处；点击出处查看政策库中的原文。", "Every criterion names its source; follow it to the text in the policy library.")
        case .entCriterion: t("标准", "Criterion")
        case .entSource: t("出处", "Source")
        case .entVersion: t("版本", "Version")
        case .entNoSource: t("国家层面无统一认定文件，依条例第二十三条第一款按通行口径", "No national document; the common definition, under Art. 23(1)")
        case .entRegistriesTitle: t("名录与年度评价", "Registries and yearly evaluation")
        case .entNoEntries: t("暂无在册机构", "No entries yet")
        case .entRecognised: t("认定年度", "Recognised")
        case .entEvaluations: t("年度评价", "Yearly evaluations")
        case .entFinanceTitle: t("科技金融产品", "S&T finance products")
        case .entNoProducts: t("暂无金融产品", "No products yet")
        case .entMineLink: t("我的企业", "My enterprise")
        case .entOfficeLink: t("企业服务工作台", "Enterprise services desk")
        case .entProviderLink: t("创新券服务机构", "Voucher provider")
        case .entMineTitle: t("我的企业", "My enterprise")
        case .entMineNone: t("您尚未以企业成员身份登记。请联系平台管理员将您加入企业。", "You are not registered as a member of an enterprise. Ask the platform administrator to add you.")
        case .entProfileTitle: t("年度企业画像", "Yearly profile")
        case .entYear: t("年度", "Year")
        case .entState: t("状态", "State")
        case .entIndustry: t("行业代码", "Industry code")
        case .entIndustryHint: t("《国民经济行业分类》（GB/T 4754）代码，如 I6513", "GB/T 4754 code, e.g. I6513")
        case .entSize: t("企业规模", "Size")
        case .entStaff: t("职工总数（人）", "Staff")
        case .entRDStaff: t("科技人员数（人）", "S&T staff")
        case .entRevenue: t("年销售（营业）收入（元）", "Annual revenue (yuan)")
        case .entMoneyHint: t("单位：元，只填数字", "In yuan, digits only")
        case .entRDSpending: t("研发费用（元）", "R&D spending (yuan)")
        case .entHighTechRevenue: t("高新技术产品（服务）收入（元）", "High-tech revenue (yuan)")
        case .entAssets: t("资产总额（元）", "Total assets (yuan)")
        case .entClassOneIP: t("Ⅰ类知识产权（件）", "Class I IP")
        case .entClassTwoIP: t("Ⅱ类知识产权（件）", "Class II IP")
        case .entFounded: t("成立年份", "Year founded")
        case .entNiche: t("从事特定细分市场年限（年）", "Years in its market niche")
        case .entMainBusiness: t("主营业务收入占比（%）", "Main business share (%)")
        case .entEquity: t("近两年新增股权融资（元）", "New equity in the last two years (yuan)")
        case .entValuation: t("企业估值（百万美元）", "Valuation (million USD)")
        case .entListed: t("已上市", "Listed")
        case .entDistrict: t("所在区", "District")
        case .entZone: t("所在园区", "Park or zone")
        case .entLegalRep: t("法定代表人", "Legal representative")
        case .entShareholders: t("股东", "Shareholders")
        case .entShareholdersHint: t("用逗号分隔；用于创新券关联方核查（第二十三条第三款）", "Separated by commas; for the voucher related-party check (Art. 23(3))")
        case .entSave: t("保存画像", "Save the profile")
        case .entSaved: t("画像已保存", "The profile was saved")
        case .entSubmit: t("提交区级核实", "Submit for district verification")
        case .entSubmitted: t("已提交，等待所在区核实", "Submitted: your district will verify it")
        case .entReturnedNote: t("退回意见", "Why it was returned")
        case .entTierTitle: t("培育层级评价", "Cultivation tier")
        case .entTierReached: t("已达到的层级", "Tier reached")
        case .entTierNone: t("尚未达到任何层级", "No tier reached yet")
        case .entNextTier: t("下一层级", "Next tier")
        case .entMissing: t("尚未满足的标准", "Criteria not yet met")
        case .entAllTiers: t("各层级逐项评价", "Every tier, criterion by criterion")
        case .entMet: t("已满足", "Met")
        case .entNotMet: t("未满足", "Not met")
        case .entEvaluatedOn: t("依据区级核实的年度画像", "From the district-verified profile of")
        case .entBenefitsTitle: t("主动匹配的惠企政策（免申即享）", "Benefits matched for you (no application needed)")
        case .entBenefitsNone: t("暂无匹配的政策", "No benefit matched yet")
        case .entBenefitReason: t("匹配理由", "Why it matched")
        case .entVouchersTitle: t("科技创新券", "Innovation vouchers")
        case .entVouchersNone: t("暂无创新券", "No vouchers")
        case .entVoucherValue: t("面额", "Value")
        case .entExpires: t("有效期至", "Valid until")
        case .entRedeem: t("使用创新券", "Use the voucher")
        case .entProvider: t("服务机构", "Provider")
        case .entService: t("服务类别", "Service")
        case .entAmount: t("使用金额（元）", "Amount (yuan)")
        case .entInstrument: t("仪器编号", "Instrument id")
        case .entInstrumentHint: t("仪器使用服务须填写服务机构在仪器共享平台登记的仪器编号", "For instrument use, the id of the provider's instrument in the sharing registry")
        case .entDescription: t("服务内容", "What the service is")
        case .entRedeemed: t("创新券已使用，服务机构将申请结算", "The voucher was used; the provider will claim settlement")
        case .entRedemptionsTitle: t("使用记录", "Redemptions")
        case .entFinanceMatches: t("可申请的科技金融产品", "S&T finance products for you")
        case .entEligible: t("符合条件", "Eligible")
        case .entNotEligible: t("暂不符合", "Not yet eligible")
        case .entOfficeTitle: t("企业服务工作台", "Enterprise services desk")
        case .entVerifyTitle: t("待核实的企业画像", "Profiles awaiting verification")
        case .entVerifyNone: t("没有待核实的画像", "No profile awaits verification")
        case .entVerify: t("核实通过", "Verify")
        case .entReturn: t("退回修改", "Return for correction")
        case .entNote: t("意见", "Note")
        case .entVerified: t("画像已核实", "The profile was verified")
        case .entReturned: t("画像已退回", "The profile was returned")
        case .entEnterprise: t("企业", "Enterprise")
        case .entMatchingTitle: t("惠企政策匹配（免申即享）", "Benefit matching (no application)")
        case .entRunMatching: t("对全部已核实画像进行匹配", "Match every verified profile")
        case .entMatched: t("匹配完成", "Matching done")
        case .entPendingTitle: t("待确认的匹配结果", "Matches awaiting confirmation")
        case .entPendingNone: t("没有待确认的匹配结果", "No match awaits confirmation")
        case .entConfirm: t("确认兑现", "Confirm")
        case .entDecline: t("不予确认", "Do not confirm")
        case .entDecided: t("已处理", "Decided")
        case .entClaimsTitle: t("待结算的创新券", "Voucher claims to settle")
        case .entClaimsNone: t("没有待结算的申请", "No claim to settle")
        case .entSettle: t("结算", "Settle")
        case .entSettled: t("已结算", "Settled")
        case .entImportCriteria: t("将国家认定标准文件导入政策库", "Import the national criteria documents into the policy library")
        case .entImported: t("认定标准文件已在政策库中", "The criteria documents are in the policy library")
        case .entServiceRecord: t("服务记录", "Service record")
        case .entClaim: t("申请结算", "Claim settlement")
        case .entClaimed: t("已申请结算", "Settlement claimed")
        case .entProviderTitle: t("创新券服务机构", "Voucher provider")
        case .entProviderNone: t("您所在机构不是在册的创新券服务机构，或尚无使用记录", "Your organisation is not a registered provider, or has no redemptions yet")
        case .entArticle: t("依据", "Basis")
        }
    }
}
