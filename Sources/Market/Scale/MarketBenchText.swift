import Foundation

/// The words generated supplies and demands are made of (`MarketBenchData`): per technology field,
/// the technical terms both sides use (so the Chinese engine finds shared bigrams to rank and the
/// matcher shared terms to name) and the settings a technology is used in. Only for benchmark data.
enum MarketBenchText {
    struct Vocabulary {
        /// Technical terms (a supply offers them, a demand asks for them).
        let terms: [String]
        /// Where the technology is used (产线、场景).
        let settings: [String]
        /// Figures a supply reports and a demand asks for.
        let metrics: [String]
    }

    static let vocabulary: [TechField: Vocabulary] = [
        .electronics: Vocabulary(
            terms: ["碳化硅功率器件", "氮化镓射频芯片", "毫米波雷达", "光刻胶", "MEMS传感器", "柔性显示", "硅光模块", "车规级芯片", "先进封装",
                    "低功耗蓝牙", "FPGA加速", "相控阵天线", "激光雷达", "存算一体", "第三代半导体", "晶圆缺陷检测"],
            settings: ["新能源汽车电驱", "5G基站", "数据中心", "智能手机", "工业控制", "卫星通信"],
            metrics: ["功耗", "良率", "带宽", "噪声系数", "击穿电压"]),
        .software: Vocabulary(
            terms: ["大语言模型", "知识图谱", "图神经网络", "联邦学习", "隐私计算", "计算机视觉", "语音识别", "工业软件", "数字孪生",
                    "自然语言处理", "推荐算法", "边缘计算", "区块链存证", "低代码平台", "多模态检索", "自动驾驶感知"],
            settings: ["政务服务", "金融风控", "智慧医疗", "智能制造", "城市交通治理", "电商客服"],
            metrics: ["准确率", "推理时延", "召回率", "并发量", "训练成本"]),
        .biomedicine: Vocabulary(
            terms: ["单克隆抗体", "mRNA疫苗", "基因编辑", "CAR-T细胞治疗", "小分子靶向药", "体外诊断试剂", "医用影像设备", "手术机器人",
                    "合成生物学", "类器官模型", "药物递送系统", "核酸检测", "蛋白质结构预测", "中药有效成分", "可降解支架", "脑机接口"],
            settings: ["肿瘤治疗", "罕见病诊疗", "基层医疗", "传染病防控", "慢病管理", "康复护理"],
            metrics: ["灵敏度", "特异性", "收率", "纯度", "稳定性"]),
        .materials: Vocabulary(
            terms: ["石墨烯薄膜", "碳纤维复合材料", "高温合金", "钙钛矿材料", "稀土永磁材料", "聚酰亚胺薄膜", "气凝胶", "超高分子量聚乙烯",
                    "陶瓷基复合材料", "增材制造粉末", "自修复涂层", "纳米催化剂", "生物基材料", "液态金属", "高熵合金", "特种玻璃"],
            settings: ["航空发动机", "新能源电池", "建筑节能", "海洋工程", "电子封装", "轨道交通"],
            metrics: ["拉伸强度", "导热系数", "耐温等级", "疲劳寿命", "成本"]),
        .energy: Vocabulary(
            terms: ["固态电解质", "钠离子电池", "氢燃料电池", "电解水制氢", "储能变流器", "光伏逆变器", "钙钛矿太阳能电池", "虚拟电厂",
                    "热泵机组", "风电叶片", "电池管理系统", "液流电池", "余热回收", "智能微电网", "碳捕集", "高镍三元正极"],
            settings: ["动力电池量产", "园区综合能源", "电网调峰", "数据中心节能", "分布式光伏", "氢能重卡"],
            metrics: ["能量密度", "循环寿命", "转换效率", "度电成本", "充电倍率"]),
        .manufacturing: Vocabulary(
            terms: ["工业机器人", "数控机床", "精密减速器", "机器视觉检测", "激光焊接", "增材制造", "伺服电机", "协作机器人",
                    "智能产线", "预测性维护", "柔性装配", "超精密加工", "工业互联网平台", "AGV调度", "无损检测", "高端轴承"],
            settings: ["汽车零部件", "航空结构件", "3C电子装配", "医疗器械生产", "食品包装", "钢铁冶炼"],
            metrics: ["定位精度", "节拍", "故障率", "良品率", "能耗"]),
        .environment: Vocabulary(
            terms: ["污水深度处理", "膜分离", "土壤修复", "VOCs治理", "固废资源化", "大气污染溯源", "碳排放监测", "危废焚烧",
                    "高盐废水零排放", "生态修复", "噪声治理", "黑臭水体", "污泥干化", "环境DNA监测", "垃圾分类识别", "重金属去除"],
            settings: ["工业园区", "城市污水厂", "化工企业", "矿山", "流域治理", "农村人居环境"],
            metrics: ["去除率", "运行成本", "能耗", "出水指标", "处理规模"]),
        .agriculture: Vocabulary(
            terms: ["分子育种", "智能温室", "无人机植保", "水肥一体化", "生物农药", "畜禽疫病防控", "农产品冷链", "土壤墒情监测",
                    "设施农业机器人", "食用菌栽培", "耐盐碱作物", "秸秆综合利用", "精准饲喂", "种子包衣", "农业遥感", "垂直农场"],
            settings: ["高标准农田", "规模化养殖场", "蔬菜大棚", "农产品加工", "丘陵山区", "城市农业"],
            metrics: ["亩产", "用水量", "成活率", "农药减量", "损耗率"]),
        .aerospace: Vocabulary(
            terms: ["商业航天发动机", "卫星导航增强", "遥感影像解译", "无人机飞控", "低轨卫星通信", "航空复合材料", "航电系统", "星载计算机",
                    "可回收火箭", "空间机械臂", "飞行器气动设计", "适航验证", "北斗高精度定位", "姿轨控系统", "热防护材料", "电推进"],
            settings: ["低空经济", "应急救援", "测绘", "气象观测", "航空维修", "卫星互联网"],
            metrics: ["定位精度", "推重比", "续航时间", "重访周期", "可靠性"]),
        .other: Vocabulary(
            terms: ["科技服务", "检验检测", "标准制定", "知识产权运营", "技术评估", "中试熟化", "概念验证", "科技咨询"],
            settings: ["中小企业", "产业园区", "高校院所", "行业协会"],
            metrics: ["周期", "费用", "覆盖面"]),
    ]

    static let supplyForms = ["关键技术", "制备方法", "成套装置", "工艺包", "软件系统", "解决方案", "检测平台", "核心部件"]
    static let demandNeeds = ["技术攻关", "技术需求", "工艺升级", "国产替代", "联合研发", "成果引进"]
    static let problems = ["成本过高", "稳定性不足", "依赖进口", "效率偏低", "一致性差", "难以规模化"]

    /// What a supply's readiness means, by TRL 1…9.
    static let stages = ["完成原理研究", "完成概念验证", "完成关键功能验证", "完成实验室样机", "完成中试前验证", "完成中试", "完成示范应用",
                         "完成定型并小批量生产", "已规模化应用"]

    static let supplierKinds: [(zh: String, en: String, type: String, ownership: String)] = [
        ("大学", "University", "university", "state"), ("研究院", "Research Institute", "research_institute", "state"),
        ("新型研发机构", "Institute for Applied Research", "new_rd_institution", "mixed"),
    ]
    static let enterpriseKinds: [(zh: String, en: String, ownership: String)] = [
        ("科技有限公司", "Technology Co., Ltd.", "private"), ("股份有限公司", "Co., Ltd.", "mixed"), ("集团有限公司", "Group Co., Ltd.", "state"),
    ]
    static let names: [(zh: String, en: String)] = [
        ("中关村", "Zhongguancun"), ("京华", "Jinghua"), ("燕山", "Yanshan"), ("未来", "Future"), ("长城", "Great Wall"), ("亦庄", "Yizhuang"),
        ("怀柔", "Huairou"), ("首都", "Capital"), ("华北", "North China"), ("永定", "Yongding"), ("西山", "Xishan"), ("通州", "Tongzhou"),
    ]
    static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
    static let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀华平刚桂英")
}
