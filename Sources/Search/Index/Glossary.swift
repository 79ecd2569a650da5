import Foundation

/// The English → Chinese query glossary of the policy-library search.
///
/// The library holds Chinese laws and regulations and is indexed by character bigrams, so an
/// English query finds nothing until its English words are replaced by the Chinese terms the
/// texts use: `intellectual property pledge loan` becomes `知识产权质押贷款`, `technology transfer
/// law` becomes `科技成果转化法`, `young scientist funding` becomes `青年科技人才 经费 资助`.
///
/// Matching is greedy, longest first, over runs of English words (spaces and hyphens join a run;
/// Chinese text or punctuation ends it), case-insensitive and tolerant of simple inflection: plural
/// forms (`loans`, `technologies`, `enterprises`, `taxes`), possessives (`people's`) and British
/// spellings (`programme`, `centre`, `-isation`). An exact match of the written form is tried
/// before the inflection-tolerant one, so `measures` (办法) and `measure` (措施) can differ.
public struct Glossary: Sendable {
    /// One glossary line: an English phrase and the Chinese terms that replace it.
    public struct Entry: Sendable, Equatable {
        /// Lowercase words separated by single spaces (hyphens read as spaces).
        public let english: String
        /// Chinese terms, preferred first. `expand` emits all of them, so a term is listed only
        /// when it adds recall without adding noise.
        public let chinese: [String]

        /// Normalises `english` to lowercase words separated by single spaces.
        public init(english: String, chinese: [String]) {
            self.english = Glossary.words(of: english).joined(separator: " ")
            self.chinese = chinese
        }
    }

    /// The entries in the order given (for a repeated English key the first one counts).
    public let entries: [Entry]
    /// Written form (lowercased) → index into `entries`.
    private let exactIndex: [String: Int]
    /// Inflection-tolerant form → index into `entries`.
    private let canonicalIndex: [String: Int]
    /// Words in the longest key.
    private let longestKey: Int

    /// The built-in glossary of Chinese science-and-technology law and policy.
    public static let standard = Glossary(entries: Glossary.parse(Glossary.standardTable).entries)

    /// Builds the lookup tables. An entry with an empty side is kept in `entries` but never matches;
    /// of two entries with the same English key the first one is used.
    public init(entries: [Entry]) {
        var exact: [String: Int] = [:]
        var canonical: [String: Int] = [:]
        var longest = 0
        for (index, entry) in entries.enumerated() where !entry.english.isEmpty && !entry.chinese.isEmpty {
            let words = entry.english.split(separator: " ").map(String.init)
            longest = max(longest, words.count)
            if exact[entry.english] == nil { exact[entry.english] = index }
            let key = words.map(Glossary.canonical).joined(separator: " ")
            if let held = canonical[key] {
                // Two keys that differ only in inflection (`measures`, `measure`): the inflection-
                // tolerant form goes to the one already written in that form.
                if entries[held].english != key && entry.english == key { canonical[key] = index }
            } else {
                canonical[key] = index
            }
        }
        self.entries = entries
        self.exactIndex = exact
        self.canonicalIndex = canonical
        self.longestKey = longest
    }

    /// The number of entries.
    public var count: Int { entries.count }

    /// The entry an English phrase resolves to (exact written form first, then inflection-tolerant).
    public func entry(for english: String) -> Entry? {
        let words = Glossary.words(of: english)
        guard !words.isEmpty else { return nil }
        return lookup(words[...], canonical: words.map(Glossary.canonical)[...])
    }

    /// Translates the English parts of a query. Each longest-matching English phrase is replaced by
    /// its Chinese terms (space-separated); English words with no entry and all other text (Chinese,
    /// digits, punctuation) are kept as they are, in order, separated by single spaces. One
    /// exception: the name of a legal instrument (`law` 法, `regulation` 条例, `measures` 办法, …)
    /// right after a phrase translated to a single term is joined onto it, as Chinese titles write
    /// it: `technology transfer law` → `科技成果转化法`. Returns nil when no English word matched.
    public func expand(_ query: String) -> String? {
        var pieces: [String] = []
        var run: [String] = []
        var matched = false

        func flushRun() {
            guard !run.isEmpty else { return }
            let lower = run.map { $0.lowercased() }
            let canonical = lower.map(Glossary.canonical)
            // Whether the last piece is a single Chinese term translated from this run, so that a
            // following `law`/`regulation`/`measures` can be written onto it (科技成果转化法).
            var joinable = false
            var i = 0
            while i < run.count {
                var found = false
                for length in stride(from: min(longestKey, run.count - i), through: 1, by: -1) {
                    if let entry = lookup(lower[i..<(i + length)], canonical: canonical[i..<(i + length)]) {
                        if joinable, entry.chinese.count == 1, Glossary.titleSuffixes.contains(entry.chinese[0]) {
                            pieces[pieces.count - 1] += entry.chinese[0]
                        } else {
                            pieces.append(entry.chinese.joined(separator: " "))
                            joinable = entry.chinese.count == 1
                        }
                        matched = true
                        found = true
                        i += length
                        break
                    }
                }
                if !found {
                    pieces.append(run[i])
                    joinable = false
                    i += 1
                }
            }
            run.removeAll()
        }

        for token in Glossary.tokens(of: query) {
            switch token {
            case .word(let word): run.append(word)
            case .other(let text):
                flushRun()
                pieces.append(text)
            }
        }
        flushRun()
        return matched ? pieces.joined(separator: " ") : nil
    }

    /// Whether the query is mostly English: its letters a–z outweigh its CJK characters.
    public static func isEnglish(_ query: String) -> Bool {
        var letters = 0
        var cjk = 0
        for scalar in query.unicodeScalars {
            if isASCIILetter(scalar) { letters += 1 } else if isCJK(scalar) { cjk += 1 }
        }
        return letters > cjk
    }

    // MARK: - Matching

    /// Chinese names of legal instruments. English puts them after the subject as a separate word
    /// (`technology transfer law`), Chinese writes them onto it (科技成果转化法), and the joined form
    /// is what a title contains, so after a single-term translation they are joined, not spaced.
    static let titleSuffixes: Set<String> = [
        "法", "条例", "办法", "规定", "规则", "细则", "实施细则", "管理办法", "暂行办法", "实施办法",
    ]

    private func lookup(_ lower: ArraySlice<String>, canonical: ArraySlice<String>) -> Entry? {
        if let index = exactIndex[lower.joined(separator: " ")] { return entries[index] }
        if let index = canonicalIndex[canonical.joined(separator: " ")] { return entries[index] }
        return nil
    }

    private static let irregular: [String: String] = [
        "children": "child", "women": "woman", "men": "man", "criteria": "criterion",
        "programme": "program", "labour": "labor", "centre": "center", "licence": "license",
        "organisation": "organization", "defence": "defense",
    ]

    /// The inflection-tolerant form of one lowercased word: `&` reads as `and`, possessives and
    /// apostrophes go, plurals become singular, a few British spellings become American.
    static func canonical(_ word: String) -> String {
        if word == "&" { return "and" }
        var w = word.replacingOccurrences(of: "\u{2019}", with: "'")
        if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
        w = w.replacingOccurrences(of: "'", with: "")
        if let mapped = irregular[w] { return mapped }
        w = singular(w)
        if let mapped = irregular[w] { return mapped }
        if w.hasSuffix("isation") { w = String(w.dropLast(7)) + "ization" }
        return w
    }

    /// Plural → singular by suffix: `-ies` → `-y`, `-sses/-xes/-ches/-shes` lose `-es`, otherwise a
    /// final `-s` goes unless the word ends in `-ss`, `-us` or `-is`.
    private static func singular(_ w: String) -> String {
        if w.count > 4 && w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") {
            return String(w.dropLast(2))
        }
        if w.count >= 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }

    // MARK: - Tokens

    enum Token: Equatable {
        /// A run of ASCII letters and digits (with `&` and inner apostrophes).
        case word(String)
        /// Anything else but spaces: Chinese text, punctuation, other scripts.
        case other(String)
    }

    /// Splits a query into words and other text. Spaces separate tokens and hyphens between two
    /// word characters separate words; neither is kept.
    static func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var other = String.UnicodeScalarView()
        func flushWord() {
            if !word.isEmpty { tokens.append(.word(String(word))); word = String.UnicodeScalarView() }
        }
        func flushOther() {
            if !other.isEmpty { tokens.append(.other(String(other))); other = String.UnicodeScalarView() }
        }
        for (i, scalar) in scalars.enumerated() {
            let previous = i > 0 ? scalars[i - 1] : nil
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            if isWordScalar(scalar) || (isApostrophe(scalar) && previous.map(isWordScalar) == true) {
                flushOther()
                word.append(scalar)
            } else if scalar.properties.isWhitespace {
                flushWord()
                flushOther()
            } else if isHyphen(scalar), previous.map(isWordScalar) == true, next.map(isWordScalar) == true {
                flushWord()
            } else {
                flushWord()
                other.append(scalar)
            }
        }
        flushWord()
        flushOther()
        return tokens
    }

    /// Lowercase words of an English phrase (for entry keys).
    static func words(of english: String) -> [String] {
        tokens(of: english).compactMap { token in
            if case .word(let w) = token { return w.lowercased() } else { return nil }
        }
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isASCIILetter(s) || (s.value >= 0x30 && s.value <= 0x39) || s == "&"
    }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    private static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}" || s == "\u{2013}"
    }

    /// CJK unified ideographs (basic, extensions A–F) and compatibility ideographs.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
        default: return false
        }
    }
}

// MARK: - The standard glossary

extension Glossary {
    /// Reads a glossary table: one entry a line, `english phrase = 中文 中文…` (Chinese terms separated
    /// by spaces, preferred first); blank lines and lines starting with `#` are skipped. Lines that do
    /// not have both sides are returned as `malformed` and left out.
    static func parse(_ table: String) -> (entries: [Entry], malformed: [String]) {
        var entries: [Entry] = []
        var malformed: [String] = []
        for line in table.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let sides = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { malformed.append(text); continue }
            let entry = Entry(english: String(sides[0]), chinese: sides[1].split(separator: " ").map(String.init))
            guard !entry.english.isEmpty, !entry.chinese.isEmpty else { malformed.append(text); continue }
            entries.append(entry)
        }
        return (entries, malformed)
    }

    /// The built-in table. Chinese terms follow the wording of Chinese S&T law and policy and were
    /// checked against the policy-library corpus (3,475 laws), preferring the commoner legal wording
    /// (高等学校 over 大学, 科研机构 over 研究机构, 著作权 over 版权); places and bodies use their
    /// official Chinese names. `expand` emits every term of an entry, so alternatives are listed only
    /// where they add recall (同行评议 and 同行评审) and not where they would add noise.
    /// (Kept as text rather than an array literal: 870 literal values cost the optimiser ~30 s.)
    static let standardTable = """
        # General science and technology
        science and technology = 科学技术 科技
        s&t = 科技
        science = 科学
        technology = 技术
        tech = 科技
        scientific = 科学
        technological = 科技
        innovation = 创新
        innovative = 创新
        innovate = 创新
        research and development = 研究开发 研发
        r&d = 研发
        research = 研究 科研
        scientific research = 科学研究 科研
        basic research = 基础研究
        applied research = 应用研究
        fundamental research = 基础研究
        frontier = 前沿
        frontier technology = 前沿技术
        cutting edge = 前沿
        key core technology = 关键核心技术
        core technology = 核心技术
        key technology = 关键技术
        common technology = 共性技术
        generic technology = 共性技术
        original innovation = 原始创新
        independent innovation = 自主创新
        indigenous innovation = 自主创新
        collaborative innovation = 协同创新
        innovation driven development = 创新驱动发展
        innovation system = 创新体系
        innovation center = 创新中心
        technology innovation center = 技术创新中心
        science center = 科学中心
        international science and technology innovation center = 国际科技创新中心
        beijing international science and technology innovation center = 北京国际科技创新中心
        comprehensive national science center = 综合性国家科学中心
        innovation ecosystem = 创新生态
        innovation platform = 创新平台
        innovation chain = 创新链
        innovative product = 创新产品
        new product = 新产品
        new technology = 新技术
        science popularization = 科学技术普及 科普
        popular science = 科普
        scientific literacy = 科学素质
        academic exchange = 学术交流
        academic = 学术
        discipline = 学科
        interdisciplinary = 交叉学科
        paper = 论文
        journal = 期刊
        academician = 院士
        chinese academy of sciences = 中国科学院
        chinese academy of engineering = 中国工程院
        academy of sciences = 科学院
        scientist = 科学家
        researcher = 科研人员
        research personnel = 科研人员
        scientific and technological personnel = 科技人员
        technical personnel = 技术人员
        engineer = 工程师
        excellent engineer = 卓越工程师
        industrialization = 产业化
        commercialization = 成果转化 产业化
        achievement = 成果
        scientific and technological achievement = 科技成果
        s&t achievement = 科技成果
        technological achievement = 科技成果
        research result = 科研成果
        research output = 科研成果
        transformation = 转化
        science and technology innovation = 科技创新
        scientific and technological innovation = 科技创新
        s&t innovation = 科技创新
        sci tech innovation = 科技创新
        sci tech = 科技
        technological innovation = 技术创新
        science and technology innovation center = 科技创新中心
        technology application = 技术应用
        promotion and application = 推广应用
        technology promotion = 技术推广
        extension = 推广
        scientific spirit = 科学精神
        scientist spirit = 科学家精神

        # Fields and industries
        artificial intelligence = 人工智能
        ai = 人工智能
        biomedicine = 生物医药
        biopharmaceutical = 生物医药
        biotechnology = 生物技术
        life science = 生命科学
        integrated circuit = 集成电路
        semiconductor = 半导体
        chip = 芯片
        software = 软件
        information technology = 信息技术
        big data = 大数据
        cloud computing = 云计算
        internet = 互联网
        industrial internet = 工业互联网
        internet of things = 物联网
        blockchain = 区块链
        quantum = 量子
        digital economy = 数字经济
        digital = 数字
        digitalization = 数字化
        intelligent manufacturing = 智能制造
        new energy = 新能源
        new energy vehicle = 新能源汽车
        intelligent connected vehicle = 智能网联汽车
        autonomous driving = 自动驾驶
        new material = 新材料
        aerospace = 航空航天
        robot = 机器人
        medical device = 医疗器械
        drug = 药品
        clinical trial = 临床试验
        traditional chinese medicine = 中医药
        energy conservation = 节能
        carbon neutrality = 碳中和
        carbon peaking = 碳达峰
        green = 绿色
        environmental protection = 环境保护
        agriculture = 农业
        agricultural science and technology = 农业科技
        seed industry = 种业
        manufacturing = 制造业
        advanced manufacturing = 先进制造业
        high end manufacturing = 高端制造
        strategic emerging industry = 战略性新兴产业
        emerging industry = 新兴产业
        future industry = 未来产业
        high precision and cutting edge industry = 高精尖产业
        industry = 产业
        industrial chain = 产业链
        supply chain = 供应链
        industrial cluster = 产业集群
        cluster = 集群
        application scenario = 应用场景
        scenario = 场景
        demonstration = 示范
        demonstration application = 示范应用
        first set = 首台
        major technical equipment = 重大技术装备
        digital transformation = 数字化转型
        new infrastructure = 新型基础设施
        data element = 数据要素
        computing power = 算力
        large model = 大模型
        generative ai = 生成式人工智能
        generative artificial intelligence = 生成式人工智能
        algorithm = 算法
        open source = 开源
        energy = 能源
        renewable energy = 可再生能源
        medical = 医疗
        medicine = 医药
        pharmaceutical = 医药
        vaccine = 疫苗
        health = 健康
        public health = 公共卫生
        food safety = 食品安全
        work safety = 安全生产
        ecological = 生态
        environment = 环境

        # Funding, programmes and projects
        natural science foundation = 自然科学基金
        national natural science foundation = 国家自然科学基金
        key r&d program = 重点研发计划
        national key r&d program = 国家重点研发计划
        science and technology program = 科技计划
        s&t program = 科技计划
        science and technology plan = 科技计划
        program = 计划
        science and technology project = 科技项目
        s&t project = 科技项目
        research project = 科研项目
        project = 项目
        major project = 重大项目
        major special project = 重大专项
        funding = 经费 资助
        research funding = 科研经费
        research fund = 科研经费
        fund = 基金
        grant = 资助
        subsidy = 补贴 补助
        lump sum funding = 经费包干制
        lump sum = 包干制
        budget = 预算
        negative list = 负面清单
        project application = 项目申报
        application = 申请 申报
        apply = 申请
        call for proposals = 申报指南
        application guideline = 申报指南
        peer review = 同行评议 同行评审
        expert review = 专家评审
        review = 评审
        evaluation = 评价 评估
        assessment = 评估
        performance = 绩效
        performance evaluation = 绩效评价
        performance appraisal = 绩效考核
        principal investigator = 项目负责人
        project leader = 项目负责人
        chief scientist = 首席科学家
        strategic scientist = 战略科学家
        project management = 项目管理
        project acceptance = 项目验收
        acceptance = 验收
        mid term evaluation = 中期评估
        open competition mechanism = 揭榜挂帅
        indirect cost = 间接费用
        direct cost = 直接费用
        overhead = 间接费用
        fiscal fund = 财政资金 财政性资金
        government fund = 财政资金 财政性资金
        fiscal = 财政
        government procurement = 政府采购
        procurement = 采购
        first purchase = 首购
        innovation voucher = 创新券
        reward = 奖励
        award = 奖励
        science and technology award = 科学技术奖
        national science and technology award = 国家科学技术奖
        nomination = 提名
        commendation = 表彰

        # Technology transfer and intellectual property
        technology transfer = 科技成果转化
        transfer of technology = 科技成果转化
        technology transfer institution = 技术转移机构
        technology transfer agency = 技术转移机构
        service invention = 职务发明
        employee invention = 职务发明
        job related achievement = 职务科技成果
        proof of concept = 概念验证
        pilot test = 中试
        pilot scale = 中试
        pilot = 试点
        patent = 专利
        invention patent = 发明专利
        utility model = 实用新型
        industrial design = 外观设计
        patent right = 专利权
        patentee = 专利权人
        patent application = 专利申请
        patent infringement = 专利侵权
        patent navigation = 专利导航
        invention = 发明
        inventor = 发明人
        trademark = 商标
        copyright = 著作权
        software copyright = 软件著作权
        trade secret = 商业秘密
        technical secret = 技术秘密
        know how = 技术秘密
        layout design = 布图设计
        new plant variety = 植物新品种
        geographical indication = 地理标志
        intellectual property = 知识产权
        intellectual property right = 知识产权
        ip = 知识产权
        ipr = 知识产权
        ip protection = 知识产权保护
        intellectual property protection = 知识产权保护
        intellectual property operation = 知识产权运营
        infringement = 侵权
        counterfeiting = 假冒
        pledge = 质押
        pledge financing = 质押融资
        mortgage = 抵押
        licensing = 许可
        license = 许可
        exclusive license = 独占许可
        assignment = 转让
        transfer = 转让
        technology contract = 技术合同
        technology contract registration = 技术合同认定登记
        technology market = 技术市场
        technology trading = 技术交易
        technology transaction = 技术交易
        technology service = 技术服务
        technology consulting = 技术咨询
        technology development = 技术开发
        technology broker = 技术经纪人
        technology manager = 技术经理人
        technology import = 技术进口
        technology export = 技术出口
        import and export of technology = 技术进出口
        remuneration = 报酬
        income = 收入
        revenue = 收益
        equity = 股权
        equity incentive = 股权激励
        dividend = 分红
        ownership = 所有权
        right of use = 使用权
        standard = 标准
        standardization = 标准化
        national standard = 国家标准
        international standard = 国际标准
        science and technology transfer = 科技成果转化
        transformation of scientific and technological achievement = 科技成果转化
        achievement transformation = 成果转化
        result = 成果

        # Finance and tax
        venture capital = 创业投资 风险投资
        venture investment = 创业投资
        angel investment = 天使投资
        angel investor = 天使投资人
        private equity = 私募股权
        investment = 投资
        investor = 投资者
        investment fund = 投资基金
        guidance fund = 引导基金
        government guidance fund = 政府引导基金
        government investment fund = 政府投资基金
        loan = 贷款
        credit = 信用 信贷
        credit loan = 信用贷款
        guarantee = 担保
        financing guarantee = 融资担保
        insurance = 保险
        technology insurance = 科技保险
        listing = 上市
        ipo = 上市 首次公开发行
        stock exchange = 证券交易所
        sci tech innovation board = 科创板
        star market = 科创板
        capital market = 资本市场
        bond = 债券
        financing = 融资
        finance = 金融
        financial = 金融
        technology finance = 科技金融
        bank = 银行
        interest subsidy = 贴息
        risk compensation = 风险补偿
        financial leasing = 融资租赁
        merger and acquisition = 并购
        m&a = 并购
        state owned asset = 国有资产
        capital = 资本
        tax incentive = 税收优惠
        tax preference = 税收优惠
        preferential tax = 税收优惠
        tax = 税收
        tax reduction = 减税
        tax exemption = 免税
        income tax = 所得税
        corporate income tax = 企业所得税
        enterprise income tax = 企业所得税
        individual income tax = 个人所得税
        value added tax = 增值税
        vat = 增值税
        r&d expense deduction = 研发费用加计扣除
        super deduction = 加计扣除
        additional deduction = 加计扣除
        r&d expense = 研发费用
        deduction = 扣除
        depreciation = 折旧
        fee = 费用
        cost = 成本
        special fund = 专项资金
        financial support = 资金支持
        equity pledge = 股权质押
        pledge loan = 质押贷款
        ip pledge = 知识产权质押
        intellectual property pledge = 知识产权质押
        intellectual property pledge financing = 知识产权质押融资
        intellectual property pledge loan = 知识产权质押贷款
        ip pledge loan = 知识产权质押贷款
        equity pledge loan = 股权质押贷款
        fintech = 金融科技

        # Talent
        talent = 人才
        high level talent = 高层次人才
        leading talent = 领军人才
        young scientist = 青年科技人才
        young talent = 青年人才
        innovative talent = 创新人才
        talent introduction = 人才引进
        talent evaluation = 人才评价
        talent cultivation = 人才培养
        innovation team = 创新团队
        team = 团队
        postdoctoral = 博士后
        postdoc = 博士后
        doctoral = 博士
        phd = 博士
        graduate student = 研究生
        foreign talent = 外籍人才
        foreign expert = 外国专家
        foreigner = 外国人
        overseas talent = 海外人才
        returned overseas student = 留学人员
        overseas = 海外
        work permit = 工作许可
        residence permit = 居留许可
        permanent residence = 永久居留
        visa = 签证
        entry and exit = 出入境
        hukou = 户籍
        household registration = 户籍
        settlement = 落户
        housing = 住房
        talent apartment = 人才公寓
        children education = 子女教育
        medical care = 医疗
        social insurance = 社会保险
        housing provident fund = 住房公积金
        professional title = 职称
        title evaluation = 职称评审
        professional qualification = 职业资格
        salary = 薪酬
        wage = 工资
        annual salary = 年薪
        performance pay = 绩效工资
        incentive = 激励
        part time = 兼职
        part time job = 兼职
        secondment = 挂职
        leave post = 离岗
        mobility = 流动
        training = 培训
        cultivation = 培养
        recruitment = 招聘
        employment = 就业
        hiring = 聘用
        appointment = 聘任
        post = 岗位
        special post = 特设岗位
        continuing education = 继续教育
        skilled talent = 技能人才
        expert = 专家
        entrepreneur = 企业家
        talent visa = 人才签证
        social security = 社会保障
        medical insurance = 医疗保险
        doctoral student = 博士研究生
        teacher = 教师
        employer = 用人单位
        labor contract = 劳动合同
        non compete = 竞业限制
        post doctoral = 博士后
        postdoctoral workstation = 博士后工作站
        postdoctoral station = 博士后工作站

        # Institutions and enterprises
        new r&d institution = 新型研发机构
        new type r&d institution = 新型研发机构
        r&d institution = 研发机构
        national laboratory = 国家实验室
        key laboratory = 重点实验室
        national key laboratory = 全国重点实验室 国家重点实验室
        state key laboratory = 全国重点实验室 国家重点实验室
        laboratory = 实验室
        lab = 实验室
        joint laboratory = 联合实验室
        incubator = 孵化器
        business incubator = 企业孵化器
        technology business incubator = 科技企业孵化器
        incubation = 孵化
        maker space = 众创空间
        makerspace = 众创空间
        accelerator = 加速器
        science park = 科技园
        university science park = 大学科技园
        industrial park = 产业园
        park = 园区
        high tech zone = 高新区 高新技术产业开发区
        high tech industrial development zone = 高新技术产业开发区
        development zone = 开发区
        economic and technological development zone = 经济技术开发区
        high tech enterprise = 高新技术企业
        high and new technology enterprise = 高新技术企业
        high tech = 高新技术
        high technology = 高新技术
        high tech industry = 高新技术产业
        technology enterprise = 科技企业 科技型企业
        technology based enterprise = 科技型企业
        technology sme = 科技型中小企业
        sme = 中小企业
        small and medium sized enterprise = 中小企业
        small and medium enterprise = 中小企业
        small and micro enterprise = 小微企业
        micro enterprise = 小微企业
        specialized and sophisticated = 专精特新
        specialized refined distinctive and innovative = 专精特新
        little giant = 小巨人
        unicorn = 独角兽
        gazelle = 瞪羚
        innovation consortium = 创新联合体
        industrial alliance = 产业联盟
        industry association = 行业协会
        association = 协会
        learned society = 学会
        zhongguancun = 中关村
        zhongguancun science city = 中关村科学城
        huairou science city = 怀柔科学城
        future science city = 未来科学城
        science city = 科学城
        national independent innovation demonstration zone = 国家自主创新示范区
        demonstration zone = 示范区
        university = 高等学校 高校
        college = 高等学校
        higher education institution = 高等学校
        research institution = 科研机构 科研院所
        research institute = 科研院所 科研机构
        scientific research institution = 科研机构
        public institution = 事业单位
        enterprise = 企业
        company = 公司
        business = 企业
        state owned enterprise = 国有企业
        soe = 国有企业
        private enterprise = 民营企业
        central enterprise = 中央企业
        leading enterprise = 领军企业
        engineering research center = 工程研究中心
        engineering technology research center = 工程技术研究中心
        enterprise technology center = 企业技术中心
        manufacturing innovation center = 制造业创新中心
        platform = 平台
        think tank = 智库
        service institution = 服务机构
        intermediary = 中介机构
        technology service institution = 科技服务机构
        science and technology service = 科技服务
        technology service industry = 科技服务业
        hospital = 医院
        medical institution = 医疗卫生机构 医疗机构
        school = 学校
        education = 教育
        vocational education = 职业教育
        industry university research = 产学研
        industry education integration = 产教融合
        military civilian integration = 军民融合
        firm = 企业
        corporation = 公司
        non profit = 非营利
        social organization = 社会组织
        donation = 捐赠
        foundation = 基金会
        organization = 组织
        individual = 个人
        institution = 机构
        agency = 机构
        unit = 单位
        gazelle enterprise = 瞪羚企业
        hi tech = 高新技术
        state owned = 国有

        # Research integrity and ethics
        research integrity = 科研诚信
        scientific integrity = 科研诚信
        academic integrity = 学术诚信
        integrity = 诚信
        research misconduct = 科研失信 学术不端
        academic misconduct = 学术不端
        misconduct = 学术不端 科研失信
        plagiarism = 抄袭 剽窃
        fabrication = 伪造 编造
        falsification = 篡改
        ghostwriting = 代写
        dishonesty = 失信
        dishonest = 失信
        dishonest conduct = 失信行为
        credit repair = 信用修复
        blacklist = 黑名单
        joint punishment = 联合惩戒
        credit record = 信用记录
        social credit = 社会信用
        credit information = 信用信息
        fault tolerance = 容错
        tolerance of failure = 宽容失败
        due diligence = 尽职免责
        exemption from liability = 免责
        ethics = 伦理
        science and technology ethics = 科技伦理
        technology ethics = 科技伦理
        ethics review = 伦理审查
        ethical review = 伦理审查
        ethics committee = 伦理委员会
        ethics review committee = 伦理审查委员会
        informed consent = 知情同意
        human genetic resource = 人类遗传资源
        biosecurity = 生物安全
        laboratory animal = 实验动物
        conflict of interest = 利益冲突
        recusal = 回避
        investigation = 调查
        whistleblowing = 举报
        complaint = 投诉
        sanction = 惩戒

        # Instruments, infrastructure and data
        large scientific instrument = 大型科学仪器
        large instrument = 大型科学仪器
        large scale scientific instrument = 大型科学仪器
        scientific instrument = 科学仪器
        research instrument = 科研仪器
        instrument = 仪器
        equipment = 设备
        instrument and equipment = 仪器设备
        sharing = 共享
        open sharing = 开放共享
        opening and sharing = 开放共享
        research infrastructure = 科技基础设施
        major research infrastructure = 重大科技基础设施
        scientific facility = 科学设施
        large scientific facility = 大科学装置
        infrastructure = 基础设施
        scientific data = 科学数据
        research data = 科学数据
        open data = 数据开放
        public data = 公共数据
        data = 数据
        data security = 数据安全
        personal information = 个人信息
        cross border = 跨境
        cross border data = 数据跨境
        cybersecurity = 网络安全
        network security = 网络安全
        database = 数据库
        literature = 文献
        germplasm resource = 种质资源
        specimen = 标本
        sample = 样本
        metrology = 计量
        inspection and testing = 检验检测
        testing = 检测
        certification = 认证

        # Law and legal terms
        law = 法
        laws and regulations = 法律法规
        legal = 法律
        regulation = 条例
        administrative regulation = 行政法规
        local regulation = 地方性法规
        rule = 规则
        departmental rule = 部门规章
        detailed rule = 细则
        implementing rule = 实施细则
        measures = 办法
        measure = 措施
        administrative measures = 管理办法
        interim measures = 暂行办法
        implementation measures = 实施办法
        provisions = 规定
        implementation = 实施
        implement = 实施
        promotion = 促进
        promote = 促进
        promoting = 促进
        administration = 管理
        management = 管理
        penalty = 处罚
        administrative penalty = 行政处罚
        fine = 罚款
        legal liability = 法律责任
        liability = 责任
        criminal liability = 刑事责任
        interpretation = 解释
        judicial interpretation = 司法解释
        decision = 决定
        notice = 通知
        opinion = 意见
        guiding opinion = 指导意见
        amendment = 修正
        revision = 修订
        entry into force = 施行
        supervision = 监督
        supervision and administration = 监督管理
        regulatory = 监管
        inspection = 检查
        administrative license = 行政许可
        administrative licensing = 行政许可
        administrative reconsideration = 行政复议
        administrative litigation = 行政诉讼
        civil code = 民法典
        contract = 合同
        company law = 公司法
        criminal law = 刑法
        civil law = 民法
        constitution = 宪法
        law on promoting the transformation of scientific and technological achievements = 促进科技成果转化法
        law on progress of science and technology = 科学技术进步法
        patent law = 专利法
        copyright law = 著作权法
        trademark law = 商标法
        science and technology progress law = 科学技术进步法
        progress of science and technology = 科学技术进步
        anti unfair competition = 反不正当竞争
        unfair competition = 不正当竞争
        anti monopoly = 反垄断
        legal person = 法人
        legitimate rights and interests = 合法权益
        compensation = 赔偿
        dispute = 纠纷
        arbitration = 仲裁
        mediation = 调解
        registration = 登记
        recognition = 认定
        accreditation = 认定
        filing = 备案
        approval = 审批
        examination = 审查
        information disclosure = 信息公开
        confidentiality = 保密
        state secret = 国家秘密
        national security = 国家安全
        general provisions = 总则
        supplementary provisions = 附则
        repeal = 废止
        court = 法院
        litigation = 诉讼
        criminal = 刑事
        civil = 民事
        administrative = 行政
        obligation = 义务
        right = 权利
        responsibility = 责任
        principle = 原则

        # Government bodies
        people's government = 人民政府
        state council = 国务院
        standing committee = 常务委员会
        committee = 委员会
        commission = 委员会
        people's congress = 人民代表大会
        ministry of science and technology = 科学技术部
        competent department = 主管部门
        department = 部门
        national intellectual property administration = 国家知识产权局
        cnipa = 国家知识产权局
        market regulation = 市场监督管理 市场监管
        development and reform = 发展改革 发展和改革
        ndrc = 发展改革 发展和改革
        human resources and social security = 人力资源和社会保障
        industry and information technology = 工业和信息化
        miit = 工业和信息化
        state owned assets supervision and administration = 国有资产监督管理
        sasac = 国有资产监督管理
        people's bank of china = 中国人民银行
        securities regulatory = 证券监督管理
        ministry of education = 教育部
        ministry of finance = 财政部
        national people's congress = 全国人民代表大会
        npc = 全国人民代表大会

        # Policy vocabulary
        policy = 政策
        plan = 规划
        planning = 规划
        strategy = 战略
        reform = 改革
        mechanism = 机制
        system = 制度 体系
        statistics = 统计
        monitoring = 监测
        risk = 风险
        early warning = 预警
        service = 服务
        public service = 公共服务
        support = 支持 扶持
        encourage = 鼓励
        protection = 保护
        land = 用地 土地
        industrial land = 产业用地
        government = 政府
        audit = 审计
        accounting = 会计
        bidding = 招标
        entrepreneurship = 创业
        startup = 创业
        start up = 创业
        innovation and entrepreneurship = 创新创业
        mass entrepreneurship and innovation = 大众创业 万众创新
        business environment = 营商环境
        quality = 质量
        brand = 品牌
        consultation = 咨询
        decision making consultation = 决策咨询
        technology foresight = 技术预测
        classified evaluation = 分类评价
        key field = 重点领域
        development = 发展
        construction = 建设
        open = 开放
        opening up = 对外开放
        cooperation = 合作
        exchange = 交流
        collaboration = 协同 合作
        prize = 奖
        business license = 营业执照
        inclusive and prudent regulation = 包容审慎
        e commerce = 电子商务
        ecommerce = 电子商务
        rural revitalization = 乡村振兴
        public = 公共
        information = 信息
        network = 网络
        online = 网络
        trade = 贸易
        foreign trade = 对外贸易
        consumer = 消费者

        # International, regional and places
        international cooperation = 国际合作
        international exchange = 国际交流
        international science and technology cooperation = 国际科技合作
        international organization = 国际组织
        international big science program = 国际大科学计划
        foreign invested = 外商投资
        foreign investment = 外商投资
        foreign funded r&d center = 外资研发中心
        foreign = 外国 境外
        hong kong macao and taiwan = 港澳台
        hong kong = 香港
        macao = 澳门
        macau = 澳门
        taiwan = 台湾
        beijing tianjin hebei = 京津冀
        coordinated development = 协同发展
        belt and road = 一带一路
        greater bay area = 大湾区
        yangtze river delta = 长江三角洲
        free trade zone = 自由贸易试验区
        pilot free trade zone = 自由贸易试验区
        comprehensive bonded zone = 综合保税区
        customs = 海关
        import = 进口
        export = 出口
        export control = 出口管制
        china = 中国
        people's republic of china = 中华人民共和国
        prc = 中华人民共和国
        national = 国家
        beijing = 北京
        beijing municipality = 北京市
        tianjin = 天津
        hebei = 河北
        shanxi = 山西
        inner mongolia = 内蒙古
        liaoning = 辽宁
        jilin = 吉林
        heilongjiang = 黑龙江
        shanghai = 上海
        jiangsu = 江苏
        zhejiang = 浙江
        anhui = 安徽
        fujian = 福建
        jiangxi = 江西
        shandong = 山东
        henan = 河南
        hubei = 湖北
        hunan = 湖南
        guangdong = 广东
        guangxi = 广西
        hainan = 海南
        chongqing = 重庆
        sichuan = 四川
        guizhou = 贵州
        yunnan = 云南
        tibet = 西藏
        xizang = 西藏
        shaanxi = 陕西
        gansu = 甘肃
        qinghai = 青海
        ningxia = 宁夏
        xinjiang = 新疆
        shenzhen = 深圳
        guangzhou = 广州
        hangzhou = 杭州
        nanjing = 南京
        wuhan = 武汉
        chengdu = 成都
        xian = 西安
        xiamen = 厦门
        suzhou = 苏州
        qingdao = 青岛
        ningbo = 宁波
        dalian = 大连
        city = 城市
        region = 区域
        regional = 区域
        state = 国家
        local = 地方
        province = 省
        provincial = 省
        municipal = 市
        district = 区
        county = 县
        international science and technology exchange = 国际科技交流
        bonded r&d = 保税研发
        customs clearance = 通关
        research material = 科研物资
        """
}
