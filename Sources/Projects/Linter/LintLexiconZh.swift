// The Chinese lexicon (data): the trigger words of each restricted attribute with their cancelling
// compounds and contexts, the words of the other parts of a condition (whom it binds, modality,
// polarity) and the section headers. Traditional text is read with it after OpenCC's conversion.
// The types are in `LintRuleTypes.swift`, the reported rules in `LintRules.swift`, the code that
// reads them in `LintEngine.swift` and `LintDecision.swift`.

/// Non-capturing "no clause delimiter" character class used in patterns (text is normalised to ASCII punctuation).
private let NC = "[^,;:。!?\\n]"
/// The stages of review a privilege may let someone skip (免于初审, 不再答辩).
private let STAGE = "(初审|评审|答辩|形式审查|初评|面试|遴选|复审|审核|甄选|筛选|资格审查|审查程序|审核程序|初步审查|初步筛选|初步评审|资格初审|资格初筛|初筛|预审|答辩环节)"
/// Who may own a body: a state or government, a region's people (港人, 台胞), foreigners, private persons.
private let OWNER = "(本地|本港|本澳|本国|本市|境内|境外|海外|外国|外资|外方|中方|中资|私人|个人|民间|政府|公营|港人|澳人|台人|陆人|台胞|侨胞|华侨|港商|台商|澳商|外商|内地|大陆|香港|澳门|台湾|外籍)(人士|华人|居民|自然人|公民|国民|股东|人|投资者|投资人|同胞|个人){0,2}"
/// Owning verbs, alone or joined (全资拥有或控股, 出资并控制, 独资或控股设立).
private let OWNS = "(?:独资|全资|全额|绝对|相对|实际|共同)?(?:拥有|所有|控制|控股|持股|出资|参股)(?:(?:或者|或|以及|及|和|与|并|且|、)(?:独资|全资|全额|绝对|相对|实际|共同)?(?:拥有|所有|控制|控股|持股|出资|参股))*(?:设立|成立|举办)?"
/// The value of a header that names the attribute (所有制形式 | 国有、集体; 户籍所在地：北京市): read after the separator.
/// The value may also follow a link (单位性质应为国有, 国籍须为中国).
private let VALUE_AFTER_OWNERSHIP = "(?<=(?:所有制|性质|类型|类别|属性)[^,;:。!?\\n|]{0,6}(?:[:|]|为|是|系|属于|属))"
private let VALUE_AFTER_NATIONALITY = "(?<=(?:国籍|户籍|户口|籍贯|设籍)[^,;:。!?\\n|]{0,6}(?:[:|]|为|是|系|属于|属|在))"
/// How an identity-card number may be restricted by its first digits (a region's code: 以11开头, 前六位).
private let PREFIX = "(开头|开首|起首|打头|首位|首码|首字母|前缀|起始|(前|首|头)[0-9一二两三四五六]位|第[1-6一二三四五六](位|码|个字母))"

extension CallLinter {
    static let chinese = Lexicon(
        language: .zh, topics: Zh.topics, markers: Zh.markers,
        outputHeaders: Zh.outputHeaders, neutralHeaders: Zh.neutralHeaders, conditionHeaders: Zh.conditionHeaders,
        scoringHeaders: Zh.scoringHeaders,
        link: "为|是|系|属于|属|来自|出自|无|没有|不含|不具有|具有|具备|具|持有|拥有|持|凭|由|限|选择|联合|与|包含|包括|含有|有(?!利|关|效|助|益|序|力)",
        qualifierLead: "^(?:或者|或|及|以及|和)?(?:国家级|国家|北京市|北京|市级|省部级|省级|中国|全国|各类|各级)?$",
        leadingConjunction: "^(?:或者|或|并且|并|且|以及|及|和|同时|另外|此外|其中|但是|但)",
        definition: "(?:所称|所谓|所指)([^,;:。!?\\n]{1,16}?)(?:,)?(?:系指|是指|指的是|指|即)",
        otherAttribute: "年龄|岁|学历|学位|专业|学科|领域|性别|民族|地域|所在地|行业|研究方向|工作年限|资历|数量|篇数|多少|级别|等级|类别|类型|种类",
        backReference: "^(其|该|此|上述|前述|所述|上列|前项|仍|仍然|依然|照常|同样)",
        modifierEnd: "的|之",
        topicLead: "^(对于|对|凡是|凡)(?!" + NC + "*(须|应|需|必须|不得|仅))")
}

extension CallLinter.Zh {
    typealias TopicLexicon = CallLinter.TopicLexicon
    typealias TriggerSpec = CallLinter.TriggerSpec
    typealias MarkerKind = CallLinter.MarkerKind
    /// Reviewer and integrity contexts shared by the personal-merit topics.
    static let reviewerContext = [
        // Inviting someone (邀请获得诺贝尔奖的科学家交流) describes the guest, not the applicant.
        "邀请", "延请", "邀约", "接待",
        "(评审|审查|评议|评估|评价|鉴定|验收|咨询|同行|函评|会评|论证|遴选|审核|复核|答辩|评鉴|评阅|评核|审议|审阅|审定|考评|评比|评选|初审|复审|终审|初评|复评|外审|内审|会审|考察|督查|检查)(专家|委员|人员|组|小组|团队|会|人)",
        "专家组", "专家库", "入库专家", "评委",
        // A committee that reviews; one that approves a step (须经学术委员会特别审核) is no reviewer's qualification.
        "(?<!经[\\u4e00-\\u9fff]{0,6})委员会", "审稿", "回避", "(?<!首席|特聘|领衔|外籍|外国|境外)专家(由|应|须|需|从)",
    ]
    static let integrityContext = [
        "造假", "抄袭", "剽窃", "代写", "代投", "买卖", "学术不端", "不端行为", "撤稿", "伪造", "篡改",
        "失信", "骗取", "冒领", "冒用", "弄虚作假", "真实性", "真实(有效|准确|可靠|完整|无误)", "(承诺|保证)" + NC + "{0,16}(真实|准确|属实)", "虚报", "虚假", "不实", "虚构", "编造", "夸大", "冒充", "隐瞒", "谎报",
    ]
    /// Publicity about holders (获评劳模的科研人员事迹将在会上宣传): a story told, not a condition.
    static let publicityContext = ["事迹", "宣传报道", "报道", "专访", "采访"]
    /// Filling in or checking forms: 如实填写职称, 核查论文信息.
    static let formContext = [
        // A form verb as a modifier (填报的代表性成果须…) names the works, it asks for no form.
        "(填写|填报|填列|填具)(?![的之])", "登录", "记载", "如实", "载明", "写明", "标明", "上传", "录入", "核查", "核实", "列表", "清单", "附件", "复印件", "扫描件", "影本",
        "(列出|列明|列举)(?![的之])", "(?<!限项|项数|件数|名额)统计(?!数据显示)", "(申报书|申请书|申报表|申请表|表格|简表|任务书)(中|内|里)",
    ]
    static let outputContext = [
        "预期", "(?<!代表[\\u4e00-\\u9fff]{0,3}|已有|既往|前期)成果(?!奖)", "(?<!代表性|代表)(预期|研究|项目|课题|本|形成的?|产出|阶段性|最终|标志性)成果(?!奖)", "成果(形式|产出|包括|要求|指标)",
        "产出", "考核", "(?<!评审|评分|评价|评估|评选|遴选|打分)指标", "绩效", "结题", "验收", "执行期", "实施期", "项目期", "资助期", "(完成|结束|结题|截止)(时|前|后)",
        "期满", "形成", "拟(发表|形成|申请|培养|产出|取得|出版)", "力争", "计划发表", "目标", "(本|该)?项目(发表|产出|形成|资助|支持发表|产生|取得)", "(受|经)本项目",
        "依托项目", "交付", "任务书",
        // Duties of those already selected or funded (入选后在聘期内须发表…): outputs, not entry conditions.
        "聘期", "任期(内|中|期间)", "在站期间", "合同期(内|间)", "(获聘|受聘)(后|以后|之后)",
        // Monitoring stages and reports on progress (中期检查时…报告已发表论文情况): the project's outputs.
        "(中期|期中|年度|年终|阶段)(检查|评估|考核|考评|评价|审查|报告|总结)", "进展报告", "进度报告", "汇报", "报送", "(及时|按时|按期)(报告|上报|报备|备案)", "(每年|每季度|每半年|定期|按期|按季度|按年度|逐年)(须|应|需)?(报告|提交|上报)", "(报告|汇报|报送|上报|通报)" + NC + "{0,16}(情况|进展|进度)", "结案", "预计", "(计画|计划|项目|课题)(执行)?期间", "(本|该)(计画|计划)(发表|产出|形成|完成|结束|补助)", "抽印本",
    ]

    /// Trigger lexicons, cancelling compounds and contexts, one per topic.
    static let topics: [TopicLexicon] = [
        TopicLexicon(
            topic: .title,
            triggers: [
                "(专业技术)?职称", "(高级|中级)?专业技术(职务|资格|职称)", "技术职务", "(正|副)?高级(专业技术|技术)?(职称|职务|资格)",
                "副高(级)?", "正高(级)?", "中级职称", "(副)?教授", "(助理|副)?研究员", "(正高级|教授级|高级)工程师", "教授级高工", "高工",
                // Post grades of professional posts (三级及以上专业技术岗位, 二级岗位).
                "[一二三四五1-5]级(及以上|以上)?(专业技术|研究员|教授)?岗位", "专业技术岗位",
                "(副)?主任(医师|药师|护师|技师)", "主治医师", "高级(实验师|经济师|会计师|农艺师|畜牧师|兽医师|编辑|记者|讲师)",
                "(博士|硕士)(研究)?生导师", "博导", "硕导", "讲师",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "title") },
            cancels: [
                "职称(评审|评定|评价|制度|改革|晋升|申报|认定|系列|体系|结构|层次|评聘|工作|分布|外语|专业|类别)", "博士后研究员", "(共同|首席|协同|合作)研究员", "真正高", "高工资", "研究员工",
            ],
            hardContext: reviewerContext + formContext + [
                // 任职资格 (the qualification to hold a post) is the title itself, not the act of taking one up.
                "晋升", "评聘", "聘任(?!为|在)", "任职(?!资格|条件)", "评定",
                "(申报|申请|参评|竞聘|评审|评定|晋升)[^,;:。!?\\n须应需必具持获为是者人]{0,4}(职称|职务|教授|研究员|工程师)", "直接认定", "职称直通", "绿色通道", "(年龄|人员|职称|学科|专业)结构", "层次", "培养",
                "(?<!项目)(?<!课题)(指导|导师)组",
            ],
            softContext: outputContext + ["引进(?!人才|计划|工程|项目|专项|称号)", "带动"]
        ),
        TopicLexicon(
            topic: .paper,
            triggers: [
                "论文", "(?<![A-Za-z])(SCI|SCIE|SSCI|EI|CSSCI|CSCD|ESI|JCR|A&HCI|CNS)(?![A-Za-z])",
                "核心期刊", "权威期刊", "顶级期刊", "顶刊", "高水平期刊", "国际期刊", "期刊", "影响(因子|系数)", "(?<![A-Za-z])IF(?![A-Za-z])",
                "(中科院|JCR|SCI)[一二三四]区(论文|期刊|TOP)?", "[一二三四]区(论文|期刊|TOP)",
                "(?<![A-Za-z0-9])Q[1-4](?![0-9])(?=" + NC + "{0,4}(论文|期刊|分区))",
                "(共同)?第一作者", "通讯作者", "独立作者", "高被引", "被引(次数|频次)", "引用(次数|频次)", "[Hh](指数|-index|因子)",
                "(学术)?专著", "论著", "(?<![A-Za-z])(Nature|Science|Cell|Lancet)(?![A-Za-z])", "发表" + NC + "{0,8}?文章",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "paper") },
            cancels: ["学位论文", "论文答辩", "毕业论文"],
            hardContext: reviewerContext + integrityContext + formContext + [
                "标注", "报纸", "报刊", "报章", "简报", "年报", "网站", "公众号", "新闻", "广播", "电视", "媒体", "致谢", "注明", "(规范|按规定|依规|如实|注明|标注)署名", "署名(规范|顺序|单位|权|应当?|须|要求|本项目)", "(?<!审)查重", "开放获取", "开放共享", "学位",
            ],
            softContext: outputContext,
            countedContext: ["代表性", "代表作", "代表(著作|论著|论文|成果)"],
            venueContext: [
                "(?<![A-Za-z])(SCI|SCIE|SSCI|EI|CSSCI|CSCD|ESI|JCR|A&HCI|CNS|TSSCI|THCI|Scopus)(?![A-Za-z])", "期刊", "刊物", "影响(因子|系数)",
                "[一二三四]区", "收录", "(刊登|刊发|刊载|登载|发表)(于|在)", "(?<![A-Za-z])(Nature|Science|Cell|Lancet)(?![A-Za-z])", "被引",
            ]
        ),
        TopicLexicon(
            topic: .award,
            triggers: [
                "奖项", "(科技|科学技术|省部级|国家级|国家|市级|部级|省级)(以上)?(科技)?奖励", "(科技|科学技术)奖",
                "(自然科学|技术发明|科技进步|科学技术进步|青年科技|专利|发明|创新|学术|成就|合作|技术)奖",
                // Any named prize: a word of science, merit or memory before 奖 (杰出研究奖, 吴大猷先生纪念奖).
                "[\\u4e00-\\u9fff]{0,6}?(研究|学术|科学|贡献|成就|杰出|成果|纪念|学者|人才|发明|进步|创新|总统|院长|部长)奖(?![补金学助惩励])", "得奖",
                "何梁何利", "得主", "得奖者", "获奖人", "[一二三特]等奖", "金奖", "银奖", "获奖", "(国家|省部级|国家级|省级)(以上)?奖",
                "获" + NC + "{0,12}?奖(?!补|金|学金|励资金|助|惩|励政策)",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "award") },
            cancels: ["奖补", "奖励资金", "奖励性", "奖惩", "奖学金", "后补助", "奖励政策", "以奖代补"],
            hardContext: reviewerContext + integrityContext + formContext + publicityContext + [
                "提名", "评选", "奖励(办法|制度|条例|工作)", "设立", "重复", "不再(?!" + NC + "{0,4}" + STAGE + ")", "公示",
                // Issuing prizes is process; 政府颁发之科研奖项 (a prize someone issued) names the prize.
                "(颁发|授予|表彰)(?![之的]" + NC + "{0,8}(奖|荣誉|称号))",
                "(申报|推荐|提名|参评|冲击|角逐|争取)(?!人|单位|者|主体|企业)" + NC + "{0,8}奖",
            ],
            softContext: outputContext
        ),
        TopicLexicon(
            topic: .honour,
            triggers: [
                "杰青", "(国家)?杰出青年(科学基金)?", "优青", "(国家)?优秀青年(科学基金)?", "长江学者(特聘教授|讲座教授)?", "青年长江",
                "(泰山|珠江|钱江|楚天|黄河|闽江|天府|三秦|龙江|燕赵)学者", "(两院|中国科学院|中国工程院|中科院|科学院|工程院|外籍|外国)?院士",
                "万人计划", "(国家)?特支计划", "千人计划", "青年千人", "百人计划", "青年拔尖(人才)?", "拔尖人才", "领军人才", "(海外)?高层次人才",
                "特聘专家", "特聘教授", "新世纪优秀人才", "百千万人才(工程)?", "科技新星", "(青年)?北京学者", "海聚(工程|人才)?", "高聚(工程|人才)?",
                "(政府|国务院)?特殊津贴", "有突出贡献的中青年专家",
                // A talent certificate (持有"…人才"证书) and prizes for researchers named by merit (优秀科研者).
                "人才" + NC + "{0,2}证书", "(优秀|杰出|卓越|突出)[\\u4e00-\\u9fff]{0,4}?(科研者|研究者|科研人员奖|科学家)",
                "(国家级|省部级|国家|各类|重大|高层次|市级|省级|部级)" + NC + "{0,6}?人才(计划|工程|项目|称号|专项)",
                "人才(计划|工程|称号)(入选者|获得者)", "入选" + NC + "{0,8}?人才(计划|工程|项目|称号|专项)",
                "人才帽子", "帽子", "国家讲座", "(获评|荣获|授予)" + NC + "{0,12}?(人才|专家|学者|标兵|能手|工匠|称号|荣誉|工程师|科学家)", "(学术|学科|技术)(技术)?带头人", "(高|同等|相应|相当|顶尖|领军|同一)层次(的)?人才", "玉山(青年)?学者", "(?<![青年外籍资深知名著名优秀访问海外国内])[\\u4e00-\\u9fff]{2}学者(?=身份|称号|计划|头衔)", "学术头衔", "头衔", "荣誉称号", "人才称号", "ESI高被引科学家", "高被引科学家",
                // Honour titles by their kind: medals, model workers, "…称号", "… Fellow".
                "[\\u4e00-\\u9fff]{0,6}?(奖章|勋章|星章|勋衔|勋位|荣衔)", "太平绅士", "劳动模范",
                // Fellows of learned societies (学会会士, 学部委员, 资深会员 as Hong Kong writes Fellow).
                "会士(?!林)", "学部委员", "(学会|协会|学院)?(资深|荣誉)会员", "(?<![A-Za-z])(IEEE|ACM|AAAS|IET|ASME|APS|ACS|RSC|CCF|CAA|CIE|SPIE|OSA)\\s?(Fellow|会士|高级会员|资深会员|Senior Member)",
                "(学术|科技|科学|国家|国家级|省部级|省级)荣誉", "劳模", "(先进|优秀|杰出|最美|卓越)[\\u4e00-\\u9fff]{0,6}?(工作者|标兵|能手|工匠|人物)",
                "(?<!人才|荣誉)称号", "(?<![A-Za-z])(IEEE|ACM|AAAS|IET|ASME|APS|ACS|RSC)\\s?Fellow(?![A-Za-z])",
                "(杰出|特聘|卓越)学者",
                // Short names of honours (为杰青、长江的; 青千, 四青).
                "青千", "青拔", "四青", "(?<=杰青|优青|院士|青千|万人)长江", "长江(?=特聘|讲座|青年|人才|计划|称号|入选者|获得者)",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "honour") },
            cancels: [
                "院士(专家)?工作站", "院士工作室", "院士(专家)?服务", "院士专家工作站", "院士大会",
                "(申请|申报)(北京市|国家)?(杰出|优秀)青年(科学)?基金",
            ],
            hardContext: reviewerContext + integrityContext + formContext + publicityContext + [
                "增选", "评选", "工作站", "重复", "不再(?!" + NC + "{0,4}" + STAGE + ")",
                "(表彰|嘉奖|通报表扬)(?![之的]" + NC + "{0,8}(称号|荣誉|人才))",
                "(推荐|提名|申报|申请|参评)(?!人|单位|者|主体|企业)" + NC + "{0,6}(院士|杰青|优青|长江学者|人才计划|人才称号)",
            ],
            softContext: outputContext + ["培养", "引进(?!人才|计划|工程|项目|专项|称号)", "集聚", "吸引", "造就"]
        ),
        TopicLexicon(
            topic: .ownership,
            triggers: [
                TriggerSpec(pattern: "国有(企业|控股|独资|全资|绝对控股|相对控股|参股|资本|性质|背景|法人|公司|单位|事业单位|机构|经济|及国有控股)(企业|公司|单位)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "国资(控股|背景|企业|参股|公司|成分)", polarity: .admitted, group: "state"),
                // An ownership word, then size or kind, then the body (国有大型企业, 政府控股企业, 民营中小企业).
                TriggerSpec(pattern: "(国有|国营|公营)(大型|中型|小型|大中型|中小型|中小|大|骨干|重点|龙头|科技型|高新技术|控股|独资|全资|参股)+(的)?(企业|公司|集团|单位|机构|事业)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(政府|国家|地方政府|市政府)(控股|独资|全资|参股|出资|持股|投资|所有|拥有)(的)?(企业|公司|集团|单位|机构|事业)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(民营|私营|私人|民间)(大型|中型|小型|大中型|中小型|中小|大|骨干|重点|龙头|科技型|高新技术|控股|独资)+(的)?(企业|公司|集团|机构)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "(国务院|省|市|区|县|地方)?国资委(实际)?(监管|出资|所属|下属|管理|直属|控股|控制)(的)?(企业|单位|公司)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "国家(控股|出资|持股|所有)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(国企|央企|中央企业|市属国企|市管企业)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(国营|公营)(企业|事业|单位|公司)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "民营(企业|科技企业|资本|背景|性质|公司)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "民营(经济)?", polarity: .mention, group: "private"),
                TriggerSpec(pattern: "(家族企业|家族控股企业|私人公司|私营公司|民营公司|民企|私营企业|私企|私人企业|非公有制(企业|经济)?|非公企业|非国有企业)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "(集体企业|集体所有制(企业)?)", polarity: .admitted, group: "collective"),
                TriggerSpec(pattern: "公有制(企业|单位|经济)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "外资(企业|控股|背景|性质|公司|研发中心|机构|参股)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "外商(独资|投资)?(企业|公司)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(中外合资|中外合作|合资)(企业|经营企业|公司)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(外资|外商投资|外商|中外合资|中外合作)", polarity: .mention, group: "foreign"),
                TriggerSpec(pattern: "(外国企业|外企|境外企业|境外资本|境外投资者|外方控股|外资研发机构)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(港澳台资|港澳资|港资|澳资|台资|侨资|侨外资|陆资|华资)(企业|公司|机构|厂商|事业)?", polarity: .admitted, group: "hmt"),
                TriggerSpec(pattern: "(本国|国内|本地|民间|私人|公股|官股)(资本|资金|出资|持股)", polarity: .admitted, group: "domestic"),
                // Who owns the applicant (须为本地私人拥有, 由政府所有): a share of ownership by a group.
                TriggerSpec(pattern: OWNER + OWNS + "(?=[的之]?[\\u4e00-\\u9fff]{0,4}?(企业|公司|机构|单位|事业|集团)|[,;:。!?\\n]|$)", polarity: .share, group: "share"),
                // The value of a header that names ownership (所有制形式 | 国有、集体).
                TriggerSpec(pattern: VALUE_AFTER_OWNERSHIP + "(国有|国营|公营|公有|全民所有)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: VALUE_AFTER_OWNERSHIP + "(民营|私营|私有|非公有|非国有)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: VALUE_AFTER_OWNERSHIP + "(外资|外商|外国)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: VALUE_AFTER_OWNERSHIP + "(集体)", polarity: .admitted, group: "collective"),
                TriggerSpec(pattern: VALUE_AFTER_OWNERSHIP + "(内资|中资|港资|澳资|台资|侨资|陆资)", polarity: .admitted, group: "domestic"),
                TriggerSpec(pattern: "(纯)?(内资|中资)(企业|控股|机构|公司)?", polarity: .admitted, group: "domestic"),
                TriggerSpec(pattern: "(混合所有制|所有制)(性质|形式|类型|企业)?", polarity: .admitted, group: "any"),
                TriggerSpec(pattern: "(企业|单位|资本|股权|出资人)性质", polarity: .admitted, group: "any"),
                // A group's share of the capital (外资比例须低于百分之二十, 国有资本比例).
                TriggerSpec(pattern: "(外资|外方|中方|国有资本|国资|民营资本|境外资本|陆资|侨外资|港资|台资|私人资本|社会资本|内资)(股份|股权|资本|资金|出资)?(比例|比率|占比|成分)", polarity: .share, group: "share"),
                // Who controls the company: 实际控制人须为国有资产监督管理机构.
                TriggerSpec(pattern: "(实际控制人|最终控制人|实际控制方|控股股东|控股方|第一大股东|大股东|(最终)?实益拥有人|(最终)?受益所有人|实际拥有人|最终受益人)(?=" + NC + "{0,8}(国有|国资|政府|外资|外方|境外|外国|民营|私营|个人|本港|本地|本国|境内|内地|居民|华人))", polarity: .share, group: "share"),
                TriggerSpec(pattern: "(国有|国资|国有资本|外资|外方|境外|外国人?|民营|非国有|私人|社会|本国人?|国人|中方|中资|陆资|侨外资|政府|公股|官股|本地|本港|境内|海外|外籍|香港|澳门|台湾|内地|大陆|港人|澳人|台胞|华侨)(人士|居民|投资者|资本|股东|同胞|人)?" + NC + "{0,6}?(持股|股权|出资|控股|占股|持有" + NC + "{0,10}?股(份|权))(比例)?", polarity: .share, group: "share"),
            ],
            cancels: [
                // Property assigned to an owner (成果归国家所有) says who owns results, not who owns the applicant.
                "归" + NC + "{0,10}?(所有|拥有)", "国有资产", "国资委(?!(实际)?(监管|出资|所属|下属|管理|直属|控股|控制))", "国有资源", "国有土地", "国有资本经营预算", "国有资本投资运营", "国有林场",
            ],
            // Forms that record ownership (股权结构中外资比例应如实填写) set no condition on it.
            hardContext: ["改革", "混改"] + formContext,
            softContext: [],
            partition: ["state", "private", "foreign"]
        ),
        TopicLexicon(
            topic: .nationality,
            triggers: [
                TriggerSpec(pattern: "(中华人民共和国|中华民国|中国|我国|本国)(大陆|内地)?(国籍|公民|籍)", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "(中国|中华人民共和国|我国)护照", polarity: .admitted, group: "home"),
                // Identity documents and household registration only citizens can hold.
                TriggerSpec(pattern: "(中国|中华人民共和国|中华民国|我国|大陆|内地|台湾|本国|香港|澳门)?(特别行政区)?(永久性)?(居民|国民)?身(份|分)证(?!件|明)", polarity: .admitted, group: "home"),
                // Taiwan usage: 中华民国国民, 本国国民.
                TriggerSpec(pattern: "(中华人民共和国|中华民国|中国|我国|本国)国民", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "(台湾地区|中华民国|中国|大陆|内地|香港|澳门|本国|我国|本市|本省)(居民)?身(份|分)证明(文件)?", polarity: .admitted, group: "home"),
                // The first digits of an identity-card number are a region's code: a household registration in disguise.
                TriggerSpec(pattern: "(居民|公民)?(身(份|分)证|证件|身(份|分)(号码|编号|统一编号|字号))(号码|号|编号|统一编号|字号)?" + NC + "{0,8}" + PREFIX, polarity: .merit, group: "home"),
                // Household registration, by whatever name (户籍, 户口, Taiwan 设籍, 籍贯): an attribute whose
                // value a condition fixes (户籍须在本市, 设籍本市满二年).
                TriggerSpec(pattern: "(北京市|北京|本市|本省|本地|京籍|常住|城镇|农业|非农业|当地|台湾地区|台湾)?(户籍|户口|籍贯)", polarity: .merit, group: "home"),
                TriggerSpec(pattern: "设(有)?籍", polarity: .merit, group: "home"),
                // A residence card issued by a city (北京市工作居住证, 本市居住证): household registration's stand-in.
                TriggerSpec(pattern: "(北京市|北京|本市|本省|本地|上海市?|当地)(工作)?居住证", polarity: .merit, group: "home"),
                TriggerSpec(pattern: "落户|入户|迁入户口", polarity: .merit, group: "home"),
                // 生源 (where a graduate's household was registered when enrolled): 北京生源, 非京生源.
                TriggerSpec(pattern: "(北京|上海|天津|重庆|本市|本省|本地|京内|京外|外地|外省|非京|当地|非本市|非本省)生源(地)?", polarity: .merit, group: "home"),
                // Residents of a region named as a group (大陆地区人民, 港澳台居民, 香港永久性居民).
                TriggerSpec(pattern: "非?(大陆地区|大陆|内地|港澳台|港澳|香港|澳门|台湾地区|台湾|中国大陆)(特别行政区)?(永久性|非永久性)?(居民|人民|同胞|人士|籍|人员|地区人民|身份)", polarity: .admitted, group: "region"),
                TriggerSpec(pattern: "非?永久性?居民(身份)?", polarity: .admitted, group: "region"),
                TriggerSpec(pattern: "(港澳台|港澳|香港|澳门|台湾地区|台湾)(地区)?(籍)?(申请人|申报人|申请者|申报者|学者|科学家|专家|科研人员|研究人员|青年学者|人才)", polarity: .excludable, group: "region"),
                TriggerSpec(pattern: "非?(京|沪|津|渝|本市|本省|本地|本县|本区|当地)籍", polarity: .merit, group: "home"),
                TriggerSpec(pattern: "(外国|境外|他国|外籍|非中国)护照", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "(香港|澳门|台湾|中华民国|特区|特别行政区)?(护照|居留证|永久居留(证|权|身份)?|绿卡|居留权|居港权)", polarity: .merit, group: "any"),
                TriggerSpec(pattern: "双重国籍|多重国籍", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "国籍", polarity: .merit, group: "any"),
                TriggerSpec(pattern: "非(中国|我国|本国)(国籍|籍|公民)(人员|人士|专家|科学家)?", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外籍(人员|人士|专家|科学家|人才|科技人员|创新人才|华人)?", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外国(籍|人|公民|专家|科学家|人员|国籍)", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "境外(人员|人士|专家|科学家)", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外国人", polarity: .excludable, group: "foreign"),
                // Where one was born stands for nationality or household registration (出生地, 出生于境外); a year of birth is age.
                TriggerSpec(pattern: "出生地|(出生|生)于(?![0-9一二〇零])" + NC + "{0,6}?(境外|国外|海外|本市|本省|大陆|内地|香港|澳门|台湾|外地)", polarity: .merit, group: "any"),
                // The value of a header that names nationality or household registration (户籍所在地 | 北京市).
                TriggerSpec(pattern: VALUE_AFTER_NATIONALITY + "(中华人民共和国|中华民国|中国|本国|本市|本省|本县|本区|本地|北京|上海|天津|重庆|大陆|内地|香港|澳门|台湾|[\\u4e00-\\u9fff]{2,3}[市省县区])(?=$|[,;。!?\\n(、或及和])", polarity: .admitted, group: "home"),
            ],
            // Residents or citizens who hold shares (公司须由香港居民持有过半数股权) name owners: ownership (Art. 5).
            cancels: [
                // The owner of the applicant named by residence (最终实益拥有人须为香港居民) is its ownership.
                "(控制人|拥有人|所有人|受益人|股东)" + NC + "{0,6}?(居民|公民|国民|人士|籍)",
                "(居民|人士|公民|国民|同胞|自然人)(?=" + NC + "{0,6}?(持有" + NC + "{0,6}股|持股|股权|控股|全资|占股|出资(?!证明)))"],
            hardContext: [
                // Documents asked of everyone; an extra one asked of a group alone (还需额外提供…证明) is a burden.
                "(?<!额外|另行|另外|另|还需|还须)(提供|提交|出具|检附|附上?|上传|核验|查验)(?:(?!户籍|户口|落户|设籍)" + NC + "){0,10}(证明|证件)", "有效(的|之)?(护照|证件|身份证件|旅行证件)", "证件(类型|号码|号|复印件|影本|扫描件)(?!" + NC + "{0,8}" + PREFIX + ")", "载明", "写明", "标明", "工作许可", "居留许可", "签证", "入境", "出入境", "填写", "填报", "如实", "注明", "信息",
                "复印件", "影本", "扫描件", "检附", "附上", "(附|检附|提交|提供|上传)" + NC + "{0,6}(誊本|户口簿|户口本)", "提交" + NC + "{0,6}(护照|身份证)", "提供" + NC + "{0,6}(护照|身份证)", "(护照|身份证)" + NC + "{0,4}(号码|号|类型)(?!" + NC + "{0,8}" + PREFIX + ")", "(或|、)(护照|居留证)",
                "来华工作", "保密", "安全审查",
                // Used only to check identity or count (户籍：北京市（仅用于统计）).
                "(仅|只)(用于|供|作)" + NC + "{0,6}(身份|核验|核对|统计|备案|查验|比对|联系|参考|核实)",
            ],
            softContext: [],
            partition: ["home", "foreign"]
        ),
    ]

    /// Context markers, matched leftmost-longest in one pool (so 不得低于 is a threshold, not 不得).
    static let markers: [(MarkerKind, [String])] = [
        (.neutral, [
            // An exemption for some (特别优秀者可不受此限) leaves the condition standing for everyone else.
            "(可|得|亦可)?不受(此|该|上述|前述|以上|本项|这一)(限|限制|条件|要求)",
            "应用", "响应", "对应", "适应", "供应", "反应", "效应", "相应", "应对", "应急", "回应", "应届", "应聘", "应收",
            "需求", "急需", "所需", "有限", "期限", "年限", "限额", "上限", "下限", "时限", "权限", "限期", "局限", "无限",
            "不仅", "不限于", "包括但不限于", "只要", "满足", "满意", "期满", "人才", "设立", "设置",
            "优先(领域|方向|主题|发展|级|序|事项)", "(以上|以下)(条件|要求|材料|内容|规定|各项|几|所述|情形|方面)",
            // The approval of one's own superior or body (国有企业须经上级主管部门批准后方可申报) is governance.
            "(经|报经|报请|报)(其)?(上级|所在单位|本单位|依托单位|集团|母公司|控股股东|股东会|股东大会|董事会|职代会|党委|主管单位|出资人|国资监管机构|内部)" + NC + "{0,10}?(批准|审批|同意|核准|决策|审议)((后|之后|以后)(始得|方可|方能|方得|才能|才可))?",
            // 仅供评审参考 (for reference only) limits a use, not who may apply; 仅供院士团队使用 does.
            "仅供(?!" + NC + "{0,10}(人员|团队|单位|企业|机构|者|人士|学者|专家|公司))",
            // 登记后始得申请: the condition is the step before, not the one who takes it.
            "(?<!批准|审批|核准|特批|核定|同意|许可)(后|之后|以后)(始得|方可|方能|方得|才能|才可)",
            // Lacking (未获得, 不具有) is not possessing: 未取得高级职称的，也可申报 admits non-holders;
            // 未获得…的不予受理 still excludes by 不予.
            "(未|尚未|从未)(曾)?(获得|取得|具有|具备|获|具|持有|入选|当选|担任)", "不具(有|备)?", "没有", "并无", "尚无",
            "可能", "可行", "可持续", "许可", "认可", "可靠", "可控", "可信", "可视", "可再生", "不可抗力",
            "作为(重点|突破口|主体|补充)", "同等学力", "(符合|满足|达到)" + NC + "{0,8}?(条件|要求)", "(创造|提供|改善|营造|优化|保障)" + NC + "{0,4}?条件",
        ]),
        (.negation, [
            "不得(将|以|把|设置|设定|设|要求|限制|排斥|歧视|因|附加)",
            "不得作为" + NC + "{0,8}(条件|门槛|依据|标准|要求|前提|指标)",
            "不(将|以|把|设|设置|设定|要求|论|分|区分|看|唯|受|必|需|须|因|与|附加)",
            "不再(将|以|把|作为|设)", "不作为", "不(作|做|设)(任何)?(要求|限制|硬性|限定|门槛|规定|区分)",
            // No restriction of any kind (不设任何门槛, 没有任何要求, 不受任何限制).
            "(没有|并无|无)任何" + NC + "{0,4}(要求|限制|门槛|条件)", "不受任何" + NC + "{0,4}(限制|约束)",
            // Reviewers told not to weigh it (不得参考申请人的职称, 不予参酌, 应忽略申请人的国籍).
            "(不得|不应|不宜|不要|不能|不可|切勿|勿|无须|无需)(参考|参照|参酌|考虑|考量|顾及|依据|据此|理会|斟酌)", "不予(参考|参照|参酌|理会)", "(应|须|一律)?忽略",
            "不限(?!于)", "无需", "无须", "毋须", "毋需", "非必(要|须|需)", "(不|并非|并不)是必",
            "破除", "破四唯", "摒弃", "克服", "杜绝", "避免", "反对", "取消", "淡化", "弱化", "扭转", "纠正", "脱钩", "不挂钩",
            "唯(论文|职称|学历|奖项|帽子)",
            // 请勿以…设定资格 (please do not use … as a condition) forbids the condition it quotes.
            "(请勿|切勿|勿|严禁|禁止|不宜|不应|不可|不要|不准|不能|不许)(以|将|把|设置|设定|要求|使用|采用|附加)", "互不(影响|挂钩|关联|冲突|干扰)",
            // 与…无关 (has nothing to do with), 并无差别待遇 (no different treatment), 不加分 (earns no points).
            "(与|和|同)" + NC + "{0,12}?(无关|无涉|没有关系|不相关|无关联)", "(无|并无|没有|不(作|做|予|存在)?)(差别|区别|差异)(对待|待遇)",
            "不(予)?(加分|减分|扣分|计分|加权|倾斜)",
            // X与否 / 是否X …不予考虑: whether one has it is not considered (the clause after says so).
            "(与否|是否|有无)(?=[^;。!?\\n]{0,16}?(一概|均|皆|都)?(不予?(考虑|考察|计入|计分|评分)|不作(考虑|考察|要求)|无关|无涉|不影响|不作为))", "无" + NC + "{0,8}(要求|限制|门槛)",
            "一视同仁", "平等(对待|参与|享受|竞争|获取|申报|支持)",
            // The same standard for everyone (与无职称申报人适用同一评审标准; 按统一标准评审).
            "(适用|执行|采用|采取|按照|依照|遵循|沿用|使用|按)(同一|统一|相同|同样|一致|一样)的?" + NC + "{0,6}(标准|尺度|规则|程序|办法|条件|要求|待遇|政策)",
            // A prohibition on setting such conditions (不得在推荐环节设置户籍、国籍等限制性条件).
            "(不得|不应|不能|不可|严禁|禁止|不准|不许|切勿|勿)" + NC + "{0,10}?(设置|设定|设立|增设|附加|提出|规定|额外设置|列为|列作|作为|当作|视为|用作)" + NC + "{0,16}?(条件|门槛|限制|要求)", "(享受|享有|适用|执行|给予)(同等|相同|一样)的?(条件|待遇|政策|标准|支持)", "同等(对待|参与|享受|支持|申报)", "公平(参与|竞争)",
            "歧视", "不分", "无论",
            // 非…条件 / 并非…要求: the attribute is said not to be a condition.
            "(非|并非|不是|不属)" + NC + "{0,8}(必要|必须|必备|限制性|前置|申请|申报)?(条件|要求|门槛|前提)",
            "(?<![者的])不(列|计|作|纳)入" + NC + "{0,6}(审查|评审|评分|考核|评价)(项目|指标|范围|因素|依据)?",
            "(审查|评审|评分|评价)" + NC + "{0,4}不(考虑|考察|看|计)", "不(单独|另行|专门|再)(考察|考核|评价|计算|计分|打分|统计)",
            "不影响" + NC + "{0,6}(资格|申报|申请|评审|立项|结果|资助|评分)",
            "不(包括|包含|含|涉及)" + NC + "{0,12}(要求|条件|门槛|限制)",
            "(审查|评审|评分|评价|考核)(项目|指标|内容|范围|因素|标准|要素)?" + NC + "{0,4}不(含|包括|包含|涉及|考虑|计入)",
            // X和其他…均可: everyone else is admitted too.
            "(和|及|与|以及|或)(其他|其余|其它|所有|各类)" + NC + "{0,10}(均|皆|都|也|亦)(可|能|得)",
        ]),
        (.encourage, ["鼓励", "欢迎", "倡导", "提倡"]),
        (.allowAll, ["(亦|也|同样|一样)(可以|可|得|能)",  // also may: the permission is widened to more groups
            "均可", "皆可", "都可", "都能", "均能", "均得", "皆得", "均有资格", "均适用", "一律可"]),
        (.allow, [
            "可以", "允许", "准许", "得以",
            "(?<![方才仅只不])可(?=申报|申请|牵头|担任|参与|作为|承担|主持|领衔|按|依|参加|以|独立|联合|提出)",
            "(?<![方才仅只不获取])得(?=申报|申请|担任|提出|参加|参与|作为|列为|主持|牵头|承担)",
        ]),
        (.narrative, ["涌现", "(一|大)批", "(资助|支持|培养|培育|引进|表彰|补助|奖励|吸引)了", "(已|先后|累计|共|计|历年)(有|支持|资助|补助|培养|培育|产生|涌现|引进|表彰|奖励|聘请|汇聚|集聚)" + NC + "{0,4}[0-9一二两三四五六七八九十百千]+", "据统计", "(历年|累计|先后|迄今|至今|共计|总计)" + NC + "{0,12}[0-9一二两三四五六七八九十百千万]+(余|多)?(位|名|人|家|个|项)", "截至目前", "颁发" + NC + "{0,6}予"]),
        (.statistic, [
            // A rate of change or a share (年均增长12%, 占比超过四成): a statistic.
            "(增长|增加|下降|减少|提高|提升|占比|比重|同比|环比)(了|约|为|达|近|约为)?[0-9.]+%",
            // A count of people or bodies too large for a team (超过800人, 2.8万家, 上千名): a statistic.
            "(超过|逾|突破|达到?|约|近|共有|已有|现有|拥有|上)?([0-9]{3,}|[0-9.]+[万千百]|[一二两三四五六七八九十几]+[万千百])(余|多)?(人|位|名|家|所|个|项)",
            "(超过|逾|突破|达到?|约|近|共有|已有|现有|上)?([0-9.]+[万千]|[一二两三四五六七八九十几]+[万千])(余|多)?(篇|件|次|部)",
        ]),
        (.proportion, [
            // A share of a group (约占六成, 占百分之六十八, 占五分之二左右).
            "(约|大约|大致)?占(比|到)?(约|近|超过|逾|达|了)?([0-9.]+%|[一二三四五六七八九]成|[0-9一二三四五六七八九十百]+分之[0-9一二三四五六七八九十点]+)",
        ]),
        (.preference, [
            "优先(支持|考虑|推荐|资助|立项|安排|入选|纳入|给予)?", "(予以|给予|适当)?倾斜", "(额外|酌情|适当)?加分", "(加|计|记|给|赋|得|加计|加记|加给)[0-9一二两三四五六七八九十百.半]+分",
            "计分", "赋分", "得分", "打分(表|标准|细则)", "(得分|分数)?(上浮|上调|加权|加成)", "评分", "分值", "同等条件下?", "优待", "重点考虑", "重点支持",
            "作为" + NC + "{0,6}(依据|参考|因素|考量)", "择优支持",
            // Weighed heavily (列为审查重点, 评审的主要依据).
            "(列为|视为)" + NC + "{0,6}?(重点|重要|主要)", "(审查|评审|评价|评分|考察|遴选)(的)?(重点|重要依据|主要依据|核心指标)",
            // Funding scaled by group (补助比例减半, 资助比例下调) is a preference too, in the other direction.
            "(补助|资助|支持|补贴|奖补|经费|资金|预算|配套|劳务费|间接费用?|管理费)(比例|额度|金额|强度|上限|标准|总额|限额)?" + NC + "{0,4}(减半|下调|降低|减少|打折|酌减|上调|调高|调增|提高|提升|上浮|增加|增至|翻倍|加倍|倍增|放宽)",
            // Money granted to the holder (可获得…配套经费, 给予配套资金, 另可获拨配合款).
            "(可|将|另|还|均|亦|即可|可再|另可|可额外|可另)(获得|获|享受|享有|获配|领取|得到|获拨)" + NC + "{0,12}?(经费|资金|资助|补助|补贴|拨款|奖金|津贴|配套|配合款|额度|名额)",
            "(给予|予以|拨付|核拨|拨给|增拨|加拨|多拨付|多拨)" + NC + "{0,8}?(配套|补助|补贴|资金|经费|拨款|配合款)",
            "(扣|减)[0-9一二两三四五六七八九十.]*分",
            // Points written after what earns them (教授10分、副教授6分; 杰青（+5）).
            "(?<![0-9.])[0-9]+(\\.[0-9]+)?分(?![钟之])", "(?<![A-Za-z0-9])\\+[0-9]+(\\.[0-9]+)?分?",
            // A cap on money for the group alone (其计画补助经费以五十万元为上限); a document it need not hand in (得免提计画书).
            "其" + NC + "{0,6}(经费|资助|补助|金额|额度|资金)" + NC + "{0,4}以" + NC + "{0,8}为上限", "免(提|交|附|提交|提供|予提交|送)" + NC + "{0,8}(书|材料|报告|文件|证明)",
            // A privilege: the holder is exempt from another condition (可不受年龄限制, 年龄可放宽至50周岁).
            "(可|得|亦可|均可)?不受(年龄|学历|学位|工作年限|任职年限|资历|限项|项数|申报数量|名额)(限制|限)",
            // A privilege on the number of projects (不受"限项"规定约束, 不占用推荐名额, 可同时承担两个课题, 上限放宽至三项).
            "不受" + NC + "{0,12}?(限项|限报|项数|件数|数量|名额|限额|上限)" + NC + "{0,8}?(限制|约束|规定|影响|条款)",
            "不受" + NC + "{0,20}?(规定|条款|规则|办法)(的|之)?(约束|限制|影响)",
            "(跳过|越过|免经|毋须经过?|无须经过?|无需经过?|不必经过?|不需经过?)" + NC + "{0,4}?" + STAGE,
            "(资助|补助|经费|拨款)(总额|额度|金额|强度|上限)?(不超过|不得超过|不高于|最多|最高)", "不(占用|占|计入)" + NC + "{0,8}?(名额|限项|限额|件数|项数|上限|统计)",
            "(可|得|均可)?同时" + NC + "{0,4}?(承担|主持|申报|牵头|负责|执行)" + NC + "{0,6}?(两|二|三|四|2|3|4)(个|项|件)",
            "(项目数|项数|件数|数量|上限|限额|名额|限项)" + NC + "{0,8}?(放宽|提高|增加|上调|增至|提升)",
            // A better place in the order (排序前置, 排在前列, 优先排序, 排名居前).
            "(排序|排名|顺序|次序|名次|排位)" + NC + "{0,6}?(前置|靠前|在前|居前|列前|提前|优先)", "(予以|列为)前置", "前置(?!条件|审批|程序|审查|环节|要求|许可)", "排在前列", "优先(排序|排列|列入)",
            // A different cap for the group (计划总额以二百万元为上限; 资助上限为200万元).
            "(总额|经费|资助|补助|金额|额度|资金)" + NC + "{0,4}?以" + NC + "{0,12}?为(上限|限)", "(资助|补助|经费|拨款)(上限|最高额?)(仅|减为|降为|为)",
            "(年龄|学历|学位|工作年限|任职年限|资历|限项|项数)(要求|限制|条件|上限)?(可|可以|得)?(适当)?放宽", "(?<![一二两三四五六七八九十百])[一二两三四五六七八九十]+分(?=[,、;。)]|$)",
            // Extra money or support for the holder (给予额外50万元配套支持).
            "(额外|追加|另行|叠加|加倍|翻倍)" + NC + "{0,10}?(支持|资助|经费|配套|补助|奖励|补贴|资金|拨款|款项|额度|名额)",
            // A privilege: the holder skips a stage or is funded directly.
            "直接" + NC + "{0,4}(立项|资助|支持|资格|入围|进入|认定|答辩|终审)", "(豁)?免(于|除|予)?" + NC + "{0,6}(" + STAGE + "|评|考核|程序|环节|流程)", "不再" + NC + "{0,4}" + STAGE, "(得|给|计|记|赋|给予)(满分|最高分|全分)",
        ]),
        (.burden, [
        // Something issued or approved by another party, asked of one group only (外资控股企业须另附主管部门出具的
        // 安全评估意见, 民营企业应另行提供国有企业出具的承诺函); its own statutory report is no burden.
        "(另行|另外|另|额外|还需额外|还须额外|还应|还需|还须|还要)(附|附上|检附|提供|提交|提送|出具|报送|觅|获|取得|经|报请|报经|缴交|缴纳|缴存|接受|办理)" + NC + "{0,16}?(审批|批准|核准|审核|审查|核定|许可|同意|担保|保证|承诺|证明|意见|函|评估|文件|材料|报表|负债表|资料|保证金|保函)",
        // A deposit or guarantee asked of the group (须先行缴存…履约保证金).
        "(缴存|缴纳|缴交|交纳|交存)" + NC + "{0,14}?(保证金|保函|担保函|保证函|担保金)",
        // A review or check for the group alone (专门的保密资格审查, 单独出具一份安全评估报告).
        "(专门|单独|另行|额外|专项)的?" + NC + "{0,6}?(审查|核查|查核|评估|筛查|审核)",
        "(专项|专案|特别|单独|专门)(报请|报经|报)?" + NC + "{0,4}?(审批|批准|核准|审核|审查|核定)",
        // Another party one group alone must bring in (须另觅公营事业共同申请, 须另行物色中方合作者).
        "(另行|另外|另|额外|还须额外|还需额外)(觅|寻找|寻觅|找|物色|邀请|联合|引入|聘请|配备|指定|搭配|吸收|洽|增补)" + NC + "{0,12}?(单位|企业|事业|公司|机构|厂商|人员|专家|学者|负责人|合作者|合作方|伙伴|主持人|申请人|担保人|人)",
        // A modal, then one more named party (须物色一位本地学者担任…, 须配备一名中国籍副组长, 须推荐一名中方导师挂名…).
        "(须|应|需|必须)(另行|另外|另|额外|再|先)?(自行)?(邀请|确定|推荐|配备|增补|物色|寻找|寻觅|寻得|找|洽|觅|联合|引入|聘请|指定|搭配|吸收)(一|两|二|1|2)(名|位|家|个|所)",
        // A letter one group must obtain from another (须先取得一家市属国企出具的推荐函).
        "(取得|获得|获取|提供)(一|两|二|1|2)(家|名|位|个|所)" + NC + "{0,10}?(出具|开具)的?" + NC + "{0,4}?(推荐函|推荐信|担保函|背书|承诺书|承诺函|推荐意见|同意函)",
        // An approval as the step before (须经…批准后方可受理) gates the group named; a guarantee asked of it too.
        "(批准|审批|核准|特批|核定|同意|许可)(后|之后|以后)?(始得|方可|方能|方得|才能|才可|才予)",
        "(担保|作保|背书)(函|书)?",
    ]),
    (.modal, ["必须", "务必", "须", "需要", "需", "应当", "应该", "理应", "应", "要求", "原则上", "一般应"]),
        (.only, [
            "方(有|具备|具有)" + NC + "{0,4}资格", "仅限",
            // Reserved for (专供, 预留给): the money or places go to that group only.
            "专供", "专属", "(专门|全部|全数)?(预留|保留|留)(给|予)",
            "只限", "限于", "(只|仅)(接受|面向|支持|资助|允许|受理|针对)", "(专门|专项)?面向", "限定", "限为", "仅可", "仅能", "只能", "只可", "只有", "仅", "方可", "方能", "方得", "始得", "始可", "才得", "才能", "才可", "才予",
            "限(?!制|期|额|时|度|购|价|行|号|速|量)",
        ]),
        (.exclusion, [
            "不(具备|具有|符合)" + NC + "{0,10}资格", "不(合|符)" + NC + "{0,4}资格", "(没有|无)(申报|申请)?资格",
            "不得", "不能", "不可(?!抗)", "不予", "不再", "不允许", "不接受", "不受理", "禁止", "除外", "排除", "不含", "不包括", "不属于",
            "不在" + NC + "{0,8}(范围|之列)", "不纳入", "不支持", "不资助", "拒绝", "谢绝", "限制(?!性)", "一票否决",
            "不(列入|列为|补助|补贴|予补助|适用|受理|考虑|推荐|立项)", "不获(接纳|受理|考虑|资助|批准|支持|补助)", "暂不", "一律不", "不具" + NC + "{0,6}资格",
            "除" + NC + "{1,15}?外(?![资籍商国方企])",
        ]),
        (.threshold, [
            "及以上", "或以上", "以上", "不低于", "不少于", "不(得|能|应|可)(低于|少于)", "至少", "达到", "超过", "高于", "大于", "多于",
            "满(?=[0-9一二两三四五六七八九十])", "逾", "过半", "半数以上", "(?<!不)超过半数", "≥", ">=", "累计", "合计", "总计",
        ]),
        (.count, ["[0-9一二两三四五六七八九十]+(篇|部)", "[0-9一二两三四五六七八九十]+项(?!目)"]),
        (.bound, ["不超过", "不高于", "不多于", "不大于", "低于", "少于", "以下", "以内", "未超过", "≤", "<=", "不足"]),
        (.conditionWord, [
            "(申报|申请|准入|限制性|必要|必备|基本|前置|资格)?(条件|门槛|前提)", "必备", "申报资格", "资格要求", "入围标准",
        ]),
        (.qualifier, ["获得者", "入选者", "获奖者", "得主", "称号者", "持有者", "获评者", "受资助者", "资助获得者", "当选者"]),
        (.possession, [
            "具有", "具备", "持有", "拥有", "取得", "获得", "荣获", "曾获", "获评", "获授", "获颁", "入选", "当选", "获选", "现任", "担任",
            "聘为", "受聘", "属于", "(?<=[人者象体位业])(为|是|系)(?![了主例])",
        ]),
        (.timeWindow, ["近(个)?[0-9一二两三四五六七八九十]+(个)?(年|年度|年来)"]),
        (.past, ["近年来", "近年", "以来", "此前", "迄今", "截至", "以往", "历年", "先后", "曾", "已(?!经费)", "(发表|获得|担任|取得|入选|主持|承担)过"]),
        (.subject, [
            "项目负责人", "课题负责人", "负责人", "牵头人", "牵头方", "首席专家", "申请方", "申报方", "主持单位", "联合体", "申请人", "申报人", "主持人", "首席科学家", "申报者", "申请者", "候选人",
            "团队", "成员", "骨干", "申报单位", "申请单位", "牵头单位", "承担单位", "参与单位", "合作单位", "依托单位",
            "申报主体", "申请主体", "统筹人", "项目组", "课题组", "支持对象", "申报对象", "资助对象", "本人", "人选", "申报企业", "申请企业", "牵头企业",
        ]),
    ]

    /// Section headers: a header naming conditions puts the following items in condition mode,
    /// one naming outputs or procedure in output or neutral mode.
    static let outputHeaders = ["考核", "指标", "预期", "成果", "目标", "产出", "绩效", "内容", "任务"]
    static let neutralHeaders = ["方式", "经费", "材料", "流程", "程序", "时间", "评审", "管理", "说明", "联系", "咨询", "受理", "纪律", "监督", "须知", "背景"]
    /// Scoring headers (评审指标, 评分标准): items under them are scored, not outputs.
    static let scoringHeaders = ["评审指标", "评分指标", "评价指标", "评分标准", "评审标准", "评分细则", "评审要点", "打分", "评分", "计分", "赋分", "加分"]
    /// A header that names an attribute (单位性质：, 国籍：, 职称：) makes the value after it a condition too.
    static let conditionHeaders = ["条件", "要求", "资格", "对象", "申报人", "申请人", "负责人", "满足", "符合", "具备",
                                   "性质", "所有制", "国籍", "户籍", "职称", "职级", "身份",
                                   // The kind of the applying body (单位类型 | 国有企业).
                                   "单位类型", "企业类型", "机构类型", "主体类型", "单位类别", "企业类别", "机构类别", "单位属性", "企业属性"]
}
