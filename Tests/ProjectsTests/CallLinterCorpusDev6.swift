import Testing

/// The sixth development set of the call linter (issue #14, round 6): 128 sentences written by a helper
/// session on behalf of the linter's engineer after held-out set 5 was measured and its misses looked at.
/// The helper was given only those misses and false findings, never read the rules, and wrote the set while
/// the engineer made the round-6 changes for them (as round 5's set was run after the held-out-4 changes). It
/// GENERALISES each cause of those misses rather than adding the missed phrases, in phrasings not taken from
/// any other set, and without reading the rules:
/// - a privilege for holders of an honour, title or award: exemption from the limit on concurrent projects,
///   from the nomination quota or from a stage of the procedure, often as 如…则 / 若… / 凡… with the rule
///   named in quotes (“限项”, 「每人限主持一件」, the one-project-per-person limit), and exemption from the
///   preliminary or formal check for an honour named in quotes (“万人计划”, 「傑出研究獎」, 「裘槎優秀科研者」);
/// - points per paper, per award or per title in a scoring rule whose header is 评分 / 考核 / 評分項目 / 考評 /
///   assessment scoring rules, with the scored item quoted;
/// - an extra security review, screening or document for one group only (foreign-led, foreign nationals,
///   foreign passports, Hong Kong, Macao and Taiwan researchers, foreign-held firms, 僑外資);
/// - a better rank, order or slot as a preference (排在前列, 予以前置, 优先排序, 答辩顺序安排在前, 排序列前,
///   ranked ahead);
/// - a privilege for a post grade or title: two projects at once, a higher limit on the number of projects
///   (三级及以上专业技术岗位, 首席科学家, 特聘教授, 講座教授, Reader or above), and the same for one ownership kind;
/// - an extra document, guarantee or deposit for one ownership kind (资信证明, 履约保证金, 经审计的资产负债表,
///   保函, 銀行履約保證函, 繳存履約保證金, bank guarantee);
/// - a lower budget cap for those below a rank, for one ownership kind or for non-citizens (五十万元,
///   新臺幣八十萬元, 港幣五十萬元, RMB 300,000, half the standard budget);
/// - British spellings and Commonwealth vocabulary (favoured, prioritised, Fellowship of, Fellows of the
///   Royal Academy, Senior Lecturer, Reader, Chair, Professorial Fellowship) and ownership kinds in other
///   words (国资背景, 家族企业, publicly owned, GLCs, state-backed, family-owned, private-sector, 私人公司);
/// and, as legitimate near-misses: statistics with shares written in words (三分之二, 六成, 百分之七点五,
/// 五分之二, 四成, 約佔六成, two-thirds, three in ten), reviewers told not to consult or consider titles,
/// papers, awards, nationality or ownership (不应考虑, 不得参考, 不予参酌, 应忽略, 不應考量, should disregard,
/// not to take into account, must not refer to), the absence of any restriction (不设任何门槛, 没有任何要求,
/// 不作任何限制, 不受任何限制, imposes no restriction whatsoever, no requirement of any kind), and the same
/// shapes applied to everyone: privileges and exemptions for all applicants or earned by a previous
/// application, security reviews for every project or regardless of nationality, ranking and ordering by
/// scores or lot only, budget caps for every project, documents every applicant submits, and scoring rules
/// that quote items of the proposal. 64 Simplified, 32 Traditional written natively (Taiwan and Hong Kong
/// vocabulary), 32 English; half forbidden, half legitimate per script.
///
/// To be run once after the changes for held-out set 5's misses and before any rule is changed for this set
/// (the first score to be recorded in docs/BENCHMARKS.md), then tuned on: it measures nothing the linter has
/// not seen. Labels as in `CallLinterCorpus.swift`.
let callLinterDev6: [(sentence: String, expectedArticles: Set<String>, script: CorpusScript)] = [
    // MARK: Simplified, forbidden
    ("如项目负责人获得“国家杰出青年科学基金”资助，则其申报不占用依托单位的推荐名额。", ["50(1)"], .simplified),
    ("申请人若为中国科学院院士或中国工程院院士，则不受“同一申请人限报一项”条款的限制。", ["50(1)"], .simplified),
    ("凡获得过省级以上科技进步一等奖的负责人，可不受“在研项目不超过两项”规定的约束。", ["50(1)"], .simplified),
    ("如课题组长享有“北京学者”称号，则该课题免于参加答辩环节，直接进入立项公示。", ["50(1)"], .simplified),
    ("若申报人具有正高级职称，其主持的在研项目可不计入“限项”统计。", ["50(1)"], .simplified),
    ("评分细则第三条：“核心期刊论文”一栏按篇计分，每篇1分，封顶8分。", ["50(1)"], .simplified),
    ("绩效考核中，“获省部级科技奖励”一项每项加3分，计入项目负责人的综合得分。", ["50(1)"], .simplified),
    ("按照评分标准，申请人每持有一项“国家级人才称号”，在“团队基础”一栏加五分。", ["50(1)"], .simplified),
    ("年度考核打分表规定：第一作者“中科院一区论文”每篇记四分，多篇累加。", ["50(1)"], .simplified),
    ("综合评分时，“职称”一项按正高级十分、副高级六分、中级三分赋分。", ["50(1)"], .simplified),
    ("课题负责人不具有中国国籍的，签订任务书之前还要接受一次专门的保密资格审查。", ["72(2)"], .simplified),
    ("外资持股超过百分之三十的企业参与申报的，须另附国家安全审查意见。", ["5"], .simplified),
    ("持外国护照的团队成员，须另行提交无犯罪记录证明及背景核查材料。", ["72(2)"], .simplified),
    ("项目组吸收港澳台籍人员参加的，依托单位应就该人员单独出具一份安全评估报告。", ["72(2)"], .simplified),
    ("同等条件下，有长江学者特聘教授参加的申报团队，其项目在推荐名单中排在前列。", ["50(1)"], .simplified),
    ("对具有国资背景的企业牵头的项目，在择优排序时予以前置。", ["5"], .simplified),
    ("具有本市户籍的申请人，在候补名单中优先排序。", ["72(2)"], .simplified),
    ("获得过国家技术发明奖的团队，答辩顺序安排在前，同分时排名居前。", ["50(1)"], .simplified),
    ("具有正高级专业技术职务的负责人，在研项目上限由一项放宽至三项。", ["50(1)"], .simplified),
    ("聘任在三级及以上专业技术岗位的科研人员，每年可牵头申报的项目数增加至两项。", ["50(1)"], .simplified),
    ("获评“首席科学家”称号者，可同时作为负责人承担本专项的两个项目。", ["50(1)"], .simplified),
    ("国有企业作为牵头单位的可同时申报3个项目，其他企业限报1项。", ["5"], .simplified),
    ("申报单位属于民营企业的，须另外提交开户银行出具的资信证明。", ["5"], .simplified),
    ("私营企业作为承担单位的，还应缴纳相当于资助经费百分之十的履约保证金。", ["5"], .simplified),
    ("外商独资企业申报时，须额外提供经审计的近三年资产负债表。", ["5"], .simplified),
    ("家族企业牵头申报的，应另附第三方担保机构出具的保函。", ["5"], .simplified),
    ("入选“万人计划”科技创新领军人才的申请人，免于形式审查。", ["50(1)"], .simplified),
    ("持有“北京市有突出贡献的科学、技术、管理人才”证书的申报人，可直接跳过资格初筛。", ["50(1)"], .simplified),
    ("获评“国家卓越工程师”的项目负责人，其申请材料免予预审。", ["50(1)"], .simplified),
    ("负责人职称为副高级及以下的，项目资助总额不超过五十万元。", ["50(1)"], .simplified),
    ("民营企业承担的项目财政资助上限为200万元，国有企业承担的为500万元。", ["5"], .simplified),
    ("外籍负责人主持的课题，年度经费不得超过人民币三十万元。", ["72(2)"], .simplified),
    // MARK: Simplified, legitimate
    ("上一年度获资助项目里，民营企业牵头的大约占到三分之二。", [], .simplified),
    ("从往年情况看，立项团队中具有博士学位的成员约占六成。", [], .simplified),
    ("经汇总，本批次申报人中持有外国国籍的占百分之七点五。", [], .simplified),
    ("2023年度结题项目中，负责人为副高级职称的占五分之二左右。", [], .simplified),
    ("据初步统计，近三年受资助的青年项目负责人中，获得过省部级奖励的不足百分之十。", [], .simplified),
    ("统计显示，本专项立项课题发表的论文中约四成刊载于国内期刊。", [], .simplified),
    ("评审专家打分时不应考虑申请人所在企业是国有还是民营。", [], .simplified),
    ("通讯评审时，专家只依据申请书内容判断，不得参考申请人的论文篇数和期刊影响因子。", [], .simplified),
    ("会议评审中，专家对申请人是否拥有人才称号不予参酌。", [], .simplified),
    ("评审组应忽略申请人的国籍和户籍信息，仅就研究方案打分。", [], .simplified),
    ("专家评议时不得将申请人的获奖情况作为加分理由。", [], .simplified),
    ("在打分环节，评委不应参照申请人的职称等级排定先后。", [], .simplified),
    ("本专项对申请人的职称、学历不设任何门槛。", [], .simplified),
    ("本批指南对申报企业的所有制形式没有任何要求。", [], .simplified),
    ("申请人无论是否发表过SCI论文均可申报，指南对此不作任何限制。", [], .simplified),
    ("对申请人的国籍和户籍不作任何限制，在京从事科研工作的人员均可申报。", [], .simplified),
    ("从未获得过科技奖励的团队同样可以申报，本指南对此不设门槛。", [], .simplified),
    ("本专项项目不纳入“限项”统计范围，所有申请人的在研项目数均不受影响。", [], .simplified),
    ("上一年度已通过形式审查但未获立项的项目，本年度再次申报的可免于初审。", [], .simplified),
    ("所有申请人均可同时承担本专项两个课题，但须保证每个课题的投入时间。", [], .simplified),
    ("凡涉及人类遗传资源的项目，无论负责人国籍如何，均须在立项前提交安全审查材料。", [], .simplified),
    ("所有项目在经费拨付前均须提交数据安全评估报告。", [], .simplified),
    ("各承担单位不论所有制性质，均应在签订任务书前完成保密审查。", [], .simplified),
    ("立项排序严格按照专家评审平均得分由高到低确定。", [], .simplified),
    ("得分相同的项目，以“创新性”单项得分较高者排序在前。", [], .simplified),
    ("答辩顺序由申报系统随机抽签确定。", [], .simplified),
    ("每个项目的财政资助上限为300万元，不区分承担单位类型。", [], .simplified),
    ("青年项目资助强度统一为每项三十万元。", [], .simplified),
    ("申报单位不分类型，均应随申报书上传近两个会计年度的审计报告。", [], .simplified),
    ("每位申请人须提交研究计划书、预算说明和依托单位承诺函。", [], .simplified),
    ("评分表中，“研究方案可行性”一项占40分，“预期效益”一项占30分。", [], .simplified),
    ("中期考核评分中，“阶段目标完成情况”按每完成一项计2分。", [], .simplified),
    // MARK: Traditional, forbidden
    ("如計畫主持人曾獲「總統科學獎」，則得不受「每人限主持一件」之規定限制。", ["50(1)"], .traditional),
    ("申請人若為中央研究院院士，其執行中計畫不計入「件數上限」。", ["50(1)"], .traditional),
    ("評分項目中，「近五年SSCI論文」每篇給予二分，累計上限十分。", ["50(1)"], .traditional),
    ("考評時主持人每獲一項「國家發明創作獎」，於「研究能量」項下加計3分。", ["50(1)"], .traditional),
    ("由外籍人士擔任計畫主持人者，核定前須另經國家安全相關審查。", ["72(2)"], .traditional),
    ("僑外資持股逾半數之廠商參與計畫，應額外提送投資審議委員會之審查文件。", ["5"], .traditional),
    ("研究團隊成員具玉山學者身分者，其計畫於核定排序中優先列入。", ["50(1)"], .traditional),
    ("公營事業提出之申請案，於總分相同時排序列前。", ["5"], .traditional),
    ("主持人具特聘教授職級者，得同時主持兩件計畫。", ["50(1)"], .traditional),
    ("獲聘為講座教授之申請人，每年可申請件數上限由一件提高為三件。", ["50(1)"], .traditional),
    ("申請機構屬私人公司者，須另行繳交銀行履約保證函。", ["5"], .traditional),
    ("參與本計畫之陸資企業，須先行繳存相當於補助款一成之履約保證金。", ["5"], .traditional),
    ("獲選為「裘槎優秀科研者」的首席研究員，提交計劃書時毋須經過初步篩選。", ["50(1)"], .traditional),
    ("曾三度獲得「傑出研究獎」之申請人，免除資格初審程序。", ["50(1)"], .traditional),
    ("講師或助理教授擔任主持人者，其計畫每年核定經費最高僅新臺幣八十萬元。", ["50(1)"], .traditional),
    ("非香港永久性居民擔任首席研究員之計劃，撥款上限減為港幣五十萬元。", ["72(2)"], .traditional),
    // MARK: Traditional, legitimate
    ("依統計，去年度核定計畫之主持人具教授職級者約佔六成。", [], .traditional),
    ("本年度申請案中由民營企業提出者，約佔全部案件三分之一。", [], .traditional),
    ("審查委員評分時，不應考量申請人之職級或榮銜。", [], .traditional),
    ("審查時對申請機構屬公營或民營不予參酌。", [], .traditional),
    ("評審人員應忽略申請者之國籍，僅以計劃書內容評分。", [], .traditional),
    ("本計畫對主持人之職級及論文篇數不設任何門檻。", [], .traditional),
    ("申請人之國籍與居留身分均不受任何限制。", [], .traditional),
    ("本計畫所有案件均不受「每人限主持一件」之規定限制。", [], .traditional),
    ("前期計畫期中考核成績優良之延續案，得免經初審。", [], .traditional),
    ("所有計畫於撥款前均須完成資通安全檢核。", [], .traditional),
    ("涉及敏感科技之計畫，不論主持人國籍，一律須經安全審查。", [], .traditional),
    ("核定順序依審查總分高低排列，同分者以抽籤決定。", [], .traditional),
    ("每件計畫補助總額以新臺幣五百萬元為上限。", [], .traditional),
    ("各申請機構不論公私營，皆須於申請時上傳最近兩年度經會計師查核之財務報表。", [], .traditional),
    ("評分表中「研究方法」佔四十分，「預期成果」佔三十分。", [], .traditional),
    ("每位主持人同一年度至多可主持兩件計畫，不分職級。", [], .traditional),
    // MARK: English, forbidden
    ("Candidates who are Fellows of the Royal Academy of Engineering will be favoured in the final selection.", ["50(1)"], .english),
    ("Shortlisting panels will prioritise proposals whose lead holds a Fellowship of the Academy of Medical Sciences.", ["50(1)"], .english),
    ("Publicly owned utilities will be preferred as industrial partners.", ["5"], .english),
    ("Proposals from GLCs will receive priority in the allocation of funds.", ["5"], .english),
    ("Family-owned businesses are not eligible to act as lead partner.", ["5"], .english),
    ("State-backed enterprises will be ranked ahead of other applicants when scores are tied.", ["5"], .english),
    ("The lead organisation must be a private-sector company, and its PI must be at least a Senior Lecturer.", ["5", "50(1)"], .english),
    ("Only researchers holding a Chair or a Professorial Fellowship may lead a work package.", ["50(1)"], .english),
    ("If the lead applicant holds a national talent-programme title, the \"one project per person\" limit will be waived.", ["50(1)"], .english),
    ("Under the assessment scoring rules, each paper in a Nature Index journal earns 2 points under \"Track record\".", ["50(1)"], .english),
    ("Projects led by non-Chinese nationals must undergo an additional export-control screening before funds are released.", ["72(2)"], .english),
    ("Applicants at the rank of Reader or above may hold two awards from this scheme concurrently.", ["50(1)"], .english),
    ("Privately owned applicants must additionally lodge a bank guarantee covering 20% of the grant.", ["5"], .english),
    ("PIs who are academicians of the Chinese Academy of Sciences are exempt from the eligibility pre-screening.", ["50(1)"], .english),
    ("Where the PI is below the rank of associate professor, the budget may not exceed RMB 300,000.", ["50(1)"], .english),
    ("Applicants holding foreign passports may request at most half the standard budget.", ["72(2)"], .english),
    // MARK: English, legitimate
    ("According to last year's figures, roughly two-thirds of funded PIs held senior titles.", [], .english),
    ("Around three in ten successful applications came from privately owned firms.", [], .english),
    ("Reviewers should disregard the applicant's honours and job title and score only the proposal.", [], .english),
    ("Panel members are asked not to take into account whether the applicant's company is state-owned or private.", [], .english),
    ("Assessors must not refer to citation counts or journal rankings when marking proposals.", [], .english),
    ("This call imposes no restriction whatsoever on the nationality or residence of applicants.", [], .english),
    ("There is no requirement of any kind regarding the applicant's rank, publications or prizes.", [], .english),
    ("All applicants may hold up to two projects under this programme at the same time.", [], .english),
    ("Every proposal will undergo a research-security review before the grant agreement is signed.", [], .english),
    ("Regardless of the PI's nationality, projects involving dual-use technologies are subject to export-control screening.", [], .english),
    ("Proposals will be ranked solely by their average panel score, with ties broken by the score for novelty.", [], .english),
    ("The maximum award is RMB 2 million per project, irrespective of the applicant's rank or the host's ownership.", [], .english),
    ("All lead organisations must submit audited financial statements for the last two financial years.", [], .english),
    ("Resubmissions that passed the eligibility check last year are exempt from pre-screening this year.", [], .english),
    ("The scoring rubric allocates 40 points to \"Scientific quality\" and 30 points to \"Feasibility\".", [], .english),
    ("In the mid-term assessment, each milestone achieved counts for 2 points.", [], .english),
]
