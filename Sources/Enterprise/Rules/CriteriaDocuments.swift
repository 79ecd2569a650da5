import Foundation
import Identity
import KechuangCore
import Policy
import Storage

/// The national criteria documents the tiers cite, imported into the policy library (Art. 75) so
/// that every criterion links to its article. Excerpts: the articles that set the criteria, as
/// published; the issuer's text is authoritative. (Data table.)
public enum CriteriaDocuments {
    public struct Document: Sendable {
        public let id: String
        public let title: String
        public let titleEn: String
        public let issuer: String
        public let date: String
        public let text: String
        /// What this excerpt was checked against. The shared corpus of laws the platform was built
        /// with holds none of the three national documents, so each excerpt is written from the
        /// document as published by its issuer and is marked unverified until checked against it.
        public var verification: LocalizedText = Self.unverified

        public static let unverified = LocalizedText(
            zh: "摘录依据发布机关公布的文本整理，尚未与平台语料库中的原文核对（语料库未收录本文件）",
            en: "Excerpt written from the text the issuer published; not yet checked against a copy in the platform's corpus (the corpus does not hold this document)")
    }

    /// The Beijing provisions these tiers serve, checked word for word against the shared corpus
    /// (`laws.jsonl`, ids as given): the city's tiered cultivation and its support of 专精特新 SMEs.
    public static let verifiedLocalBasis: [(corpusID: String, title: String, article: String, text: String)] = [
        ("lrb-b92ec2df60", "北京国际科技创新中心建设条例", "第二十三条",
         "本市强化企业科技创新主体地位，完善企业科技创新服务体系，建立科技企业梯次培育机制……支持中小企业向专精特新发展。"),
        ("lrb-dcdbc0a0d9", "北京市促进中小企业发展条例", "第三十二条",
         "鼓励中小企业按照市场需求，推进技术、产品、工艺、管理模式、商业模式等创新，支持中小企业成长为专精特新、高新技术企业。"),
    ]

    public static let techSME = Document(
        id: "ent-kjxzxqy-pjbf-2017", title: "科技型中小企业评价办法", titleEn: "Measures for the Evaluation of Tech-based SMEs",
        issuer: "科技部 财政部 国家税务总局（国科发政〔2017〕115号）", date: "2017-05-03", text: """
        本平台收录与科技型中小企业评价条件相关的条款摘录，全文以发布机关公布的文本为准。
        第一条 为贯彻落实《中华人民共和国促进科技成果转化法》，推动大众创业、万众创新，加快科技型中小企业发展，制定本办法。
        第二条 本办法所称科技型中小企业是指依托一定数量的科技人员从事科学技术研究开发活动，取得自主知识产权并将其转化为高新技术产品或服务，从而实现可持续发展的中小企业。
        第六条 科技型中小企业须同时满足以下条件：
        （一）在中国境内（不包括港、澳、台地区）注册的居民企业。
        （二）职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元。
        （三）企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类。
        （四）企业在填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为，且企业未列入经营异常名录和严重违法失信企业名单。
        （五）企业根据科技型中小企业评价指标进行综合评价所得分值不低于60分，且科技人员指标得分不得为0分。
        第八条 科技型中小企业评价指标具体包括科技人员、研发投入、科技成果三类，满分100分。
        （一）科技人员指标（满分20分）。按科技人员数占企业职工总数的比例分档评价：30%（含）以上20分；25%（含）—30%16分；20%（含）—25%12分；15%（含）—20%8分；10%（含）—15%4分；10%以下0分。
        （二）研发投入指标（满分50分）。按企业研发费用总额占销售收入总额的比例分档评价：6%（含）以上50分；5%（含）—6%40分；4%（含）—5%30分；3%（含）—4%20分；2%（含）—3%10分；2%以下0分。
        （三）科技成果指标（满分30分）。按企业拥有的在有效期内的与主要产品（或服务）相关的知识产权类别和数量评价：1项及以上Ⅰ类知识产权30分；4项及以上Ⅱ类知识产权24分；3项Ⅱ类知识产权18分；2项Ⅱ类知识产权12分；1项Ⅱ类知识产权6分；没有知识产权0分。
        """)

    public static let highTech = Document(
        id: "ent-gxjsqy-rdbf-2016", title: "高新技术企业认定管理办法", titleEn: "Administrative Measures for the Recognition of High and New Technology Enterprises",
        issuer: "科技部 财政部 国家税务总局（国科发火〔2016〕32号）", date: "2016-01-29", text: """
        本平台收录与高新技术企业认定条件相关的条款摘录，全文以发布机关公布的文本为准。
        第一条 为扶持和鼓励高新技术企业发展，根据《中华人民共和国企业所得税法》及其实施条例有关规定，制定本办法。
        第十一条 认定为高新技术企业须同时满足以下条件：
        （一）企业申请认定时须注册成立一年以上；
        （二）企业通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权；
        （三）对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围；
        （四）企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%；
        （五）企业近三个会计年度的研究开发费用总额占同期销售收入总额的比例符合如下要求：最近一年销售收入小于5,000万元（含）的企业，比例不低于5%；最近一年销售收入在5,000万元至2亿元（含）的企业，比例不低于4%；最近一年销售收入在2亿元以上的企业，比例不低于3%。其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%；
        （六）近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%；
        （七）企业创新能力评价应达到相应要求；
        （八）企业申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为。
        """)

    public static let quality = Document(
        id: "ent-yzzxqy-tdpy-2022", title: "优质中小企业梯度培育管理暂行办法", titleEn: "Interim Measures for the Tiered Cultivation of High-Quality SMEs",
        issuer: "工业和信息化部（工信部企业〔2022〕63号）", date: "2022-06-01", text: """
        本平台收录附件2《专精特新中小企业认定标准》和附件3《专精特新“小巨人”企业认定标准》中与认定条件相关的内容摘录，全文以发布机关公布的文本为准。本摘录尚未与平台语料库中的原文核对。
        附件2 专精特新中小企业认定标准：同时满足以下四项条件即视为满足认定条件。一、从事特定细分市场时间达到2年以上。二、上年度研发费用总额不低于100万元，且占营业收入总额比重不低于3%。三、上年度营业收入总额在1000万元以上，或上年度营业收入总额在1000万元以下，但近2年新增股权融资总额（合格机构投资者的实缴额）达到2000万元以上。四、评价得分达到60分以上或满足下列条件之一：（一）近三年获得过省级科技奖励，并在获奖单位中排名前三；或获得国家级科技奖励，并在获奖单位中排名前五。（二）近两年研发费用总额均值在1000万元以上。（三）近两年新增股权融资总额（合格机构投资者的实缴额）6000万元以上。（四）近三年进入“创客中国”中小企业创新创业大赛全国500强企业组名单。
        附件3 专精特新“小巨人”企业认定标准：一、专业化指标：坚持专业化发展道路，长期专注并深耕于产业链某一环节或某一产品。截至上年末，企业从事特定细分市场时间达到3年及以上，主营业务收入总额占营业收入总额比重不低于70%，近2年主营业务收入平均增长率不低于5%。二、精细化指标：重视并实施长期发展战略，公司治理规范、信誉良好、社会责任感强，生产技术、工艺及产品质量性能国内领先，注重数字化、绿色化发展，在研发设计、生产制造、供应链管理等环节，至少1项核心业务采用信息系统支撑。取得相关管理体系认证，或产品通过发达国家和地区产品认证（国际标准协会行业认证）。截至上年末，企业资产负债率不高于70%。三、特色化指标：技术和产品有自身独特优势，主导产品在全国细分市场占有率达到10%以上，且享有较高知名度和影响力。拥有直接面向市场并具有竞争优势的自主品牌。四、创新能力指标：满足以下一项即可：（一）上年度营业收入总额在1亿元以上的企业，近2年研发费用总额占营业收入总额比重均不低于3%；（二）上年度营业收入总额在5000万元—1亿元的企业，近2年研发费用总额占营业收入总额比重均不低于6%；（三）上年度营业收入总额在5000万元以下的企业，同时满足近2年新增股权融资总额（合格机构投资者的实缴额）8000万元以上，且研发费用总额3000万元以上、研发人员占企业职工总数比重50%以上。创新成果：自建或与高等院校、科研机构联合建立研发机构，设立技术研究院、企业技术中心、企业工程中心、院士专家工作站、博士后工作站等；拥有2项以上与主导产品相关的Ⅰ类知识产权，且实际应用并已产生经济效益。五、产业链配套指标：位于产业链关键环节，围绕重点产业链实现关键基础技术和产品的产业化应用，发挥“补短板”“锻长板”“填空白”等重要作用。六、主导产品所属领域指标：主导产品原则上属于工业“六基”领域、中华人民共和国工业和信息化部等部门发布的重点领域或战略性新兴产业领域。
        """)

    public static let all = [techSME, highTech, quality]

    /// Imports the documents the library does not hold yet (idempotent), audited by the library under Art. 75.
    @discardableResult
    public static func importMissing(into library: PolicyLibrary, actor: AuditActor) async throws -> Int {
        var added = 0
        for doc in all {
            do {
                _ = try await library.document(doc.id)
                continue
            } catch DomainError.notFound {}
            try await library.importText(PolicySource(externalID: doc.id, title: doc.title, titleEn: doc.titleEn, issuer: doc.issuer,
                                                      level: .normativeDocument, region: "全国", date: doc.date, text: doc.text), actor: actor)
            added += 1
        }
        return added
    }
}
