import Testing

/// The second held-out labelled set of the call linter (issue #14), written on 2026-12-02 by an
/// engineer ("linter-corpus") who never opened the linter's rules (Sources/Projects/Linter/**), its
/// development set (CallLinterCorpus.swift) or the body of the first held-out set. The sentences
/// were written from knowledge of how calls are actually drafted: Beijing and national 科技计划项目
/// 申报指南 and 申报通知, talent-programme calls, English calls for international cooperation, and
/// Taiwanese 國科會 and Hong Kong RGC / ITF calls. The Traditional sentences were written natively in
/// Traditional script (Taiwan and Hong Kong vocabulary and 「」 quotes), not converted from Simplified.
///
/// Shape: 140 Simplified, 70 Traditional, 70 English; exactly half of each script forbidden, half
/// legitimate near-misses (output requirements, reviewers' qualifications, prohibitions of such
/// conditions, equal treatment, non-restrictive identity verification, background prose, degree,
/// age, employment, integrity, registration of the institution, budget rules).
///
/// Labels: the articles a finding must cite — `50(1)` professional title or rank, papers (count,
/// indexing, venue, impact factor), awards, honours and talent-programme titles used as a condition
/// on an applicant, PI, team or partner (including "preferred", priority, scored or bonus points);
/// `5` ownership kind of the enterprise or institution; `72(2)` nationality, citizenship, passport,
/// identity document, household registration (户籍 / 設籍 / permanent residence status). A sentence
/// restricting two kinds carries both labels; a legitimate sentence has the empty set.
///
/// MEASURED ONCE, THEN TUNED ON: this set was measured once with the engine final at commit 908f6f5
/// (Simplified P 0.970 / R 0.914, Traditional 0.943 / 0.943, English 0.971 / 0.943; its misses are in
/// docs/BENCHMARKS.md) and was then looked at and tuned on in round 3 of issue #14. It is a development
/// set now ("held-out 2, tuned on in round 3") and proves nothing about unseen text; the sentences and
/// labels below are unchanged. The note that follows was its rule while it was held out:
///
/// NEVER TUNE ON THIS SET: it is for the single final evaluation of the linter. Do not read it while
/// writing rules, and do not edit a label to make the linter pass; a change here must be a labelling
/// error, explained in the commit message by someone other than the linter's author.
let callLinterHeldOut2: [(sentence: String, expectedArticles: Set<String>, script: CorpusScript)] = [
    // MARK: Simplified
    ("项目负责人应具有正高级专业技术职务，并在本单位从事相关研究工作。", ["50(1)"], .simplified),
    ("申报人须具备副研究员及以上职称（或相当职称）。", ["50(1)"], .simplified),
    ("课题负责人原则上应为教授、研究员或教授级高级工程师。", ["50(1)"], .simplified),
    ("团队中具有高级职称的成员不少于3人，且专业结构合理。", ["50(1)"], .simplified),
    ("申报时须具有中级及以上专业技术职称，从事相关领域研究满五年。", ["50(1)"], .simplified),
    ("非高级职称人员不得担任课题负责人。", ["50(1)"], .simplified),
    ("有下列情形之一的，不予受理：（三）项目负责人不具有副高级以上职称的。", ["50(1)"], .simplified),
    ("项目负责人职称要求：正高级；年龄要求：55周岁以下。", ["50(1)"], .simplified),
    ("以项目负责人职称为评分依据，正高计15分、副高计10分、中级计5分。", ["50(1)"], .simplified),
    ("牵头单位的项目负责人须取得高级工程师（或同等级别）任职资格。", ["50(1)"], .simplified),
    ("近五年以第一作者或通讯作者在SCI收录期刊发表论文不少于5篇。", ["50(1)"], .simplified),
    ("申报人须在《自然》《科学》《细胞》及其子刊发表过研究论文。", ["50(1)"], .simplified),
    ("以影响因子10以上期刊论文作为本类项目的申报门槛。", ["50(1)"], .simplified),
    ("在中文核心期刊上发表论文两篇以上者，方可申报。", ["50(1)"], .simplified),
    ("ESI高被引论文作者优先推荐。", ["50(1)"], .simplified),
    ("近三年发表CSSCI来源期刊论文的，每篇计5分，最高20分。", ["50(1)"], .simplified),
    ("申报人应有代表性论文不少于十篇，其中中科院一区论文不少于三篇。", ["50(1)"], .simplified),
    ("团队成员累计发表EI、SCI论文须达20篇以上。", ["50(1)"], .simplified),
    ("无核心期刊论文者，不具备本项目申报资格。", ["50(1)"], .simplified),
    ("博士后申请人须在读博期间以第一作者身份发表至少1篇SCI论文。", ["50(1)"], .simplified),
    ("申报人须曾获得国家自然科学奖、国家技术发明奖或国家科学技术进步奖（排名前三）。", ["50(1)"], .simplified),
    ("申报人须为两院院士或国家杰出青年科学基金获得者。", ["50(1)"], .simplified),
    ("入选“长江学者奖励计划”者，评审时予以加分。", ["50(1)"], .simplified),
    ("具有“北京学者”称号的申报人优先立项。", ["50(1)"], .simplified),
    ("项目负责人须为省部级以上人才计划入选者。", ["50(1)"], .simplified),
    ("申报人应在近十年内获省部级科技奖励一等奖1项或二等奖2项以上。", ["50(1)"], .simplified),
    ("团队带头人须有国家级人才称号（如“万人计划”领军人才、“杰青”等）。", ["50(1)"], .simplified),
    ("获得“全国五一劳动奖章”“全国劳动模范”等荣誉称号者，同等条件下优先支持。", ["50(1)"], .simplified),
    ("曾获中国专利金奖的发明人申报的，可免于形式审查直接进入答辩环节。", ["50(1)"], .simplified),
    ("申请者应为国家优秀青年科学基金或“青年拔尖人才”项目获得者。", ["50(1)"], .simplified),
    ("牵头单位应为市属国有企业。", ["5"], .simplified),
    ("本批次仅限国有独资或国有控股企业申报。", ["5"], .simplified),
    ("民营企业不得作为项目牵头单位，可作为参与单位。", ["5"], .simplified),
    ("申报主体为集体所有制企业的，不予受理。", ["5"], .simplified),
    ("外商独资企业不在本次支持范围之内。", ["5"], .simplified),
    ("中央企业及其二级以上子公司申报的，予以优先支持。", ["5"], .simplified),
    ("联合体成员中至少应有一家国有大型企业。", ["5"], .simplified),
    ("港澳台资企业及外资企业暂不纳入本批次申报范围。", ["5"], .simplified),
    ("申报单位的实际控制人须为各级国有资产监督管理机构。", ["5"], .simplified),
    ("企业性质为国有企业的，评分时加3分；民营企业不加分。", ["5"], .simplified),
    ("合作单位须为全民所有制单位。", ["5"], .simplified),
    ("中外合资企业中外方持股比例超过50%的，不得申报。", ["5"], .simplified),
    ("本专项支持对象限于国有及国有控股的规模以上工业企业。", ["5"], .simplified),
    ("项目负责人应具有中国国籍。", ["72(2)"], .simplified),
    ("课题负责人须为中华人民共和国公民。", ["72(2)"], .simplified),
    ("团队核心成员中外籍人员不得超过三分之一。", ["72(2)"], .simplified),
    ("项目负责人须持有中华人民共和国普通护照。", ["72(2)"], .simplified),
    ("申请人应持有有效的第二代居民身份证，否则系统无法提交。", ["72(2)"], .simplified),
    ("申报人须具有北京市常住户口。", ["72(2)"], .simplified),
    ("同等条件下，京籍人员优先。", ["72(2)"], .simplified),
    ("非京籍申报人须在京连续缴纳社会保险满5年方可申报。", ["72(2)"], .simplified),
    ("项目负责人户口所在地应为北京市。", ["72(2)"], .simplified),
    ("仅限持有香港永久性居民身份证的人员申报。", ["72(2)"], .simplified),
    ("申报人国籍须为中国，且不得持有外国永久居留证。", ["72(2)"], .simplified),
    ("具有中国国籍或在华永久居留资格的科研人员，方可担任项目负责人。", ["72(2)"], .simplified),
    ("外籍人员可参与项目研究，但不得担任项目（课题）负责人。", ["72(2)"], .simplified),
    ("申报人应为本市户籍人口，或持有本市居住证满三年。", ["72(2)"], .simplified),
    ("申报人的居民身份证号码须以“11”开头。", ["72(2)"], .simplified),
    ("持有外国护照的人员不得列为项目组成员。", ["72(2)"], .simplified),
    ("团队成员均须具有中华人民共和国国籍，外籍及无国籍人士不得参与。", ["72(2)"], .simplified),
    ("申请人须为中国籍，并具有正高级职称。", ["50(1)", "72(2)"], .simplified),
    ("牵头单位须为国有企业，且项目负责人须具有教授级高工职称。", ["5", "50(1)"], .simplified),
    ("具有北京市户籍且获得过省部级科技奖励的人员优先。", ["50(1)", "72(2)"], .simplified),
    ("项目负责人应为中国公民，近五年在SCI期刊发表论文不少于3篇。", ["50(1)", "72(2)"], .simplified),
    ("由国有控股企业牵头、团队负责人入选国家级人才计划的项目，予以重点支持。", ["5", "50(1)"], .simplified),
    ("评审指标“团队实力”（20分）：负责人为院士的得20分，为“杰青”“长江”的得15分，其他酌情给分。", ["50(1)"], .simplified),
    ("项目负责人具有海外高层次人才引进计划称号者，立项时给予额外50万元配套支持。", ["50(1)"], .simplified),
    ("申报人需满足以下条件之一：（1）具有正高级职称；（2）主持过国家级科研项目。", ["50(1)"], .simplified),
    ("拟支持企业应为国有企业，或者由国有企业作为第一大股东的混合所有制企业。", ["5"], .simplified),
    ("仅接受在“中国科学引文数据库（CSCD）”核心库期刊发表过论文的青年教师申报。", ["50(1)"], .simplified),
    ("项目执行期内，预期发表高水平论文3至5篇，申请发明专利2项。", [], .simplified),
    ("评审专家应具有副高级以上职称，熟悉相关领域，并与申报单位无利害关系。", [], .simplified),
    ("不得将论文、职称、学历、奖项作为申报的限制性条件。", [], .simplified),
    ("各类所有制企业平等参与申报，一视同仁。", [], .simplified),
    ("外籍科学家可作为项目负责人牵头申报，享受与国内科研人员同等待遇。", [], .simplified),
    ("项目负责人须具有博士学位，年龄不超过45周岁（1981年1月1日以后出生）。", [], .simplified),
    ("申报单位须为在北京市行政区域内注册登记、具有独立法人资格的企事业单位。", [], .simplified),
    ("近三年内存在严重失信行为记录的单位和个人不得申报。", [], .simplified),
    ("间接费用按照不超过直接费用扣除设备购置费后的20%核定。", [], .simplified),
    ("申报书中的代表性成果可以是论文、专利、标准、软件、数据集等，数量不超过5项。", [], .simplified),
    ("项目验收时，应提交在本项目资助下发表论文的清单，并标注资助编号。", [], .simplified),
    ("本指南中的“青年科学家项目”不设职称要求，具有博士学位即可申报。", [], .simplified),
    ("论文版面费、出版费可在“出版/文献/信息传播/知识产权事务费”中列支。", [], .simplified),
    ("对以“唯论文、唯职称、唯学历、唯奖项”设置申报门槛的做法，一经发现予以纠正。", [], .simplified),
    ("项目负责人同期主持的市级科技计划项目不得超过1项。", [], .simplified),
    ("申报人需在线上传本人有效身份证件（居民身份证、护照或港澳台居民居住证均可）扫描件，用于实名认证。", [], .simplified),
    ("在京工作的外籍专家可以个人身份参与项目研究。", [], .simplified),
    ("申报单位性质不限，国有企业、民营企业、高等院校、科研院所均可申报。", [], .simplified),
    ("企业获得的科技奖励情况，可作为介绍技术积累的背景材料，不作为评分依据。", [], .simplified),
    ("截至2025年底，在京两院院士超过800人，国家高新技术企业超过2.8万家。", [], .simplified),
    ("项目形成的国有资产，按照国有资产管理有关规定进行登记和管理。", [], .simplified),
    ("项目承担单位新设立的科研助理岗位，招聘时不受户籍限制。", [], .simplified),
    ("申报书基本信息表中填写的成员职称、学位等信息，仅用于统计分析。", [], .simplified),
    ("青年项目申请人应具有博士学位或3年以上研发工作经历。", [], .simplified),
    ("申报人须与申报单位签订正式劳动合同或聘用合同，且聘期覆盖项目执行期。", [], .simplified),
    ("申报单位应具有健全的科研管理和财务管理制度。", [], .simplified),
    ("项目负责人须承诺申报材料真实，不存在论文代写、代投、买卖等行为。", [], .simplified),
    ("涉及人的生物医学研究，须在申报前通过本单位伦理委员会审查。", [], .simplified),
    ("外方合作单位的国别不限，须提供合作协议或意向书。", [], .simplified),
    ("申报人须为申报单位全职人员；港澳台及外籍人员同等适用本条。", [], .simplified),
    ("评分指标：技术先进性30分、实施方案25分、团队能力25分、经济社会效益20分。", [], .simplified),
    ("团队能力主要考察成员的专业背景与分工合理性，不以职称高低计分。", [], .simplified),
    ("获资助项目形成的论文，应标注“北京市自然科学基金资助（项目编号：×××）”。", [], .simplified),
    ("不因企业所有制性质、规模大小设置差别化申报条件。", [], .simplified),
    ("申报人学历应为全日制本科及以上。", [], .simplified),
    ("项目执行期一般为2至3年，市财政资助金额不超过300万元。", [], .simplified),
    ("申报单位应在规定时间内通过“北京市科技计划项目管理系统”提交申报材料。", [], .simplified),
    ("对项目负责人不设国籍、户籍限制。", [], .simplified),
    ("评审中不得将申报人的“帽子”、头衔作为评价依据。", [], .simplified),
    ("本年度拟重点支持人工智能、集成电路、生物医药三个方向。", [], .simplified),
    ("项目组成员中博士研究生的劳务费，按照本单位有关规定执行。", [], .simplified),
    ("已获得国家级、省部级同类项目支持的研究内容，不得重复申报。", [], .simplified),
    ("申报企业上一年度研发投入占营业收入比例不低于3%。", [], .simplified),
    ("经费拨付至项目承担单位账户，不得拨付至个人。", [], .simplified),
    ("项目结题时，成果形式包括但不限于论文、专著、专利、软件著作权、标准。", [], .simplified),
    ("评审专家库成员原则上应具有高级专业技术职称或相当水平。", [], .simplified),
    ("《北京市科学技术奖励办法》规定的奖项评审另行组织，与本专项无关。", [], .simplified),
    ("申报人应为在职在岗人员，离退休人员不得作为项目负责人。", [], .simplified),
    ("鼓励高校、科研院所与企业联合申报，合作方所有制类型不限。", [], .simplified),
    ("申报人应具备良好的科研诚信记录，近五年未受到科研失信行为处理。", [], .simplified),
    ("项目负责人的职称、工作单位如发生变化，应在10个工作日内报告。", [], .simplified),
    ("鼓励在读博士生作为项目骨干参与研究。", [], .simplified),
    ("项目成果可在国内外期刊发表，也可形成政策建议、技术标准或样机。", [], .simplified),
    ("本通知所称“人才项目”，系面向青年科研人员的资助类项目，申报不以已有人才称号为前提。", [], .simplified),
    ("为核实申报人身份，答辩时可能要求出示身份证件原件，请随身携带。", [], .simplified),
    ("申报国际合作项目的，外方合作者应为合作国家（地区）具有独立法人资格的科研机构、高校或企业的研究人员。", [], .simplified),
    ("项目负责人年龄不超过50周岁，且每年在京工作时间不少于6个月。", [], .simplified),
    ("在SCI等期刊发表论文的数量不作为本项目的考核指标。", [], .simplified),
    ("申报材料包括：申报书、单位营业执照副本复印件、合作协议、承诺书。", [], .simplified),
    ("国有企业、民营企业申报的，均须提供上一年度经审计的财务报告。", [], .simplified),
    ("项目评审采用“双盲”方式，评审材料中隐去申报人姓名、单位和职称。", [], .simplified),
    ("申报人本人不得同时作为本批次其他课题的负责人。", [], .simplified),
    ("技术路线中引用的文献、论文应列明出处。", [], .simplified),
    ("项目实施期间，境外合作人员来京的护照签证办理费用可在国际合作与交流费中列支。", [], .simplified),
    ("项目负责人可以是高校教师，也可以是企业工程技术人员，职称不限。", [], .simplified),
    ("牵头申报的企业应在北京注册满一年，且具有一般纳税人资格。", [], .simplified),
    ("本指南发布后，市科委将组织两场政策解读会，邀请院士和专家解读重点方向。", [], .simplified),
    ("对于已入选各类人才计划的人员，不因此获得额外加分。", [], .simplified),
    ("产学研合作项目中，企业出资比例不低于项目总经费的30%。", [], .simplified),
    ("申报人应具有硕士及以上学位或同等学力，并具备三年以上相关领域工作经验。", [], .simplified),
    // MARK: Traditional
    ("計畫主持人須具中華民國國籍。", ["72(2)"], .traditional),
    ("申請人應為中華民國國民，並持有國民身分證。", ["72(2)"], .traditional),
    ("計畫主持人應具副教授以上資格，或為相當職級之研究人員。", ["50(1)"], .traditional),
    ("申請人近五年須以第一作者或通訊作者發表SCI期刊論文至少三篇。", ["50(1)"], .traditional),
    ("陸資企業不得申請本計畫。", ["5"], .traditional),
    ("主導廠商以公營事業或政府捐助之財團法人為限。", ["5"], .traditional),
    ("曾獲國科會傑出研究獎者，審查時予以優先考量。", ["50(1)"], .traditional),
    ("申請者須為香港永久性居民。", ["72(2)"], .traditional),
    ("首席研究員必須持有有效的香港永久性居民身份證。", ["72(2)"], .traditional),
    ("申請公司須為本地私人擁有，國有或政府控股企業不合資格。", ["5"], .traditional),
    ("申請人須具教授資格，且近三年曾於一級期刊發表論文。", ["50(1)"], .traditional),
    ("計畫主持人以中央研究院院士或「國家講座」主持人為限。", ["50(1)"], .traditional),
    ("獲選「玉山學者」者，得加計評分十分。", ["50(1)"], .traditional),
    ("研究團隊成員中，具外國國籍者不得超過二分之一。", ["72(2)"], .traditional),
    ("申請人須設籍臺北市滿一年以上。", ["72(2)"], .traditional),
    ("共同主持人應具助理教授以上職稱，並具中華民國國籍。", ["50(1)", "72(2)"], .traditional),
    ("申請廠商不得有陸資成分，且須為民營企業。", ["5"], .traditional),
    ("申請人須為教育部審定之教授，或曾任國家級研究計畫主持人。", ["50(1)"], .traditional),
    ("持中國大陸、香港或澳門護照者，不得擔任計畫主持人。", ["72(2)"], .traditional),
    ("評分項目「研究人員學術聲望」：具講座教授或特聘教授頭銜者，加五分。", ["50(1)"], .traditional),
    ("申請者須持有香港身份證，且在港通常居住連續七年或以上。", ["72(2)"], .traditional),
    ("首席研究員須為大學教授或以上職級。", ["50(1)"], .traditional),
    ("項目統籌人應曾獲國家或香港特區政府頒發之科研獎項。", ["50(1)"], .traditional),
    ("申請機構須為政府全資擁有之法定機構或公營事業。", ["5"], .traditional),
    ("計畫主持人近五年須有TSSCI期刊論文二篇以上。", ["50(1)"], .traditional),
    ("本計畫優先補助具「國家傑出青年」或「吳大猷先生紀念獎」得獎紀錄之申請人。", ["50(1)"], .traditional),
    ("外籍人士不得擔任計畫主持人或共同主持人。", ["72(2)"], .traditional),
    ("主持人須為副研究員以上職級，並於近三年發表影響係數（IF）五以上之期刊論文。", ["50(1)"], .traditional),
    ("合作企業以公股持股逾百分之五十者為限。", ["5"], .traditional),
    ("合資格申請人須為中國籍公民，並持有效回鄉證。", ["72(2)"], .traditional),
    ("申請人應具本國國籍；雙重國籍者須於核定前放棄外國國籍。", ["72(2)"], .traditional),
    ("本計畫僅受理國營事業及其轉投資公司提出之申請。", ["5"], .traditional),
    ("申請人或其配偶須設有本市戶籍。", ["72(2)"], .traditional),
    ("研究團隊中至少一人須具教授職稱，且曾獲頒傑出研究獎。", ["50(1)"], .traditional),
    ("主導廠商須為本地資本之民營企業，外資持股比例不得逾三成。", ["5"], .traditional),
    ("計畫執行期間所發表之論文，應註明「國家科學及技術委員會補助」及計畫編號。", [], .traditional),
    ("審查委員應具副教授以上資格，並與申請人無利益迴避事由。", [], .traditional),
    ("本計畫不以申請人之職稱、論文篇數或獲獎紀錄作為申請資格之限制。", [], .traditional),
    ("外籍研究人員受聘於國內學研機構者，亦得擔任計畫主持人。", [], .traditional),
    ("公營事業及民營企業均得提出申請，審查標準一致。", [], .traditional),
    ("申請機構應為依公司法設立登記之公司，或依法設立之財團法人。", [], .traditional),
    ("申請人須具博士學位，且取得學位未逾八年。", [], .traditional),
    ("計畫主持人須為申請機構之專任人員。", [], .traditional),
    ("申請時應上傳身分證明文件影本（國民身分證、居留證或護照擇一），僅供身分核對之用。", [], .traditional),
    ("首席研究員必須為合資格大學的全職教學人員，職級不限。", [], .traditional),
    ("申請機構須為在香港註冊成立的公司，並在港進行研發工作。", [], .traditional),
    ("項目完成時，預期發表學術論文不少於兩篇，並舉辦一次成果分享會。", [], .traditional),
    ("曾違反學術倫理經查證屬實且處分期間未滿者，不得申請。", [], .traditional),
    ("出國差旅費含機票、生活費及護照、簽證規費，得於本計畫經費項下支應。", [], .traditional),
    ("為鼓勵年輕學者投入研究，「年輕學者養成計畫」不設職級門檻。", [], .traditional),
    ("研究成果屬「期刊論文」、「專利」或「技術移轉」者，均得列為績效指標。", [], .traditional),
    ("申請書「研究人員資料表」所列著作目錄，係供審查委員瞭解研究背景，不作為資格審查依據。", [], .traditional),
    ("不論申請人國籍，凡受聘於本地大學者均可申請。", [], .traditional),
    ("申請企業之所有權形式不限，上市、上櫃或未上市公司均可申請。", [], .traditional),
    ("計畫主持人每年執行之本會計畫以二件為限。", [], .traditional),
    ("管理費以直接費用百分之十五為上限。", [], .traditional),
    ("近年來，本會已補助逾三百位外籍博士後研究人員來臺進行研究。", [], .traditional),
    ("曾獲本會傑出研究獎者，其獎勵金與本計畫經費分別核撥，互不影響。", [], .traditional),
    ("創新及科技基金的申請人，可以是在香港註冊的任何公司，不論其股東背景。", [], .traditional),
    ("共同主持人得為國內外學研機構之研究人員，不限國籍。", [], .traditional),
    ("申請人應於系統填列學歷、經歷及近五年著作，資料不完整者得請其補正。", [], .traditional),
    ("研究計畫之審查重點為研究構想之創新性及可行性，不以期刊影響係數評定。", [], .traditional),
    ("計畫主持人年齡以不超過五十歲為原則（以計畫起始日計算）。", [], .traditional),  // replaced in round 3: the original sentence coincides word for word with one of held-out set 3
    ("本計畫補助之博士後研究人員，其聘任不受國籍限制。", [], .traditional),
    ("申請機構應設有研發部門，且最近一年度研發經費不低於營業額百分之三。", [], .traditional),
    ("依「科學技術基本法」，政府補助之研發成果得歸屬執行單位所有。", [], .traditional),
    ("計畫書須以中文或英文撰寫，並以A4格式上傳。", [], .traditional),
    ("請勿以「須具本國國籍」、「須具高級職稱」等文字設定參與資格。", [], .traditional),
    ("獲資助機構須按《個人資料（私隱）條例》妥善處理申請人的身份證號碼。", [], .traditional),
    ("申請公司須為在港註冊之公司，並持有有效的商業登記證。", [], .traditional),
    // MARK: English
    ("Applicants must hold the rank of associate professor or above at the closing date of the call.", ["50(1)"], .english),
    ("Only principal investigators with a senior professional title (or an equivalent title in industry) are eligible to apply.", ["50(1)"], .english),
    ("PIs holding a full professorship will be given priority when proposals of equal merit are ranked.", ["50(1)"], .english),
    ("The lead applicant must have published at least five papers indexed in SCI or SSCI within the last five years.", ["50(1)"], .english),
    ("Applications from candidates without a first-author paper in a Q1 journal will not be considered.", ["50(1)"], .english),
    ("Preference will be given to applicants who have received a national science and technology award.", ["50(1)"], .english),
    ("Eligible PIs are members of the Chinese Academy of Sciences or the Chinese Academy of Engineering.", ["50(1)"], .english),
    ("Candidates who have been selected for a national talent programme receive 10 bonus points.", ["50(1)"], .english),
    ("The lead organisation must be a state-owned enterprise or a company in which the state holds a controlling stake.", ["5"], .english),
    ("Privately owned companies may take part only as subcontractors and may not lead a consortium.", ["5"], .english),
    ("Foreign-invested enterprises are not eligible to apply under this call.", ["5"], .english),
    ("Only central SOEs and their subsidiaries may submit proposals as coordinators.", ["5"], .english),
    ("The principal investigator must be a Chinese national.", ["72(2)"], .english),
    ("All core team members must hold a passport of the People's Republic of China.", ["72(2)"], .english),
    ("Applicants must have Beijing hukou (household registration) at the time of application.", ["72(2)"], .english),
    ("Non-citizens may join a project as collaborators but may not act as PI.", ["72(2)"], .english),
    ("The applicant must hold a valid PRC Resident Identity Card; foreign passports are not accepted.", ["72(2)"], .english),
    ("Applicants must be Hong Kong permanent residents.", ["72(2)"], .english),
    ("Scoring: PI's academic title: professor 10 points, associate professor 6 points, lecturer 2 points.", ["50(1)"], .english),
    ("Criterion 3 (team strength, 20 points) is assessed by the number of team members holding national honours or talent titles.", ["50(1)"], .english),
    ("To be eligible, the applicant must (a) hold a PhD, (b) be a Chinese citizen, and (c) hold at least a deputy senior title.", ["50(1)", "72(2)"], .english),
    ("Partner institutions should be state-owned, and the PI must hold Chinese nationality.", ["5", "72(2)"], .english),
    ("Applicants should be Distinguished Young Scholars, Changjiang Scholars or holders of an equivalent national honour.", ["50(1)"], .english),
    ("Researchers whose cumulative journal impact factor is below 30 are not eligible.", ["50(1)"], .english),
    ("The team leader shall be a professor-level senior engineer or hold a comparable title.", ["50(1)"], .english),
    ("Proposals led by collectively owned or private enterprises will not be funded in this round.", ["5"], .english),
    ("Individuals holding dual nationality must renounce their foreign nationality before the grant agreement is signed.", ["72(2)"], .english),
    ("A minimum of two papers in journals listed in the Chinese Science Citation Database is required of each applicant.", ["50(1)"], .english),
    ("Applicants who have won a provincial or ministerial award (first class or above) are preferred.", ["50(1)"], .english),
    ("Only applicants registered as permanent residents of Beijing in the household registration system are eligible.", ["72(2)"], .english),
    ("Priority is given to consortia whose lead partner is majority state-owned.", ["5"], .english),
    ("The co-PI must be a tenured full professor or a research fellow of equivalent rank.", ["50(1)"], .english),
    ("Eligible candidates are ranked first by professional title and then by number of publications.", ["50(1)"], .english),
    ("Applicants must be citizens of the People's Republic of China or of a Belt and Road partner country.", ["72(2)"], .english),
    ("Enterprise applicants must be wholly domestically owned; joint ventures with foreign shareholding are excluded.", ["5"], .english),
    ("The project is expected to produce at least three peer-reviewed journal publications and one patent application by its end date.", [], .english),
    ("Reviewers must hold a full professorship or equivalent seniority and declare any conflict of interest.", [], .english),
    ("Proposals will not be assessed on the applicant's job title, number of papers, journal impact factors or awards.", [], .english),
    ("Researchers of any nationality employed by an eligible host institution may apply as principal investigator.", [], .english),
    ("Companies of every ownership type (state-owned, private, collective or foreign-invested) are eligible on equal terms.", [], .english),
    ("The lead organisation must be a legal entity registered in Beijing.", [], .english),
    ("Applicants must hold a doctoral degree and be no older than 40 on 1 January 2027.", [], .english),
    ("Applicants with a record of serious research misconduct in the past five years are not eligible.", [], .english),
    ("Indirect costs may not exceed 20% of direct costs, excluding equipment.", [], .english),
    ("For identity verification, upload a scan of one valid identity document; a national ID card, passport or residence permit is accepted.", [], .english),
    ("Passport and visa fees for travel by team members are eligible costs.", [], .english),
    ("Publications arising from the project must acknowledge the grant number.", [], .english),
    ("The CV may list up to five representative outputs of any kind, such as articles, patents, software, datasets or standards.", [], .english),
    ("No minimum academic rank is required; early-career researchers are encouraged to apply.", [], .english),
    ("Foreign scientists working in Beijing may lead projects under the same conditions as Chinese researchers.", [], .english),
    ("The PI must be employed by the applicant institution for the full duration of the project.", [], .english),
    ("Each researcher may lead no more than one project funded under this call at a time.", [], .english),
    ("Guidance for panels: do not rank proposals by the applicants' titles, honours or publication counts.", [], .english),
    ("Awards received by the company may be described in the background section but carry no points.", [], .english),
    ("In 2025 the programme funded 120 projects, 14 of them led by fellows of the Chinese Academy of Sciences.", [], .english),
    ("Applications must be submitted in English or Chinese through the online system by 17:00 Beijing time on 31 March 2027.", [], .english),
    ("Evaluation criteria: scientific quality (40%), feasibility (30%), team composition (20%), value for money (10%).", [], .english),
    ("Applicants are asked to state their current position and title for administrative purposes only; this information is not scored.", [], .english),
    ("Open to universities, research institutes and enterprises regardless of ownership, provided they are registered in mainland China.", [], .english),
    ("Project teams are encouraged to include women researchers and researchers under 35.", [], .english),
    ("The funder will not impose any condition relating to nationality, household registration or ownership on applicants.", [], .english),
    ("Open-access publication charges are eligible costs under the budget line \"publication and dissemination\".", [], .english),
    ("Applicants must hold a master's degree or higher, or have at least five years of R&D experience.", [], .english),
    ("The applicant enterprise must have been established for at least one year and have a sound financial management system.", [], .english),
    ("Researchers holding a foreign passport should check the visa requirements for project meetings held in Beijing.", [], .english),
    ("The review panel includes academicians and senior engineers appointed by the programme office.", [], .english),
    ("Where a state-owned enterprise leads a project, state-owned asset rules apply to the equipment it purchases.", [], .english),
    ("Proposals are assessed anonymously in the first stage; names, affiliations and titles are removed from the documents.", [], .english),
    ("A copy of the company's business licence must be attached to the application.", [], .english),
    ("Students who are Hong Kong permanent residents and non-local students are equally eligible to be employed as research assistants on the project.", [], .english),
]

/// The shape of the second held-out set only (issue #14): its size, each script's share, half forbidden
/// per script, no duplicates, and only known article labels. It never runs the linter on the set:
/// the linter's figures on it are `CallLinterTests.test_heldOut2TunedOnInRound3PrecisionRecallPerScript`
/// (measured once at 908f6f5, tuned on in round 3).
@Suite struct CallLinterHeldOut2ShapeTests {
    @Test func theSetHoldsAtLeast280Sentences() {
        #expect(callLinterHeldOut2.count >= 280)
    }

    @Test func halfIsSimplifiedAndAQuarterEachTraditionalAndEnglish() {
        let total = callLinterHeldOut2.count
        let counts = Dictionary(grouping: callLinterHeldOut2, by: \.script).mapValues(\.count)
        #expect(counts[.simplified, default: 0] * 2 == total)
        #expect(counts[.traditional, default: 0] * 4 == total)
        #expect(counts[.english, default: 0] * 4 == total)
    }

    @Test func exactlyHalfOfEachScriptIsForbidden() {
        for script in CorpusScript.allCases {
            let rows = callLinterHeldOut2.filter { $0.script == script }
            let forbidden = rows.filter { !$0.expectedArticles.isEmpty }.count
            #expect(rows.count > 0, "no \(script) sentences")
            #expect(forbidden * 2 == rows.count, "\(script): \(forbidden) forbidden of \(rows.count)")
        }
    }

    @Test func noSentenceIsRepeated() {
        let sentences = callLinterHeldOut2.map(\.sentence)
        #expect(Set(sentences).count == sentences.count)
    }

    @Test func labelsAreOnlyTheThreeArticles() {
        let known: Set<String> = ["50(1)", "5", "72(2)"]
        for row in callLinterHeldOut2 {
            #expect(row.expectedArticles.isSubset(of: known), "\(row.sentence)")
        }
    }
}
