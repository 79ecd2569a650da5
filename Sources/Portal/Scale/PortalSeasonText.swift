import Foundation

/// The words a generated season is made of (`PortalSeason`): research topics in Chinese and
/// English (the English ones mostly in the search glossary, so English queries find them as a
/// visitor's would), aspects, fields of application, names. Only for benchmark data.
enum PortalSeasonText {
    struct Pair {
        let zh: String
        let en: String
    }

    static let topics: [Pair] = [
        Pair(zh: "人工智能", en: "artificial intelligence"), Pair(zh: "集成电路", en: "integrated circuits"), Pair(zh: "芯片", en: "chips"),
        Pair(zh: "量子", en: "quantum"), Pair(zh: "半导体", en: "semiconductors"), Pair(zh: "新能源", en: "new energy"),
        Pair(zh: "机器人", en: "robots"), Pair(zh: "疫苗", en: "vaccines"), Pair(zh: "生物医药", en: "biomedicine"),
        Pair(zh: "大数据", en: "big data"), Pair(zh: "区块链", en: "blockchain"), Pair(zh: "智能制造", en: "intelligent manufacturing"),
        Pair(zh: "新材料", en: "new materials"), Pair(zh: "航空航天", en: "aerospace"), Pair(zh: "临床试验", en: "clinical trials"),
        Pair(zh: "碳中和", en: "carbon neutrality"), Pair(zh: "农业", en: "agriculture"), Pair(zh: "生态", en: "ecology"),
        Pair(zh: "网络安全", en: "network security"), Pair(zh: "数据安全", en: "data security"), Pair(zh: "固态电池", en: "solid-state batteries"),
        Pair(zh: "单原子催化", en: "single-atom catalysis"), Pair(zh: "拓扑量子材料", en: "topological quantum materials"),
        Pair(zh: "冷冻电镜", en: "cryo-electron microscopy"), Pair(zh: "脑机接口", en: "brain-computer interfaces"),
        Pair(zh: "钙钛矿太阳能电池", en: "perovskite solar cells"), Pair(zh: "高温超导", en: "high-temperature superconductivity"),
        Pair(zh: "合成生物学", en: "synthetic biology"), Pair(zh: "蛋白质结构", en: "protein structure"), Pair(zh: "肿瘤免疫治疗", en: "cancer immunotherapy"),
        Pair(zh: "极端降水", en: "extreme rainfall"), Pair(zh: "图神经网络", en: "graph neural networks"), Pair(zh: "大语言模型", en: "large language models"),
        Pair(zh: "光子芯片", en: "photonic chips"), Pair(zh: "氢能储运", en: "hydrogen storage and transport"), Pair(zh: "智能传感器", en: "smart sensors"),
        Pair(zh: "微纳制造", en: "micro-nano manufacturing"), Pair(zh: "精准医学", en: "precision medicine"), Pair(zh: "基因编辑", en: "gene editing"),
        Pair(zh: "城市交通", en: "urban traffic"),
    ]

    static let aspects: [Pair] = [
        Pair(zh: "关键科学问题", en: "Key scientific questions of"), Pair(zh: "机理与调控", en: "Mechanisms and control of"),
        Pair(zh: "关键技术", en: "Key technologies of"), Pair(zh: "理论与方法", en: "Theory and methods of"),
        Pair(zh: "应用基础", en: "Applied foundations of"), Pair(zh: "新方法", en: "New methods for"),
    ]

    static let fields: [Pair] = [
        Pair(zh: "京津冀协同发展", en: "Beijing-Tianjin-Hebei integration"), Pair(zh: "智慧城市", en: "smart cities"), Pair(zh: "医疗健康", en: "health care"),
        Pair(zh: "能源转型", en: "the energy transition"), Pair(zh: "高端装备", en: "high-end equipment"), Pair(zh: "粮食安全", en: "food security"),
        Pair(zh: "公共安全", en: "public safety"), Pair(zh: "先进计算", en: "advanced computing"), Pair(zh: "环境治理", en: "environmental governance"),
        Pair(zh: "交通运输", en: "transport"), Pair(zh: "工业互联网", en: "the industrial internet"), Pair(zh: "空天信息", en: "space information"),
    ]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
    static let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志宏文斌辉鹏飞宇浩然晨曦思远子涵一鸣欣怡博雅睿哲嘉")

    static let institutionKinds: [(zh: String, en: String, type: String, ownership: String)] = [
        ("大学", "University", "university", "state"), ("研究所", "Research Institute", "research_institute", "state"),
        ("科技有限公司", "Technology Co., Ltd.", "enterprise", "private"), ("医院", "Hospital", "hospital", "state"),
        ("新型研发机构", "Institute for Applied Research", "new_rd_institution", "mixed"),
    ]
    static let places: [Pair] = [
        Pair(zh: "北京", en: "Beijing"), Pair(zh: "京华", en: "Jinghua"), Pair(zh: "燕山", en: "Yanshan"), Pair(zh: "中关村", en: "Zhongguancun"),
        Pair(zh: "未来", en: "Future"), Pair(zh: "长城", en: "Great Wall"), Pair(zh: "华北", en: "North China"), Pair(zh: "首都", en: "Capital"),
    ]

    /// First-level discipline codes the disciplines are drawn from (A 数理 … H 医学).
    static let disciplineLetters = Array("ABCDEFGH")
}

/// A small deterministic generator (SplitMix64), so a season is the same for the same seed.
public struct SeasonRandom: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    public mutating func uuid() -> UUID {
        let a = next(), b = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i)); bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
