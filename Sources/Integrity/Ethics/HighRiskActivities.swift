import Foundation
import KechuangCore

/// One activity on the list of S&T activities that need an expert re-review (需要开展专家复核的科技活动).
public struct HighRiskActivity: Sendable, Equatable {
    public let code: String
    public let text: LocalizedText
}

/// The list as data, in versions with the day each takes effect. A decision on a listed activity
/// needs a recorded, approving expert re-review before the award (Art. 61).
///
/// Source: Art. 61 of the regulation (institutions' ethics review) and S&T Progress Law Art. 103(2)
/// (corpus `lrb-024f5f0ed3`: units carry out S&T ethics review under national provisions). The
/// entries follow the annex of the national 科技伦理审查办法（试行）(2023), which is NOT in
/// `shared/corpus`: their wording is a paraphrase from that annex, not checked against a source
/// text here, and must be checked before production use.
public enum HighRiskActivities {
    public struct Version: Sendable {
        public let effectiveFrom: BeijingDay
        public let source: LocalizedText
        public let entries: [HighRiskActivity]
    }

    public static let versions: [Version] = [
        Version(
            effectiveFrom: BeijingDay(year: 2024, month: 3, day: 1) ?? BeijingDay(containing: .regulationInForce),
            source: LocalizedText(zh: "第六十一条；《科学技术进步法》第一百零三条第二款；清单条目参照《科技伦理审查办法（试行）》附件（语料库未收录，未经核对）",
                                  en: "Art. 61; S&T Progress Law Art. 103(2); entries after the annex of the national Measures for S&T Ethics Review (Trial) (not in the corpus, not checked)"),
            entries: [
                HighRiskActivity(code: "new_species", text: LocalizedText(zh: "对人类生命健康、价值理念、生态环境等具有重大影响的新物种合成研究",
                                                                          en: "Synthesis of new species with a major effect on human life and health, values or the environment")),
                HighRiskActivity(code: "human_stem_cells_in_animal_embryos", text: LocalizedText(zh: "将人干细胞导入动物胚胎或胎体并进一步在动物子宫中孕育成个体的相关研究",
                                                                                                 en: "Introducing human stem cells into animal embryos or foetuses carried to term in an animal uterus")),
                HighRiskActivity(code: "human_germline", text: LocalizedText(zh: "改变人类生殖细胞、受精卵和着床前胚胎细胞核遗传物质或遗传规律的基础研究",
                                                                             en: "Basic research altering the nuclear genetic material of human germ cells, zygotes or pre-implantation embryos")),
                HighRiskActivity(code: "invasive_bci", text: LocalizedText(zh: "侵入式脑机接口用于神经、精神类疾病治疗的临床研究",
                                                                           en: "Clinical research on invasive brain-computer interfaces for neurological or psychiatric disease")),
                HighRiskActivity(code: "human_machine_fusion", text: LocalizedText(zh: "对人类主观行为、心理情绪和生命健康等具有较强影响的人机融合系统的研发",
                                                                                   en: "Human-machine fusion systems with a strong effect on behaviour, emotions or health")),
                HighRiskActivity(code: "opinion_mobilising_algorithms", text: LocalizedText(zh: "具有舆论社会动员能力和社会意识引导能力的算法模型、应用程序及系统的研发",
                                                                                            en: "Algorithms, applications or systems able to mobilise public opinion or steer social awareness")),
                HighRiskActivity(code: "autonomous_decision_systems", text: LocalizedText(zh: "面向存在安全、人身健康风险等场景的具有高度自主能力的自动化决策系统的研发",
                                                                                          en: "Highly autonomous automated decision systems for settings with safety or health risks")),
            ]),
    ]

    /// The version in force on a day (nil before the first).
    public static func inForce(on day: BeijingDay) -> Version? {
        versions.filter { $0.effectiveFrom <= day }.max { $0.effectiveFrom < $1.effectiveFrom }
    }

    public static func entry(_ code: String, on day: BeijingDay) -> HighRiskActivity? {
        inForce(on: day)?.entries.first { $0.code == code }
    }

    /// Every code any version lists (what a decision may name).
    public static var knownCodes: Set<String> { Set(versions.flatMap { $0.entries.map(\.code) }) }
}
