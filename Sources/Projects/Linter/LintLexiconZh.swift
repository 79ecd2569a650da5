// The Chinese lexicon (data): the trigger words of each restricted attribute with their cancelling
// compounds and contexts, the words of the other parts of a condition (whom it binds, modality,
// polarity) and the section headers. Traditional text is read with it after OpenCC's conversion.
// The types are in `LintRuleTypes.swift`, the reported rules in `LintRules.swift`, the code that
// reads them in `LintEngine.swift` and `LintDecision.swift`.

/// Non-capturing "no clause delimiter" character class used in patterns (text is normalised to ASCII punctuation).
private let NC = "[^,;:。!?\\n]"

extension CallLinter {
    static let chinese = Lexicon(
        language: .zh, topics: Zh.topics, markers: Zh.markers,
        outputHeaders: Zh.outputHeaders, neutralHeaders: Zh.neutralHeaders, conditionHeaders: Zh.conditionHeaders,
        link: "为|是|属于|具有|具备|持有|拥有|持|由|限|选择|联合|与",
        qualifierLead: "^(?:或者|或|及|以及|和)?(?:国家级|国家|北京市|北京|市级|省部级|省级|中国|全国|各类|各级)?$",
        leadingConjunction: "^(?:或者|或|并且|并|且|以及|及|和|同时|另外|此外|其中|但是|但)")
}

extension CallLinter.Zh {
    typealias TopicLexicon = CallLinter.TopicLexicon
    typealias TriggerSpec = CallLinter.TriggerSpec
    typealias MarkerKind = CallLinter.MarkerKind
    /// Reviewer and integrity contexts shared by the personal-merit topics.
    static let reviewerContext = [
        "评审专家", "同行专家", "咨询专家", "专家组", "评审组", "评委", "专家库", "入库专家",
        "委员会", "评审人员", "审稿", "回避", "函评", "会评",
    ]
    static let integrityContext = [
        "造假", "抄袭", "剽窃", "代写", "代投", "买卖", "学术不端", "不端行为", "撤稿", "伪造", "篡改",
        "失信", "骗取", "冒领", "冒用", "弄虚作假",
    ]
    /// Filling in or checking forms: 如实填写职称, 核查论文信息.
    static let formContext = ["填写", "填报", "如实", "载明", "写明", "标明", "上传", "录入", "核查", "核实", "列表", "清单", "附件", "复印件", "扫描件"]
    static let outputContext = [
        "预期", "成果", "(预期|研究|项目|课题|本|形成的?|产出|阶段性|最终|标志性)成果", "成果(形式|产出|包括|要求|指标)",
        "产出", "考核", "指标", "绩效", "结题", "验收", "执行期", "实施期", "项目期", "资助期", "(完成|结束|结题|截止)(时|前|后)",
        "期满", "形成", "拟(发表|形成|申请|培养|产出|取得|出版)", "力争", "计划发表", "目标", "(本|该)?项目(发表|产出|形成|资助|支持发表|产生|取得)", "(受|经)本项目",
        "依托项目", "交付", "任务书",
    ]

    /// Trigger lexicons, cancelling compounds and contexts, one per topic.
    static let topics: [TopicLexicon] = [
        TopicLexicon(
            topic: .title,
            triggers: [
                "(专业技术)?职称", "(高级|中级)?专业技术(职务|资格|职称)", "技术职务", "(正|副)?高级(专业技术|技术)?(职称|职务|资格)",
                "副高(级)?", "正高(级)?", "中级职称", "(副)?教授", "(助理|副)?研究员", "(正高级|教授级|高级)工程师", "教授级高工", "高工",
                "(副)?主任(医师|药师|护师|技师)", "主治医师", "高级(实验师|经济师|会计师|农艺师|畜牧师|兽医师|编辑|记者|讲师)",
                "博士生导师", "博导", "硕士生导师", "硕导", "讲师",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "title") },
            cancels: [
                "职称(评审|评定|评价|制度|改革|晋升|申报|认定|系列|体系|结构|层次|评聘|工作|分布|外语|专业|类别)", "真正高", "高工资", "研究员工",
            ],
            hardContext: reviewerContext + formContext + [
                "晋升", "评聘", "聘任", "任职", "评定", "直接认定", "职称直通", "绿色通道", "(年龄|人员|职称|学科|专业)结构", "层次", "培养",
                "(?<!项目)(?<!课题)(指导|导师)组",
            ],
            softContext: outputContext + ["引进(?!人才)", "带动"]
        ),
        TopicLexicon(
            topic: .paper,
            triggers: [
                "论文", "(?<![A-Za-z])(SCI|SCIE|SSCI|EI|CSSCI|CSCD|ESI|JCR|A&HCI|CNS)(?![A-Za-z])",
                "核心期刊", "权威期刊", "顶级期刊", "顶刊", "高水平期刊", "国际期刊", "期刊", "影响因子", "(?<![A-Za-z])IF(?![A-Za-z])",
                "(中科院|JCR|SCI)[一二三四]区(论文|期刊|TOP)?", "[一二三四]区(论文|期刊|TOP)",
                "(?<![A-Za-z0-9])Q[1-4](?![0-9])(?=" + NC + "{0,4}(论文|期刊|分区))",
                "(共同)?第一作者", "通讯作者", "独立作者", "高被引", "被引(次数|频次)", "引用(次数|频次)", "[Hh](指数|-index|因子)",
                "(学术)?专著", "论著", "(?<![A-Za-z])(Nature|Science|Cell|Lancet)(?![A-Za-z])", "发表" + NC + "{0,8}?文章",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "paper") },
            cancels: ["学位论文", "论文答辩", "毕业论文"],
            hardContext: reviewerContext + integrityContext + formContext + [
                "代表性", "代表作", "标注", "报纸", "广播", "电视", "媒体", "刊登", "致谢", "注明", "署名", "查重", "开放获取", "开放共享", "学位",
            ],
            softContext: outputContext
        ),
        TopicLexicon(
            topic: .award,
            triggers: [
                "奖项", "(科技|科学技术|省部级|国家级|国家|市级|部级|省级)(以上)?(科技)?奖励", "(科技|科学技术)奖",
                "(自然科学|技术发明|科技进步|科学技术进步|青年科技|专利|发明|创新|学术|成就|合作|技术)奖",
                "何梁何利", "[一二三特]等奖", "金奖", "银奖", "获奖", "(国家|省部级|国家级|省级)(以上)?奖",
                "获" + NC + "{0,12}?奖(?!补|金|学金|励资金|助|惩|励政策)",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "award") },
            cancels: ["奖补", "奖励资金", "奖励性", "奖惩", "奖学金", "后补助", "奖励政策", "以奖代补"],
            hardContext: reviewerContext + integrityContext + formContext + [
                "提名", "评选", "奖励(办法|制度|条例|工作)", "设立", "重复", "不再", "公示", "颁发", "授予", "表彰",
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
                "(国家级|省部级|国家|各类|重大|高层次|市级|省级|部级)" + NC + "{0,6}?人才(计划|工程|项目|称号|专项)",
                "人才(计划|工程|称号)(入选者|获得者)", "入选" + NC + "{0,8}?人才(计划|工程|项目|称号|专项)",
                "人才帽子", "帽子", "学术头衔", "头衔", "荣誉称号", "人才称号", "ESI高被引科学家", "高被引科学家",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "honour") },
            cancels: [
                "院士(专家)?工作站", "院士工作室", "院士(专家)?服务", "院士专家工作站", "院士大会",
                "(申请|申报)(北京市|国家)?(杰出|优秀)青年(科学)?基金",
            ],
            hardContext: reviewerContext + integrityContext + formContext + [
                "增选", "评选", "工作站", "重复", "不再",
                "(推荐|提名|申报|申请|参评)(?!人|单位|者|主体|企业)" + NC + "{0,6}(院士|杰青|优青|长江学者|人才计划|人才称号)",
            ],
            softContext: outputContext + ["培养", "引进(?!人才)", "集聚", "吸引", "造就"]
        ),
        TopicLexicon(
            topic: .ownership,
            triggers: [
                TriggerSpec(pattern: "国有(企业|控股|独资|全资|参股|资本|性质|背景|法人|公司|及国有控股)(企业|公司|单位)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "国资(控股|背景|企业|参股|公司)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(国企|央企|中央企业|市属国企|市管企业)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(国营|公营)(企业|事业|单位|公司)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "民营(企业|科技企业|资本|背景|性质|公司)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "民营(经济)?", polarity: .mention, group: "private"),
                TriggerSpec(pattern: "(民企|私营企业|私企|私人企业|非公有制(企业|经济)?|非公企业|非国有企业)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "(集体企业|集体所有制(企业)?)", polarity: .admitted, group: "collective"),
                TriggerSpec(pattern: "公有制(企业|单位|经济)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "外资(企业|控股|背景|性质|公司|研发中心|机构|参股)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "外商(独资|投资)?(企业|公司)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(中外合资|中外合作|合资)(企业|经营企业|公司)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(外资|外商投资|外商|中外合资|中外合作)", polarity: .mention, group: "foreign"),
                TriggerSpec(pattern: "(外国企业|外企|境外企业|境外资本|境外投资者|外方控股|外资研发机构)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(港澳台资|港资|台资|侨资)(企业)?", polarity: .admitted, group: "hmt"),
                TriggerSpec(pattern: "(纯)?(内资|中资)(企业|控股|机构|公司)?", polarity: .admitted, group: "domestic"),
                TriggerSpec(pattern: "(混合所有制|所有制)(性质|形式|类型|企业)?", polarity: .admitted, group: "any"),
                TriggerSpec(pattern: "(企业|单位|资本|股权|出资人)性质", polarity: .admitted, group: "any"),
                // Who controls the company: 实际控制人须为国有资产监督管理机构.
                TriggerSpec(pattern: "(实际控制人|控股股东|控股方|第一大股东)(?=" + NC + "{0,8}(国有|国资|政府|外资|外方|境外|外国|民营|私营|个人))", polarity: .share, group: "share"),
                TriggerSpec(pattern: "(国有|国资|国有资本|外资|外方|境外|外国|民营|非国有|私人|社会)(资本|股东)?" + NC + "{0,4}?(持股|股权|出资|控股)(比例)?", polarity: .share, group: "share"),
            ],
            cancels: [
                "国有资产", "国资委", "国有资源", "国有土地", "国有资本经营预算", "国有资本投资运营", "国有林场",
            ],
            hardContext: ["改革", "混改"],
            softContext: [],
            partition: ["state", "private", "foreign"]
        ),
        TopicLexicon(
            topic: .nationality,
            triggers: [
                TriggerSpec(pattern: "(中华人民共和国|中国|我国|本国)(大陆|内地)?(国籍|公民|籍)", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "(中国|中华人民共和国|我国)护照", polarity: .admitted, group: "home"),
                // Identity documents and household registration only citizens can hold.
                TriggerSpec(pattern: "(中国|中华人民共和国|中华民国|我国|大陆|内地|台湾|本国)?(居民|国民)?身(份|分)证(?!件|明)", polarity: .admitted, group: "home"),
                // Taiwan usage: 中华民国国民, 本国国民.
                TriggerSpec(pattern: "(中华人民共和国|中华民国|中国|我国|本国)国民", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "(北京市|北京|本市|京籍|常住|城镇|农业|非农业)?(户籍|户口)", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "国籍", polarity: .merit, group: "any"),
                TriggerSpec(pattern: "非(中国|我国|本国)(国籍|籍|公民)(人员|人士|专家|科学家)?", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外籍(人员|人士|专家|科学家|人才|科技人员|创新人才|华人)?", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外国(籍|人|公民|专家|科学家|人员|国籍)", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "境外(人员|人士|专家|科学家)", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外国人", polarity: .excludable, group: "foreign"),
            ],
            cancels: [],
            hardContext: [
                "证明", "证件", "载明", "写明", "标明", "工作许可", "居留许可", "签证", "入境", "出入境", "填写", "填报", "如实", "注明", "信息",
                "来华工作", "保密", "安全审查",
            ],
            softContext: [],
            partition: ["home", "foreign"]
        ),
    ]

    /// Context markers, matched leftmost-longest in one pool (so 不得低于 is a threshold, not 不得).
    static let markers: [(MarkerKind, [String])] = [
        (.neutral, [
            "应用", "响应", "对应", "适应", "供应", "反应", "效应", "相应", "应对", "应急", "回应", "应届", "应聘", "应收",
            "需求", "急需", "所需", "有限", "期限", "年限", "限额", "上限", "下限", "时限", "权限", "限期", "局限", "无限",
            "不仅", "仅供", "不限于", "包括但不限于", "只要", "满足", "满意", "期满", "人才",
            "优先(领域|方向|主题|发展|级|序|事项)", "(以上|以下)(条件|要求|材料|内容|规定|各项|几|所述|情形|方面)",
            "可能", "可行", "可持续", "许可", "认可", "可靠", "可控", "可信", "可视", "可再生", "不可抗力",
            "作为(重点|突破口|主体|补充)", "同等学力", "(符合|满足|达到)" + NC + "{0,8}?(条件|要求)", "(创造|提供|改善|营造|优化|保障)" + NC + "{0,4}?条件",
        ]),
        (.negation, [
            "不得(将|以|把|设置|设定|设|要求|限制|排斥|歧视|因|附加)",
            "不得作为" + NC + "{0,8}(条件|门槛|依据|标准|要求|前提|指标)",
            "不(将|以|把|设|设置|设定|要求|论|分|区分|看|唯|受|必|需|须|因|与|附加)",
            "不再(将|以|把|作为|设)", "不作为", "不(作|做)(要求|限制|硬性|限定|门槛|规定|区分)",
            "不限(?!于)", "无需", "无须", "毋须", "毋需", "非必(要|须|需)", "(不|并非|并不)是必",
            "破除", "破四唯", "摒弃", "克服", "杜绝", "避免", "反对", "取消", "淡化", "弱化", "扭转", "纠正", "脱钩", "不挂钩",
            "唯(论文|职称|学历|奖项|帽子)", "无" + NC + "{0,8}(要求|限制|门槛)",
            "一视同仁", "平等(对待|参与|享受|竞争|获取|申报|支持)", "同等(对待|参与|享受|支持|申报)", "公平(参与|竞争)",
            "歧视", "不分", "无论",
        ]),
        (.encourage, ["鼓励", "欢迎", "倡导", "提倡"]),
        (.allow, [
            "可以", "均可", "皆可", "亦可", "也可", "都可", "都能", "均能", "允许", "准许",
            "(?<![方才仅只不])可(?=申报|申请|牵头|担任|参与|作为|承担|主持|领衔|按|依|参加|以|独立|联合)",
        ]),
        (.preference, [
            "优先(支持|考虑|推荐|资助|立项|安排|入选|纳入|给予)?", "(予以|给予|适当)?倾斜", "(额外|酌情|适当)?加分", "加[0-9一二两三四五六七八九十.]+分",
            "计分", "赋分", "得分", "(得分|分数)?(上浮|上调|加权|加成)", "评分", "分值", "同等条件下?", "优待", "重点考虑", "重点支持",
            "作为" + NC + "{0,6}(依据|参考|因素|考量)", "择优支持",
        ]),
        (.modal, ["必须", "务必", "须", "需要", "需", "应当", "应该", "理应", "应", "要求", "原则上", "一般应"]),
        (.only, [
            "方(有|具备|具有)" + NC + "{0,4}资格", "仅限", "只限", "限于", "(只|仅)(接受|面向|支持|资助|允许|受理|针对)", "(专门|专项)?面向", "限定", "限为", "仅可", "仅能", "只能", "只可", "只有", "仅", "方可", "方能", "才能", "才可", "才予",
            "限(?!制|期|额|时|度|购|价|行|号|速|量)",
        ]),
        (.exclusion, [
            "不(具备|具有|符合)" + NC + "{0,10}资格", "(没有|无)(申报|申请)?资格",
            "不得", "不能", "不可(?!抗)", "不予", "不再", "不允许", "不接受", "不受理", "禁止", "除外", "排除", "不含", "不包括", "不属于",
            "不在" + NC + "{0,8}(范围|之列)", "不纳入", "不支持", "不资助", "拒绝", "谢绝", "限制(?!性)", "一票否决",
            "除" + NC + "{1,15}?外(?![资籍商国方企])",
        ]),
        (.threshold, [
            "及以上", "或以上", "以上", "不低于", "不少于", "不(得|能|应|可)(低于|少于)", "至少", "达到", "超过", "高于", "大于", "多于",
            "满(?=[0-9一二两三四五六七八九十])", "≥", ">=", "累计", "合计", "总计",
            "[0-9一二两三四五六七八九十]+(篇|部)", "[0-9一二两三四五六七八九十]+项(?!目)",
        ]),
        (.bound, ["不超过", "不高于", "不多于", "不大于", "低于", "少于", "以下", "以内", "未超过", "≤", "<=", "不足"]),
        (.conditionWord, [
            "(申报|申请|准入|限制性|必要|必备|基本|前置|资格)?(条件|门槛|前提)", "必备", "申报资格", "资格要求", "入围标准",
        ]),
        (.qualifier, ["获得者", "入选者", "获奖者", "得主", "称号者", "持有者", "获评者", "受资助者", "资助获得者", "当选者"]),
        (.possession, [
            "具有", "具备", "持有", "拥有", "取得", "获得", "荣获", "曾获", "获评", "获授", "获颁", "入选", "当选", "现任", "担任",
            "聘为", "受聘", "属于", "(?<=[人者象体位业])(为|是|系)(?![了主例])",
        ]),
        (.timeWindow, ["近(个)?[0-9一二两三四五六七八九十]+(个)?(年|年度|年来)"]),
        (.past, ["近年来", "近年", "以来", "此前", "迄今", "截至", "以往", "历年", "先后", "曾", "已(?!经费)", "(发表|获得|担任|取得|入选|主持|承担)过"]),
        (.subject, [
            "项目负责人", "课题负责人", "负责人", "牵头人", "牵头方", "首席专家", "申请方", "申报方", "主持单位", "联合体", "申请人", "申报人", "主持人", "首席科学家", "申报者", "申请者", "候选人",
            "团队", "成员", "骨干", "申报单位", "申请单位", "牵头单位", "承担单位", "参与单位", "合作单位", "依托单位",
            "申报主体", "申请主体", "支持对象", "申报对象", "资助对象", "本人", "人选", "申报企业", "申请企业", "牵头企业",
        ]),
    ]

    /// Section headers: a header naming conditions puts the following items in condition mode,
    /// one naming outputs or procedure in output or neutral mode.
    static let outputHeaders = ["考核", "指标", "预期", "成果", "目标", "产出", "绩效", "内容", "任务"]
    static let neutralHeaders = ["方式", "经费", "材料", "流程", "程序", "时间", "评审", "管理", "说明", "联系", "咨询", "受理", "纪律", "监督", "须知", "背景"]
    static let conditionHeaders = ["条件", "要求", "资格", "对象", "申报人", "申请人", "负责人", "满足", "符合", "具备"]
}
